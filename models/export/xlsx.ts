/**
 * XLSX with exceljs: one sheet per table, typed numeric cells (never numbers as text),
 * number formats with thousands separators and the decimals of their column
 * (column-decimals.ts), percent columns as percentages, a title
 * row and a frozen header row, column widths, and a source line under each table.
 */
import ExcelJS from 'exceljs';
import { roundForExport, safeText } from './cell-safety';
import { cellDecimals } from './column-decimals';
import type { Cell } from './csv';
import type { Column, Table } from './export-tables';

/**
 * A cell as the workbook stores it: numbers rounded to 12 significant digits, text as
 * text (exceljs writes strings as shared strings, never formulas) with a leading ' where
 * Excel would read a formula, so a copy into another sheet or a CSV stays inert too.
 */
function xlsxCell(value: Cell): string | number | null {
  if (value === undefined || value === null) return null;
  if (typeof value === 'number') return roundForExport(value);
  if (typeof value === 'object') return roundForExport(value.value);
  return safeText(value);
}

export interface WorkbookMeta {
  title: string;
  /** e.g. "依据：《…建议》；情景：规划；生成于 2026-11-26" */
  sourceLine: string;
  created?: Date;
}

/** The number format of a cell: the decimals of column-decimals.ts. */
export function numberFormat(column: Column, d: number): string {
  const frac = d > 0 ? `.${'0'.repeat(d)}` : '';
  if (column.type === 'percent') return `0${frac}%`;
  if (column.type === 'year') return '0';
  return `#,##0${frac}`;
}

export async function buildXlsx(tables: readonly Table[], meta: WorkbookMeta): Promise<Uint8Array> {
  const wb = new ExcelJS.Workbook();
  wb.creator = 'PlanPath';
  wb.title = meta.title;
  wb.created = meta.created ?? new Date();
  for (const table of tables) {
    const ws = wb.addWorksheet(table.name, {
      views: [{ state: 'frozen', ySplit: 2, xSplit: 1 }],
      // Ready to print: A4 landscape, one page wide, the header row on every page, page n of m.
      pageSetup: { paperSize: 9, orientation: 'landscape', fitToPage: true, fitToWidth: 1, fitToHeight: 0, printTitlesRow: '2:2' },
      headerFooter: { oddHeader: `&L&8${meta.title.replace(/&/g, '&&')}`, oddFooter: '&C&8&P / &N' },
    });
    ws.columns = table.columns.map((c) => ({ width: c.width ?? 12 }));
    const titleRow = ws.addRow([safeText(table.title)]);
    titleRow.font = { bold: true, size: 13 };
    const header = ws.addRow(table.columns.map((c) => safeText(c.header)));
    header.font = { bold: true };
    header.alignment = { vertical: 'middle', wrapText: true };
    header.eachCell((cell) => {
      cell.fill = { type: 'pattern', pattern: 'solid', fgColor: { argb: 'FFE8EEF7' } };
      cell.border = { bottom: { style: 'thin' } };
    });
    table.rows.forEach((row, r) => {
      const added = ws.addRow(row.map(xlsxCell));
      table.columns.forEach((column, c) => {
        if (column.type === 'text') return;
        const cell = added.getCell(c + 1);
        if (typeof cell.value === 'number') cell.numFmt = numberFormat(column, cellDecimals(table, r, c));
      });
    });
    ws.addRow([]);
    const source = ws.addRow([safeText(meta.sourceLine)]);
    source.font = { italic: true, color: { argb: 'FF666666' } };
  }
  const buffer = await wb.xlsx.writeBuffer();
  return new Uint8Array(buffer as ArrayBuffer);
}
