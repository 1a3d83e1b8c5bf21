/**
 * The indicators of a plan that still need a base value (status "missing", value null):
 * nothing can be projected for them, nor for the derived indicators built on them, until
 * one is entered. A new plan from a template starts with all of them here.
 */
import type { Indicator, Plan } from './plan-schema';

export function indicatorsNeedingBase(plan: Pick<Plan, 'indicators'>): Indicator[] {
  return plan.indicators.filter((ind) => ind.kind !== 'derived' && (ind.base === undefined || ind.base.value === null));
}

/** What the main view's notice says: how many, the first few by name, how many more, and where to start. */
export interface BaseValuesSummary {
  count: number;
  /** The first `named` indicators needing a base value, in plan order. */
  named: Indicator[];
  /** How many more there are beyond those named. */
  more: number;
  /** The id of the first one (the editor opens there), or null when none is needed. */
  first: string | null;
  /** Every id needing a base value, in plan order. */
  ids: string[];
}

export function baseValuesSummary(plan: Pick<Plan, 'indicators'>, named = 3): BaseValuesSummary {
  const list = indicatorsNeedingBase(plan);
  const shown = list.slice(0, Math.max(0, named));
  return { count: list.length, named: shown, more: list.length - shown.length, first: list[0]?.id ?? null, ids: list.map((i) => i.id) };
}

/**
 * A notice closed for a set of indicators stays closed while no other indicator needs a
 * base value (entering values only shrinks the set); it comes back when one is added,
 * as when a new plan is started.
 */
export function noticeStillClosed(closedFor: readonly string[] | null, ids: readonly string[]): boolean {
  if (closedFor === null) return false;
  const closed = new Set(closedFor);
  return ids.every((id) => closed.has(id));
}
