/**
 * A picked table file as rows of cell texts, for models/actuals-input: CSV or tab text
 * (UTF-8 with or without a byte-order mark; GB18030, as Excel on Chinese Windows saves
 * "CSV", when the bytes are not UTF-8), or an XLSX workbook (exceljs, loaded only here
 * and only when a workbook is imported). A number cell formatted as a percentage comes
 * as "6.5%", so a growth column reads the same whether typed or formatted.
 */
import type { CellValue, Worksheet } from 'exceljs';
import { hasTableHeader } from '../../models/actuals-input';
import { parseTableText } from '../../models/table-text';

export interface TableRows {
  rows: string[][];
  /** The sheet read (XLSX), or undefined. */
  sheet?: string;
}

const ZIP_MAGIC = [0x50, 0x4b, 0x03, 0x04];

export function isXlsx(name: string, bytes: Uint8Array): boolean {
  return /\.xlsx$/i.test(name) || ZIP_MAGIC.every((b, i) => bytes[i] === b);
}

/** Text of a CSV: UTF-8 when it is valid UTF-8, else GB18030. */
export function decodeText(bytes: Uint8Array): string {
  try {
    return new TextDecoder('utf-8', { fatal: true }).decode(bytes);
  } catch {
    return new TextDecoder('gb18030').decode(bytes);
  }
}

function cellText(value: CellValue, numFmt: string | undefined): string {
  if (value === null || value === undefined) return '';
  if (typeof value === 'number') {
    if (numFmt?.includes('%')) return `${Math.round(value * 100 * 1e8) / 1e8}%`;
    return String(value);
  }
  if (typeof value === 'string' || typeof value === 'boolean') return String(value);
  if (value instanceof Date) return String(value.getFullYear());
  if ('richText' in value) return value.richText.map((r) => r.text).join('');
  if ('result' in value) return cellText((value.result ?? null) as CellValue, numFmt);
  if ('text' in value) return String(value.text);
  if ('error' in value) return String(value.error);
  return '';
}

function sheetRows(ws: Worksheet): string[][] {
  const rows: string[][] = [];
  ws.eachRow({ includeEmpty: true }, (row, rowNumber) => {
    const cells: string[] = [];
    row.eachCell({ includeEmpty: true }, (cell, col) => {
      cells[col - 1] = cellText(cell.value, cell.numFmt);
    });
    rows[rowNumber - 1] = Array.from(cells, (c) => c ?? '');
  });
  return Array.from(rows, (r) => r ?? []);
}

/** Every sheet of a table file (a CSV is one sheet without a name). */
export async function readTableSheets(name: string, bytes: Uint8Array): Promise<TableRows[]> {
  if (!isXlsx(name, bytes)) return [{ rows: parseTableText(decodeText(bytes)) }];
  const { default: ExcelJS } = await import('exceljs');
  const wb = new ExcelJS.Workbook();
  const buffer = bytes.buffer.slice(bytes.byteOffset, bytes.byteOffset + bytes.byteLength) as ArrayBuffer;
  await wb.xlsx.load(buffer);
  return wb.worksheets.map((ws) => ({ sheet: ws.name, rows: sheetRows(ws) }));
}

/** The rows of a table file: the first sheet with a header PlanPath knows, else the first. */
export async function readTableFile(name: string, bytes: Uint8Array): Promise<TableRows> {
  const sheets = await readTableSheets(name, bytes);
  return sheets.find((s) => hasTableHeader(s.rows)) ?? sheets[0] ?? { rows: [] };
}
