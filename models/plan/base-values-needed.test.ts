import { describe, expect, it } from 'vitest';
import { baseNeededFor, baseValuesSummary, indicatorsNeedingBase, noticeStillClosed } from './base-values-needed';
import { preparePlan } from '../engine/projection';
import type { PlanInput } from './plan-schema';
import { minimalPlan } from '../testing/minimal-plan';
import { validatePlan } from './validate-plan';

/** The test plan with population's base value unknown (jobs has none already). */
function planWithoutPopulationBase() {
  const input: PlanInput = minimalPlan();
  (input.indicators[1] as PlanInput['indicators'][number]).base = { year: 2020, value: null, source: 'none found', status: 'missing' };
  const r = validatePlan(input);
  if (!r.ok) throw new Error('invalid');
  return r.plan;
}

describe('indicatorsNeedingBase', () => {
  it('lists the indicators whose base value is missing, not the derived ones', () => {
    const r = { plan: planWithoutPopulationBase() };
    // jobs has no base value in the test plan; population now neither; gdp_per_capita (derived) is not listed.
    expect(indicatorsNeedingBase(r.plan).map((i) => i.id)).toEqual(['population', 'jobs']);
  });
});

describe('baseValuesSummary', () => {
  it('counts them, names the first few in plan order and says how many more', () => {
    const r = { plan: planWithoutPopulationBase() };
    const one = baseValuesSummary(r.plan, 1);
    expect(one.count).toBe(2);
    expect(one.named.map((i) => i.id)).toEqual(['population']);
    expect(one.more).toBe(1);
    expect(one.first).toBe('population');
    expect(one.ids).toEqual(['population', 'jobs']);
    const all = baseValuesSummary(r.plan);
    expect(all.named.map((i) => i.id)).toEqual(['population', 'jobs']);
    expect(all.more).toBe(0);
  });

  it('is empty when every base value is there', () => {
    const r = validatePlan(minimalPlan());
    if (!r.ok) throw new Error('invalid');
    const plan = { indicators: r.plan.indicators.filter((i) => i.id !== 'jobs') };
    expect(baseValuesSummary(plan)).toEqual({ count: 0, named: [], more: 0, first: null, ids: [] });
  });
});

describe('noticeStillClosed', () => {
  it('stays closed while the set only shrinks, and opens again when an indicator is added to it', () => {
    expect(noticeStillClosed(null, ['a'])).toBe(false);
    expect(noticeStillClosed(['a', 'b'], ['a', 'b'])).toBe(true);
    expect(noticeStillClosed(['a', 'b'], ['b'])).toBe(true);
    expect(noticeStillClosed(['a', 'b'], ['b', 'c'])).toBe(false);
  });
});

describe('baseNeededFor', () => {
  it('follows a derived indicator to the inputs that lack a base value, and names nothing for indicators that have one', () => {
    const r = { plan: planWithoutPopulationBase() };
    const pp = preparePlan(r.plan);
    const inputsOf = (id: string) => pp.formulas.get(id)?.inputs ?? [];
    // gdp_per_capita = gdp * 10000 / population: population has no base value.
    expect(baseNeededFor(r.plan, ['gdp_per_capita'], inputsOf).map((i) => i.id)).toEqual(['population']);
    expect(baseNeededFor(r.plan, ['jobs', 'gdp'], inputsOf).map((i) => i.id)).toEqual(['jobs']);
    expect(baseNeededFor(r.plan, ['gdp', 'income_all'], inputsOf)).toEqual([]);
  });
});
