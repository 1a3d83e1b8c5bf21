/**
 * Required growth of a derived indicator runs from the latest year in which every input
 * is reported (as the review counts a derived figure reported), not from the base year.
 */
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import type { Plan } from '../plan/plan-schema';
import { evaluateTargets } from './evaluate-targets';
import { validatePlan } from '../plan/validate-plan';

function xuzhou(): Plan {
  const r = validatePlan(JSON.parse(readFileSync(new URL('../../scenarios/xuzhou-14th-fyp.json', import.meta.url), 'utf8')));
  if (!r.ok) throw new Error(r.issues.map((i) => i.message).join('; '));
  return r.plan;
}

describe('required growth of a derived indicator', () => {
  const plan = xuzhou();
  const scenario = plan.scenarios.find((s) => s.id === 'plan');
  if (scenario === undefined) throw new Error('no plan scenario');
  const r = evaluateTargets(plan, scenario).find((x) => x.id === 'income-2025');

  it('income_all (urban and rural income weighted by urbanization) starts from 2022, the latest year all three are reported', () => {
    const get = (id: string, y: number) => plan.indicators.find((i) => i.id === id)?.actuals?.find((a) => a.year === y)?.value;
    expect([get('income_urban', 2022), get('income_rural', 2022), get('urbanization', 2022)]).toEqual([43000, 25000, 66.81]);
    expect(r?.requiredFrom).toBe(2022);
    // 43,000 × 66.81% + 25,000 × 33.19% = 37,025.8 in 2022; 40,000 in 2025 is (40000 / 37025.8)^(1/3) − 1 = 2.61% a
    // year at current prices; the required growth is real, so it is below that by the path's price change.
    const nominal = (40000 / (43000 * 0.6681 + 25000 * 0.3319)) ** (1 / 3) - 1;
    expect(nominal).toBeCloseTo(0.0261, 4);
    expect(r?.requiredGrowth).toBeLessThan(nominal);
    expect(r?.requiredGrowth).toBeGreaterThan(nominal - 0.02);
  });
});
