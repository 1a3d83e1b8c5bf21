/**
 * Issue 12, section 4: the PDF report in English and in compare mode, printed to A4 in
 * Chromium and rasterised with pdftoppm, one page of each kept for a person to look at
 * (test-results/screenshots/, or docs/screenshots/ with `npm run screenshots`). The
 * Chinese single-scenario report is export.e2e.ts's.
 */
import { execFileSync } from 'node:child_process';
import { copyFileSync, mkdirSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { TIMEOUTS } from '../test-timeouts';
import { screenshotDir } from './support/screenshot-dir';
import { startSession, type Session } from './support/session';
import { openExportDialog } from './support/export-dialog';

const OUT = fileURLToPath(new URL('../test-results/report-pages/', import.meta.url));
let s: Session;

beforeAll(async () => {
  mkdirSync(OUT, { recursive: true });
  s = await startSession({ width: 1440, height: 900 });
  await s.app.goto();
});
afterAll(async () => {
  await s?.close();
});

/** Prints the report as the app lays it out for print; returns the PDF's text and its page images. */
async function printReport(name: string): Promise<{ text: string; pages: string[] }> {
  const { page } = s;
  await s.app.printReport();
  const pdf = await page.pdf({ format: 'A4', printBackground: true, preferCSSPageSize: true });
  await page.evaluate(() => window.dispatchEvent(new Event('afterprint')));
  await page.getByTestId('report-view').waitFor({ state: 'detached' });
  const file = `${OUT}${name}.pdf`;
  writeFileSync(file, pdf);
  for (const f of readdirSync(OUT).filter((f) => f.startsWith(`${name}-`) && f.endsWith('.png'))) rmSync(`${OUT}${f}`);
  execFileSync('pdftoppm', ['-png', '-r', '80', file, `${OUT}${name}`]);
  const pages = readdirSync(OUT)
    .filter((f) => f.startsWith(`${name}-`) && f.endsWith('.png'))
    .sort()
    .map((f) => `${OUT}${f}`);
  return { text: execFileSync('pdftotext', ['-layout', file, '-']).toString('utf8'), pages };
}

describe('the PDF report, page by page', () => {
  it('in English: the report in English, a local date, every page rasterised', async () => {
    await s.app.setLang('en');
    const { text, pages } = await printReport('report-en');
    expect(pages.length).toBeGreaterThanOrEqual(2);
    expect(text).toMatch(/Page 1 of \d+|1 \/ \d+|Page 1/);
    expect(text).not.toMatch(/规划目标情景分析报告/);
    copyFileSync(pages[0] as string, `${screenshotDir()}report-en.png`);
    copyFileSync(pages[pages.length - 1] as string, `${screenshotDir()}report-en-last.png`);
    await s.app.setLang('zh');
  });

  it('in compare mode: every scenario compared, every page rasterised', async () => {
    await s.app.setCompare(true);
    const { text, pages } = await printReport('report-compare-zh');
    expect(pages.length).toBeGreaterThanOrEqual(2);
    expect(text).toContain('规划假设情景');
    copyFileSync(pages[0] as string, `${screenshotDir()}report-compare-zh.png`);
    await s.app.setCompare(false);
  });

  it('a chart exported in English compare mode: legend and source line inside the image', async () => {
    const { page } = s;
    await s.app.setLang('en');
    await s.app.setCompare(true);
    await openExportDialog(page);
    const button = page.getByTestId('export-png');
    await button.waitFor({ state: 'visible' });
    const [download] = await Promise.all([page.waitForEvent('download', { timeout: TIMEOUTS.longWait }), button.click()]);
    const file = `${screenshotDir()}chart-compare-en.png`;
    await download.saveAs(file);
    await page.keyboard.press('Escape');
    expect(download.suggestedFilename()).toMatch(/\.png$/);
    await s.app.setCompare(false);
    await s.app.setLang('zh');
  });

  it('the fan chart and the tornado export as SVG, the two-way table as CSV', async () => {
    const { page } = s;
    await page.getByTestId('view-tab-uncertainty').click();
    await page.getByTestId('mc-run').click();
    const fan = page.getByTestId('fan-export-svg');
    await fan.waitFor({ state: 'visible', timeout: TIMEOUTS.longWait });
    const save = async (button: string, name: string) => {
      const [download] = await Promise.all([page.waitForEvent('download', { timeout: TIMEOUTS.longWait }), page.getByTestId(button).click()]);
      const file = `${OUT}${name}`;
      await download.saveAs(file);
      return { name: download.suggestedFilename(), text: readFileSync(file, 'utf8') };
    };
    const fanSvg = await save('fan-export-svg', 'fan.svg');
    expect(fanSvg.name).toMatch(/-fan-.*\.svg$/);
    expect(fanSvg.text.startsWith('<svg')).toBe(true);
    expect(fanSvg.text).toMatch(/生成于 \d{4}-\d{2}-\d{2}/);
    await page.getByTestId('tornado-export-svg').waitFor({ state: 'visible', timeout: TIMEOUTS.longWait });
    const tornadoSvg = await save('tornado-export-svg', 'tornado.svg');
    expect(tornadoSvg.name).toMatch(/-tornado-.*\.svg$/);
    expect(tornadoSvg.text.startsWith('<svg')).toBe(true);
    const csv = await save('two-way-csv', 'two-way.csv');
    expect(csv.name).toMatch(/-two-way-.*\.csv$/);
    expect(csv.text.split('\r\n').length).toBeGreaterThan(14);
    await page.getByTestId('view-tab-charts').click();
  });

  it('logged no console error', () => {
    expect(s.problems).toEqual([]);
  });
});
