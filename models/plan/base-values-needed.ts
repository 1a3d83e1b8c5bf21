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

/**
 * The indicators needing a base value that these indicators rest on: themselves, or the
 * inputs of a derived one, followed through formulas (`inputsOf`), in plan order. Empty
 * when every one of them has what it needs.
 */
export function baseNeededFor(
  plan: Pick<Plan, 'indicators'>,
  ids: readonly string[],
  inputsOf: (id: string) => readonly string[],
): Indicator[] {
  const byId = new Map(plan.indicators.map((i) => [i.id, i]));
  const seen = new Set<string>();
  const stack = [...ids];
  while (stack.length > 0) {
    const id = stack.pop() as string;
    if (seen.has(id)) continue;
    seen.add(id);
    const ind = byId.get(id);
    if (ind?.kind === 'derived') stack.push(...inputsOf(id));
  }
  return indicatorsNeedingBase(plan).filter((i) => seen.has(i.id));
}
