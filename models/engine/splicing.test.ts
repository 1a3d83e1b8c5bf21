/**
 * Rule 15, against hand arithmetic: all-resident income is formula-derived
 * (urbanization-weighted urban and rural income) until an official figure appears; the
 * older values are scaled to the official level, so the official figure moves the level
 * and leaves the growth achieved as the formula series has it.
 */
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { planFile, type ActualValue, type Plan, type PlanInput, type Scenario } from '../plan/plan-schema';
import { project } from './projection';
import { reviewPlan } from '../review/review';
import { minimalPlan } from '../testing/minimal-plan';

const actual = (year: number, value: number): ActualValue => ({ year, value, source: 'bulletin', status: 'reported' });
const years = [2021, 2022, 2023, 2024, 2025];

function build(official: number | null): Plan {
  const raw: PlanInput = minimalPlan();
  const ind = (id: string) => raw.indicators.find((i) => i.id === id) as PlanInput['indicators'][number];
  ind('income_urban').actuals = years.map((y, k) => actual(y, 39000 + (11000 * (k + 1)) / 5));
  ind('income_rural').actuals = years.map((y, k) => actual(y, 21000 + (6000 * (k + 1)) / 5));
  ind('urbanization').actuals = years.map((y, k) => actual(y, 68 + k + 1));
  if (official !== null) ind('income_all').actuals = [actual(2025, official)];
  raw.prices = years.map((y) => ({ index: 'gdp-deflator' as const, year: y, value: 0.02, source: 'b', status: 'reported' as const }));
  raw.scenarios = [{ ...(raw.scenarios[0] as Scenario), id: 'anchored', anchor: 'actuals' }];
  return planFile.parse(raw);
}

describe('an official figure for the latest year', () => {
  // formula 2020: 39000 × 68% + 21000 × 32% = 33,240; 2025: 50000 × 73% + 27000 × 27% = 43,790
  const formulaGrowth = (43790 / 33240) ** (1 / 5) - 1;

  it('formula series: 33,240 → 43,790 is 5.668% a year at current prices', () => {
    expect(formulaGrowth).toBeCloseTo(0.056678, 6);
    const t = reviewPlan(build(null), { scenarioId: 'anchored' }).targets.find((x) => x.id === 'income-40k');
    expect(t?.achievedGrowthNominal).toBeCloseTo(formulaGrowth, 12);
  });

  it('official 42,700 in 2025: the level is 42,700, the growth achieved is still 5.668% (2020 scaled: 33,240 × 42,700 / 43,790 = 32,412.97)', () => {
    const plan = build(42700);
    const s = project(plan, 'anchored').series.income_all;
    expect(s?.nominal[5]).toBe(42700);
    expect(s?.nominal[0]).toBeCloseTo((33240 * 42700) / 43790, 6);
    expect(s?.origin[0]).toBe('spliced');
    const t = reviewPlan(plan, { scenarioId: 'anchored' }).targets.find((x) => x.id === 'income-40k');
    expect(t?.value).toBe(42700);
    expect(t?.achievedGrowthNominal).toBeCloseTo(formulaGrowth, 12);
    const noOfficial = reviewPlan(build(null), { scenarioId: 'anchored' }).targets.find((x) => x.id === 'income-40k');
    expect(t?.achievedGrowth).toBeCloseTo(noOfficial?.achievedGrowth as number, 12);
  });

  it('property: whatever the official level, the achieved growth is the formula series’ own', () => {
    const reference = reviewPlan(build(null), { scenarioId: 'anchored' }).targets.find((x) => x.id === 'income-40k');
    fc.assert(
      fc.property(fc.double({ min: 30000, max: 60000, noNaN: true }), (official) => {
        const t = reviewPlan(build(official), { scenarioId: 'anchored' }).targets.find((x) => x.id === 'income-40k');
        expect(t?.achievedGrowth).toBeCloseTo(reference?.achievedGrowth as number, 10);
        expect(t?.achievedGrowthNominal).toBeCloseTo(reference?.achievedGrowthNominal as number, 10);
      }),
      { numRuns: 30 },
    );
  });
});
