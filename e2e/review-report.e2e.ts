/**
 * Issue 19: the review report printed from the export dialog (one scenario, the HTML the
 * CLI prints), to A4 in Chromium, rasterised with pdftoppm: its first two pages kept for
 * a person to look at (test-results/screenshots/, or docs/screenshots/ with
 * `npm run screenshots`), its text checked: the title block, the scenario in every page
 * header, page n of m, the counts by 约束性 / 预期性, and numbers with their units unbroken.
 */
import { execFileSync } from 'node:child_process';
import { copyFileSync, mkdirSync, readdirSync, rmSync, writeFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { TIMEOUTS } from '../test-timeouts';
import { screenshotDir } from './support/screenshot-dir';
import { startSession, type Session } from './support/session';
import { openExportDialog } from './support/export-dialog';

const OUT = fileURLToPath(new URL('../test-results/review-report/', import.meta.url));
let s: Session;

beforeAll(async () => {
  mkdirSync(OUT, { recursive: true });
  s = await startSession({ width: 1440, height: 900 });
  await s.app.goto();
});
afterAll(async () => {
  await s?.close();
});

describe('the review report as PDF', () => {
  it('prints page 1 (完成情况) and page 2 (targets by group) with the scenario in every header', async () => {
    const { page } = s;
    await page.evaluate(() => {
      const w = window as unknown as { print: () => void; __printed: number };
      w.__printed = 0;
      w.print = () => {
        w.__printed += 1;
      };
    });
    await openExportDialog(page);
    await page.getByTestId('export-issuer').fill('徐州市发展和改革委员会');
    await page.getByTestId('export-review-pdf').click();
    await page.waitForFunction(() => (window as unknown as { __printed: number }).__printed === 1, undefined, { timeout: TIMEOUTS.longWait });
    const pdf = await page.pdf({ format: 'A4', printBackground: true, preferCSSPageSize: true });
    await page.evaluate(() => window.dispatchEvent(new Event('afterprint')));
    await page.getByTestId('review-report-view').waitFor({ state: 'detached' });
    const file = `${OUT}review-zh.pdf`;
    writeFileSync(file, pdf);
    for (const f of readdirSync(OUT).filter((f) => f.endsWith('.png'))) rmSync(`${OUT}${f}`);
    execFileSync('pdftoppm', ['-png', '-r', '80', '-f', '1', '-l', '2', file, `${OUT}review-zh`]);
    const pages = readdirSync(OUT).filter((f) => f.endsWith('.png')).sort();
    expect(pages).toHaveLength(2);
    copyFileSync(`${OUT}${pages[0]}`, `${screenshotDir()}review-report-zh-1.png`);
    copyFileSync(`${OUT}${pages[1]}`, `${screenshotDir()}review-report-zh-2.png`);

    const pageText = (n: number) => execFileSync('pdftotext', ['-layout', '-f', String(n), '-l', String(n), file, '-']).toString('utf8');
    const count = Number(/Pages:\s+(\d+)/.exec(execFileSync('pdfinfo', [file]).toString('utf8'))?.[1]);
    expect(count).toBeGreaterThanOrEqual(3);
    const first = pageText(1);
    expect(first).toContain('规划实施情况评估报告');
    expect(first).toContain('编制单位：徐州市发展和改革委员会');
    expect(first).toMatch(/约束性\s+\d+\s+\d+\s+\d+\s+\d+\s+\d+/);
    expect(first).toMatch(/预期性\s+\d+\s+\d+\s+\d+\s+\d+\s+\d+/);
    // Page 1 lists the plan's headline targets (issue 18: 1万亿, 4万, the 2035 doublings).
    expect(first).toMatch(/主要目标[\s\S]*经济总量跻身万亿元城市[\s\S]*≥ 10,000\.0亿元/);
    expect(first).toContain('第 1 页，共');
    for (let n = 1; n <= count; n++) expect(pageText(n), `page ${n}`).toMatch(/徐州市规划评估 · 情景：/);
    // The tables of page 2 keep their header row; numbers keep their units on one line.
    const second = pageText(2);
    expect(second).toContain('约束性目标');
    // 左右 as a band: 6.5%左右 reads 6.0–7.0%.
    expect(second).toContain('6.0–7.0%（左右）');
    expect(second).toMatch(/目标\s+年份\s+数值\s+目标值\s+判定/);
    expect(second).toMatch(/\d,\d{3}\.\d亿元 预测/);
    expect(second).not.toMatch(/−0\.0+(个百分点|%)/);
    expect(second).not.toMatch(/待公布\s*\n\s*（预测/);
  });
});
