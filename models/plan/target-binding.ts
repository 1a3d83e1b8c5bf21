/** 约束性 / 预期性 of a target, and the review report's title block, as edits of a plan. */
import type { BindingGroup } from '../export/report-types';
import type { Plan, ReportMeta, Target, TargetBinding } from './plan-schema';

/** Set (or, with undefined, remove) a target's 约束性 / 预期性 mark. */
export function setTargetBinding(plan: Plan, id: string, binding: TargetBinding | undefined): Plan {
  const at = plan.targets.findIndex((t) => t.id === id);
  const t = plan.targets[at];
  if (t === undefined || t.binding === binding) return plan;
  const { binding: _old, ...rest } = t;
  const next = binding === undefined ? rest : { ...rest, binding };
  return { ...plan, targets: plan.targets.map((x, i) => (i === at ? next : x)) };
}

/** The report's issuing unit and date as entered; blank fields are dropped, an empty block removed. */
export function setReportMeta(plan: Plan, meta: ReportMeta): Plan {
  const issuer = meta.issuer?.trim().slice(0, 300) ?? '';
  const date = meta.date?.trim().slice(0, 40) ?? '';
  const next: ReportMeta = { ...(issuer ? { issuer } : {}), ...(date ? { date } : {}) };
  if ((plan.report?.issuer ?? '') === issuer && (plan.report?.date ?? '') === date) return plan;
  const { report: _old, ...rest } = plan;
  return Object.keys(next).length === 0 ? rest : { ...rest, report: next };
}

/** How many targets of each kind: 约束性, 预期性, not marked. */
export function bindingCounts(plan: Pick<Plan, 'targets'>): { binding: number; expected: number; unmarked: number } {
  const out = { binding: 0, expected: 0, unmarked: 0 };
  for (const t of plan.targets) out[t.binding ?? 'unmarked']++;
  return out;
}

/** The verdicts of a list of targets, four ways (a table's 缺基期值 is the report's 无数据). */
export type CountedStatus = 'met' | 'missed' | 'pending' | 'needs-base';

/** One group's verdicts: met, missed, pending (no figure yet), no data (needs a base), and all. */
export interface BindingVerdictCount {
  group: BindingGroup;
  met: number;
  missed: number;
  pending: number;
  noData: number;
  total: number;
}

/** A target's group: 约束性, 预期性, or not marked in the plan file. */
export function bindingGroupOf(t: Pick<Target, 'binding'> | undefined): BindingGroup {
  return t?.binding ?? 'unmarked';
}

/**
 * The verdicts of each group: 约束性 and 预期性 always, 未标注 where some listed target is
 * not marked. The one count behind the review report's page 1, the review view and the
 * target table's summary. Rows whose id the plan does not hold count as not marked.
 */
export function verdictCountsByBinding(plan: Pick<Plan, 'targets'>, rows: readonly { id: string; status: CountedStatus }[]): BindingVerdictCount[] {
  const byId = new Map(plan.targets.map((t) => [t.id, t]));
  const zero = (group: BindingGroup): BindingVerdictCount => ({ group, met: 0, missed: 0, pending: 0, noData: 0, total: 0 });
  const out = { binding: zero('binding'), expected: zero('expected'), unmarked: zero('unmarked') };
  for (const r of rows) {
    const c = out[bindingGroupOf(byId.get(r.id))];
    c.total++;
    if (r.status === 'met') c.met++;
    else if (r.status === 'missed') c.missed++;
    else if (r.status === 'pending') c.pending++;
    else c.noData++;
  }
  return out.unmarked.total > 0 ? [out.binding, out.expected, out.unmarked] : [out.binding, out.expected];
}
