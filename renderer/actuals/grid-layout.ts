/**
 * What the actuals grid shows: every indicator in the plan's order, and the years from
 * the base year to one past the latest reported figure, at least to the current year
 * (a figure for it may already be out), never past the horizon.
 */
import type { ActualValue, Plan } from '../../models/plan/plan-schema';

export function gridYears(plan: Plan, currentYear: number): number[] {
  let latest = plan.baseYear;
  for (const ind of plan.indicators) for (const a of ind.actuals ?? []) if (a.year > latest) latest = a.year;
  const last = Math.min(plan.horizon, Math.max(latest + 1, currentYear));
  const years: number[] = [];
  for (let y = plan.baseYear; y <= last; y++) years.push(y);
  return years;
}

export function actualAt(plan: Plan, indicator: string, year: number): ActualValue | undefined {
  return plan.indicators.find((i) => i.id === indicator)?.actuals?.find((a) => a.year === year);
}

/** A number as a user types it back: no thousands separators, no rounding beyond noise. */
export function editText(v: number | undefined): string {
  return v === undefined ? '' : String(Math.round(v * 1e8) / 1e8);
}
