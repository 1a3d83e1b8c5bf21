import { describe, expect, it } from 'vitest';
import { indicatorsNeedingBase } from './base-values-needed';
import type { PlanInput } from './plan-schema';
import { minimalPlan } from './testing/minimal-plan';
import { validatePlan } from './validate-plan';

describe('indicatorsNeedingBase', () => {
  it('lists the indicators whose base value is missing, not the derived ones', () => {
    const input: PlanInput = minimalPlan();
    (input.indicators[1] as PlanInput['indicators'][number]).base = { year: 2020, value: null, source: 'none found', status: 'missing' };
    const r = validatePlan(input);
    if (!r.ok) throw new Error('invalid');
    // jobs has no base value in the test plan; population now neither; gdp_per_capita (derived) is not listed.
    expect(indicatorsNeedingBase(r.plan).map((i) => i.id)).toEqual(['population', 'jobs']);
  });
});
