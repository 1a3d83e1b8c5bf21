/**
 * Issue 3, steps 1 and 9: the app opens on the Xuzhou plan with its `plan` scenario —
 * title, five charts drawn as SVG, the target table with the 2035 doubling met — with no
 * console error and no request leaving the machine; then in English and back.
 */
import { readFileSync } from 'node:fs';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { parsePlanText } from '../models/plan/validate-plan';
import { MAIN_CHART_IDS } from './pages/charts';
import { startSession, type Session } from './support/session';

const parsed = parsePlanText(readFileSync(new URL('../scenarios/xuzhou-14th-fyp.json', import.meta.url), 'utf8'));
if (!parsed.ok) throw new Error('embedded plan invalid');
const plan = parsed.plan;

let s: Session;
beforeAll(async () => {
  s = await startSession();
  await s.app.goto();
});
afterAll(async () => {
  await s?.close();
});

describe('start-up', () => {
  it('opens on the embedded Xuzhou plan with the built-in `plan` scenario selected', async () => {
    const { app, page } = s;
    expect(await app.planTitle.textContent()).toBe(plan.title.zh);
    await expect(app.planTitle.isVisible()).resolves.toBe(true);
    expect(await app.fileName.textContent()).toBe('xuzhou-14th-fyp.json');
    expect(await page.title()).toBe('xuzhou-14th-fyp.json — PlanPath');
    expect(await app.unsavedMark.count()).toBe(0);
    expect(await app.scenarios.ids()).toEqual(plan.scenarios.map((x) => x.id));
    expect(await app.scenarios.selectedId()).toBe('plan');
    expect(await app.assumptions.title.textContent()).toBe('假设：规划假设情景');
    // Built-in: read-only, with the offer to duplicate.
    await expect(page.getByTestId('builtin-duplicate').isVisible()).resolves.toBe(true);
    expect(await page.getByTestId('scenario-rename').isDisabled()).toBe(true);
    expect(await app.assumptions.value('gdp', '15th')).toBeCloseTo(6.5, 6);
  });

  it('draws the five charts of the main view as plotly SVG, 2020–2035', async () => {
    const { app } = s;
    expect(await s.page.locator('[data-testid^="chart-"]:not([data-testid$="-summary"]):not([data-testid="chart-chooser"]):not([data-testid="chart-reset"])').count()).toBe(MAIN_CHART_IDS.length);
    for (const id of MAIN_CHART_IDS) {
      await expect(app.charts.svg(id).isVisible(), id).resolves.toBe(true);
      expect(await app.charts.drawnLines(id), id).toBeGreaterThan(0);
      const lines = await app.charts.projectedLines(id);
      expect(lines.length, id).toBeGreaterThan(0);
      for (const line of lines) {
        expect(line.x, id).toEqual(Array.from({ length: 16 }, (_, i) => 2020 + i));
        expect(line.y.every((v) => v !== null && Number.isFinite(v)), id).toBe(true);
      }
    }
    // GDP: the reported 7,319.77亿元 in 2020 (not the plan's 7,400 estimate), rising every year; income: urban, rural, all residents.
    const [gdp] = await app.charts.projectedLines('gdp');
    expect(gdp?.y[0]).toBe(7319.77);
    expect(gdp?.y.every((v, i, ys) => i === 0 || (v as number) > (ys[i - 1] as number))).toBe(true);
    expect((await app.charts.projectedLines('income')).map((t) => t.name)).toEqual(['城镇', '农村', '全体居民']);
    expect(await app.charts.yAxisTitle('gdp')).toBe('亿元（现价）');
    expect(await app.charts.title('gdp')).toBe('地区生产总值');
  });

  it('lists every target in the table, the 2035 GDP doubling missed (the plan’s 6.5% a year after 2025 is not the 7.18% it needs)', async () => {
    const { app } = s;
    expect(await app.targets.heading.textContent()).toBe('目标评估：规划假设情景');
    expect((await app.targets.rowIds()).sort()).toEqual(plan.targets.map((t) => t.id).sort());
    expect(await app.targets.status('gdp-2035-double')).toBe('missed');
    const tag = app.targets.statusTag('gdp-2035-double');
    expect(await tag.innerText()).toBe('未达成');
    // Ant Design's error red.
    const [r, g, b] = await app.targets.statusColor('gdp-2035-double');
    expect(r).toBeGreaterThan(g);
    expect(r).toBeGreaterThan(b);
    expect(await app.targets.required('gdp-2035-double')).toBe('7.18%');
    expect(await app.targets.cell('gdp-2035-double', '目标值')).toBe('≥ 19,934.7亿元（2020年价格）');
    expect(await app.targets.cell('gdp-2035-double', '口径')).toBe('可比价');
    // missed on the path the targets require: the two targets it sets no path for (industrial sales from its implied base, 十连冠 from 9 titles)
    expect(await s.page.getByTestId('target-summary').innerText()).toMatch(/^达成 \d+ · 未达成 \d+ · 缺基期值 \d+$/);
    expect(await s.page.getByTestId('target-summary').innerText()).toMatch(/^达成 \d+ · 未达成 [1-9]\d* · 缺基期值 \d+$/);
  });

  it('switches to English: labels, statuses and axis titles change; and back to Chinese', async () => {
    const { app, page } = s;
    await app.setLang('en');
    expect(await app.targets.heading.textContent()).toBe("Targets: The plan's assumptions");
    expect(await app.targets.headers()).toEqual(
      expect.arrayContaining(['Target', 'Year', 'Target value', 'Projected', 'Gap', 'Required growth', 'Status']),
    );
    expect(await app.targets.statusTag('gdp-2035-double').innerText()).toBe('Missed');
    expect(await app.targets.cell('gdp-2035-double', 'Basis')).toBe('real');
    expect(await app.assumptions.title.textContent()).toBe("Assumptions: The plan's assumptions");
    expect(await app.scenarios.name('plan')).toBe("The plan's assumptions");
    expect(await app.charts.title('gdp')).toBe('Gross domestic product (GDP)');
    expect(await app.charts.yAxisTitle('gdp')).toBe('100m yuan (current prices)');
    expect((await app.charts.projectedLines('income')).map((t) => t.name)).toEqual(['Urban', 'Rural', 'All residents']);
    expect(await app.files.button('save').innerText()).toBe('Save');
    expect(await app.compareToggle.innerText()).toBe('Compare');
    expect(await page.getByTestId('target-summary').innerText()).toMatch(/^met \d+ · missed \d+ · needs base \d+$/);
    expect(await page.getByTestId('target-summary').innerText()).toMatch(/^met \d+ · missed [1-9]\d* · needs base \d+$/);
    // The plan title follows too.
    expect(await app.planTitle.textContent()).toBe(plan.title.en);

    await app.setLang('zh');
    expect(await app.targets.statusTag('gdp-2035-double').innerText()).toBe('未达成');
    expect(await app.targets.heading.textContent()).toBe('目标评估：规划假设情景');
  });

  it('logged no console error and fetched nothing from outside the machine', () => {
    expect(s.problems).toEqual([]);
    expect(s.external).toEqual([]);
  });

  // plotly's mode bar offered "Share chart..." (an upload to Plotly Cloud): data must not
  // leave the machine, so the charts have no mode bar at all.
  it('offers no "Share chart" (upload to Plotly Cloud) button on the charts', async () => {
    await s.app.charts.card('gdp').hover();
    expect(await s.app.charts.card('gdp').locator('.modebar').count()).toBe(0);
    expect(await s.app.charts.card('gdp').locator('.modebar-btn[data-title="Share chart..."]').count()).toBe(0);
  });
});
