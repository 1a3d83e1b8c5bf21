/**
 * CSV that opens correctly in Excel on Chinese Windows: UTF-8 with a byte-order mark,
 * CRLF line ends, RFC 4180 quoting. Numbers are written plainly (no separators, 12
 * significant digits), so Excel reads them as numbers; text that Excel would run as a
 * formula gets a leading ' (cell-safety.ts).
 */
import { roundForExport, safeText } from './cell-safety';

export type Cell = string | number | null | undefined;

export const BOM = '\uFEFF';

function cellText(cell: Cell): string {
  if (cell === null || cell === undefined) return '';
  if (typeof cell === 'number') {
    const rounded = roundForExport(cell);
    return rounded === null ? '' : String(rounded);
  }
  // Formula injection first (a leading '), then RFC 4180 quoting.
  const text = safeText(cell);
  return /[",\r\n]/.test(text) || /^\s|\s$/.test(text) ? `"${text.replace(/"/g, '""')}"` : text;
}

export function toCsv(rows: readonly (readonly Cell[])[]): string {
  return BOM + rows.map((row) => row.map(cellText).join(',')).join('\r\n') + '\r\n';
}

/** Parse what toCsv writes (and RFC 4180 in general); strips a leading BOM. */
export function parseCsv(text: string): string[][] {
  const src = text.startsWith(BOM) ? text.slice(1) : text;
  const rows: string[][] = [];
  let row: string[] = [];
  let field = '';
  let quoted = false;
  for (let i = 0; i < src.length; i++) {
    const c = src[i] as string;
    if (quoted) {
      if (c === '"') {
        if (src[i + 1] === '"') {
          field += '"';
          i++;
        } else quoted = false;
      } else field += c;
    } else if (c === '"') quoted = true;
    else if (c === ',') {
      row.push(field);
      field = '';
    } else if (c === '\r' || c === '\n') {
      if (c === '\r' && src[i + 1] === '\n') i++;
      row.push(field);
      rows.push(row);
      row = [];
      field = '';
    } else field += c;
  }
  if (field !== '' || row.length > 0) {
    row.push(field);
    rows.push(row);
  }
  return rows;
}
