/**
 * Issue 9, "charts follow the plan": open a plan that is not Xuzhou's (no `gdp`; 万亿元,
 * 岁, shares, a flow, a derived per-head figure) and see one chart per indicator the plan
 * charts; remove one and add another through the chart chooser; the choice survives a
 * reload (autosaved workspace); a Monte Carlo run draws the fan chart of the plan's lead
 * indicator and offers its own indicators; the PDF report holds every chart.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { TIMEOUTS } from '../test-timeouts';
import { motionDone } from './support/dialog';
import { screenshotDir } from './support/screenshot-dir';
import { startSession, type Session } from './support/session';
import { until } from './support/until';

const FILE = new URL('../scenarios/testing/province-15th-fyp.json', import.meta.url);
/** The rule's charts for this plan (models/charts/chart-plan.ts): every indicator with a target, money first. */
const CHARTED = ['strategic_emerging', 'emerging_per_head', 'life_expectancy', 'rd_share', 'forest_cover', 'afforestation'];

let s: Session;

async function shownCharts(): Promise<string[]> {
  return s.page.locator('.chart-grid > [data-testid^="chart-"]').evaluateAll((cards) => cards.map((c) => (c.getAttribute('data-testid') ?? '').slice('chart-'.length)));
}

/** The chart choice in the autosaved workspace (IndexedDB "planpath", store and slot "workspace"; renderer/platform/workspace-slots.ts). */
async function autosavedCharts(): Promise<unknown> {
  return s.page.evaluate(
    () =>
      new Promise((resolve) => {
        const req = indexedDB.open('planpath', 1);
        req.onerror = () => resolve(null);
        // not created yet: do not create it here (the app's own open would then find no store)
        req.onupgradeneeded = () => req.transaction?.abort();
        req.onsuccess = () => {
          const db = req.result;
          if (!db.objectStoreNames.contains('workspace')) return resolve(null);
          const get = db.transaction('workspace', 'readonly').objectStore('workspace').get('workspace');
          get.onsuccess = () => {
            const value = get.result as { ui?: { charts?: unknown } } | undefined;
            db.close();
            resolve(value?.ui?.charts ?? null);
          };
          get.onerror = () => resolve(null);
        };
      }),
  );
}

async function waitCharts(ids: readonly string[]): Promise<void> {
  await until(shownCharts, (shown) => shown.join() === ids.join(), `charts ${ids.join(', ')}`);
  await s.app.charts.waitDrawn(ids);
}

beforeAll(async () => {
  s = await startSession();
  await s.app.goto();
  await s.app.files.open({ name: 'province-15th-fyp.json', text: readFileSync(FILE, 'utf8') });
  await s.page.getByText('某省国民经济和社会发展第十五个五年规划（测试用）').first().waitFor();
});
afterAll(async () => {
  await s?.close();
});

describe('a plan without gdp', () => {
  it('draws one chart per charted indicator, each with its own title', async () => {
    await waitCharts(CHARTED);
    await expect(s.app.charts.card('life_expectancy').getByText('人均预期寿命').first().isVisible()).resolves.toBe(true);
    await expect(s.app.charts.card('strategic_emerging').getByText('战略性新兴产业增加值').first().isVisible()).resolves.toBe(true);
    expect(await s.app.targets.table.locator('tbody tr').count()).toBeGreaterThanOrEqual(8);
    // The assumption groups of the charted indicators are open (not derived, so no per-head group).
    const open = await s.page.locator('.assumption-groups > .ant-collapse-item-active > .ant-collapse-header').allTextContents();
    for (const name of ['战略性新兴产业增加值', '人均预期寿命', '研究与试验发展经费投入强度', '森林覆盖率', '新增造林面积']) {
      expect(open.some((t) => t.includes(name)), name).toBe(true);
    }
    expect(open.some((t) => t.includes('常住人口'))).toBe(false);
    await s.app.settle();
    await s.page.screenshot({ path: join(screenshotDir(), 'province-plan-charts.png'), fullPage: false });
    expect(s.problems).toEqual([]);
  });

  it('removes and adds a chart through the chooser; the choice is autosaved and comes back after a reload', async () => {
    const chooser = s.page.getByTestId('chart-chooser');
    // Remove forest cover: the close mark of its tag.
    await chooser.locator('.ant-select-selection-item').filter({ hasText: '森林覆盖率' }).locator('.ant-select-selection-item-remove').click();
    const without = CHARTED.filter((id) => id !== 'forest_cover');
    await waitCharts(without);
    // Add resident population (no target, so not charted by default).
    await chooser.locator('.ant-select').click();
    await motionDone(s.page.locator('.ant-select-dropdown:visible').last(), 'the chart list opened (its slide-in finished)');
    await s.page.locator('.ant-select-dropdown .ant-select-item-option').filter({ hasText: '常住人口' }).click();
    await s.page.keyboard.press('Escape');
    const chosen = [...without, 'resident_population'];
    await waitCharts(chosen);
    await until(autosavedCharts, (c) => JSON.stringify(c) === JSON.stringify(chosen), 'charts autosaved');

    await s.page.reload();
    await waitCharts(chosen);
    await s.page.getByTestId('chart-reset').click();
    await waitCharts(CHARTED);
    expect(s.problems).toEqual([]);
    expect(s.external).toEqual([]);
  });

  it("runs Monte Carlo: a fan chart of the lead indicator, the plan's own indicators offered", async () => {
    const { page } = s;
    await page.getByTestId('view-tab-uncertainty').click();
    await page.getByTestId('uncertainty-panel').waitFor();
    await page.getByTestId('mc-runs').fill('2000');
    await page.getByTestId('mc-run').click();
    await until(() => page.getByTestId('fan-state').getAttribute('data-state'), (v) => v === 'fresh', 'a fresh Monte Carlo result', TIMEOUTS.longWait);
    const fan = page.getByTestId('fan-chart');
    await fan.locator('.scatterlayer .trace').first().waitFor();
    expect(await page.getByTestId('fan-summary').textContent()).toMatch(/战略性新兴产业增加值 2035年：中位数 [\d,.]+万亿元/);
    await page.getByTestId('fan-indicator').click();
    const offered = await page.locator('.ant-select-dropdown .ant-select-item-option').allTextContents();
    expect(offered.slice(0, 3)).toEqual(['战略性新兴产业增加值', '人均战略性新兴产业增加值', '人均预期寿命']);
    expect(offered.join()).not.toContain('新增造林面积');
    await page.keyboard.press('Escape');
    await page.getByTestId('view-tab-charts').click();
    expect(s.problems).toEqual([]);
  });

  it('the PDF report holds the chosen charts, one per charted indicator', async () => {
    const { page } = s;
    await s.app.printReport();
    const ids = await page
      .getByTestId('report-view')
      .locator('[data-testid^="report-chart-"]')
      .evaluateAll((figs) => figs.map((f) => (f.getAttribute('data-testid') ?? '').slice('report-chart-'.length)));
    expect(ids).toEqual(CHARTED);
    const images = await page.getByTestId('report-view').locator('[data-testid^="report-chart-"] img').evaluateAll((imgs) => imgs.map((i) => (i as HTMLImageElement).src.slice(0, 26)));
    expect(images).toEqual(CHARTED.map(() => 'data:image/svg+xml;charset'));
    await page.evaluate(() => window.dispatchEvent(new Event('afterprint')));
    await page.getByTestId('report-view').waitFor({ state: 'detached' });
    expect(s.problems).toEqual([]);
  });
});
