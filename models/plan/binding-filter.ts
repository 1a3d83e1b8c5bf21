/**
 * The 约束性 / 预期性 / 未标注 filter of a target list (the target table, the review): which
 * choices a plan offers, with how many targets each holds, and the rows a choice keeps.
 * A choice the list does not offer (no target marked at all, or 未标注 once every target
 * is marked) keeps every row, so a list is never emptied by a choice it cannot show.
 */
import type { BindingGroup } from '../export/report-types';
import type { Plan } from './plan-schema';
import { bindingGroupOf } from './target-binding';

export type BindingFilter = 'all' | BindingGroup;

export interface BindingFilterOption {
  value: BindingFilter;
  /** How many of the listed targets the choice keeps. */
  count: number;
}

function groupsOf(plan: Pick<Plan, 'targets'>, ids: readonly string[]): Map<BindingGroup, number> {
  const byId = new Map(plan.targets.map((t) => [t.id, t]));
  const out = new Map<BindingGroup, number>([
    ['binding', 0],
    ['expected', 0],
    ['unmarked', 0],
  ]);
  for (const id of ids) {
    const g = bindingGroupOf(byId.get(id));
    out.set(g, (out.get(g) ?? 0) + 1);
  }
  return out;
}

/**
 * The choices for a list of targets (by id): none where no target is marked (nothing to
 * filter); else 全部, 约束性, 预期性, and 未标注 where some target is not marked.
 */
export function bindingFilterOptions(plan: Pick<Plan, 'targets'>, ids: readonly string[]): BindingFilterOption[] {
  const n = groupsOf(plan, ids);
  const binding = n.get('binding') ?? 0;
  const expected = n.get('expected') ?? 0;
  const unmarked = n.get('unmarked') ?? 0;
  if (binding + expected === 0) return [];
  return [
    { value: 'all', count: ids.length },
    { value: 'binding', count: binding },
    { value: 'expected', count: expected },
    ...(unmarked > 0 ? [{ value: 'unmarked' as const, count: unmarked }] : []),
  ];
}

/** The choice in effect: the one asked for if the list offers it, else 全部. */
export function effectiveBindingFilter(plan: Pick<Plan, 'targets'>, ids: readonly string[], asked: BindingFilter): BindingFilter {
  if (asked === 'all') return 'all';
  const option = bindingFilterOptions(plan, ids).find((o) => o.value === asked);
  return option !== undefined ? asked : 'all';
}

/** The rows (anything with a target id) a choice keeps, in their order. */
export function filterByBinding<Row extends { id: string }>(plan: Pick<Plan, 'targets'>, rows: readonly Row[], asked: BindingFilter): readonly Row[] {
  const filter = effectiveBindingFilter(plan, rows.map((r) => r.id), asked);
  if (filter === 'all') return rows;
  const byId = new Map(plan.targets.map((t) => [t.id, t]));
  return rows.filter((r) => bindingGroupOf(byId.get(r.id)) === filter);
}
