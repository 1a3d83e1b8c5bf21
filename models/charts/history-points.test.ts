import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { nextPlan } from '../plan/next-plan';
import { planFile, type Plan, type PlanInput } from '../plan/plan-schema';
import { referenceValue } from '../targets/reference-value';
import { minimalPlan } from '../testing/minimal-plan';
import { baseYearStatus, historyPoints } from './history-points';

const shippedInput = (name: string): PlanInput => JSON.parse(readFileSync(new URL(`../../scenarios/${name}`, import.meta.url), 'utf8')) as PlanInput;
const shipped = (name: string): Plan => planFile.parse(shippedInput(name));
const actualsOf = (plan: Plan, id: string) => plan.indicators.find((i) => i.id === id)?.actuals ?? [];

/** The minimal plan (2020-based, history from 2015) with figures before its base year. */
function planWithHistory(): Plan {
  const p = minimalPlan();
  const src = { source: 'test' };
  const byId = new Map(p.indicators.map((i) => [i.id, i]));
  byId.get('gdp')!.actuals = [
    { year: 2010, value: 4000, realGrowth: 0.1, status: 'final', ...src },
    { year: 2016, value: 6000, realGrowth: 0.07, status: 'final', ...src },
    { year: 2017, value: 6500, realGrowth: 0.07, status: 'final', ...src },
    { year: 2018, value: 7000, status: 'final', ...src },
    { year: 2019, value: 7200, realGrowth: 0.06, status: 'preliminary', ...src },
    { year: 2020, value: 7400, realGrowth: 0.05, status: 'preliminary', ...src },
  ];
  byId.get('population')!.actuals = [
    { year: 2018, value: 880, status: 'final', ...src },
    { year: 2019, value: 890, status: 'estimate', ...src },
  ];
  const urbanization = byId.get('urbanization')!;
  urbanization.actuals = [
    { year: 2019, value: 65, status: 'reported', ...src },
    { year: 2020, value: 68, status: 'reported', ...src },
  ];
  urbanization.seriesBreaks = [{ year: 2020, overlapYear: 2020, oldValue: 66, newValue: 68, reason: { zh: '七普', en: 'census' } }];
  byId.get('income_urban')!.actuals = [{ year: 2019, value: 38000, status: 'final', ...src }];
  byId.get('income_rural')!.actuals = [{ year: 2019, value: 20000, status: 'final', ...src }];
  p.prices = [{ index: 'gdp-deflator', year: 2018, value: 0.02, status: 'final', ...src }];
  return planFile.parse(p);
}

describe('historyPoints: reported figures before the base year', () => {
  it('nominal money: the figures as written with their status, from the history start up to the year before the base year', () => {
    const plan = planWithHistory();
    const pts = historyPoints(plan, 'gdp', 'nominal');
    expect(pts.map((p) => [p.year, p.value, p.status, p.how])).toEqual([
      [2016, 6000, 'final', 'reported'],
      [2017, 6500, 'final', 'reported'],
      [2018, 7000, 'final', 'reported'],
      [2019, 7200, 'preliminary', 'reported'],
    ]);
  });

  it('nominal money on a real chart: chained back from the base year by the reported real growth, 估 where a price index stands in', () => {
    const plan = planWithHistory();
    const pts = historyPoints(plan, 'gdp', 'real');
    const v2019 = 7400 / 1.05;
    const v2018 = v2019 / 1.06;
    const v2017 = v2018 / (7000 / 6500 / 1.02);
    const v2016 = v2017 / 1.07;
    const v2015 = v2016 / 1.07;
    expect(pts.map((p) => p.year)).toEqual([2015, 2016, 2017, 2018, 2019]);
    [v2015, v2016, v2017, v2018, v2019].forEach((v, k) => expect(pts[k]?.value).toBeCloseTo(v, 8));
    expect(pts.map((p) => p.estimated)).toEqual([true, true, true, false, false]);
    // 2015 has no figure: its value follows from 2016's level and growth (推算).
    expect(pts.map((p) => p.status)).toEqual(['implied', 'final', 'final', 'final', 'preliminary']);
    expect(pts.every((p) => p.how === 'chained')).toBe(true);
    for (const p of pts) expect(p.value).toBeCloseTo(referenceValue(plan, 'gdp', p.year).value, 10);
  });

  it('a share across a census break: moved onto the new basis, and said so', () => {
    const pts = historyPoints(planWithHistory(), 'urbanization', 'nominal');
    expect(pts).toEqual([{ year: 2019, value: 67, status: 'reported', how: 'reported', estimated: false, rebased: true }]);
    expect(historyPoints(planWithHistory(), 'urbanization', 'real')).toEqual(pts);
  });

  it('derived: the formula over its inputs where every input has a figure that year, nothing invented elsewhere', () => {
    const plan = planWithHistory();
    const perCapita = historyPoints(plan, 'gdp_per_capita', 'nominal');
    expect(perCapita.map((p) => [p.year, p.how, p.status])).toEqual([
      [2018, 'computed', 'implied'],
      [2019, 'computed', 'estimate'],
    ]);
    expect(perCapita[0]?.value).toBeCloseTo((7000 * 1e4) / 880, 8);
    expect(perCapita[1]?.value).toBeCloseTo((7200 * 1e4) / 890, 8);
    const income = historyPoints(plan, 'income_all', 'nominal');
    expect(income).toHaveLength(1);
    expect(income[0]).toMatchObject({ year: 2019, how: 'computed', rebased: true });
    expect(income[0]?.value).toBeCloseTo(38000 * 0.67 + 20000 * 0.33, 8);
  });

  it('the Xuzhou next plan (2025-based): GDP 2020–2024 as reported, nothing before 2020; nothing on the real chart (no 2025 figure to chain from)', () => {
    const xuzhou = shipped('xuzhou-14th-fyp.json');
    const next = nextPlan(xuzhou).plan;
    const pts = historyPoints(next, 'gdp', 'nominal');
    const reported = actualsOf(next, 'gdp').filter((a) => a.year >= 2020 && a.year < 2025);
    expect(pts.map((p) => p.year)).toEqual([2020, 2021, 2022, 2023, 2024]);
    expect(pts.map((p) => [p.value, p.status])).toEqual(reported.map((a) => [a.value, a.status]));
    expect(actualsOf(next, 'gdp').some((a) => a.year < 2020)).toBe(true);
    expect(historyPoints(next, 'gdp', 'real')).toEqual([]);
    expect(baseYearStatus(next, 'gdp')).toBe('estimate');
  });

  it('the Xuzhou 14th plan: GDP 2015–2019 on both bases; per-capita GDP its own 2018 figure and 2019 from GDP ÷ population', () => {
    const xuzhou = shipped('xuzhou-14th-fyp.json');
    expect(historyPoints(xuzhou, 'gdp', 'nominal').map((p) => [p.year, p.value])).toEqual(
      actualsOf(xuzhou, 'gdp').filter((a) => a.year >= 2015 && a.year < 2020).map((a) => [a.year, a.value]),
    );
    expect(historyPoints(xuzhou, 'gdp', 'real').map((p) => p.year)).toEqual([2015, 2016, 2017, 2018, 2019]);
    const perCapita = historyPoints(xuzhou, 'gdp_per_capita', 'nominal');
    expect(perCapita.map((p) => [p.year, p.how])).toEqual([
      [2018, 'reported'],
      [2019, 'computed'],
    ]);
    const gdp2019 = actualsOf(xuzhou, 'gdp').find((a) => a.year === 2019)!.value;
    const pop2019 = actualsOf(xuzhou, 'population').find((a) => a.year === 2019)!.value;
    expect(perCapita[1]?.value).toBeCloseTo((gdp2019 * 1e4) / pop2019, 6);
  });

  it('the national plan: GDP 2021–2024 reported; on the real chart from 2020, chained from the reported 2025 level and growth', () => {
    const national = shipped('national-15th-fyp.json');
    expect(historyPoints(national, 'gdp', 'nominal').map((p) => p.year)).toEqual([2021, 2022, 2023, 2024]);
    const real = historyPoints(national, 'gdp', 'real');
    expect(real.map((p) => p.year)).toEqual([2020, 2021, 2022, 2023, 2024]);
    expect(real[0]).toMatchObject({ status: 'implied', how: 'chained' });
    expect(real[0]?.value).toBeCloseTo(referenceValue(national, 'gdp', 2020).value, 8);
  });

  it('is computed once per plan content: a scenario edit (a new plan object, the same indicators) reuses it', () => {
    const plan = planWithHistory();
    const first = historyPoints(plan, 'gdp', 'real');
    const edited: Plan = { ...plan, scenarios: plan.scenarios.map((s) => ({ ...s })) };
    expect(historyPoints(edited, 'gdp', 'real')).toBe(first);
    const changed: Plan = { ...plan, indicators: plan.indicators.map((i) => (i.id === 'gdp' ? { ...i, actuals: (i.actuals ?? []).slice(0, 2) } : i)) };
    expect(historyPoints(changed, 'gdp', 'nominal').map((p) => p.year)).toEqual([2016]);
  });
});
