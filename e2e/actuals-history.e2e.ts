/**
 * Reported history in 实际数据: the national example (2025-based) shows its 2020–2024
 * years in the grid, under 报告数（历史）, with the base year marked 基期, the same years
 * its charts draw before the base year. A 2024 figure is corrected in the grid (value by
 * typing, real growth in the cell editor): the per-capita doubling relative to 2020 gets
 * its new reference in the target table, the chart's 2024 history point moves, the base
 * value stays; undo takes all of it back. The Xuzhou 14th plan (2020-based, lists the
 * 13th period) shows its 2015–2019 figures the same way.
 */
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { ActualsView } from './pages/actuals-view';
import { screenshotDir } from './support/screenshot-dir';
import { startSession, type Session } from './support/session';
import { until } from './support/until';

let s: Session;
let actuals: ActualsView;

const DOUBLING = 'gdp-pc-2035-double-2020';
/** 2 × the 2020 level at 2025 prices: 99,665 chained back with 2021–25 real growth (2024: 5.1%, corrected to 6.1%). */
const BEFORE = '153,910';
const AFTER = '152,459';

/** The per-capita chart's reported points before the base year, as plotly was given them. */
async function perCapitaHistory(): Promise<{ x: number[]; y: (number | null)[] }[]> {
  return s.app.charts
    .card('gdp_per_capita')
    .locator('.js-plotly-plot')
    .evaluate((el) => {
      const gd = el as unknown as { data: { legendgroup?: string; x: number[]; y: (number | null)[] }[] };
      return gd.data.filter((t) => t.legendgroup === 'actual' && Array.from(t.x).some((x) => x < 2025)).map((t) => ({ x: Array.from(t.x), y: Array.from(t.y) }));
    });
}

const pointAt2024 = async (): Promise<number | null> => {
  const [h] = await perCapitaHistory();
  const i = h?.x.indexOf(2024) ?? -1;
  return i < 0 ? null : (h?.y[i] ?? null);
};
const doublingRow = () => s.app.targets.row(DOUBLING).innerText();
const chartsTab = async () => {
  await s.page.getByTestId('view-tab-charts').click();
  await s.app.charts.waitDrawn(['gdp_per_capita']);
};

beforeAll(async () => {
  s = await startSession({ width: 1440, height: 900 });
  await s.app.goto();
  actuals = new ActualsView(s.page);
});
afterAll(async () => {
  await s?.close();
});

describe('reported history in 实际数据 (national example)', () => {
  it('the grid shows 2020–2024 as history beside the 2025 base year, with the 2021 bulletin figure', async () => {
    const { app, page } = s;
    await app.files.newFile(false, 'national-15th');
    await until(() => app.planTitle.textContent(), (t) => (t ?? '').includes('十五'), 'the national plan open');
    await until(doublingRow, (t) => t.includes(BEFORE), 'the doubling’s reference before the correction');
    await actuals.open();
    const years = await page.getByTestId('actuals-years').locator('th').allInnerTexts();
    expect(years.map((y) => y.trim())).toEqual(['2020', '2021', '2022', '2023', '2024', '2025', '2026']);
    expect(await page.getByTestId('actuals-group-history').innerText()).toBe('报告数（历史）');
    expect(await page.getByTestId('actuals-group-base').innerText()).toBe('基期');
    expect(await actuals.cell('gdp', 2021).innerText()).toContain('1,143,670');
    expect(await actuals.value('gdp_per_capita', 2024)).toBe(95749);
    await page.getByTestId('actuals-view').screenshot({ path: path.join(screenshotDir(), 'actuals-history-national.png') });
  });

  it('a 2024 figure corrected (value typed, real growth in the editor): the doubling’s reference and the chart follow; undo takes it back', async () => {
    const { app, page } = s;
    const cell = actuals.cell('gdp_per_capita', 2024);
    await cell.click();
    await page.keyboard.press('Enter');
    const input = page.getByTestId('actuals-input');
    await input.fill('96000');
    await input.press('Enter');
    await until(() => actuals.value('gdp_per_capita', 2024), (v) => v === 96000, 'the 2024 value corrected');
    const growth = page.getByTestId('actuals-edit-growth');
    await until(() => growth.inputValue(), (v) => v === '5.1', 'the editor on 2024');
    await growth.fill('6.1');
    await page.getByTestId('actuals-edit-apply').click();
    await until(() => cell.innerText(), (t) => t.includes('6.1%'), 'the 2024 growth corrected');
    expect(await page.getByTestId('actuals-editor').innerText()).toContain('2024');
    await until(doublingRow, (t) => t.includes(AFTER), 'the doubling’s reference after the correction');
    await chartsTab();
    await until(pointAt2024, (v) => v === 96000, 'the chart’s 2024 point');

    await app.undo();
    await app.undo();
    await until(pointAt2024, (v) => v === 95749, 'the chart’s 2024 point after undo');
    await until(doublingRow, (t) => t.includes(BEFORE), 'the doubling’s reference after undo');
    await actuals.open();
    expect(await actuals.value('gdp_per_capita', 2024)).toBe(95749);
    expect(s.problems).toEqual([]);
  });

  it('the Xuzhou 14th plan: 2015–2019 as history before the 2020 base year, its 2015 GDP figure in sight', async () => {
    const { app, page } = s;
    // Undone back to the plan as opened: nothing to discard.
    await app.files.newFile(false, 'xuzhou');
    await until(() => app.planTitle.textContent(), (t) => (t ?? '').includes('徐州'), 'the Xuzhou plan open');
    await actuals.open();
    const years = (await page.getByTestId('actuals-years').locator('th').allInnerTexts()).map((y) => y.trim());
    expect(years.slice(0, 7)).toEqual(['2015', '2016', '2017', '2018', '2019', '2020', '2021']);
    expect(await page.getByTestId('actuals-group-history').getAttribute('colspan')).toBe('5');
    expect(await actuals.value('gdp', 2015)).not.toBeNull();
    await page.getByTestId('actuals-view').screenshot({ path: path.join(screenshotDir(), 'actuals-history-xuzhou.png') });
    expect(s.problems).toEqual([]);
  });
});
