/**
 * A plan text as a .docx and as a text PDF, made in memory for the tests (no binary
 * fixtures): the .docx with Word heading styles (or bold runs) on its headings, the PDF
 * laid out as a printed report — lines wrapped at a fixed width wherever they fall (inside
 * numbers and units too), paragraphs indented by two characters, a running header and a
 * page number on every page.
 */
import { storedZip } from '../../../main/cli/extract-fixtures';

/** Headings of the test texts: 一、… and （一）… markers, or markdown #. */
function headingLevel(line: string): number {
  if (/^#{1,6}\s/.test(line)) return (/^#+/.exec(line) as RegExpExecArray)[0].length;
  if (/^[一二三四五六七八九十]{1,3}、/.test(line)) return 1;
  if (/^（[一二三四五六七八九十]{1,3}）/.test(line) && line.length < 40) return 2;
  return 0;
}

const escapeXml = (s: string) => s.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;');

/** A .docx of the text's lines: headings styled Heading 1/2 (`bold`: only bold runs instead). */
export function docxOfText(text: string, headings: 'styles' | 'bold' = 'styles'): Uint8Array {
  const paragraphs = text
    .split('\n')
    .map((l) => l.trim())
    .filter((l) => l !== '');
  const body = paragraphs
    .map((line) => {
      const level = headingLevel(line);
      const plain = line.replace(/^#+\s*/, '');
      const run = (bold: boolean) => `<w:r>${bold ? '<w:rPr><w:b/></w:rPr>' : ''}<w:t xml:space="preserve">${escapeXml(plain)}</w:t></w:r>`;
      if (level === 0) return `<w:p>${run(false)}</w:p>`;
      if (headings === 'bold') return `<w:p>${run(true)}</w:p>`;
      return `<w:p><w:pPr><w:pStyle w:val="Heading${level}"/></w:pPr>${run(false)}</w:p>`;
    })
    .join('');
  const styles = [1, 2]
    .map((n) => `<w:style w:type="paragraph" w:styleId="Heading${n}"><w:name w:val="heading ${n}"/><w:basedOn w:val="Normal"/><w:pPr><w:outlineLvl w:val="${n - 1}"/></w:pPr></w:style>`)
    .join('');
  const ns = 'xmlns:w="http://schemas.openxmlformats.org/wordprocessingml/2006/main"';
  return storedZip({
    '[Content_Types].xml':
      '<?xml version="1.0" encoding="UTF-8" standalone="yes"?><Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types"><Default Extension="rels" ContentType="application/vnd.openxmlformats-package.relationships+xml"/><Default Extension="xml" ContentType="application/xml"/><Override PartName="/word/document.xml" ContentType="application/vnd.openxmlformats-officedocument.wordprocessingml.document.main+xml"/><Override PartName="/word/styles.xml" ContentType="application/vnd.openxmlformats-officedocument.wordprocessingml.styles+xml"/></Types>',
    '_rels/.rels':
      '<?xml version="1.0" encoding="UTF-8" standalone="yes"?><Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships"><Relationship Id="rId1" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/officeDocument" Target="word/document.xml"/></Relationships>',
    'word/_rels/document.xml.rels':
      '<?xml version="1.0" encoding="UTF-8" standalone="yes"?><Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships"><Relationship Id="rId1" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/styles" Target="styles.xml"/></Relationships>',
    'word/styles.xml': `<?xml version="1.0" encoding="UTF-8" standalone="yes"?><w:styles ${ns}><w:style w:type="paragraph" w:default="1" w:styleId="Normal"><w:name w:val="Normal"/></w:style>${styles}</w:styles>`,
    'word/document.xml': `<?xml version="1.0" encoding="UTF-8" standalone="yes"?><w:document ${ns}><w:body>${body}</w:body></w:document>`,
  });
}

function pdfOf(objects: readonly string[]): Uint8Array {
  let out = '%PDF-1.4\n';
  const offsets: number[] = [];
  objects.forEach((body, i) => {
    offsets.push(out.length);
    out += `${i + 1} 0 obj\n${body}\nendobj\n`;
  });
  const xref = out.length;
  out += `xref\n0 ${objects.length + 1}\n0000000000 65535 f \n`;
  for (const o of offsets) out += `${String(o).padStart(10, '0')} 00000 n \n`;
  out += `trailer\n<< /Size ${objects.length + 1} /Root 1 0 R >>\nstartxref\n${xref}\n%%EOF\n`;
  return new TextEncoder().encode(out);
}

const stream = (content: string) => `<< /Length ${content.length} >>\nstream\n${content}\nendstream`;

export interface PdfLayout {
  /** Characters a full line holds (every character is one em wide). */
  perLine: number;
  linesPerPage: number;
  header: string;
}

/**
 * A text PDF of the text as a printed report would set it: one Type0 font (Identity-H,
 * not embedded) whose ToUnicode map gives each character; every character one em wide.
 */
export function pdfOfText(text: string, layout: PdfLayout = { perLine: 40, linesPerPage: 44, header: '某市人民政府文件' }): Uint8Array {
  const size = 11;
  const left = 60;
  const top = 780;
  // Lay the text out: headings on their own line, paragraphs indented two characters and wrapped.
  const lines: { text: string; x: number }[] = [];
  for (const raw of text.split('\n')) {
    const line = raw.trim();
    if (line === '') continue;
    if (headingLevel(line) > 0 && line.length <= layout.perLine) {
      lines.push({ text: line.replace(/^#+\s*/, ''), x: left });
      continue;
    }
    let rest = line;
    let first = true;
    while (rest.length > 0) {
      const room = first ? layout.perLine - 2 : layout.perLine;
      lines.push({ text: rest.slice(0, room), x: first ? left + 2 * size : left });
      rest = rest.slice(room);
      first = false;
    }
  }
  const pages: { text: string; x: number }[][] = [];
  for (let i = 0; i < lines.length; i += layout.linesPerPage) pages.push(lines.slice(i, i + layout.linesPerPage));

  const chars = [...new Set([...text, ...layout.header, '-', ' ', ...'0123456789'])];
  const index = new Map(chars.map((c, i) => [c, i + 1]));
  const cid = (c: string) => (index.get(c) as number).toString(16).padStart(4, '0').toUpperCase();
  const hex = (s: string) => [...s].map(cid).join('');
  const blocks: string[] = [];
  for (let i = 0; i < chars.length; i += 100) {
    const part = chars.slice(i, i + 100);
    blocks.push(`${part.length} beginbfchar\n${part.map((c) => `<${cid(c)}> <${(c.codePointAt(0) as number).toString(16).padStart(4, '0').toUpperCase()}>`).join('\n')}\nendbfchar`);
  }
  const cmap = [
    '/CIDInit /ProcSet findresource begin 12 dict begin begincmap',
    '/CIDSystemInfo << /Registry (Adobe) /Ordering (UCS) /Supplement 0 >> def /CMapName /Adobe-Identity-UCS def /CMapType 2 def',
    '1 begincodespacerange <0000> <FFFF> endcodespacerange',
    ...blocks,
    'endcmap CMapName currentdict /CMap defineresource pop end end',
  ].join('\n');

  // Objects: 1 catalog, 2 pages, 3 font, 4 descendant, 5 descriptor, 6 cmap, then page + content pairs.
  const pageObjects: string[] = [];
  const kids: string[] = [];
  pages.forEach((pageLines, p) => {
    const pageId = 7 + 2 * p;
    kids.push(`${pageId} 0 R`);
    const ops: string[] = [];
    const put = (s: string, x: number, y: number) => ops.push(`BT /F1 ${size} Tf ${x} ${y} Td <${hex(s)}> Tj ET`);
    put(layout.header, left + 10 * size, top + 30);
    pageLines.forEach((l, i) => put(l.text, l.x, top - i * size * 1.6));
    put(`- ${p + 1} -`, left + 18 * size, 40);
    const content = ops.join('\n');
    pageObjects.push(
      `<< /Type /Page /Parent 2 0 R /MediaBox [0 0 595 842] /Contents ${pageId + 1} 0 R /Resources << /Font << /F1 3 0 R >> >> >>`,
      stream(content),
    );
  });
  return pdfOf([
    '<< /Type /Catalog /Pages 2 0 R >>',
    `<< /Type /Pages /Kids [${kids.join(' ')}] /Count ${pages.length} >>`,
    '<< /Type /Font /Subtype /Type0 /BaseFont /STSong-Light /Encoding /Identity-H /DescendantFonts [4 0 R] /ToUnicode 6 0 R >>',
    '<< /Type /Font /Subtype /CIDFontType0 /BaseFont /STSong-Light /CIDSystemInfo << /Registry (Adobe) /Ordering (GB1) /Supplement 2 >> /FontDescriptor 5 0 R /DW 1000 >>',
    '<< /Type /FontDescriptor /FontName /STSong-Light /Flags 4 /FontBBox [0 -200 1000 900] /ItalicAngle 0 /Ascent 880 /Descent -120 /CapHeight 700 /StemV 80 >>',
    stream(cmap),
    ...pageObjects,
  ]);
}
