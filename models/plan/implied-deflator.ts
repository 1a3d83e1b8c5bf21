/**
 * The deflator implied by reported figures: for a money level reported at current
 * prices with its real growth (the bulletins publish both), the year's price change is
 * (nominal[t] / nominal[t−1]) / (1 + real growth[t]) − 1. Built-in scenarios take the mean
 * of the last reported years as their price assumption after the last reported year,
 * instead of an assumed rate (DESIGN rule 9: the implied deflator is derived, not assumed).
 */
import type { Plan } from './plan-schema';
import { reportedActuals } from '../engine/reported-path';

export interface ImpliedDeflator {
  /** Mean yearly change (geometric), as a fraction; null when no year implies one. */
  readonly mean: number | null;
  /** The years it rests on, with each year's implied change. */
  readonly years: readonly { year: number; change: number }[];
}

/**
 * The implied deflator of `indicatorId` (a nominal level) over its last `lastYears` years
 * with a reported figure, a reported real growth and a reported figure the year before,
 * within the plan's own years (after its base year: for Xuzhou 2021–, not the 2020 of
 * the pandemic and before).
 */
export function impliedDeflator(plan: Plan, indicatorId: string, lastYears = 5, asOf = plan.horizon): ImpliedDeflator {
  const ind = plan.indicators.find((i) => i.id === indicatorId);
  if (ind === undefined || ind.kind !== 'level' || ind.basis !== 'nominal') return { mean: null, years: [] };
  const reported = reportedActuals(ind, asOf);
  const byYear = new Map(reported.map((a) => [a.year, a]));
  const years: { year: number; change: number }[] = [];
  for (const a of reported) {
    const prev = byYear.get(a.year - 1);
    if (a.year <= plan.baseYear || prev === undefined || a.realGrowth === undefined || prev.value <= 0) continue;
    const change = a.value / prev.value / (1 + a.realGrowth) - 1;
    if (Number.isFinite(change)) years.push({ year: a.year, change });
  }
  const last = years.slice(-Math.max(1, lastYears));
  if (last.length === 0) return { mean: null, years: [] };
  const product = last.reduce((p, y) => p * (1 + y.change), 1);
  return { mean: product ** (1 / last.length) - 1, years: last };
}
