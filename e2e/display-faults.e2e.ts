/**
 * Three display faults left from session 8, as a reader sees them:
 * - the national example's emission targets (≤ 0.92 × the 2025 level, no base value
 *   published) say what they ask, "≤ 0.92 × 2025年", beside 缺基期值 (was "≤ —"), in the
 *   target table and the review, in both languages;
 * - the Xuzhou income chart's y axis starts near its data, with no "0" tick under figures
 *   that never come near 0 (the lowest is the 2015 rural income, 13,982元).
 */
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { screenshotDir } from './support/screenshot-dir';
import { startSession, type Session } from './support/session';
import { until } from './support/until';
import { ReviewView } from './pages/review-view';

let s: Session;

beforeAll(async () => {
  s = await startSession({ width: 1440, height: 900 });
  await s.app.goto();
});
afterAll(async () => {
  await s?.close();
});

/** The y-axis tick labels plotly drew on a chart. */
async function yTicks(id: string): Promise<string[]> {
  return s.app.charts.card(id).locator('.yaxislayer-above .ytick text').allTextContents();
}

describe('the income chart of the Xuzhou plan', () => {
  it('has no "0" tick: the axis starts at a round number near the lowest figure', async () => {
    const { app } = s;
    await app.charts.waitDrawn(['income']);
    await app.charts.card('income').scrollIntoViewIfNeeded();
    await app.charts.card('income').screenshot({ path: path.join(screenshotDir(), 'income-chart-axis.png') });
    const ticks = await yTicks('income');
    expect(ticks.length).toBeGreaterThan(2);
    expect(ticks).not.toContain('0');
    expect(s.problems).toEqual([]);
  });
});

describe('the national example: a multiple without a base value', () => {
  const text = (id: string) => s.page.getByTestId(id).textContent();

  it('says "≤ 0.92 × 2025年" beside 缺基期值 in the target table and the review', async () => {
    const { page, app } = s;
    await app.files.newFile(false, 'national-15th');
    await until(() => app.planTitle.textContent(), (t) => (t ?? '').includes('十五'), 'the national plan open');
    await page.getByTestId('target-threshold-nox-15th').waitFor();
    expect(await text('target-threshold-nox-15th')).toBe('≤ 0.92 × 2025年');
    expect(await text('target-threshold-cod-15th')).toBe('≤ 0.94 × 2025年');
    expect(await text('target-status-nox-15th')).toBe('缺基期值');
    await page.getByTestId('target-row-nox-15th').scrollIntoViewIfNeeded();
    await page.screenshot({ path: path.join(screenshotDir(), 'national-multiple-no-base-zh.png') });
    await app.setLang('en');
    await until(() => text('target-threshold-nox-15th'), (t) => t === '≤ 0.92 × 2025 level', 'English threshold');
    const review = new ReviewView(page);
    await review.open();
    expect(await text('review-threshold-voc-15th')).toBe('≤ 0.92 × 2025 level');
    await review.row('voc-15th').scrollIntoViewIfNeeded();
    await page.screenshot({ path: path.join(screenshotDir(), 'national-multiple-no-base-review-en.png') });
    await app.setLang('zh');
    expect(await text('review-threshold-voc-15th')).toBe('≤ 0.92 × 2025年');
    expect(s.problems).toEqual([]);
  });
});
