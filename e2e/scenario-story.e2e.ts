/**
 * Issue 3, steps 2–5, in order on one page: duplicate the built-in `plan` (the plan's own
 * assumptions: 6.5% a year after the reported figures, so the 2035 doubling, which needs
 * 7.18% a year from 2025, is missed), rename the copy, raise its 2026–2030 GDP growth
 * from 6.5% to 8% (the doubling turns green), change its 2026–2030 deflator and switch
 * real/nominal, compare it with `plan`, then undo and redo. Then the slider: dragged
 * with the mouse past the rate the doubling needs, and stepped across it with the keyboard.
 *
 * Hand arithmetic (GDP reported to 2024, 2025 projected at 6.5% in both scenarios; the
 * doubling is 2 × the 2025 value): with 2031–2035 kept at 6.5% (1.065^5 = 1.37009),
 * 2026–2030 needs (2 / 1.37009)^(1/5) − 1 = 7.86% a year: 7.8% gives 1.078^5 × 1.37009 =
 * 1.9945 (missed), 7.9% gives 2.0038 and 8% gives 2.0131 (met).
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startSession, type Session } from './support/session';
import { until } from './support/until';

const PLAN_GROWTH = 6.5; // the plan scenario's 2026–2035 growth as the field shows it
const PLAN_DEFLATOR = 0.5; // the plan scenario's price rise a year as the field shows it
const RAISED = 8; // the copy's 2026–2030 growth: above the 7.86% the doubling needs there
const NAME = { zh: '低速增长情景', en: 'Slower 15th FYP' };

let s: Session;
let copyId = '';
let gdpPathBefore: string | null = null;
let gdp2035Before = 0;

beforeAll(async () => {
  s = await startSession();
  await s.app.goto();
});
afterAll(async () => {
  await s?.close();
});

describe('a scenario of lower growth, step by step', () => {
  it('duplicates the built-in `plan` scenario and renames the copy', async () => {
    const { app } = s;
    gdpPathBefore = await app.charts.linePath('gdp');
    gdp2035Before = (await app.charts.projectedLines('gdp'))[0]?.y[15] ?? 0;

    copyId = await app.scenarios.duplicateSelected();
    expect(copyId).toBe('plan-copy');
    expect(await app.scenarios.name(copyId)).toBe('规划假设情景（副本）');
    // The copy is editable: no built-in notice, rename enabled, same assumptions.
    expect(await s.page.getByTestId('builtin-duplicate').count()).toBe(0);
    expect(await app.assumptions.value('gdp', '15th')).toBeCloseTo(PLAN_GROWTH, 4);

    await app.scenarios.renameSelected(NAME);
    expect(await app.scenarios.name(copyId)).toBe(NAME.zh);
    expect(await app.assumptions.title.textContent()).toBe(`假设：${NAME.zh}`);
    expect(await app.targets.heading.textContent()).toBe(`目标评估：${NAME.zh}`);
    await expect(app.unsavedMark.isVisible()).resolves.toBe(true);
    // The built-in scenario is unchanged and still first.
    expect((await app.scenarios.ids()).slice(0, 2)).toEqual(['plan', copyId]);
  });

  it('at 6.5% the 2035 doubling is missed (未达成, red, 7.18% needed); typing 8 (Enter) for 2026–2030 GDP growth turns it green (达成) and redraws the GDP path', async () => {
    const { app } = s;
    expect(await app.targets.status('gdp-2035-double')).toBe('missed');
    const tag = app.targets.statusTag('gdp-2035-double');
    expect(await tag.innerText()).toBe('未达成');
    const [r0, g0] = await app.targets.statusColor('gdp-2035-double');
    expect(r0).toBeGreaterThan(2 * g0); // red, not green
    // The growth the target needs (7.18% a year from 2025), beside a negative gap:
    // 2^(1/10) − 1 = 7.18%; at 6.5%, 1.065^10 = 1.8771 × the 2025 value: 6.1% short.
    expect(await app.targets.required('gdp-2035-double')).toBe('7.18%');
    expect(await app.targets.cell('gdp-2035-double', '差距')).toMatch(/^−[\d,.]+亿元$/);
    expect(await s.page.getByTestId('target-summary').innerText()).toMatch(/未达成 [1-9]/);

    await app.assumptions.set('gdp', '15th', RAISED);
    await app.targets.waitForStatus('gdp-2035-double', 'met');
    expect(await app.assumptions.value('gdp', '15th')).toBe(RAISED);
    expect(await app.assumptions.sliderValue('gdp', '15th')).toBe(RAISED);
    expect(await tag.innerText()).toBe('达成');
    const [r, g] = await app.targets.statusColor('gdp-2035-double');
    expect(g).toBeGreaterThan(r); // green, not red
    // Still 7.18% a year needed from 2025 (the target's own rate), now with a positive gap.
    expect(await app.targets.required('gdp-2035-double')).toBe('7.18%');
    expect(await app.targets.cell('gdp-2035-double', '差距')).toMatch(/^\+[\d,.]+亿元$/);

    // The chart: a new path in the SVG and a higher 2035 value in the plotted data:
    // (1.08 / 1.065)^5 = 1.0724 × the plan's.
    const after = await app.charts.linePath('gdp');
    expect(after).not.toBe(gdpPathBefore);
    const [line] = await app.charts.projectedLines('gdp');
    expect(line?.y[5]).toBeCloseTo((await app.charts.projectedLines('gdp'))[0]?.y[5] ?? Number.NaN, 6); // 2025 unchanged
    expect((line?.y[15] as number) / gdp2035Before).toBeCloseTo((1.08 / 1.065) ** 5, 6);
    // The change is marked on the field, and the reset button is enabled.
    expect(await app.assumptions.row('gdp', '15th').locator('.changed-mark').count()).toBe(1);
    expect(await s.page.getByTestId('assumption-gdp-15th-reset').isEnabled()).toBe(true);
  });

  it('a deflator changes nominal values only; the real/nominal switch changes the axis titles', async () => {
    const { app } = s;
    const nominalBefore = (await app.charts.projectedLines('gdp'))[0]?.y ?? [];
    await app.assumptions.set('deflator', '15th', 2);
    await app.assumptions.waitForValue('deflator', '15th', 2);
    const nominal = await until(async () => (await app.charts.projectedLines('gdp'))[0]?.y ?? [], (y) => y[10] !== nominalBefore[10], 'nominal GDP 2030 to move');
    // 2% a year on prices over 2026–2030 instead of 0.5%: nominal GDP 2030 × (1.02 / 1.005)^5; 2025 unchanged.
    expect((nominal[10] as number) / (nominalBefore[10] as number)).toBeCloseTo((1.02 / 1.005) ** 5, 6);
    expect(nominal[5]).toBeCloseTo(nominalBefore[5] as number, 6);
    expect(await app.charts.yAxisTitle('gdp')).toBe('亿元（现价）');
    expect(await app.charts.yAxisTitle('gdp_per_capita')).toBe('元（现价）');

    await app.setBasis('real');
    await expect.poll(() => app.charts.yAxisTitle('gdp')).toBe('亿元（2020年价格）');
    expect(await app.charts.yAxisTitle('income')).toBe('元（2020年价格）');
    expect(await app.charts.yAxisTitle('urbanization')).toBe('%'); // a share has no price basis
    const real = await until(async () => (await app.charts.projectedLines('gdp'))[0]?.y ?? [], (y) => y[10] !== nominal[10], 'real GDP to be drawn');
    // Real = without the deflator: 2026–2030 grows by the real 8% a year alone.
    expect((real[10] as number) / (real[5] as number)).toBeCloseTo(1.08 ** 5, 6);
    // The real 2035 doubling is still met: prices do not change it.
    expect(await app.targets.status('gdp-2035-double')).toBe('met');

    await app.setBasis('nominal');
    await expect.poll(() => app.charts.yAxisTitle('gdp')).toBe('亿元（现价）');
  });

  it('compares the copy with `plan`: two overlaid GDP lines, differences by year, the assumptions that differ', async () => {
    const { app } = s;
    await app.setCompare(true);
    expect(await app.scenarios.compareCheck(copyId).isChecked()).toBe(true);
    expect(await app.scenarios.compareCheck('plan').isChecked()).toBe(true);
    expect(await app.scenarios.compareCheck('slower').isChecked()).toBe(false);
    await app.charts.waitDrawn();

    const lines = await app.charts.projectedLines('gdp');
    expect(lines.map((l) => l.name).sort()).toEqual([NAME.zh, '规划假设情景'].sort());
    expect(await app.charts.drawnLines('gdp')).toBe(2);
    // Current prices: the same in 2025; by 2030 the copy's 8% growth and 2% deflator lift it
    // above `plan` by (1.08 × 1.02 / (1.065 × 1.005))^5.
    const copyLine = lines.find((l) => l.name === NAME.zh);
    const planLine = lines.find((l) => l.name === '规划假设情景');
    expect(copyLine?.y[5]).toBeCloseTo(planLine?.y[5] as number, 6);
    expect((copyLine?.y[10] as number) / (planLine?.y[10] as number)).toBeCloseTo(((1.08 * 1.02) / (1.065 * 1.005)) ** 5, 6);

    // At 2020 prices only the higher growth shows: (1.08 / 1.065)^5 by 2030, and the copy ends above `plan`.
    await app.setBasis('real');
    await expect
      .poll(async () => {
        const l = await app.charts.projectedLines('gdp');
        return (l.find((x) => x.name === NAME.zh)?.y[10] as number) / (l.find((x) => x.name === '规划假设情景')?.y[10] as number);
      })
      .toBeCloseTo((1.08 / 1.065) ** 5, 6);
    const real = await app.charts.projectedLines('gdp');
    expect(real.find((l) => l.name === NAME.zh)?.y[15]).toBeGreaterThan(real.find((l) => l.name === '规划假设情景')?.y[15] as number);

    // Differences by year (GDP, 2020 prices): 2020–2035, one column per scenario and the difference.
    expect(await app.compare.indicator.inputValue()).toBe('gdp');
    expect(await s.page.locator('.compare-card .unit-note').innerText()).toContain('2020年价格');
    const headers = await app.compare.diffHeaders();
    expect(headers).toEqual(['年份', NAME.zh, '规划假设情景', '差异']);
    const rows = await app.compare.diffRows();
    expect(rows.map((r) => r[0])).toEqual(Array.from({ length: 16 }, (_, i) => String(2020 + i)));
    expect(rows[0]?.[3]).toBe('0.0 (0.0%)'); // 2020: same base
    expect(rows[5]?.[3]).toBe('0.0 (0.0%)'); // 2025: same reported figures and 2025 growth
    // 2035: `plan` below the copy (the difference is plan − copy, as a share of the copy):
    // 1.065^5 / 1.08^5 − 1 = −6.8%.
    expect(rows[15]?.[3]).toMatch(/^−[\d,.]+ \(−6\.8%\)$/);
    expect(rows[10]?.[1]).not.toBe(rows[10]?.[2]);

    // The assumptions that differ: the deflator and GDP in 2026–2030.
    expect(await app.compare.assumptionDiff.locator('.panel-heading').innerText()).toBe('假设差异（2项）');
    const diffs = await app.compare.assumptionRows();
    expect(diffs).toEqual(
      expect.arrayContaining([
        ['价格平减指数（年涨幅）', '“十五五”时期 2026–2030', '2.00%/年', '0.50%/年'],
        ['地区生产总值', '“十五五”时期 2026–2030', '8.00%/年', '6.50%/年'],
      ]),
    );
    expect(diffs).toHaveLength(2);

    await app.setBasis('nominal');
    await app.setCompare(false);
    await app.waitReady();
  });

  it('Ctrl+Z undoes the deflator, then the GDP growth (6.5%, doubling missed again); Ctrl+Shift+Z redoes both', async () => {
    const { app } = s;
    await app.undo();
    await app.assumptions.waitForValue('deflator', '15th', PLAN_DEFLATOR, 1e-4);
    expect(await app.assumptions.value('gdp', '15th')).toBe(RAISED);

    await app.undo();
    await app.assumptions.waitForValue('gdp', '15th', PLAN_GROWTH, 1e-4);
    await app.targets.waitForStatus('gdp-2035-double', 'missed');
    expect(await app.targets.statusTag('gdp-2035-double').innerText()).toBe('未达成'); // back at 6.5%: 1.8771 × 2025, short of 2
    expect(await app.charts.linePath('gdp')).toBe(gdpPathBefore);
    expect(await app.scenarios.name(copyId)).toBe(NAME.zh); // the rename is an earlier step

    await app.redo();
    await app.assumptions.waitForValue('gdp', '15th', RAISED);
    await app.targets.waitForStatus('gdp-2035-double', 'met');
    await app.redo();
    await app.assumptions.waitForValue('deflator', '15th', 2);
    // Nothing more to redo.
    expect(await s.page.getByTestId('cmd-redo').isDisabled()).toBe(true);
    expect(await s.page.getByTestId('cmd-undo').isEnabled()).toBe(true);
  });

  it('dragging the slider is one edit (one undo step), and moves the input, the table and the chart', async () => {
    const { app } = s;
    // Back to the value the copy was made with (6.5).
    await s.page.getByTestId('assumption-gdp-15th-reset').click();
    await app.assumptions.waitForValue('gdp', '15th', PLAN_GROWTH, 1e-4);
    await app.targets.waitForStatus('gdp-2035-double', 'missed');
    const path = await app.charts.linePath('gdp');

    // Dragged to about 8.5, past the 7.86% 2026–2030 needs: even 8.2 gives 1.082^5 × 1.065^5 = 2.032.
    await app.assumptions.drag('gdp', '15th', 8.5);
    const dragged = await app.assumptions.value('gdp', '15th');
    expect(dragged).toBeGreaterThanOrEqual(8.2);
    expect(dragged).toBeLessThanOrEqual(8.8);
    expect(await app.assumptions.sliderValue('gdp', '15th')).toBe(dragged);
    await app.targets.waitForStatus('gdp-2035-double', 'met');
    expect(await app.charts.linePath('gdp')).not.toBe(path);

    await app.undo();
    await app.assumptions.waitForValue('gdp', '15th', PLAN_GROWTH, 1e-4);
    await app.targets.waitForStatus('gdp-2035-double', 'missed');
    expect(await app.charts.linePath('gdp')).toBe(path);
  });

  it('the slider steps by 0.1 with the arrow keys, and each step recomputes: 7.8 → 7.9 crosses the 7.86% the doubling needs', async () => {
    const { app, page } = s;
    // Just below the rate 2026–2030 needs: 1.078^5 × 1.065^5 = 1.9945, missed.
    await app.assumptions.set('gdp', '15th', 7.8);
    await app.targets.waitForStatus('gdp-2035-double', 'missed');
    const handle = app.assumptions.slider('gdp', '15th');
    await handle.focus();
    const start = await app.assumptions.sliderValue('gdp', '15th');
    expect(start).toBe(7.8);
    const path = await app.charts.linePath('gdp');
    // One step up: 1.079^5 × 1.065^5 = 2.0038, met.
    await page.keyboard.press('ArrowRight');
    await expect.poll(() => app.assumptions.value('gdp', '15th')).toBeCloseTo(start + 0.1, 6);
    await app.targets.waitForStatus('gdp-2035-double', 'met');
    expect(await app.charts.linePath('gdp')).not.toBe(path);
    // Two steps down: 7.7, missed again.
    await page.keyboard.press('ArrowLeft');
    await page.keyboard.press('ArrowLeft');
    await expect.poll(() => app.assumptions.value('gdp', '15th')).toBeCloseTo(start - 0.1, 6);
    await app.targets.waitForStatus('gdp-2035-double', 'missed');
    // Reset puts back the value the copy was made with.
    await page.getByTestId('assumption-gdp-15th-reset').click();
    await app.assumptions.waitForValue('gdp', '15th', PLAN_GROWTH, 1e-4);
    await app.targets.waitForStatus('gdp-2035-double', 'missed');
  });

  it('logged no console error', () => {
    expect(s.problems).toEqual([]);
    expect(s.external).toEqual([]);
  });
});
