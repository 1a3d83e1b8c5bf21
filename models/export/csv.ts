/**
 * CSV that opens correctly in Excel on Chinese Windows: UTF-8 with a byte-order mark,
 * CRLF line ends, RFC 4180 quoting. Numbers are written plainly (no separators, 12
 * significant digits; a FixedNumber with its column's decimals), so Excel reads them as
 * numbers; text that Excel would run as a formula gets a leading ' (cell-safety.ts).
 */
import { roundForExport, safeText } from './cell-safety';
import { fixedText } from './column-decimals';

/** A number to be written with a fixed number of decimals (column-decimals.ts). */
export interface FixedNumber {
  readonly value: number;
  readonly decimals: number;
}

export type Cell = string | number | FixedNumber | null | undefined;

/** The number a cell holds, if any. */
export function cellNumber(cell: Cell): number | null {
  if (typeof cell === 'number') return cell;
  if (typeof cell === 'object' && cell !== null) return cell.value;
  return null;
}

export const BOM = '\uFEFF';

function cellText(cell: Cell): string {
  if (cell === null || cell === undefined) return '';
  if (typeof cell === 'number') {
    const rounded = roundForExport(cell);
    return rounded === null ? '' : String(rounded);
  }
  if (typeof cell === 'object') return fixedText(cell.value, cell.decimals) ?? '';
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
