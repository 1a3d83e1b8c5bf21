/**
 * Sensible starting points for the sensitivity tools in the app, so a user sees a
 * meaningful tornado, two-way table and goal seek before choosing anything:
 *
 * - goal seek starts in the first year after the last one that is fixed for the target:
 *   the base year, the last reported year of the indicator (every scenario follows the
 *   reported figures), and the reference year of a "multiple" target (翻一番 on 2025: from 2026);
 * - the two-way table's axes are the assumptions (the lead indicator's growth and the
 *   deflator, per plan period) whose years move the target, real growth first.
 */
import { targetYearOf } from '../targets/target-year';
import { DEFLATOR } from './monte-carlo-types';
import type { Plan, Scenario, Target } from '../plan/plan-schema';

/** The year a target is judged in (its last year). */
export function judgedYear(t: Target): number {
  return targetYearOf(t);
}

/** The last year whose value the target takes as given: the window's start, or the reference year. */
function referenceYear(t: Target): number | null {
  if (t.type === 'multiple') return t.ofYear;
  if (t.type === 'average-growth' || t.type === 'in-step') return t.from;
  if (t.type === 'cumulative') return t.from - 1;
  return null;
}

/** The default first year of a goal seek on `target` moving `indicators` (ids or DEFLATOR). */
export function goalSeekDefaultStart(plan: Plan, _sc: Scenario, target: Target, indicators: readonly string[]): number {
  let fixed = plan.baseYear;
  for (const id of indicators) {
    const ind = plan.indicators.find((i) => i.id === id);
    for (const a of ind?.actuals ?? []) if (a.year <= plan.horizon) fixed = Math.max(fixed, a.year);
  }
  const ref = referenceYear(target);
  if (ref !== null) fixed = Math.max(fixed, ref);
  return Math.max(plan.baseYear + 1, Math.min(fixed + 1, judgedYear(target), plan.horizon));
}

export interface AssumptionAxis {
  /** An indicator id or DEFLATOR. */
  indicator: string;
  period: string;
  /** The projected years of the period. */
  from: number;
  to: number;
}

/** The axes a two-way table can use: the lead indicator's real growth and the deflator, per period with projected years. */
export function twoWayAxisOptions(plan: Plan, lead: string | null): AssumptionAxis[] {
  const periods = plan.periods.filter((p) => p.end > plan.baseYear && p.start <= plan.horizon);
  const axis = (indicator: string) =>
    periods.map((p) => ({ indicator, period: p.id, from: Math.max(p.start, plan.baseYear + 1), to: Math.min(p.end, plan.horizon) }));
  return [...(lead === null ? [] : axis(lead)), ...axis(DEFLATOR)];
}

/**
 * Default rows and columns (indices into `options`) for a target: axes whose years lie
 * in the years that move it ((reference year, judged year]); the deflator only where
 * the target is in current prices. Two different axes whenever there are two.
 */
export function defaultTwoWayAxes(plan: Plan, target: Target, options: readonly AssumptionAxis[]): [number, number] {
  const from = (referenceYear(target) ?? plan.baseYear) + 1;
  const to = judgedYear(target);
  const ind = plan.indicators.find((i) => i.id === target.indicator);
  const priced = ind !== undefined && ind.basis !== 'none' && ind.kind !== 'share';
  const nominal = priced && (target.type === 'threshold' ? target.basis !== 'real' : target.type !== 'cumulative' && target.basis === 'nominal');
  const moves = (a: AssumptionAxis) => a.from <= to && a.to >= from && (a.indicator !== DEFLATOR || nominal);
  const ranked = [
    ...options.map((a, i) => ({ a, i })).filter(({ a }) => moves(a) && a.indicator !== DEFLATOR),
    ...options.map((a, i) => ({ a, i })).filter(({ a }) => moves(a) && a.indicator === DEFLATOR),
    ...options.map((a, i) => ({ a, i })).filter(({ a }) => !moves(a)),
  ].map(({ i }) => i);
  const rows = ranked[0] ?? 0;
  const cols = ranked[1] ?? rows;
  return [rows, cols];
}

/** Grid step of an axis: half a point of growth or inflation a year. */
export const TWO_WAY_STEP = 0.005;
export const TWO_WAY_SIZE = 7;
