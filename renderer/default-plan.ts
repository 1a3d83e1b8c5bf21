/**
 * The plan the app ships with: the Xuzhou 14th FYP recommendation. It is validated like
 * any file, but by default-plan.test.ts rather than at every start-up, so the validator
 * and zod stay out of the first window's JavaScript: the test proves that validatePlan
 * accepts the file and returns exactly what defaultPlan() gives.
 */
import planJson from '../scenarios/xuzhou-14th-fyp.json';
import type { Plan } from '../models/plan/plan-schema';

export const DEFAULT_SCENARIO = 'plan';
export const DEFAULT_FILE_NAME = 'xuzhou-14th-fyp.json';

let cached: Plan | null = null;

export function defaultPlan(): Plan {
  if (cached !== null) return cached;
  // A copy: the store's plan never shares objects with the imported module.
  // The cast is what default-plan.test.ts checks (the file as the schema reads it).
  const file = structuredClone(planJson) as unknown as Omit<Plan, 'prices'> & { prices?: Plan['prices'] };
  // The one default the schema fills in that the file leaves out.
  cached = { ...file, prices: file.prices ?? [] };
  return cached;
}
