import { describe, expect, it } from 'vitest';
import planJson from '../scenarios/xuzhou-14th-fyp.json';
import { validatePlan } from '../models/plan/validate-plan';
import { defaultPlan } from './default-plan';

describe('the embedded plan', () => {
  it('passes the validator, which returns exactly the plan the app starts with', () => {
    const checked = validatePlan(planJson);
    if (!checked.ok) throw new Error(checked.issues.map((i) => `${i.path}: ${i.message}`).join('; '));
    expect(checked.migratedFrom).toBeUndefined();
    expect(defaultPlan()).toStrictEqual(checked.plan);
  });

  it('is a copy: the imported module is not shared with the store', () => {
    expect(defaultPlan()).not.toBe(planJson);
    expect(defaultPlan().indicators).not.toBe(planJson.indicators);
  });
});
