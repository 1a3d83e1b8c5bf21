/**
 * Which years the 实际数据 grid shows and takes figures for: reported history from the
 * year the charts start it (models/charts/history-range.ts historyStart, the one rule for
 * both), then the base year, then on to one past the latest reported figure, at least to
 * the current year (a figure for it may already be out), never past the horizon.
 *
 * A year before the base year is history: its figure is a fact like any other, but it
 * never becomes a base value (only base-year figures do).
 */
import { historyStart } from '../charts/history-range';
import type { Plan } from './plan-schema';

export type ActualsYearsSource = Pick<Plan, 'baseYear' | 'horizon' | 'periods' | 'predecessor' | 'indicators'>;

/** The first year a figure can be entered for (and the grid starts at): where the charts' history starts. */
export function firstActualsYear(plan: Pick<Plan, 'baseYear' | 'periods' | 'predecessor'>): number {
  return historyStart(plan);
}

/** The grid's years, ascending: history, the base year, then the plan's years as far as figures go. */
export function actualsGridYears(plan: ActualsYearsSource, currentYear: number): number[] {
  let latest = plan.baseYear;
  for (const ind of plan.indicators) for (const a of ind.actuals ?? []) if (a.year > latest) latest = a.year;
  const last = Math.min(plan.horizon, Math.max(latest + 1, currentYear));
  const years: number[] = [];
  for (let y = firstActualsYear(plan); y <= last; y++) years.push(y);
  return years;
}

/** A year before the base year: reported history. */
export function isHistoryYear(plan: Pick<Plan, 'baseYear'>, year: number): boolean {
  return year < plan.baseYear;
}

/** A run of grid columns under one heading: reported history, the base year, the plan's years. */
export interface ActualsYearGroup {
  kind: 'history' | 'base' | 'plan';
  span: number;
}

/** The grid's years grouped under their headings, in order; empty groups left out. */
export function actualsYearGroups(plan: Pick<Plan, 'baseYear'>, years: readonly number[]): ActualsYearGroup[] {
  const count = (kind: ActualsYearGroup['kind']) => years.filter((y) => (kind === 'history' ? y < plan.baseYear : kind === 'base' ? y === plan.baseYear : y > plan.baseYear)).length;
  return (['history', 'base', 'plan'] as const).map((kind) => ({ kind, span: count(kind) })).filter((g) => g.span > 0);
}
