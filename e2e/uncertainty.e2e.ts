/**
 * Issue 4 in the browser: the uncertainty view of the web build in Chromium. 10,000
 * paths run in the app's real Web Worker with progress; the probabilities land in the
 * target table (the same numbers as the engine gives in Node for the same seed) and a
 * fan chart is drawn; the main thread has no task over 50 ms while the worker runs; a
 * run can be cancelled without leaving a partial result. Then the screenshots of the
 * view in Chinese and English (docs/screenshots/uncertainty-*.png).
 */
import { fileURLToPath } from 'node:url';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { measureRun, setSeed, settle } from '../bench/mc-ui-bench';
import { runMonteCarlo } from '../models/uncertainty/monte-carlo';
import type { Plan } from '../models/plan/plan-schema';
import { defaultUncertaintyInputs, toUncertaintySpec } from '../models/uncertainty/uncertainty-inputs';
import { parsePlanText } from '../models/plan/validate-plan';
import { TIMEOUTS } from '../test-timeouts';
import { startSession, type Session } from './support/session';
import { until } from './support/until';
import { screenshotDir } from './support/screenshot-dir';

const DIR = screenshotDir();
const PLAN_FILE = fileURLToPath(new URL('../scenarios/xuzhou-14th-fyp.json', import.meta.url));

let s: Session;

const probability = (id: string) => s.page.getByTestId(`target-probability-${id}`).innerText();

async function embeddedPlan(): Promise<Plan> {
  const { readFile } = await import('node:fs/promises');
  const r = parsePlanText(await readFile(PLAN_FILE, 'utf8'), 'zh');
  if (!r.ok) throw new Error('embedded plan invalid');
  return r.plan;
}

beforeAll(async () => {
  s = await startSession({ width: 1440, height: 900 });
  await s.app.goto();
});
afterAll(async () => {
  await s?.close();
});

describe('uncertainty and sensitivity', () => {
  it('runs 10,000 paths in the worker: progress, probabilities in the table, a fan chart', async () => {
    const { page } = s;
    expect(await probability('gdp-2035-double')).toBe('');
    await page.getByTestId('view-tab-uncertainty').click();
    await page.getByTestId('uncertainty-panel').waitFor();
    await page.getByTestId('two-way-table').waitFor();
    expect(await page.getByTestId('mc-runs').inputValue()).toBe('10000');
    expect(await page.getByTestId('mc-calibration-gdp').innerText()).toMatch(/^基于2015—2023年9个年度的实际增速：2\.23%/);
    await settle(page);

    const run = await measureRun(page);
    console.log(`e2e Monte Carlo: worker ${run.workerMs} ms, click → result ${run.wallMs} ms, progress ${run.progress.join(' ')}, long tasks ${JSON.stringify(run.longTasks)}`);
    // The worker file was loaded (a real worker, not the in-page fallback).
    const workerScripts = await page.evaluate(() => performance.getEntriesByType('resource').map((e) => e.name).filter((n) => /monte-carlo\.worker/.test(n)));
    expect(workerScripts).toHaveLength(1);
    // Progress was shown on the way.
    expect(run.progress.some((v) => v > 0 && v < 100)).toBe(true);
    expect(run.progress).toEqual([...run.progress].sort((a, b) => a - b));

    // The probabilities: exactly what the engine gives in Node for the same inputs and seed.
    const plan = await embeddedPlan();
    const inputs = defaultUncertaintyInputs(plan);
    const expected = runMonteCarlo(plan, 'plan', toUncertaintySpec(plan, inputs), { runs: 10_000, seed: 1 });
    for (const id of ['gdp-2035-double', 'gdp-2025-trillion', 'income-2025', 'retail-2025']) {
      const p = expected.targets.find((t) => t.id === id)?.probability as number;
      expect(await probability(id)).toBe(`${(Math.round(p * 1000) / 10).toFixed(1)}%`);
    }
    expect(await probability('pension-rate-2025')).toBe('—');
    expect(await page.getByTestId('mc-status').innerText()).toMatch(/^10,000 条路径 · 种子 1 · 用时 \d+\.\d\d 秒$/);

    // The fan chart: four filled bands, the median, the scenario's path, the targets.
    const fan = page.getByTestId('fan-chart');
    await fan.locator('.scatterlayer .trace').first().waitFor();
    const traces = await fan.locator('.js-plotly-plot').evaluate((gd) =>
      (gd as unknown as { data: { name?: string; fill?: string; mode?: string }[] }).data.map((t) => ({ name: t.name ?? '', fill: t.fill ?? '', mode: t.mode ?? '' })),
    );
    expect(traces.filter((t) => t.fill === 'tonexty').map((t) => t.name)).toEqual(['5%–95%区间', '15%–85%区间', '25%–75%区间', '35%–65%区间']);
    expect(traces.map((t) => t.name)).toEqual(expect.arrayContaining(['中位数', '情景路径']));
    expect(await fan.locator('.fills path.js-fill').count()).toBeGreaterThanOrEqual(4);
    expect(await page.getByTestId('fan-summary').textContent()).toMatch(/地区生产总值 2035年：中位数 [\d,.]+亿元，90%区间/);
  });

  it('keeps the main thread responsive while the worker runs: it keeps beating, and no task holds it for the run', async () => {
    const { page } = s;
    // Structure, not timing: the paths are computed in the worker, so the page keeps
    // running during the run (a 5 ms heartbeat fires between the click and the last
    // progress report) and no main-thread task lasts as long as the worker's run. The
    // 50 ms long-task budget is a figure of `npm run bench` (mc-ui), not of this test:
    // a loaded machine stretches any task. Three seeds, each logged. 100,000 paths: a
    // run of 10,000 took as little as 75 ms in the worker, about as long as the main
    // thread's own work on one progress report on a loaded machine, so "no gap as long
    // as the run" said nothing (and failed at random).
    const runs = page.getByTestId('mc-runs');
    await runs.fill('100000');
    await runs.press('Enter');
    for (let seed = 2; seed <= 4; seed++) {
      await setSeed(page, seed);
      const run = await measureRun(page);
      console.log(`seed ${seed}: worker ${run.workerMs} ms, long tasks during the run ${JSON.stringify(run.longTasks)}, heartbeat gap ${run.heartbeatGap.toFixed(0)} ms, beats ${run.beatsDuringRun}`);
      expect(run.beatsDuringRun).toBeGreaterThanOrEqual(2);
      expect(run.longestDuringRun).toBeLessThan(run.workerMs);
      expect(run.heartbeatGap).toBeLessThan(run.workerMs);
    }
    await runs.fill('10000');
    await runs.press('Enter');
    await setSeed(page, 1);
  });

  it('cancels a run: no partial result, the earlier one back when its inputs are', async () => {
    const { page } = s;
    // The seed-1 run of 10,000 paths from the first test.
    await page.getByTestId('mc-run').click();
    await until(() => page.getByTestId('mc-status').getAttribute('data-worker-ms'), (v) => v !== null, 'the seed-1 result', TIMEOUTS.longWait);
    const before = await probability('gdp-2035-double');
    expect(before).toMatch(/%$/);

    // 200,000 paths: long enough to cancel midway.
    const runs = page.getByTestId('mc-runs');
    await runs.fill('200000');
    await runs.press('Enter');
    await until(() => probability('gdp-2035-double'), (v) => v === '', 'the old numbers withdrawn (stale)');
    expect(await page.getByTestId('probability-head').innerText()).toContain('已过期');
    await page.getByTestId('mc-run').click();
    const bar = page.getByTestId('mc-progress');
    await until(async () => Number((await bar.getAttribute('aria-valuenow')) ?? 0), (v) => v > 0, 'progress above 0', TIMEOUTS.longWait);
    await page.getByTestId('mc-cancel').click();
    await bar.waitFor({ state: 'detached' });
    expect(await page.getByTestId('mc-cancel').isDisabled()).toBe(true);
    // Nothing arrives later from the cancelled run. (A fixed pause: an absence cannot be polled for.)
    await page.waitForTimeout(1500);
    expect(await probability('gdp-2035-double')).toBe('');
    expect(await page.getByTestId('fan-state').getAttribute('data-state')).toBe('stale');
    expect(await page.getByTestId('mc-status').innerText()).toBe('结果已过期，重新运行');

    // Back to 10,000 paths: the seed-1 result is current again, unchanged.
    await runs.fill('10000');
    await runs.press('Enter');
    await until(() => probability('gdp-2035-double'), (v) => v === before, 'the earlier result back');
    expect(await page.getByTestId('fan-state').getAttribute('data-state')).toBe('fresh');
  });

  it('goal seek writes a new scenario; undo takes it away', async () => {
    const { page, app } = s;
    await until(() => page.getByTestId('goal-seek-result').innerText(), (t) => t.includes('7.18%'), 'goal seek result');
    await page.getByTestId('goal-seek-apply').click();
    await app.scenarios.item('goal-seek').waitFor();
    // The new scenario grows at the rate the doubling needs (7.17735%, shown 7.18)…
    expect(await app.assumptions.value('gdp', '16th')).toBe(7.18);
    await app.undo();
    await app.scenarios.item('goal-seek').waitFor({ state: 'detached' });
    // …while the scenario it was sought from keeps the plan's 6.5%.
    await app.assumptions.waitForValue('gdp', '16th', 6.5, 1e-4);
  });

  it('screenshots: the view with a fan chart, tornado and two-way table, in Chinese and English', async () => {
    const { page, app } = s;
    await app.scenarios.select('plan');
    await page.setViewportSize({ width: 1440, height: 1240 });
    // Incomes uncertain too, correlated with GDP at 0.8; run again.
    for (const id of ['income_urban', 'income_rural']) {
      await page.getByTestId('mc-add-select').selectOption(id);
      await page.getByTestId('mc-add').click();
      const corr = page.getByTestId(`mc-corr-${id}`);
      await corr.fill('0.8');
      await corr.press('Enter');
    }
    await until(() => page.getByTestId('mc-status').innerText(), (t) => t === '结果已过期，重新运行', 'the result stale');
    await page.getByTestId('mc-run').click();
    await until(() => page.getByTestId('mc-status').getAttribute('data-worker-ms'), (v) => v !== null, 'the new result', TIMEOUTS.longWait);
    await page.getByTestId('fan-chart').locator('.scatterlayer .trace').first().waitFor();
    await page.getByTestId('tornado-chart').locator('.barlayer .trace').first().waitFor();
    await page.locator('main.content').evaluate((el) => el.scrollTo(0, 0));
    await app.settle();
    await page.screenshot({ path: `${DIR}uncertainty-zh.png`, type: 'png' });

    await app.setLang('en');
    await until(() => page.getByTestId('mc-status').innerText(), (t) => /^10,000 paths/.test(t), 'English status');
    await page.getByTestId('fan-chart').locator('.scatterlayer .trace').first().waitFor();
    await app.settle();
    await page.screenshot({ path: `${DIR}uncertainty-en.png`, type: 'png' });
    await app.setLang('zh');
    await page.setViewportSize({ width: 1440, height: 900 });
  });

  it('logged no console error and fetched nothing from outside the machine', () => {
    expect(s.problems).toEqual([]);
    expect(s.external).toEqual([]);
  });
});
