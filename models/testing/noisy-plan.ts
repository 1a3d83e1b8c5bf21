/**
 * A plan whose exact values carry float noise: the minimal plan without its reported
 * figure, so GDP grows 6.5% a year from the base and the achieved growth comes out as
 * 0.06499999999999995 against a target of 0.065 (gap −5.55e−17), and the doubling
 * target's gap as −7.3e−12. For the tests that writers print no such noise.
 */
import type { PlanInput } from '../plan/plan-schema';
import { minimalPlan } from './minimal-plan';

export function noisyPlan(): PlanInput {
  const plan = minimalPlan();
  const gdp = plan.indicators[0] as { actuals?: unknown };
  delete gdp.actuals;
  return plan;
}

/** Every number written in a text (JSON or CSV), as written. */
export function numbersIn(text: string): string[] {
  return text.match(/-?\d+(?:\.\d+)?(?:e[+-]?\d+)?/gi) ?? [];
}

/** Significant digits of a number as written ("0.06499999999999995" → 16). */
export function significantDigits(written: string): number {
  const mantissa = written.replace(/^-/, '').replace(/e.*$/i, '').replace('.', '').replace(/^0+/, '');
  return mantissa.replace(/0+$/, '').length;
}
