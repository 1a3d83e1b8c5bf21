/**
 * The indicators of a plan that still need a base value (status "missing", value null):
 * nothing can be projected for them, nor for the derived indicators built on them, until
 * one is entered. A new plan from a template starts with all of them here.
 */
import type { Indicator, Plan } from './plan-schema';

export function indicatorsNeedingBase(plan: Pick<Plan, 'indicators'>): Indicator[] {
  return plan.indicators.filter((ind) => ind.kind !== 'derived' && (ind.base === undefined || ind.base.value === null));
}
