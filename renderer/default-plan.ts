/** The plan the app ships with: the Xuzhou 14th FYP recommendation, validated like any file. */
import planJson from '../scenarios/xuzhou-14th-fyp.json';
import { validatePlan } from '../models/plan/validate-plan';
import type { Plan } from '../models/plan/plan-schema';

export const DEFAULT_SCENARIO = 'plan';
export const DEFAULT_FILE_NAME = 'xuzhou-14th-fyp.json';

let cached: Plan | null = null;

export function defaultPlan(): Plan {
  if (cached !== null) return cached;
  const result = validatePlan(planJson);
  if (!result.ok) {
    throw new Error(`the embedded plan is invalid: ${result.issues.map((i) => `${i.path}: ${i.message}`).join('; ')}`);
  }
  cached = result.plan;
  return cached;
}
