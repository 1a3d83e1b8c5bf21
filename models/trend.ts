/**
 * Trend scenarios: the growth an indicator actually achieved over its last reported
 * years, laid under the segments a scenario sets itself.
 */
import { ownValue } from './own';
import type { Indicator, Plan, Scenario, Segment } from './plan-schema';
import { reportedPath } from './reported-path';

/**
 * The trend of an indicator over its last `years` reported years (the reported path,
 * so the years run from the last fixed one back): real growth a year for levels,
 * points a year for shares, the mean reported amount for flows. null: too few figures.
 */
export function trendRate(plan: Plan, ind: Indicator, years: number): number | null {
  const fixed = reportedPath(plan).series.get(ind.id);
  if (fixed === undefined || fixed.last < 1) return null;
  const end = fixed.last;
  if (ind.kind === 'flow') {
    let sum = 0;
    let count = 0;
    for (let i = end; i >= 1 && i > end - years; i--) {
      if (fixed.origin[i] === 'actual') {
        sum += fixed.nominal[i] as number;
        count++;
      }
    }
    return count > 0 ? sum / count : null;
  }
  let start = Math.max(0, end - years);
  // Never across a series break: from the first figure on the new basis.
  for (let i = start + 1; i <= end; i++) {
    const a = fixed.actual[i];
    if (a?.seriesBreak === true || (fixed.rebasedBy === null && (ind.seriesBreaks ?? []).some((b) => b.year === plan.baseYear + i))) start = i;
  }
  while (start < end && !Number.isFinite(ind.kind === 'share' ? (fixed.nominal[start] as number) : (fixed.real[start] as number))) start++;
  if (start >= end) return null;
  if (ind.kind === 'share') return ((fixed.nominal[end] as number) - (fixed.nominal[start] as number)) / (end - start);
  const v0 = fixed.real[start] as number;
  const v1 = fixed.real[end] as number;
  if (!(v0 > 0) || !(v1 > 0)) return null;
  return (v1 / v0) ** (1 / (end - start)) - 1;
}

/**
 * The segments an indicator's path follows in a scenario: its own; for a trend scenario,
 * the trend (or the fallback scenario's segments where there is too little data for a
 * trend) underneath, the scenario's own segments winning in their years.
 */
export function effectiveSegments(plan: Plan, sc: Scenario, indicatorId: string): Segment[] | undefined {
  const own = ownValue(sc.assumptions, indicatorId);
  if (sc.trend === undefined) return own;
  const ind = plan.indicators.find((i) => i.id === indicatorId);
  if (ind === undefined || ind.kind === 'derived') return own;
  const g = trendRate(plan, ind, sc.trend.years);
  let under: Segment[] | undefined;
  if (g !== null) under = [{ from: plan.baseYear + 1, to: plan.horizon, value: g }];
  else if (sc.trend.fallback !== undefined && sc.trend.fallback !== sc.id) {
    const fallback = plan.scenarios.find((x) => x.id === sc.trend?.fallback);
    if (fallback) under = ownValue(fallback.assumptions, indicatorId);
  }
  return under !== undefined && under.length > 0 ? [...under, ...(own ?? [])] : own;
}
