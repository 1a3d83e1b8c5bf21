/**
 * The lean Monte Carlo engine (issue 22 item 8: one array per indicator and basis,
 * targets judged as soon as their years are simulated) gives, bit for bit, the results
 * of the engine it replaced (kept as models/testing/monte-carlo-reference.ts), for the
 * same plan, scenario, uncertainty and seed.
 */
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { runMonteCarlo } from './monte-carlo';
import { DEFLATOR, type CollectRequest, type UncertaintySpec } from './monte-carlo-types';
import { planFile, type Plan } from '../plan/plan-schema';
import { minimalPlan } from '../testing/minimal-plan';
import { runMonteCarlo as referenceRun } from '../testing/monte-carlo-reference';
import { parsePlanText } from '../plan/validate-plan';

const xuzhou = (): Plan => {
  const r = parsePlanText(readFileSync(new URL('../../scenarios/xuzhou-14th-fyp.json', import.meta.url), 'utf8'), 'en');
  if (!r.ok) throw new Error('embedded plan invalid');
  return r.plan;
};

const specs: Record<string, UncertaintySpec> = {
  gdp: { shocks: [{ indicator: 'gdp', sd: 0.022 }] },
  bench: {
    shocks: [
      { indicator: 'gdp', sd: 0.02 },
      { indicator: 'income_urban', sd: 0.015 },
      { indicator: 'income_rural', sd: 0.015 },
    ],
    correlations: [
      { a: 'gdp', b: 'income_urban', rho: 0.8 },
      { a: 'gdp', b: 'income_rural', rho: 0.7 },
      { a: 'income_urban', b: 'income_rural', rho: 0.6 },
    ],
  },
  many: {
    shocks: [
      { indicator: 'gdp', sd: 0.03, rho: 0.5 },
      { indicator: 'population', sd: 0.004 },
      { indicator: 'urbanization', sd: 0.4, rho: 0.2 },
      { indicator: 'retail_sales', sd: 0.02 },
      { indicator: 'new_urban_jobs', sd: 0.1 },
      { indicator: 'hightech_firms', sd: 0.05 },
      { indicator: DEFLATOR, sd: 0.008, rho: 0.3 },
    ],
    correlations: [
      { a: 'gdp', b: DEFLATOR, rho: 0.4 },
      { a: 'gdp', b: 'retail_sales', rho: 0.6 },
    ],
  },
};

const collect: CollectRequest[] = [
  { indicator: 'gdp', year: 2025, basis: 'real' },
  { indicator: 'gdp', year: 2035, basis: 'nominal' },
  { indicator: 'retail_sales', year: 2024, basis: 'nominal' },
  { indicator: 'urbanization', year: 2030, basis: 'real' },
];

describe('the same results as the engine it replaced, bit for bit', () => {
  const plan = xuzhou();
  for (const sc of plan.scenarios) {
    for (const [name, spec] of Object.entries(specs)) {
      it(`xuzhou / ${sc.id} / ${name}`, () => {
        for (const seed of [1, 0xfffffffe]) {
          const options = { runs: 257, seed, collect };
          expect(runMonteCarlo(plan, sc.id, spec, options)).toEqual(referenceRun(plan, sc.id, spec, options));
        }
      });
    }
  }
  it('minimal plan, every scenario, shocks on every kind, a second run of the same size (reused arrays)', () => {
    const plan = planFile.parse(minimalPlan());
    const spec: UncertaintySpec = {
      shocks: [
        { indicator: 'gdp', sd: 0.02, rho: 0.3 },
        { indicator: 'urbanization', sd: 0.5 },
        { indicator: 'jobs', sd: 0.1 },
        { indicator: DEFLATOR, sd: 0.01 },
      ],
    };
    for (const sc of plan.scenarios) {
      for (let k = 0; k < 2; k++) {
        const options = { runs: 500, seed: 7 + k };
        expect(runMonteCarlo(plan, sc.id, spec, options)).toEqual(referenceRun(plan, sc.id, spec, options));
      }
    }
  });
  it('zero volatility too', () => {
    const spec: UncertaintySpec = { shocks: [{ indicator: 'gdp', sd: 0 }, { indicator: DEFLATOR, sd: 0 }] };
    for (const sc of plan.scenarios) expect(runMonteCarlo(plan, sc.id, spec, { runs: 5, seed: 3 })).toEqual(referenceRun(plan, sc.id, spec, { runs: 5, seed: 3 }));
  });
});
