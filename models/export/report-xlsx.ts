/**
 * The review report as an Excel workbook, ready to print and to compute with: one sheet
 * per table of the report, A4 landscape fitted to one page wide, the header rows repeated
 * on every printed page, the scenario in the page header and "page n of m" in the footer,
 * column widths that fit their text, and numbers stored as numbers: percentages as
 * fractions with a % format, percentage points and amounts with their unit in the format.
 */
import ExcelJS from 'exceljs';
import { safeText } from './cell-safety';
import { cellText } from './report-text';
import type { ReportTable, ReviewReport } from './report-types';

/** Display width of a text in Excel's character units: CJK and full-width characters count two. */
export function textWidth(text: string): number {
  let w = 0;
  for (const ch of text) w += /[\u1100-\u115f\u2e80-\ua4cf\uac00-\ud7a3\uf900-\ufaff\ufe30-\ufe4f\uff00-\uff60\uffe0-\uffe6]/.test(ch) ? 2 : 1;
  return w;
}

const MAX_WIDTH = 60;
/** Excel's header and footer codes: & doubled so a name is never read as one. */
const hf = (s: string) => s.replace(/&/g, '&&');

function addTableSheet(wb: ExcelJS.Workbook, report: ReviewReport, table: ReportTable, title: string): ExcelJS.Worksheet {
  const ws = wb.addWorksheet(table.name.replace(/[[\]:*?/\\]/g, ' ').slice(0, 31), {
    views: [{ state: 'frozen', ySplit: 3, xSplit: 1 }],
    pageSetup: { paperSize: 9, orientation: 'landscape', fitToPage: true, fitToWidth: 1, fitToHeight: 0, horizontalCentered: true, margins: { left: 0.5, right: 0.5, top: 0.75, bottom: 0.75, header: 0.3, footer: 0.3 } },
    headerFooter: {
      oddHeader: `&L&8${hf(report.pageHeader)}`,
      oddFooter: `&C&8${hf(report.labels.page.replace('{page}', '&P').replace('{pages}', '&N'))}`,
    },
  });
  const titleRow = ws.addRow([safeText(title)]);
  titleRow.font = { bold: true, size: 13 };
  const meta = ws.addRow([safeText(report.pageHeader)]);
  meta.font = { color: { argb: 'FF595959' } };
  const header = ws.addRow(table.columns.map((c) => safeText(c.header)));
  header.font = { bold: true };
  header.alignment = { vertical: 'middle', wrapText: true };
  header.eachCell((cell) => {
    cell.fill = { type: 'pattern', pattern: 'solid', fgColor: { argb: 'FFEEF2F9' } };
    cell.border = { bottom: { style: 'thin' } };
  });
  const widths = table.columns.map((c) => textWidth(c.header) + 2);
  for (const row of table.rows) {
    const added = ws.addRow(row.cells.map((c) => (c.num !== undefined ? c.num : safeText(cellText(c)))));
    row.cells.forEach((c, i) => {
      const cell = added.getCell(i + 1);
      if (c.num !== undefined && c.fmt !== undefined) cell.numFmt = c.fmt;
      cell.alignment = { vertical: 'top', wrapText: true, ...(table.columns[i]?.numeric ? { horizontal: 'right' } : {}) };
      widths[i] = Math.max(widths[i] ?? 8, textWidth(cellText(c)) + 2);
    });
  }
  widths.forEach((w, i) => {
    ws.getColumn(i + 1).width = Math.min(MAX_WIDTH, Math.max(8, w));
  });
  ws.pageSetup.printTitlesRow = '3:3';
  ws.addRow([]);
  const source = ws.addRow([safeText(report.sourceLine)]);
  source.font = { italic: true, size: 9, color: { argb: 'FF595959' } };
  return ws;
}

function addTextSheet(wb: ExcelJS.Workbook, report: ReviewReport, name: string, title: string, paragraphs: readonly string[]): void {
  const ws = wb.addWorksheet(name, {
    pageSetup: { paperSize: 9, orientation: 'landscape', fitToPage: true, fitToWidth: 1, fitToHeight: 0 },
    headerFooter: { oddHeader: `&L&8${hf(report.pageHeader)}`, oddFooter: `&C&8${hf(report.labels.page.replace('{page}', '&P').replace('{pages}', '&N'))}` },
  });
  ws.getColumn(1).width = 120;
  ws.addRow([safeText(title)]).font = { bold: true, size: 13 };
  for (const p of paragraphs) ws.addRow([safeText(p)]).alignment = { wrapText: true, vertical: 'top' };
}

export async function reportXlsx(report: ReviewReport, created?: Date): Promise<Uint8Array> {
  const wb = new ExcelJS.Workbook();
  wb.creator = 'PlanPath';
  wb.title = `${report.title} — ${report.plan}`;
  wb.subject = report.pageHeader;
  if (created) wb.created = created;
  const l = report.labels;
  const zh = report.lang === 'zh';
  const block = [
    report.title,
    report.plan,
    ...(report.issuer ? [`${l.issuer}${zh ? '：' : ': '}${report.issuer}`] : []),
    `${l.date}${zh ? '：' : ': '}${report.date}`,
    `${l.scenario}${zh ? '：' : ': '}${report.scenario.name}`,
    `${l.asOf}${zh ? '：' : ': '}${report.asOf}`,
  ];
  const summary = addTableSheet(wb, report, report.counts, `${l.summary} · ${l.counts}`);
  summary.spliceRows(1, 0, ...block.map((b) => [safeText(b)]), []);
  summary.getRow(1).font = { bold: true, size: 15 };
  summary.views = [{ state: 'frozen', ySplit: block.length + 4 }];
  summary.pageSetup.printTitlesRow = `${block.length + 4}:${block.length + 4}`;
  addTableSheet(wb, report, report.headline, l.headline);
  addTableSheet(wb, report, report.growth, l.growth);
  if (report.chart !== null) {
    const c = report.chart;
    const chartTable: ReportTable = {
      name: zh ? '走势' : 'Chart data',
      columns: [
        { header: zh ? '年份' : 'Year', width: 8 },
        { header: `${c.legend.reported}（${c.unit}）`, width: 20, numeric: true },
        { header: `${c.legend.planned}（${c.unit}）`, width: 20, numeric: true },
      ],
      rows: c.years.map((y, i) => {
        const cell = (v: number | null | undefined) => (v === null || v === undefined ? { parts: ['—'] } : { parts: [v.toFixed(1)], num: Number(v.toPrecision(12)), fmt: '#,##0.0' });
        return { id: String(y), cells: [{ parts: [String(y)], num: y, fmt: '0' }, cell(c.reported[i]), cell(c.planned[i])] };
      }),
    };
    addTableSheet(wb, report, chartTable, c.title);
  }
  for (const g of report.groups) addTableSheet(wb, report, g.table, g.heading);
  if (report.outcomes !== null) {
    const ws = addTableSheet(wb, report, report.outcomes.table, report.outcomes.heading);
    ws.addRow([safeText(report.outcomes.counts)]);
    ws.addRow([safeText(report.outcomes.note)]).font = { italic: true, size: 9, color: { argb: 'FF595959' } };
  }
  addTextSheet(wb, report, zh ? '方法说明' : 'Methods', l.methods, report.methods.paragraphs);
  addTableSheet(wb, report, report.sources, l.sources);
  const buffer = await wb.xlsx.writeBuffer();
  return new Uint8Array(buffer as ArrayBuffer);
}
