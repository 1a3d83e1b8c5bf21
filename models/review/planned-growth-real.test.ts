/**
 * The growth a level target at current prices implies is given in real terms, at the
 * path's own prices, beside real required and achieved growth: 工业应税销售收入超万亿元 from
 * 5,849 (2020) implies 11.32% a year at current prices, 10.77% real at +0.5% prices a year.
 */
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { planFile } from '../plan/plan-schema';
import { reviewPlan } from './review';

const plan = planFile.parse(JSON.parse(readFileSync(new URL('../../scenarios/xuzhou-14th-fyp.json', import.meta.url), 'utf8')));

describe('planned growth of a target at current prices', () => {
  it('is real: (10000 / 1.005^5 / 5849)^(1/5) − 1, the same measure as the required growth', () => {
    const r = reviewPlan(plan, { scenarioId: 'plan' }).targets.find((t) => t.id === 'industrial-sales-2025');
    const real = (10000 / 1.005 ** 5 / 5849) ** (1 / 5) - 1;
    expect(real).toBeCloseTo(0.1077, 4);
    expect(r?.plannedGrowth).toBeCloseTo(real, 9);
    // nothing reported since 2020: what the plan implied is what is still required
    expect(r?.requiredGrowth).toBeCloseTo(real, 9);
  });
});
