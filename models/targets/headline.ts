/**
 * The headline targets and the one line each gets above the charts (and on page 1 of
 * the report): the reported outcome where the target's year has a figure, else the
 * projection, the probability of meeting it (from a Monte Carlo result, or null while one
 * runs) and the growth now required against the growth of the last five reported years.
 *
 * Every number comes from the review (models/review/review.ts), so the panel, the review table,
 * the report and `check` cannot disagree.
 */
import type { MonteCarloResult } from '../uncertainty/monte-carlo-types';
import type { Bilingual, Plan } from '../plan/plan-schema';
import type { Review, ReviewStatus, ReviewTarget } from '../review/review-types';

/** Targets shown when the plan marks none (the first ones, up to this many). */
export const DEFAULT_HEADLINE_COUNT = 4;

/**
 * The headline targets' ids, in the plan's order: those marked `headline: true`; in a plan
 * that marks none, the targets on the first indicator of the plan's first chart (without
 * charts: its first indicator) and those judged in the horizon year (the long-range
 * goals), else the first four targets.
 */
export function headlineTargetIds(plan: Plan): string[] {
  const marked = plan.targets.filter((t) => t.headline === true);
  if (marked.length > 0) return marked.map((t) => t.id);
  const first = plan.charts?.[0]?.indicators[0] ?? plan.indicators[0]?.id;
  const chosen = plan.targets.filter((t) => t.indicator === first || ('year' in t && t.year === plan.horizon));
  return (chosen.length > 0 ? chosen : plan.targets.slice(0, DEFAULT_HEADLINE_COUNT)).map((t) => t.id);
}

export interface HeadlineLine {
  id: string;
  indicator: string;
  name: Bilingual;
  year: number;
  /** met / missed: on the reported figure; pending: projected; needs-base: nothing to judge. */
  status: ReviewStatus;
  /** For a pending line: what the projection says. */
  projectedStatus: ReviewTarget['projectedStatus'];
  /** The reported value, or the projection (target's unit; a fraction for growth targets). */
  value: number | null;
  target: number | null;
  band: [number, number] | null;
  /** value − target, in the target's unit. */
  gap: number | null;
  unit: string;
  type: ReviewTarget['type'];
  /** Probability of meeting it (pending lines only); null while a run is on its way or none applies. */
  probability: number | null;
  requiredGrowth: number | null;
  requiredFrom: number | null;
  recentGrowth: number | null;
  recentFrom: number | null;
  /** The year of the last figure the recent growth reaches (the review's achievedTo). */
  recentTo: number | null;
  /** The review's row, for formatting the numbers exactly as the review table does. */
  row: ReviewTarget;
}

/**
 * One line per headline target. `mc`: a Monte Carlo result of the review's scenario, or
 * null (none yet, or one of other inputs): then no probability is given.
 */
export function headlineLines(plan: Plan, review: Review, mc: MonteCarloResult | null): HeadlineLine[] {
  const ids = headlineTargetIds(plan);
  const rows = new Map(review.targets.map((r) => [r.id, r]));
  const usableMc = mc !== null && mc.scenarioId === review.scenarioId ? mc : null;
  const probs = new Map((usableMc?.targets ?? []).map((p) => [p.id, p.probability]));
  const out: HeadlineLine[] = [];
  for (const id of ids) {
    const r = rows.get(id);
    if (r === undefined) continue;
    out.push({
      id,
      indicator: r.indicator,
      name: r.name,
      year: r.year,
      status: r.status,
      projectedStatus: r.projectedStatus,
      value: r.value,
      target: r.target,
      band: r.band,
      gap: r.gap,
      unit: r.unit,
      type: r.type,
      probability: r.status === 'pending' ? (probs.get(id) ?? null) : null,
      requiredGrowth: r.status === 'pending' ? r.requiredGrowth : null,
      requiredFrom: r.status === 'pending' ? r.requiredFrom : null,
      recentGrowth: r.recentGrowth,
      recentFrom: r.recentFrom,
      // Nothing reported since the base year: the recent growth is the history's, up to the base year.
      recentTo: r.recentGrowth !== null ? (r.recentTo ?? r.achievedTo ?? plan.baseYear) : null,
      row: r,
    });
  }
  return out;
}

/** Mark a target headline (true) or not (false: the field is removed, as in a plan that never marked it). */
export function setTargetHeadline(plan: Plan, id: string, headline: boolean): Plan {
  const at = plan.targets.findIndex((t) => t.id === id);
  const t = plan.targets[at];
  if (t === undefined || (t.headline === true) === headline) return plan;
  const { headline: _old, ...rest } = t;
  const next = headline ? { ...rest, headline: true } : rest;
  return { ...plan, targets: plan.targets.map((x, i) => (i === at ? next : x)) };
}
