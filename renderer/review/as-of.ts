/**
 * The years a review can be read as of: after the base year, up to the latest reported
 * figure or the current year (whichever is later), never past the horizon. By default a
 * review is read as of the last of them, so every figure counts.
 */
import type { Plan } from '../../models/plan/plan-schema';

export function asOfYears(plan: Plan, currentYear: number): number[] {
  let latest = plan.baseYear + 1;
  for (const ind of plan.indicators) for (const a of ind.actuals ?? []) if (a.year > latest) latest = a.year;
  const last = Math.min(plan.horizon, Math.max(latest, currentYear));
  const years: number[] = [];
  for (let y = plan.baseYear + 1; y <= last; y++) years.push(y);
  return years;
}

export function defaultAsOf(plan: Plan, currentYear: number): number {
  const years = asOfYears(plan, currentYear);
  return years[years.length - 1] ?? plan.horizon;
}
