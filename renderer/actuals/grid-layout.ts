/**
 * What the actuals grid shows: every indicator in the plan's order; the years are
 * models/plan/actuals-years.ts actualsGridYears (reported history, the base year, on).
 */
import type { ActualValue, Plan } from '../../models/plan/plan-schema';

export function actualAt(plan: Plan, indicator: string, year: number): ActualValue | undefined {
  return plan.indicators.find((i) => i.id === indicator)?.actuals?.find((a) => a.year === year);
}

/** A number as a user types it back: no thousands separators, no rounding beyond noise. */
export function editText(v: number | undefined): string {
  return v === undefined ? '' : String(Math.round(v * 1e8) / 1e8);
}
