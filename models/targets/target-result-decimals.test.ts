import { describe, expect, it } from 'vitest';
import type { PlanInput } from '../plan/plan-schema';
import { targetResultDecimals } from './target-result-decimals';
import { evaluateTargets } from './evaluate-targets';
import { minimalPlan } from '../testing/minimal-plan';
import { validatePlan } from '../plan/validate-plan';

/** The test plan with urbanization rising `points` a year in 2021–25 from 68 (target: 73 in 2025). */
function planWithUrbanization(points: number) {
  const p: PlanInput = minimalPlan();
  (p.scenarios[0] as PlanInput['scenarios'][number]).assumptions.urbanization = [{ period: '14th', value: points }];
  const r = validatePlan(p);
  if (!r.ok) throw new Error('invalid');
  return r.plan;
}

const urban73 = (points: number) => {
  const plan = planWithUrbanization(points);
  const result = evaluateTargets(plan, plan.scenarios[0]!).find((x) => x.id === 'urban-73')!;
  return { plan, result };
};

describe('targetResultDecimals', () => {
  it('72.996 against 73, missed: three decimals (72.996 / 73.000 / −0.004), not one (73.0 / 73.0 / 0.0)', () => {
    const { plan, result } = urban73(0.9992);
    expect(result.projected).toBeCloseTo(72.996, 9);
    expect(result.met).toBe(false);
    expect(targetResultDecimals(plan, result)).toBe(3);
  });

  it('a clear verdict keeps the unit’s usual decimals', () => {
    const { plan, result } = urban73(1.2);
    expect(result.met).toBe(true);
    expect(targetResultDecimals(plan, result)).toBe(1);
  });

  it('growth in percent: 2 decimals unless the verdict needs more; a 左右 band keeps them', () => {
    const plan = planWithUrbanization(1);
    const growth = evaluateTargets(plan, plan.scenarios[0]!).find((x) => x.id === 'gdp-growth')!;
    expect(growth.band).not.toBeNull();
    expect(targetResultDecimals(plan, growth)).toBe(2);
    const unbanded = { ...growth, band: null, projected: 0.0649996, target: 0.065, met: false, comparison: '>=' as const };
    expect(targetResultDecimals(plan, unbanded)).toBe(5);
  });

  it('no projection (needs a base value): the usual decimals', () => {
    const { plan, result } = urban73(1);
    expect(targetResultDecimals(plan, { ...result, projected: null, met: null })).toBe(1);
  });
});
