/**
 * A streaming look at XML text, chunk by chunk, without building anything: how deep the
 * elements nest, how many paragraphs (<w:p>) a Word document has, and the largest row
 * and column a worksheet addresses (<row r="…">, <c r="XFD1048576">). Approximate where
 * XML allows it to be (a ">" inside a comment), exact for what Word and Excel write.
 */

export interface XmlScan {
  depth: number;
  maxDepth: number;
  paragraphs: number;
  rows: number;
  maxRow: number;
  maxColumn: number;
}

export function newXmlScan(): XmlScan {
  return { depth: 0, maxDepth: 0, paragraphs: 0, rows: 0, maxRow: 0, maxColumn: 0 };
}

/** Column letters (A, XFD) as a number (1, 16384). */
export function columnNumber(letters: string): number {
  let n = 0;
  for (const ch of letters.toUpperCase()) n = n * 26 + (ch.charCodeAt(0) - 64);
  return n;
}

const TAG_KEEP = 96;

/** Feeds text to a scan; call `stop()` between chunks to check the limits. */
export class XmlScanner {
  readonly scan = newXmlScan();
  private inTag = false;
  private first = false;
  private kind: 'open' | 'close' | 'other' = 'open';
  private tag = '';
  private last = '';
  private rowCells = 0;

  feed(text: string): void {
    const s = this.scan;
    for (let i = 0; i < text.length; i++) {
      const ch = text[i] as string;
      if (!this.inTag) {
        if (ch === '<') {
          this.inTag = true;
          this.first = true;
          this.kind = 'open';
          this.tag = '';
          this.last = '';
        }
        continue;
      }
      if (this.first) {
        this.first = false;
        if (ch === '/') {
          this.kind = 'close';
          continue;
        }
        if (ch === '?' || ch === '!') this.kind = 'other';
      }
      if (ch === '>') {
        this.inTag = false;
        if (this.kind === 'close') {
          if (s.depth > 0) s.depth--;
        } else if (this.kind === 'open') {
          this.element(this.last === '/');
        }
        continue;
      }
      if (this.tag.length < TAG_KEEP) this.tag += ch;
      this.last = ch;
    }
  }

  private element(selfClosing: boolean): void {
    const s = this.scan;
    if (!selfClosing) {
      s.depth++;
      if (s.depth > s.maxDepth) s.maxDepth = s.depth;
    }
    const name = /^[^\s/]*/.exec(this.tag)?.[0] ?? '';
    if (name === 'w:p') s.paragraphs++;
    else if (name === 'row') {
      s.rows++;
      this.rowCells = 0;
      const r = /\sr="(\d+)"/.exec(this.tag);
      const row = r ? Number(r[1]) : s.maxRow + 1;
      if (row > s.maxRow) s.maxRow = row;
    } else if (name === 'c') {
      this.rowCells++;
      const r = /\sr="([A-Za-z]+)(\d+)"/.exec(this.tag);
      const column = r ? columnNumber(r[1] as string) : this.rowCells;
      if (column > s.maxColumn) s.maxColumn = column;
      if (r && Number(r[2]) > s.maxRow) s.maxRow = Number(r[2]);
    }
  }
}
