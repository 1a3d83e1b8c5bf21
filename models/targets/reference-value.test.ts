import { describe, expect, it } from 'vitest';
import type { PlanInput } from '../plan/plan-schema';
import { evaluateTargets } from './evaluate-targets';
import { validatePlan } from '../plan/validate-plan';
import { minimalPlan } from '../testing/minimal-plan';
import { referenceValue } from './reference-value';

/** A 2025-based plan with GDP and population reported for 2020–2025, and a goal relative to 2020. */
function plan2025(edit?: (p: PlanInput) => void) {
  const p = minimalPlan();
  p.baseYear = 2025;
  p.periods = [
    { id: '15th', name: { zh: '“十五五”', en: '15th FYP' }, start: 2026, end: 2030 },
    { id: '16th', name: { zh: '2031—2035年', en: '2031–35' }, start: 2031, end: 2035 },
  ];
  const src = { source: 'made for the test', status: 'reported' as const };
  p.indicators = p.indicators.filter((i) => ['gdp', 'population', 'gdp_per_capita'].includes(i.id));
  for (const ind of p.indicators) {
    if (ind.id === 'gdp') {
      ind.base = { year: 2025, value: 1400, source: 'made for the test', status: 'reported' };
      ind.actuals = [
        { year: 2020, value: 1000, ...src },
        { year: 2021, value: 1100, realGrowth: 0.08, ...src },
        { year: 2022, value: 1150, realGrowth: 0.03, ...src },
        { year: 2023, value: 1230, realGrowth: 0.05, ...src },
        { year: 2024, value: 1320, realGrowth: 0.05, ...src },
        { year: 2025, value: 1400, realGrowth: 0.05, ...src },
      ];
    }
    if (ind.id === 'population') {
      ind.base = { year: 2025, value: 140, source: 'made for the test', status: 'reported' };
      ind.actuals = [
        { year: 2020, value: 141, ...src },
        { year: 2025, value: 140, ...src },
      ];
    }
  }
  p.targets = [
    {
      id: 'pc-2035-double-2020',
      indicator: 'gdp_per_capita',
      type: 'multiple',
      year: 2035,
      ofYear: 2020,
      factor: 2,
      comparison: '>=',
      basis: 'real',
      sentence: '到2035年人均国内生产总值比2020年翻一番',
      section: '测试',
    },
  ];
  p.scenarios = [{ id: 's', name: { zh: '情景', en: 'S' }, description: { zh: '测试', en: 'test' }, assumptions: { gdp: [{ from: 2026, to: 2035, value: 0.05 }], population: [{ from: 2026, to: 2035, value: 0 }] } }];
  edit?.(p);
  const r = validatePlan(p, 'en');
  if (!r.ok) throw new Error(r.issues.map((i) => `${i.path}: ${i.message}`).join('; '));
  return r.plan;
}

describe('referenceValue: a year before the base year, at base-year prices', () => {
  it('chains the reported real growth back from the base year (hand arithmetic)', () => {
    const plan = plan2025();
    const r = referenceValue(plan, 'gdp', 2020);
    // 1400 / (1.08 × 1.03 × 1.05 × 1.05 × 1.05) = 1400 / 1.28780... = 1087.12…
    expect(r.value).toBeCloseTo(1400 / (1.08 * 1.03 * 1.05 ** 3), 9);
    expect(r.estimated).toBe(false);
    expect(r.chained).toEqual([2021, 2022, 2023, 2024, 2025]);
  });

  it('takes a count as reported, and a derived indicator from its inputs', () => {
    const plan = plan2025();
    expect(referenceValue(plan, 'population', 2020).value).toBe(141);
    const gdp2020 = 1400 / (1.08 * 1.03 * 1.05 ** 3);
    expect(referenceValue(plan, 'gdp_per_capita', 2020).value).toBeCloseTo((gdp2020 * 10000) / 141, 6);
  });

  it('estimates a year without reported real growth from the reported price change, and says so', () => {
    const plan = plan2025((p) => {
      const gdp = p.indicators.find((i) => i.id === 'gdp');
      const y2022 = gdp?.actuals?.find((a) => a.year === 2022);
      if (y2022) delete y2022.realGrowth;
      p.prices = [{ index: 'gdp-deflator', year: 2022, value: 0.02, source: 'made for the test', status: 'reported' }];
    });
    const r = referenceValue(plan, 'gdp', 2020);
    // 2022's real change: (1150 / 1100) / 1.02 instead of 1.03.
    expect(r.value).toBeCloseTo(1400 / (1.08 * (1150 / 1100 / 1.02) * 1.05 ** 3), 9);
    expect(r.estimated).toBe(true);
  });

  it('has no value without a figure or a price for a year in between', () => {
    const plan = plan2025((p) => {
      const gdp = p.indicators.find((i) => i.id === 'gdp');
      const y2022 = gdp?.actuals?.find((a) => a.year === 2022);
      if (y2022) delete y2022.realGrowth;
    });
    expect(Number.isNaN(referenceValue(plan, 'gdp', 2020).value)).toBe(true);
  });
});

describe('a goal relative to a year before the base year', () => {
  it('is judged against twice the 2020 real level; the growth required from 2025 follows from it', () => {
    const plan = plan2025();
    const [r] = evaluateTargets(plan, plan.scenarios[0] as (typeof plan.scenarios)[number]);
    const gdp2020 = 1400 / (1.08 * 1.03 * 1.05 ** 3);
    const threshold = (2 * gdp2020 * 10000) / 141;
    expect(r?.target).toBeCloseTo(threshold, 6);
    // From the 2025 level 1400e4/140 = 100,000 to the threshold in 10 years.
    expect(r?.requiredFrom).toBe(2025);
    expect(r?.requiredGrowth).toBeCloseTo((threshold / 100000) ** (1 / 10) - 1, 4);
    // 5% a year for ten years with a constant population: 100,000 × 1.05^10 = 162,889.
    expect(r?.projected).toBeCloseTo(100000 * 1.05 ** 10, 3);
    expect(r?.met).toBe(threshold <= 100000 * 1.05 ** 10);
  });

  it('is refused where the reference year has no figure, with the field and the reason', () => {
    const p = plan2025();
    const input = JSON.parse(JSON.stringify(p)) as PlanInput;
    const t = input.targets[0];
    if (t?.type === 'multiple') t.ofYear = 2019;
    const r = validatePlan(input, 'en');
    expect(r.ok).toBe(false);
    if (!r.ok) expect(r.issues.map((i) => `${i.path}: ${i.message}`)).toContain('targets[0].ofYear: the reference year 2019 is before the base year 2025: the indicator (or every input of its formula) needs a reported figure for 2019 (or, for money, a reported real growth for every year since)');
  });
});
