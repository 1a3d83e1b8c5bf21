/**
 * From which year a plan's charts show reported figures as history, before the base
 * year: the start of the plan period that ended in the base year, counted from its own
 * base year (the year before it starts).
 *
 * 1. A plan that continues another (续编, `predecessor`): the finished period's base year
 *    (a 2025-based 15th plan after the 14th, 2021–2025: from 2020).
 * 2. Else the plan's own period that ends in the base year, where it lists one (Xuzhou's
 *    2020-based plan lists the 13th, 2016–2020: from 2015).
 * 3. Else five years before the base year (one five-year plan period).
 *
 * Never more than ten years back, and never after the base year.
 */
import type { Plan } from '../plan/plan-schema';

/** Without a finished period to go by: one five-year period. */
export const DEFAULT_HISTORY_YEARS = 5;
/** History never reaches further back than this before the base year. */
export const MAX_HISTORY_YEARS = 10;

export type HistoryRangeSource = Pick<Plan, 'baseYear' | 'periods' | 'predecessor'>;

/** The first year charts show before the base year (the base year itself: no history). */
export function historyStart(plan: HistoryRangeSource): number {
  const base = plan.baseYear;
  const finished = plan.predecessor?.period ?? plan.periods.find((p) => p.end === base && p.start <= base);
  const from = finished !== undefined ? finished.start - 1 : base - DEFAULT_HISTORY_YEARS;
  return Math.min(base, Math.max(base - MAX_HISTORY_YEARS, from));
}
