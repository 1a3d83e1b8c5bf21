/**
 * A PDF's text rebuilt into lines and paragraphs before extraction. A text PDF gives
 * positioned pieces of text; read in order they break sentences wherever the page
 * wrapped them (18万|人, 3个|百分点) and carry the running header, footer and page number
 * of every page into the text. Here pieces become lines (by their baseline), lines that
 * repeat on most pages at the top or bottom and page numbers are dropped, and a line is
 * joined to the next when it runs to the right margin (the page wrapped it) and the next
 * is not indented (a new paragraph) — so a break inside a number, a unit or a word is
 * joined, while a heading or a paragraph's last line ends its line.
 */

/** A positioned piece of text, as unpdf's extractTextItems gives it (origin bottom-left). */
export interface PdfTextItem {
  str: string;
  x: number;
  y: number;
  width: number;
  height: number;
  fontSize?: number;
}

interface Line {
  text: string;
  x0: number;
  x1: number;
  y: number;
  size: number;
}

const PAGE_NUMBER = /^[\s\-—－–·•]*(?:第\s*)?[0-9０-９]{1,4}\s*(?:页)?(?:\s*[/／]\s*(?:共\s*)?[0-9０-９]{1,4}\s*页?)?[\s\-—－–·•]*$/;

function linesOf(items: readonly PdfTextItem[]): Line[] {
  const pieces = items.filter((i) => i.str !== '').sort((a, b) => b.y - a.y || a.x - b.x);
  const lines: { items: PdfTextItem[]; y: number; size: number }[] = [];
  for (const item of pieces) {
    const size = item.fontSize ?? item.height ?? 10;
    const line = lines.find((l) => Math.abs(l.y - item.y) < Math.max(1, 0.5 * Math.min(size, l.size)));
    if (line) line.items.push(item);
    else lines.push({ items: [item], y: item.y, size });
  }
  return lines
    .sort((a, b) => b.y - a.y)
    .map((l) => {
      const sorted = l.items.sort((a, b) => a.x - b.x);
      let text = '';
      let right = Number.NEGATIVE_INFINITY;
      for (const item of sorted) {
        // A gap between two Latin words or numbers is a space; Chinese has none.
        if (text !== '' && item.x - right > 0.25 * l.size && /[A-Za-z0-9]$/.test(text) && /^[A-Za-z0-9]/.test(item.str)) text += ' ';
        text += item.str;
        right = Math.max(right, item.x + item.width);
      }
      const first = sorted[0] as PdfTextItem;
      return { text: text.replace(/\s+$/, ''), x0: first.x, x1: right, y: l.y, size: l.size };
    })
    .filter((l) => l.text.trim() !== '');
}

/** A line's text with its digits masked: running headers and footers repeat with a new page number. */
const shape = (text: string) => text.replace(/[0-9０-９]+/g, '#').replace(/\s+/g, '');

/** Lines at the top or bottom of a page that repeat on at least half the pages (and two). */
function runningLines(pages: readonly Line[][]): Set<string> {
  const counts = new Map<string, number>();
  for (const lines of pages) {
    const edge = new Set<string>();
    for (const l of [...lines.slice(0, 2), ...lines.slice(-2)]) edge.add(shape(l.text));
    for (const s of edge) counts.set(s, (counts.get(s) ?? 0) + 1);
  }
  const minimum = Math.max(2, Math.ceil(pages.length / 2));
  return new Set([...counts].filter(([, n]) => n >= minimum).map(([s]) => s));
}

function joinAcross(previous: string, next: string): string {
  // A word of Latin letters broken by the wrap keeps a space; everything else joins.
  return /[A-Za-z]$/.test(previous) && /^[A-Za-z]/.test(next) ? `${previous} ${next}` : `${previous}${next}`;
}

/** The text of a PDF's pages as lines and paragraphs, one paragraph a line. */
export function rebuildPdfText(pages: readonly (readonly PdfTextItem[])[]): string {
  const pageLines = pages.map(linesOf);
  const running = pages.length > 1 ? runningLines(pageLines) : new Set<string>();
  const body: Line[][] = pageLines.map((lines) =>
    lines.filter((l, i) => {
      const atEdge = i < 2 || i >= lines.length - 2;
      if (atEdge && running.has(shape(l.text))) return false;
      if ((i === 0 || i === lines.length - 1) && PAGE_NUMBER.test(l.text)) return false;
      return true;
    }),
  );
  const all = body.flat();
  if (all.length === 0) return '';
  // The text block's margins: the most common left edge, and the right edge most lines reach.
  const lefts = new Map<number, number>();
  for (const l of all) lefts.set(Math.round(l.x0), (lefts.get(Math.round(l.x0)) ?? 0) + 1);
  const left = [...lefts].sort((a, b) => b[1] - a[1] || a[0] - b[0])[0]?.[0] ?? 0;
  const rights = all.map((l) => l.x1).sort((a, b) => a - b);
  const right = rights[Math.floor(rights.length * 0.9)] ?? 0;

  const paragraphs: string[] = [];
  let current = '';
  let previous: Line | null = null;
  for (const line of all) {
    const indented = line.x0 > left + 0.8 * line.size;
    const continues =
      previous !== null && previous.x1 >= right - 1.5 * previous.size && !indented && !/[。！？!?：:]$/.test(previous.text) && Math.abs(previous.size - line.size) < 0.5;
    if (continues) current = joinAcross(current, line.text.trim());
    else {
      if (current !== '') paragraphs.push(current);
      current = line.text.trim();
    }
    previous = line;
  }
  if (current !== '') paragraphs.push(current);
  return paragraphs.join('\n');
}
