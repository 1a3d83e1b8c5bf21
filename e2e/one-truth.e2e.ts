/**
 * Issue 18, "one truth": a 2025 GDP figure below 1万亿 pasted into 实际数据 turns the
 * headline line above the charts, the target table, the review, the XLSX and the PDF
 * report to "missed" together. Before it, the headline lines give the projection with
 * the probability of meeting it (Monte Carlo started in the worker on opening) and the
 * growth the 2035 doubling now requires. Screenshots of the panel in zh and en
 * (test-results/screenshots/headline-zh.png, headline-en.png).
 */
import { execFileSync } from 'node:child_process';
import { mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import ExcelJS from 'exceljs';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { TIMEOUTS } from '../test-timeouts';
import { ActualsView } from './pages/actuals-view';
import { ReviewView } from './pages/review-view';
import { TargetTable } from './pages/target-table';
import { screenshotDir } from './support/screenshot-dir';
import { startSession, type Session } from './support/session';
import { until } from './support/until';
import { openExportDialog } from './support/export-dialog';

const OUT = fileURLToPath(new URL('../test-results/one-truth/', import.meta.url));
const DIR = screenshotDir();
const TRILLION = 'gdp-2025-trillion';

/** As Excel copies it: a header row, GDP 2025 at 9,900亿元 (below 1万亿), real growth 3.8%. */
const BLOCK = ['指标\t年份\t数值\t实际增速\t来源\t状态', '地区生产总值\t2025\t9,900.00\t3.8%\t2025年徐州市国民经济和社会发展统计公报\t初步核算'].join('\n');

let s: Session;
let actuals: ActualsView;
let review: ReviewView;
let table: TargetTable;

beforeAll(async () => {
  mkdirSync(OUT, { recursive: true });
  s = await startSession({ width: 1440, height: 900 });
  await s.app.goto();
  actuals = new ActualsView(s.page);
  review = new ReviewView(s.page);
  table = new TargetTable(s.page);
});
afterAll(async () => {
  await s?.close();
});

const line = (id: string) => s.page.getByTestId(`headline-${id}`);

async function openCharts(): Promise<void> {
  await s.page.getByTestId('view-tab-charts').click();
  await s.page.getByTestId('headline-panel').waitFor();
}

/** The status column of a target's rows in the 目标与差距 sheet of the XLSX export. */
async function xlsxStatuses(id: string): Promise<string[]> {
  const { page } = s;
  await openExportDialog(page);
  const button = page.getByTestId('export-xlsx');
  await button.waitFor({ state: 'visible' });
  const [download] = await Promise.all([page.waitForEvent('download', { timeout: TIMEOUTS.longWait }), button.click()]);
  const file = `${OUT}targets.xlsx`;
  await download.saveAs(file);
  const bytes = readFileSync(file);
  const wb = new ExcelJS.Workbook();
  await wb.xlsx.load(bytes.buffer.slice(bytes.byteOffset, bytes.byteOffset + bytes.byteLength) as ArrayBuffer);
  const ws = wb.getWorksheet('目标与差距') as ExcelJS.Worksheet;
  let statusCol = 0;
  const out: string[] = [];
  ws.eachRow((row) => {
    row.eachCell((cell, col) => {
      if (cell.value === '状态') statusCol = col;
    });
    if (row.getCell(2).value === id && statusCol > 0) out.push(String(row.getCell(statusCol).value));
  });
  return out;
}

/** The review report printed to PDF from the export dialog; its text (pdftotext -layout). */
async function reportText(): Promise<string> {
  const { page } = s;
  await page.evaluate(() => {
    const w = window as unknown as { print: () => void; __printed: number };
    w.__printed = 0;
    w.print = () => {
      w.__printed += 1;
    };
  });
  await openExportDialog(page);
  await page.getByTestId('export-review-pdf').click();
  await page.waitForFunction(() => (window as unknown as { __printed: number }).__printed === 1, undefined, { timeout: TIMEOUTS.longWait });
  const pdf = await page.pdf({ format: 'A4', printBackground: true, preferCSSPageSize: true });
  await page.evaluate(() => window.dispatchEvent(new Event('afterprint')));
  await page.getByTestId('review-report-view').waitFor({ state: 'detached' });
  const file = `${OUT}review.pdf`;
  writeFileSync(file, pdf);
  return execFileSync('pdftotext', ['-layout', file, '-']).toString('utf8');
}

/** The lines of the report text naming the 1万亿 target. */
const trillionLines = (text: string) => text.split('\n').filter((l) => l.includes('经济总量跻身万亿元城市'));

describe('one truth from the reported figures', () => {
  it('opens on the headline lines: 1万亿 projected, with its probability once the run ends; the 2035 doubling with the growth it requires', async () => {
    await openCharts();
    expect(await line(TRILLION).getAttribute('data-status')).toBe('pending');
    for (const id of ['income-2025', 'gdp-2035-double', 'income-2035-double']) await line(id).waitFor();
    await until(() => line(TRILLION).innerText(), (t) => /达成概率 \d+\.\d%/.test(t), 'the probability of 1万亿');
    const doubling = await line('gdp-2035-double').innerText();
    expect(doubling).toMatch(/今后需年均增长 \d+\.\d\d%（自\d{4}年）/);
    expect(doubling).toMatch(/近五年实际增长 \d+\.\d\d%/);
  });

  it('a 2025 GDP figure below 1万亿 pasted into 实际数据', async () => {
    await actuals.open();
    await actuals.paste('gdp', 2025, BLOCK);
    await until(() => actuals.value('gdp', 2025), (v) => v === 9900, 'GDP 2025 in the grid');
  });

  it('the headline line says missed, by 100亿元', async () => {
    await openCharts();
    await until(() => line(TRILLION).getAttribute('data-status'), (v) => v === 'missed', 'headline missed');
    const text = await line(TRILLION).innerText();
    expect(text).toContain('未达成：9,900.0亿元，目标 ≥ 10,000.0亿元，差额 −100.0亿元');
    expect(text).not.toContain('达成概率');
  });

  it('the target table says missed', async () => {
    await table.waitForStatus(TRILLION, 'missed');
  });

  it('the review says missed, on the reported figure', async () => {
    await review.open();
    expect(await review.waitForSource(TRILLION, 'reported')).toMatchObject({ status: 'missed', text: '未达成' });
  });

  it('the XLSX says missed', async () => {
    const statuses = await xlsxStatuses(TRILLION);
    expect(statuses.length).toBeGreaterThan(0);
    for (const st of statuses) expect(st).toBe('未达成');
  });

  it('the PDF report says missed, in the headline lines and the group table alike', async () => {
    // The rows with a verdict (page 1's headline lines, the group table); the growth row has none.
    const lines = trillionLines(await reportText()).filter((l) => l.includes('达成'));
    expect(lines.length).toBeGreaterThanOrEqual(2);
    for (const l of lines) {
      expect(l).toContain('未达成');
      expect(l).not.toMatch(/(^|[^未])达成/);
    }
  });

  it('headline-zh.png and headline-en.png: the panel in both languages', async () => {
    await openCharts();
    await s.page.locator('main.content').evaluate((el) => el.scrollTo(0, 0));
    await until(() => line('gdp-2035-double').innerText(), (t) => /达成概率 \d/.test(t), 'the probability of the doubling');
    await s.app.settle();
    await s.page.getByTestId('headline-panel').screenshot({ path: `${DIR}headline-zh.png` });
    await s.app.setLang('en');
    await until(() => line(TRILLION).innerText(), (t) => t.includes('missed: 9,900.0'), 'English line');
    await s.app.settle();
    await s.page.getByTestId('headline-panel').screenshot({ path: `${DIR}headline-en.png` });
    await s.app.setLang('zh');
  });

  it('logged no console error and fetched nothing from outside', () => {
    expect(s.problems).toEqual([]);
    expect(s.external).toEqual([]);
  });
});
