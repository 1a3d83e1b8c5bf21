/**
 * A picked table file as rows of cell texts, for models/actuals-input and the plan
 * import: CSV or tab text (UTF-8 with or without a byte-order mark; UTF-16 by its BOM;
 * GB18030, as Excel on Chinese Windows saves "CSV", when the bytes are not UTF-8), or an
 * XLSX workbook (exceljs, loaded only here and only when a workbook is imported). A
 * number cell formatted as a percentage comes as "6.5%", so a growth column reads the
 * same whether typed or formatted; a date cell comes as its ISO date (2021-03-04), which
 * no figure column takes, so it is refused as "not a number" instead of read as its year.
 *
 * Limits before work: a workbook is inspected (models/file-limits) before exceljs sees
 * it, a CSV is counted before it is split; a refusal is a TableFileError with an i18n
 * key (fileLimits.*) that names the file and the cap. Runs in the table-file worker
 * (renderer/workers/read-table-in-worker.ts) or, where workers cannot start, on the page.
 */
import type { CellValue, Worksheet } from 'exceljs';
import { hasTableHeader } from '../../models/plan/actuals-input';
import { decodeText as decodeDocumentText } from '../../models/extract/decode-text';
import { inspectZip, ZIP_LIMITS } from '../../models/file-limits/inspect-zip';
import { zipProblemParams, type ProblemParams } from '../../models/file-limits/problem-params';
import { parseTableText } from '../../models/numbers/table-text';

export interface TableRows {
  rows: string[][];
  /** The sheet read (XLSX), or undefined. */
  sheet?: string;
}

/** A refusal with its message key (fileLimits.*) and parameters, the file's name among them. */
export class TableFileError extends Error {
  constructor(
    readonly key: string,
    readonly params: ProblemParams,
  ) {
    super(key);
    this.name = 'TableFileError';
  }
}

const ZIP_MAGIC = [0x50, 0x4b, 0x03, 0x04];

export function isXlsx(name: string, bytes: Uint8Array): boolean {
  return /\.xlsx$/i.test(name) || ZIP_MAGIC.every((b, i) => bytes[i] === b);
}

/** Text of a CSV: by its byte-order mark (UTF-8, UTF-16LE/BE), else UTF-8 when it is valid UTF-8, else GB18030. */
export function decodeText(bytes: Uint8Array): string {
  return decodeDocumentText(bytes).text;
}

const pad2 = (n: number) => String(n).padStart(2, '0');

function cellText(value: CellValue, numFmt: string | undefined): string {
  if (value === null || value === undefined) return '';
  if (typeof value === 'number') {
    if (numFmt?.includes('%')) return `${Math.round(value * 100 * 1e8) / 1e8}%`;
    return String(value);
  }
  if (typeof value === 'string' || typeof value === 'boolean') return String(value);
  if (value instanceof Date) {
    // Not a figure: the whole date, so that a value column refuses it by what it is.
    return Number.isNaN(value.getTime()) ? '' : `${value.getUTCFullYear()}-${pad2(value.getUTCMonth() + 1)}-${pad2(value.getUTCDate())}`;
  }
  if ('richText' in value) return value.richText.map((r) => r.text).join('');
  if ('result' in value) return cellText((value.result ?? null) as CellValue, numFmt);
  if ('text' in value) return String(value.text);
  if ('error' in value) return String(value.error);
  return '';
}

function sheetRows(ws: Worksheet): string[][] {
  const rows: string[][] = [];
  ws.eachRow({ includeEmpty: true }, (row, rowNumber) => {
    if (rowNumber > ZIP_LIMITS.rows) return;
    const cells: string[] = [];
    row.eachCell({ includeEmpty: true }, (cell, col) => {
      if (col <= ZIP_LIMITS.columns) cells[col - 1] = cellText(cell.value, cell.numFmt);
    });
    rows[rowNumber - 1] = Array.from(cells, (c) => c ?? '');
  });
  return Array.from(rows, (r) => r ?? []);
}

/** The rows of a CSV, refused past the row or column cap (lines are counted before anything is split). */
function csvRows(name: string, bytes: Uint8Array): string[][] {
  const text = decodeText(bytes);
  let lines = text.length > 0 && !text.endsWith('\n') ? 1 : 0;
  for (let i = text.indexOf('\n'); i >= 0; i = text.indexOf('\n', i + 1)) lines++;
  if (lines > ZIP_LIMITS.rows) throw new TableFileError('fileLimits.csv-too-many-rows', { name, rows: lines, limit: ZIP_LIMITS.rows });
  const rows = parseTableText(text);
  const wide = rows.findIndex((r) => r.length > ZIP_LIMITS.columns);
  if (wide >= 0) throw new TableFileError('fileLimits.csv-too-many-columns', { name, row: wide + 1, columns: rows[wide]?.length ?? 0, limit: ZIP_LIMITS.columns });
  return rows;
}

/** Every sheet of a table file (a CSV is one sheet without a name). */
export async function readTableSheets(name: string, bytes: Uint8Array): Promise<TableRows[]> {
  if (!isXlsx(name, bytes)) return [{ rows: csvRows(name, bytes) }];
  const inspected = await inspectZip(bytes, 'xlsx');
  if (!inspected.ok) {
    const { code, params } = zipProblemParams(inspected.problem);
    throw new TableFileError(`fileLimits.${code}`, { ...params, name });
  }
  const { default: ExcelJS } = await import('exceljs');
  const wb = new ExcelJS.Workbook();
  const buffer = bytes.buffer.slice(bytes.byteOffset, bytes.byteOffset + bytes.byteLength) as ArrayBuffer;
  await wb.xlsx.load(buffer);
  return wb.worksheets.map((ws) => ({ sheet: ws.name, rows: sheetRows(ws) }));
}

/** The rows of a table file: the first sheet with a header PlanPath knows, else the first. */
export async function readTableFile(name: string, bytes: Uint8Array): Promise<TableRows> {
  return pickTableSheet(await readTableSheets(name, bytes));
}

export function pickTableSheet(sheets: readonly TableRows[]): TableRows {
  return sheets.find((s) => hasTableHeader(s.rows)) ?? sheets[0] ?? { rows: [] };
}
