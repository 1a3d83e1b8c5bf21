/**
 * Issue 5: exports in real Chromium, through the Export menu, as a user does them in the
 * browser build (each file arrives as a download): the chart in view as SVG (Chinese
 * title kept as text) and PNG (2×: its IHDR says 2000×1120), the XLSX read back with
 * exceljs against the projection, the CSV with its byte-order mark, and the PDF report —
 * the report view printed to A4 by page.pdf, turned into PNG pages by pdftoppm, page 1
 * kept as test-results/report-page-1.png and docs/screenshots/report-zh.png.
 */
import { execFileSync } from 'node:child_process';
import { copyFileSync, mkdirSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import ExcelJS from 'exceljs';
import type { Download } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { roundForExport } from '../models/export/cell-safety';
import { BOM, parseCsv } from '../models/export/csv';
import { project } from '../models/engine/projection';
import { parsePlanText } from '../models/plan/validate-plan';
import { TIMEOUTS } from '../test-timeouts';
import { startSession, type Session } from './support/session';
import { screenshotDir } from './support/screenshot-dir';
import { openExportDialog, exportVia as exportViaDialog } from './support/export-dialog';

const parsed = parsePlanText(readFileSync(new URL('../scenarios/xuzhou-14th-fyp.json', import.meta.url), 'utf8'));
if (!parsed.ok) throw new Error('embedded plan invalid');
const plan = parsed.plan;
const planScenario = plan.scenarios.find((x) => x.id === 'plan');
if (!planScenario) throw new Error('no plan scenario');
const projection = project(plan, planScenario);

const OUT = fileURLToPath(new URL('../test-results/', import.meta.url));
const SCREENSHOTS = screenshotDir();

let s: Session;

beforeAll(async () => {
  mkdirSync(OUT, { recursive: true });
  s = await startSession({ width: 1440, height: 900 });
  await s.app.goto();
});
afterAll(async () => {
  await s?.close();
});

const exportVia = (testId: string): Promise<Download> => exportViaDialog(s.page, testId);

async function bytesOf(download: Download, name: string): Promise<Buffer> {
  const file = `${OUT}${name}`;
  await download.saveAs(file);
  return readFileSync(file);
}

describe('export', () => {
  it('SVG of the chart in view: the Chinese title, units, source line and CJK fonts stay text', async () => {
    const download = await exportVia('export-svg');
    expect(download.suggestedFilename()).toBe('xuzhou-14th-fyp-plan-gdp-nominal.svg');
    const svg = (await bytesOf(download, 'chart-gdp.svg')).toString('utf8');
    expect(svg.startsWith('<svg')).toBe(true);
    const texts = [...svg.matchAll(/<text[^>]*>(.*?)<\/text>/g)].map((m) => m[1] ?? '');
    expect(texts.some((t) => t.includes('地区生产总值'))).toBe(true);
    expect(texts.some((t) => t.includes('亿元（现价）'))).toBe(true);
    expect(texts.some((t) => t.includes('情景：规划假设情景'))).toBe(true);
    expect(texts.some((t) => /依据：《.*建议》；情景：规划假设情景；生成于 \d{4}-\d{2}-\d{2}/.test(t))).toBe(true);
    expect(svg).toMatch(/font-family: ?['"]?Noto Sans CJK SC/);
    expect(svg).toContain('WenQuanYi Micro Hei');
  });

  it('PNG of the chart in view at 2× for print: 2000×1120 pixels', async () => {
    const download = await exportVia('export-png');
    expect(download.suggestedFilename()).toBe('xuzhou-14th-fyp-plan-gdp-nominal.png');
    const png = await bytesOf(download, 'chart-gdp.png');
    expect(png.subarray(0, 8).toString('hex')).toBe('89504e470d0a1a0a');
    expect(png.subarray(12, 16).toString('latin1')).toBe('IHDR');
    expect([png.readUInt32BE(16), png.readUInt32BE(20)]).toEqual([2000, 1120]);
  });

  it('XLSX: numeric cells equal to the projection, at current and at 2020 prices', async () => {
    const download = await exportVia('export-xlsx');
    expect(download.suggestedFilename()).toBe('xuzhou-14th-fyp-plan.xlsx');
    const bytes = await bytesOf(download, 'projection.xlsx');
    const wb = new ExcelJS.Workbook();
    await wb.xlsx.load(bytes.buffer.slice(bytes.byteOffset, bytes.byteOffset + bytes.byteLength) as ArrayBuffer);
    const names = wb.worksheets.map((w) => w.name);
    expect(names).toEqual(expect.arrayContaining(['假设', `现价 ${planScenario.name.zh}`, `不变价 ${planScenario.name.zh}`, '目标与差距']));
    for (const [sheet, basis] of [[`现价 ${planScenario.name.zh}`, 'nominal'], [`不变价 ${planScenario.name.zh}`, 'real']] as const) {
      const ws = wb.getWorksheet(sheet) as ExcelJS.Worksheet;
      let gdp: ExcelJS.Row | undefined;
      ws.eachRow((row) => {
        if (row.getCell(2).value === 'gdp') gdp = row;
      });
      const values = projection.series.gdp?.[basis] ?? [];
      for (let i = 0; i < projection.years.length; i++) {
        const cell = gdp?.getCell(5 + i);
        expect(typeof cell?.value).toBe('number');
        // Written to 12 significant digits (no binary noise), exactly that number.
        expect(cell?.value as number).toBe(roundForExport(values[i] as number));
      }
    }
  });

  it('CSV: the selected scenario, UTF-8 with a byte-order mark and CRLF, round-trips', async () => {
    const download = await exportVia('export-csv');
    const bytes = await bytesOf(download, 'projection.csv');
    expect(bytes.subarray(0, 3).toString('hex')).toBe('efbbbf');
    const text = bytes.toString('utf8');
    expect(text.startsWith(BOM)).toBe(true);
    expect(text.split('\r\n').length).toBeGreaterThan(20);
    const gdp = parseCsv(text).find((row) => row[1] === 'gdp') as string[];
    expect(gdp[0]).toBe('地区生产总值');
    // 亿元 with one decimal in every year (models/export/column-decimals.ts)
    expect(gdp.slice(4, 4 + projection.years.length)).toEqual(Array.from(projection.series.gdp?.nominal ?? [], (v) => (roundForExport(v) as number).toFixed(1)));
  });

  it('XLSX with the Monte Carlo run of the uncertainty panel: percentile and probability sheets', async () => {
    const { page } = s;
    // antd puts the test id on the checkbox's <input> (or its wrapper, in other versions).
    const option = page.getByTestId('export-monte-carlo').locator('xpath=self::input | .//input').first();
    // The headline panel starts a run when the plan opens (issue 18), so there is no
    // "without a run" state to see at start-up any more; the run started from the
    // uncertainty panel here is the one the export takes.
    await page.getByTestId('view-tab-uncertainty').click();
    await page.getByTestId('mc-run').click();
    await page.locator('[data-testid="mc-status"][data-worker-ms]').waitFor({ timeout: TIMEOUTS.longWait });
    await page.getByTestId('view-tab-charts').click();

    await openExportDialog(page);
    await page.getByTestId('export-pdf').waitFor({ state: 'visible' });
    expect(await option.isChecked()).toBe(true);
    await page.keyboard.press('Escape');
    const download = await exportVia('export-xlsx');
    const bytes = await bytesOf(download, 'projection-monte-carlo.xlsx');
    const wb = new ExcelJS.Workbook();
    await wb.xlsx.load(bytes.buffer.slice(bytes.byteOffset, bytes.byteOffset + bytes.byteLength) as ArrayBuffer);
    const mc = wb.getWorksheet(`蒙特卡洛 ${planScenario.name.zh}`) as ExcelJS.Worksheet;
    expect(mc).toBeDefined();
    const stats = new Set<string>();
    mc.eachRow((row, n) => {
      if (n > 2 && row.getCell(2).value === 'gdp') stats.add(String(row.getCell(5).value));
    });
    expect([...stats]).toEqual(expect.arrayContaining(['P5', 'P50', 'P95', '均值']));
    const targets = wb.getWorksheet('目标与差距') as ExcelJS.Worksheet;
    expect((targets.getRow(2).values as unknown[]).map(String)).toContain('达成概率');
    // 约束性 / 预期性 beside each target: farmland is binding in the plan.
    const head = (targets.getRow(2).values as unknown[]).map(String);
    const [kindCol, idCol] = [head.indexOf('约束性/预期性'), head.indexOf('id')];
    expect(kindCol).toBeGreaterThan(0);
    const kinds = new Map<string, string>();
    targets.eachRow((row, n) => {
      if (n > 2) kinds.set(String(row.getCell(idCol).value), String(row.getCell(kindCol).value ?? ''));
    });
    expect(kinds.get('farmland-14th')).toBe('约束性');
    expect(kinds.get('gdp-2025-trillion')).toBe('预期性');
    expect(wb.getWorksheet(`达成概率 ${planScenario.name.zh}`)).toBeDefined();
  });

  it('PDF report: the report view printed to A4 in headless Chromium, page 1 kept as a PNG', async () => {
    const { page } = s;
    // The browser build prints through window.print(); here the print dialog is page.pdf.
    await s.app.printReport();
    const report = page.getByTestId('report-view');
    expect(await report.locator('h1').textContent()).toBe(plan.title.zh);
    expect(await report.locator('.report-chart img').count()).toBe(5);
    expect(await page.evaluate(() => document.title)).toMatch(/^xuzhou-14th-fyp-plan-report-\d{4}-\d{2}-\d{2}$/);
    expect(await page.getByTestId('report-target-gdp-2035-double').locator('.status').textContent()).toContain('达成');

    const pdf = await page.pdf({ format: 'A4', printBackground: true, preferCSSPageSize: true });
    writeFileSync(`${OUT}report.pdf`, pdf);
    expect(pdf.subarray(0, 5).toString('latin1')).toBe('%PDF-');

    // Closing the print dialog takes the report out of the page again.
    await page.evaluate(() => window.dispatchEvent(new Event('afterprint')));
    await report.waitFor({ state: 'detached' });
    expect(await page.evaluate(() => document.title)).toBe('xuzhou-14th-fyp.json — PlanPath');

    // Pages as images (poppler), for a person to look at.
    for (const f of readdirSync(OUT).filter((f) => /^report-page-\d+\.png$/.test(f))) rmSync(`${OUT}${f}`);
    execFileSync('pdftoppm', ['-png', '-r', '80', `${OUT}report.pdf`, `${OUT}report-page`]);
    const pages = readdirSync(OUT)
      .filter((f) => /^report-page-\d+\.png$/.test(f))
      .sort();
    expect(pages.length).toBeGreaterThanOrEqual(2);
    // pdftoppm pads the page number to the width of the page count: report-page-1.png or -01.png.
    const first = `${OUT}${pages[0]}`;
    if (pages[0] !== 'report-page-1.png') copyFileSync(first, `${OUT}report-page-1.png`);
    copyFileSync(first, `${SCREENSHOTS}report-zh.png`);
    const png = readFileSync(first);
    // A4 (210 × 297 mm) at 80 dpi: about 661 × 935 pixels, portrait.
    expect(Math.abs(png.readUInt32BE(16) - 661)).toBeLessThanOrEqual(2);
    expect(Math.abs(png.readUInt32BE(20) - 935)).toBeLessThanOrEqual(2);

    // The text of the PDF: Chinese as text (not boxes), page numbers, the source line.
    const text = execFileSync('pdftotext', ['-layout', `${OUT}report.pdf`, '-']).toString('utf8');
    expect(text).toContain('规划目标情景分析报告');
    expect(text).toContain('第 1 页，共');
    expect(text).toMatch(/共 \d+ 页/);
    expect(text).toContain('规划一致性检查');
    expect(text).toContain('达成概率'); // the Monte Carlo run of the test before
    expect(text.replace(/\s+/g, '')).toMatch(/依据：《.*建议》；情景：规划假设情景；生成于\d{4}-\d{2}-\d{2}/);
  });

  it('logged no console error and fetched nothing from outside', () => {
    expect(s.problems).toEqual([]);
    expect(s.external).toEqual([]);
  });
});
