/** 约束性 / 预期性 of a target, and the review report's title block, as edits of a plan. */
import type { Plan, ReportMeta, TargetBinding } from '../plan-schema';

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

/** Met / missed / needs a base of the 约束性 and the 预期性 targets apart (a target table's summary). */
export function statusByBinding(
  plan: Pick<Plan, 'targets'>,
  results: readonly { id: string; status: 'met' | 'missed' | 'needs-base' }[],
): { binding: { met: number; missed: number; needsBase: number }; expected: { met: number; missed: number; needsBase: number } } {
  const kind = new Map(plan.targets.map((t) => [t.id, t.binding]));
  const zero = () => ({ met: 0, missed: 0, needsBase: 0 });
  const out = { binding: zero(), expected: zero() };
  for (const r of results) {
    const k = kind.get(r.id);
    if (k === undefined) continue;
    const c = out[k];
    if (r.status === 'met') c.met++;
    else if (r.status === 'missed') c.missed++;
    else c.needsBase++;
  }
  return out;
}
