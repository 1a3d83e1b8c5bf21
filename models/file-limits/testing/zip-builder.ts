/**
 * Zip archives for tests, built in memory with web APIs only (CompressionStream), and
 * hostile ones whose central directory declares any size (a zip bomb with an honest or
 * a lying directory). The CRC is left 0: the inspection and the readers here do not check it.
 */

export interface BuiltEntry {
  name: string;
  /** The entry's bytes (deflated here), or its deflated bytes as given. */
  data?: Uint8Array | string;
  deflated?: Uint8Array;
  /** The uncompressed size the directory declares (default: the true one). */
  declaredSize?: number;
  /** The true uncompressed size, where `deflated` is given. */
  size?: number;
}

export async function deflateRaw(data: Uint8Array): Promise<Uint8Array> {
  const stream = new Blob([data as Uint8Array<ArrayBuffer>]).stream().pipeThrough(new CompressionStream('deflate-raw'));
  return new Uint8Array(await new Response(stream).arrayBuffer());
}

function concat(parts: readonly Uint8Array[]): Uint8Array {
  const out = new Uint8Array(parts.reduce((n, p) => n + p.length, 0));
  let at = 0;
  for (const p of parts) {
    out.set(p, at);
    at += p.length;
  }
  return out;
}

export async function buildZip(entries: readonly BuiltEntry[]): Promise<Uint8Array> {
  const parts: Uint8Array[] = [];
  const central: Uint8Array[] = [];
  let offset = 0;
  const enc = new TextEncoder();
  for (const e of entries) {
    const raw = typeof e.data === 'string' ? enc.encode(e.data) : e.data;
    const deflated = e.deflated ?? (await deflateRaw(raw ?? new Uint8Array()));
    const size = e.declaredSize ?? e.size ?? raw?.length ?? 0;
    const name = enc.encode(e.name);
    const local = new Uint8Array(30 + name.length);
    const l = new DataView(local.buffer);
    l.setUint32(0, 0x04034b50, true);
    l.setUint16(4, 20, true);
    l.setUint16(6, 0x0800, true);
    l.setUint16(8, 8, true);
    l.setUint32(18, deflated.length, true);
    l.setUint32(22, size, true);
    l.setUint16(26, name.length, true);
    local.set(name, 30);
    const c = new Uint8Array(46 + name.length);
    const d = new DataView(c.buffer);
    d.setUint32(0, 0x02014b50, true);
    d.setUint16(4, 20, true);
    d.setUint16(6, 20, true);
    d.setUint16(8, 0x0800, true);
    d.setUint16(10, 8, true);
    d.setUint32(20, deflated.length, true);
    d.setUint32(24, size, true);
    d.setUint16(28, name.length, true);
    d.setUint32(42, offset, true);
    c.set(name, 46);
    parts.push(local, deflated);
    central.push(c);
    offset += local.length + deflated.length;
  }
  const centralSize = central.reduce((n, c) => n + c.length, 0);
  const end = new Uint8Array(22);
  const v = new DataView(end.buffer);
  v.setUint32(0, 0x06054b50, true);
  v.setUint16(8, entries.length, true);
  v.setUint16(10, entries.length, true);
  v.setUint32(12, centralSize, true);
  v.setUint32(16, offset, true);
  return concat([...parts, ...central, end]);
}

/**
 * A raw deflate stream of zeros, written bit by bit in a loop: one fixed-Huffman block,
 * a literal 0, then matches of 258 bytes at distance 1 (13 bits each), then the end code.
 * About 1/160 of the size it inflates to; `size` is rounded down to 1 + 258·n.
 */
export function deflatedZeros(size: number): { bytes: Uint8Array; size: number } {
  const matches = Math.floor((size - 1) / 258);
  const out = new Uint8Array(Math.ceil((3 + 8 + matches * 13 + 7) / 8) + 1);
  let bit = 0;
  const put = (value: number, bits: number) => {
    for (let i = 0; i < bits; i++) {
      if ((value >>> i) & 1) out[bit >>> 3] = (out[bit >>> 3] as number) | (1 << (bit & 7));
      bit++;
    }
  };
  // Huffman codes go most significant bit first.
  const code = (value: number, bits: number) => {
    let reversed = 0;
    for (let i = 0; i < bits; i++) reversed |= ((value >>> i) & 1) << (bits - 1 - i);
    put(reversed, bits);
  };
  put(1, 1); // BFINAL
  put(1, 2); // BTYPE 01: fixed Huffman
  code(0x30, 8); // literal 0
  for (let i = 0; i < matches; i++) {
    code(0xc5, 8); // length code 285: 258 bytes
    code(0, 5); // distance code 0: distance 1
  }
  code(0, 7); // end of block
  return { bytes: out.subarray(0, Math.ceil(bit / 8)), size: 1 + 258 * matches };
}

/** A .docx whose document.xml is `body` inside <w:document><w:body>. */
export function docxWith(body: string): Promise<Uint8Array> {
  const head = '<?xml version="1.0" encoding="UTF-8" standalone="yes"?><w:document xmlns:w="http://schemas.openxmlformats.org/wordprocessingml/2006/main"><w:body>';
  const tail = '</w:body></w:document>';
  return buildZip([
    {
      name: '[Content_Types].xml',
      data: '<?xml version="1.0" encoding="UTF-8"?><Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types"><Default Extension="rels" ContentType="application/vnd.openxmlformats-package.relationships+xml"/><Default Extension="xml" ContentType="application/xml"/><Override PartName="/word/document.xml" ContentType="application/vnd.openxmlformats-officedocument.wordprocessingml.document.main+xml"/></Types>',
    },
    {
      name: '_rels/.rels',
      data: '<?xml version="1.0" encoding="UTF-8"?><Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships"><Relationship Id="rId1" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/officeDocument" Target="word/document.xml"/></Relationships>',
    },
    { name: 'word/document.xml', data: head + body + tail },
  ]);
}

/** An .xlsx-shaped archive whose first sheet's <sheetData> holds `rows`. */
export function xlsxWithSheet(rows: string): Promise<Uint8Array> {
  const xml = `<?xml version="1.0" encoding="UTF-8"?><worksheet xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main"><sheetData>${rows}</sheetData></worksheet>`;
  return buildZip([
    { name: '[Content_Types].xml', data: '<?xml version="1.0"?><Types/>' },
    { name: 'xl/workbook.xml', data: '<?xml version="1.0"?><workbook><sheets><sheet name="表1" sheetId="1"/></sheets></workbook>' },
    { name: 'xl/worksheets/sheet1.xml', data: xml },
  ]);
}
