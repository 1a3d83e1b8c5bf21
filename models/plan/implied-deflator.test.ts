import { describe, expect, it } from 'vitest';
import { planFile, type Plan } from './plan-schema';
import { minimalPlan } from '../testing/minimal-plan';
import { impliedDeflator } from './implied-deflator';

const withGdp = (actuals: { year: number; value: number; realGrowth?: number }[]): Plan => {
  const raw = minimalPlan();
  const gdp = raw.indicators[0];
  if (gdp !== undefined) gdp.actuals = actuals.map((a) => ({ ...a, source: 'test', status: 'reported' as const }));
  return planFile.parse(raw);
};

describe('impliedDeflator', () => {
  it('is (nominal ratio) / (1 + real growth) − 1 per year, and their geometric mean', () => {
    // 2021: 1000 → 1100 at +8% real: 1.1 / 1.08 − 1 = 1.852%; 2022: 1100 → 1155 at +4%: 1.05 / 1.04 − 1 = 0.962%
    const p = withGdp([
      { year: 2020, value: 1000 },
      { year: 2021, value: 1100, realGrowth: 0.08 },
      { year: 2022, value: 1155, realGrowth: 0.04 },
    ]);
    const d = impliedDeflator(p, 'gdp');
    expect(d.years.map((y) => y.year)).toEqual([2021, 2022]);
    expect(d.years[0]?.change).toBeCloseTo(1.1 / 1.08 - 1, 12);
    expect(d.years[1]?.change).toBeCloseTo(1.05 / 1.04 - 1, 12);
    expect(d.mean).toBeCloseTo(Math.sqrt((1.1 / 1.08) * (1.05 / 1.04)) - 1, 12);
  });

  it('needs the year before and a reported real growth; the base year and before are left out; no year → null', () => {
    const p = withGdp([
      { year: 2019, value: 950 },
      { year: 2020, value: 1000, realGrowth: 0.02 },
      { year: 2022, value: 1155, realGrowth: 0.04 },
      { year: 2023, value: 1200 },
    ]);
    expect(impliedDeflator(p, 'gdp')).toEqual({ mean: null, years: [] });
    expect(impliedDeflator(p, 'population')).toEqual({ mean: null, years: [] });
  });

  it('takes the last `lastYears` years only', () => {
    const p = withGdp([
      { year: 2020, value: 1000 },
      { year: 2021, value: 1100, realGrowth: 0.08 },
      { year: 2022, value: 1155, realGrowth: 0.04 },
    ]);
    expect(impliedDeflator(p, 'gdp', 1).years.map((y) => y.year)).toEqual([2022]);
  });
});
