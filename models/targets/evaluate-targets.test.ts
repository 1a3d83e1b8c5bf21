import { describe, expect, it } from 'vitest';
import { planFile, type Plan, type Scenario } from '../plan/plan-schema';
import { preparePlan, project } from '../engine/projection';
import { evaluateTargets, solveInputGrowth, type TargetResult } from './evaluate-targets';
import { minimalPlan, minimalPlanWithGdp2021 } from '../testing/minimal-plan';

const plan = (): Plan => planFile.parse(minimalPlan());
const scenarioOf = (p: Plan): Scenario => p.scenarios[0] as Scenario;
const results = (p: Plan, sc: Scenario = scenarioOf(p)): Record<string, TargetResult> =>
  Object.fromEntries(evaluateTargets(p, sc).map((r) => [r.id, r]));
const withGdp = (p: Plan, segments: Scenario['assumptions'][string]): Scenario => ({
  ...scenarioOf(p),
  assumptions: { ...scenarioOf(p).assumptions, gdp: segments },
});

describe('threshold targets', () => {
  it('GDP ≥ 1万亿 in 2025: projected 10,138.64, gap 138.64, required 6.207% a year', () => {
    const r = results(plan())['gdp-trillion'] as TargetResult;
    expect(r.status).toBe('met');
    expect(r.target).toBe(10000);
    expect(r.projected).toBeCloseTo(10138.6413, 3);
    expect(r.gap).toBeCloseTo(138.6413, 3);
    expect(r.requiredGrowth).toBeCloseTo(0.06207, 5);
    expect(r.requiredFrom).toBe(2020);
    expect(r.firstYearReached).toBe(2025);
    expect(r.basis).toBe('nominal');
  });

  it('a nominal threshold needs less real growth when prices rise', () => {
    const p = plan();
    const sc = { ...scenarioOf(p), deflator: [{ from: 2021, value: 0.02 }] };
    const r = results(p, sc)['gdp-trillion'] as TargetResult;
    // (10000 / (7400 × 1.02⁵))^(1/5) − 1
    expect(r.requiredGrowth).toBeCloseTo((10000 / (7400 * 1.02 ** 5)) ** 0.2 - 1, 10);
  });

  it('is missed when growth is too slow, with a negative gap', () => {
    const p = plan();
    const r = results(p, withGdp(p, [{ from: 2021, value: 0.05 }]))['gdp-trillion'] as TargetResult;
    expect(r.status).toBe('missed');
    expect(r.met).toBe(false);
    expect(r.gap).toBeCloseTo(7400 * 1.05 ** 5 - 10000, 6);
  });

  it('shares report the points a year needed: (73 − 68) / 5 = 1', () => {
    const r = results(plan())['urban-73'] as TargetResult;
    expect(r.status).toBe('met');
    expect(r.requiredAnnualChange).toBeCloseTo(1, 12);
    expect(r.requiredGrowth).toBeNull();
  });
});

describe('multiple targets (翻一番)', () => {
  it('needs 2^(1/10) − 1 = 7.177% a year and is met exactly at that growth', () => {
    const r = results(plan())['gdp-double'] as TargetResult;
    expect(r.requiredGrowth).toBeCloseTo(0.0717735, 7);
    expect(r.target).toBeCloseTo(2 * 7400 * 1.065 ** 5, 6);
    expect(r.projected! / r.target!).toBeCloseTo(1, 12);
    expect(r.basis).toBe('real');
  });

  it('turns missed when 2026–30 growth drops to 5.5%', () => {
    const p = plan();
    const sc = withGdp(p, [
      { period: '14th', value: 0.065 },
      { period: '15th', value: 0.055 },
      { period: '16th', value: 2 ** 0.1 - 1 },
    ]);
    const r = results(p, sc)['gdp-double'] as TargetResult;
    expect(r.status).toBe('missed');
    expect(r.gap).toBeLessThan(0);
  });

  it('is judged in real terms: inflation does not help', () => {
    const p = plan();
    const sc = { ...withGdp(p, [{ from: 2021, value: 0.05 }]), deflator: [{ from: 2021, value: 0.05 }] };
    expect((results(p, sc)['gdp-double'] as TargetResult).met).toBe(false);
  });
});

describe('average growth targets (年均增长6.5%左右)', () => {
  it('measure the achieved average and allow the stated tolerance', () => {
    const p = plan();
    expect((results(p)['gdp-growth'] as TargetResult).projected).toBeCloseTo(0.065, 12);
    expect((results(p)['gdp-growth'] as TargetResult).unit).toBe('fraction');
    const near = results(p, withGdp(p, [{ from: 2021, value: 0.061 }]))['gdp-growth'] as TargetResult;
    expect(near.met).toBe(true); // within 0.5 points of "about 6.5%"
    const far = results(p, withGdp(p, [{ from: 2021, value: 0.059 }]))['gdp-growth'] as TargetResult;
    expect(far.met).toBe(false);
    expect(far.gap).toBeCloseTo(0.059 - 0.065, 12);
  });

  it('with reported years, require the growth still needed in the open years', () => {
    const p = planFile.parse(minimalPlanWithGdp2021());
    const r = results(p, scenarioOf(p))['gdp-growth'] as TargetResult;
    // 2021 reported +8.7%; 2022–25 need (1.065⁵ / 1.087)^(1/4) − 1
    expect(r.requiredFrom).toBe(2021);
    expect(r.requiredGrowth).toBeCloseTo((1.065 ** 5 / 1.087) ** 0.25 - 1, 10);
  });
});

describe('cumulative targets on flows', () => {
  it('sum the annual amounts: 5 × 7.2 = 36 > 35', () => {
    const r = results(plan())['jobs-35'] as TargetResult;
    expect(r.projected).toBeCloseTo(36, 12);
    expect(r.met).toBe(true);
    expect(r.requiredAnnualChange).toBeCloseTo(7, 12);
    expect(r.firstYearReached).toBe(2025);
  });

  it('"超过" is strict: exactly 35 is not enough', () => {
    const p = plan();
    const sc = { ...scenarioOf(p), assumptions: { ...scenarioOf(p).assumptions, jobs: [{ from: 2021, value: 7 }] } };
    expect((results(p, sc)['jobs-35'] as TargetResult).met).toBe(false);
  });
});

describe('targets on derived indicators', () => {
  it("require the indicator's own growth: all-resident income 33,240 (2020) → 40,000 (2025) needs 3.772% a year, not its inputs' growth", () => {
    const p = plan();
    const r = results(p)['income-40k'] as TargetResult;
    // 2020: 39000 × 68% + 21000 × 32% = 33,240; the plan scenario states no prices: nominal = real
    expect(r.requiredGrowthOf).toEqual(['income_all']);
    expect(r.requiredGrowth).toBeCloseTo((40000 / 33240) ** (1 / 5) - 1, 12);
    expect(r.requiredGrowth).toBeCloseTo(0.037719, 6);
    // the inputs' common growth is lower (urbanization shifts weight to the higher urban income)
    const inputs = solveInputGrowth(preparePlan(p), scenarioOf(p), 'income_all', 'nominal', 2025, 2020, 40000) as number;
    expect(39000 * (1 + inputs) ** 5 * 0.73 + 21000 * (1 + inputs) ** 5 * 0.27).toBeCloseTo(40000, 4);
    expect(inputs).toBeLessThan(r.requiredGrowth as number);
  });

  it("a nominal threshold on a derived indicator: its own growth at the path's prices (2% a year: (40000 / 1.02⁵ / 33,240)^(1/5) − 1)", () => {
    const p = plan();
    const sc: Scenario = { ...scenarioOf(p), deflator: [{ from: 2021, to: 2035, value: 0.02 }] };
    const r = results(p, sc)['income-40k'] as TargetResult;
    expect(r.requiredGrowth).toBeCloseTo((40000 / 1.02 ** 5 / 33240) ** (1 / 5) - 1, 10);
  });

  it('report null when no growth in the bracket can meet the target', () => {
    const p = plan();
    expect(solveInputGrowth(preparePlan(p), scenarioOf(p), 'income_all', 'nominal', 2025, 2020, 1e12)).toBeNull();
  });
});

describe('missing base values', () => {
  it('give "needs-base", never a made-up verdict', () => {
    const raw = minimalPlan();
    const gdp = raw.indicators[0];
    if (gdp?.base) gdp.base = { ...gdp.base, value: null, status: 'missing' };
    const p = planFile.parse(raw);
    const r = results(p)['gdp-trillion'] as TargetResult;
    expect(r.status).toBe('needs-base');
    expect(r.met).toBeNull();
    expect(r.projected).toBeNull();
    expect(r.gap).toBeNull();
  });
});

it('evaluateTargets reuses a projection it is given', () => {
  const p = plan();
  const proj = project(p, 'plan');
  expect(evaluateTargets(p, scenarioOf(p), proj)).toEqual(evaluateTargets(p, scenarioOf(p)));
});
