import { readFileSync } from 'node:fs';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { DEFLATOR } from './monte-carlo-types';
import { normalizeUncertainty, runMonteCarlo } from './monte-carlo';
import type { Plan } from '../plan/plan-schema';
import {
  DEFAULT_RUNS,
  defaultSd,
  defaultUncertaintyInputs,
  FALLBACK_SD,
  leadIndicator,
  MAX_CORRELATION,
  parseUncertaintyInputs,
  runKey,
  shockableIds,
  toUncertaintySpec,
  type UncertaintyInputs,
} from './uncertainty-inputs';
import { parsePlanText } from '../plan/validate-plan';

function xuzhou(): Plan {
  const r = parsePlanText(readFileSync(new URL('../../scenarios/xuzhou-14th-fyp.json', import.meta.url), 'utf8'), 'en');
  if (!r.ok) throw new Error('embedded plan invalid');
  return r.plan;
}

describe('uncertainty inputs', () => {
  const plan = xuzhou();

  it('default: GDP with the sd of its reported log real growth, 10,000 paths, seed 1', () => {
    expect(leadIndicator(plan)).toBe('gdp');
    const d = defaultUncertaintyInputs(plan);
    const g = defaultSd(plan, 'gdp');
    expect(g.from).toBe('actuals');
    expect(g.calibration?.count).toBeGreaterThanOrEqual(3);
    expect(d).toEqual({ shocks: [{ indicator: 'gdp', sd: g.calibration?.sdLog, rho: 0, corr: 0 }], runs: DEFAULT_RUNS, seed: 1 });
    // sd of ln(1 + g) over the reported years, computed here
    const gs = plan.indicators.find((i) => i.id === 'gdp')?.actuals?.flatMap((a) => (a.realGrowth === undefined ? [] : [Math.log1p(a.realGrowth)])) ?? [];
    const mean = gs.reduce((a, b) => a + b, 0) / gs.length;
    const sd = Math.sqrt(gs.reduce((a, b) => a + (b - mean) ** 2, 0) / (gs.length - 1));
    expect(d.shocks[0]?.sd).toBeCloseTo(sd, 12);
  });

  it('falls back where the actuals give no calibration, and says so', () => {
    expect(defaultSd(plan, 'income_urban')).toMatchObject({ sd: FALLBACK_SD.level, from: 'fallback' });
    expect(defaultSd(plan, 'urbanization')).toMatchObject({ sd: FALLBACK_SD.share, from: 'fallback' });
    expect(defaultSd(plan, DEFLATOR)).toMatchObject({ sd: FALLBACK_SD.deflator, from: 'fallback' });
    expect(shockableIds(plan)).toContain(DEFLATOR);
    expect(shockableIds(plan)).not.toContain('gdp_per_capita');
  });

  it('incomes correlated with GDP: one factor, so urban ~ rural = c²; the matrix holds', () => {
    const inputs: UncertaintyInputs = {
      shocks: [
        { indicator: 'gdp', sd: 0.02, rho: 0.3, corr: 0 },
        { indicator: 'income_urban', sd: 0.01, rho: 0, corr: 0.8 },
        { indicator: 'income_rural', sd: 0.01, rho: 0, corr: 0.8 },
      ],
      runs: 1000,
      seed: 3,
    };
    const spec = toUncertaintySpec(plan, inputs);
    expect(spec.shocks).toEqual([
      { indicator: 'gdp', sd: 0.02, rho: 0.3 },
      { indicator: 'income_urban', sd: 0.01, rho: 0 },
      { indicator: 'income_rural', sd: 0.01, rho: 0 },
    ]);
    expect(spec.correlations).toEqual([
      { a: 'gdp', b: 'income_urban', rho: 0.8 },
      { a: 'income_urban', b: 'income_rural', rho: expect.closeTo(0.64, 12) },
      { a: 'gdp', b: 'income_rural', rho: 0.8 },
    ]);
    expect(() => normalizeUncertainty(plan, spec)).not.toThrow();
    // the same pairs set independently (urban ~ rural 0) cannot hold together
    expect(() => normalizeUncertainty(plan, { ...spec, correlations: spec.correlations?.filter((c) => c.a === 'gdp') })).toThrow(/positive definite/);
  });

  it('any correlations with GDP in [−1, 1] give a matrix the engine accepts (±1 run as ±0.999)', () => {
    fc.assert(
      fc.property(fc.array(fc.double({ min: -1, max: 1, noNaN: true }), { minLength: 1, maxLength: 5 }), (cs) => {
        const ids = ['income_urban', 'income_rural', 'retail_sales', 'population', DEFLATOR];
        const inputs: UncertaintyInputs = {
          shocks: [{ indicator: 'gdp', sd: 0.02, rho: 0, corr: 0 }, ...cs.map((c, i) => ({ indicator: ids[i] as string, sd: 0.01, rho: 0, corr: c }))],
          runs: 100,
          seed: 1,
        };
        const spec = toUncertaintySpec(plan, inputs);
        for (const c of spec.correlations ?? []) expect(Math.abs(c.rho)).toBeLessThanOrEqual(MAX_CORRELATION);
        normalizeUncertainty(plan, spec);
      }),
      { numRuns: 200 },
    );
  });

  it('no correlations without a GDP shock; unknown and derived rows are left out', () => {
    const spec = toUncertaintySpec(plan, {
      shocks: [
        { indicator: 'income_urban', sd: 0.01, rho: 0, corr: 0.5 },
        { indicator: 'gdp_per_capita', sd: 0.01, rho: 0, corr: 0.5 },
        { indicator: 'gone', sd: 0.01, rho: 0, corr: 0.5 },
      ],
      runs: 100,
      seed: 1,
    });
    expect(spec).toEqual({ shocks: [{ indicator: 'income_urban', sd: 0.01, rho: 0 }] });
  });

  it('the correlated incomes move with GDP in a run', () => {
    const spec = toUncertaintySpec(plan, {
      shocks: [
        { indicator: 'gdp', sd: 0.02, rho: 0, corr: 0 },
        { indicator: 'income_urban', sd: 0.02, rho: 0, corr: 0.9 },
      ],
      runs: 4000,
      seed: 7,
    });
    const r = runMonteCarlo(plan, 'plan', spec, { runs: 4000, seed: 7 });
    expect(r.correlations).toHaveLength(1);
    expect(r.series.income_urban?.varies).toBe(true);
  });

  it('run keys differ exactly when scenario, spec, runs or seed do', () => {
    const spec = toUncertaintySpec(plan, defaultUncertaintyInputs(plan));
    const k = runKey('plan', spec, 10_000, 1);
    expect(runKey('plan', structuredClone(spec), 10_000, 1)).toBe(k);
    expect(runKey('slower', spec, 10_000, 1)).not.toBe(k);
    expect(runKey('plan', spec, 10_001, 1)).not.toBe(k);
    expect(runKey('plan', spec, 10_000, 2)).not.toBe(k);
    expect(runKey('plan', { shocks: [{ indicator: 'gdp', sd: 0.03 }] }, 10_000, 1)).not.toBe(k);
  });

  it('reads stored inputs back, refusing what is out of shape or range', () => {
    const good = { shocks: [{ indicator: 'gdp', sd: 0.02, rho: 0.5, corr: 0 }], runs: 10_000, seed: 42 };
    expect(parseUncertaintyInputs(structuredClone(good))).toEqual(good);
    expect(parseUncertaintyInputs(null)).toBeNull();
    expect(parseUncertaintyInputs({ ...good, runs: 1.5 })).toBeNull();
    expect(parseUncertaintyInputs({ ...good, runs: 10 })).toBeNull();
    expect(parseUncertaintyInputs({ ...good, seed: -1 })).toBeNull();
    expect(parseUncertaintyInputs({ ...good, shocks: [{ indicator: 'gdp', sd: Number.NaN, rho: 0, corr: 0 }] })).toBeNull();
    expect(parseUncertaintyInputs({ ...good, shocks: [{ indicator: 'gdp', sd: 0.02, rho: 1, corr: 0 }] })).toBeNull();
    expect(parseUncertaintyInputs({ ...good, shocks: 'gdp' })).toBeNull();
  });
});
