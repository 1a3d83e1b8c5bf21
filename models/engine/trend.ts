/**
 * Trend scenarios: the growth an indicator actually achieved over its last reported
 * years, laid under the segments a scenario sets itself.
 *
 * Rule 16: a trend rests on at least MIN_TREND_YEARS reported years on one basis (never
 * across a series break that is not rebased). A first year whose change is far from the
 * rest of the window (a rebound after a collapse, e.g. retail sales +22.9% in 2021 after
 * 2020; or a collapse) is left out, and said so. With too few years the indicator takes
 * the fallback scenario's path, and says so.
 */
import { ownValue } from '../plan/own';
import type { Indicator, Plan, Scenario, Segment } from '../plan/plan-schema';
import { isReportedStatus, reportedPath } from './reported-path';

/** A trend needs at least this many reported years. */
export const MIN_TREND_YEARS = 3;
/**
 * A first year's change this far from the rest of the window is a rebound or a
 * collapse, not a trend: 10 points of growth for levels, 3 points a year for shares.
 */
export const OUTLIER_GAP = { level: 0.1, share: 3 } as const;

export type TrendLeftOutReason = 'rebound' | 'collapse' | 'series-break' | 'not-reported';

export interface TrendInfo {
  indicator: string;
  /** Real growth a year (levels), points a year (shares), mean amount (flows); null: too little data. */
  rate: number | null;
  /** The years the trend rests on (reported figures), oldest first. */
  years: number[];
  /** Years of the window left out, with the reason. */
  leftOut: { year: number; reason: TrendLeftOutReason }[];
  /** Too few reported years: the fallback scenario's path is used. */
  tooFew: boolean;
}

function changeOf(kind: Indicator['kind'], v0: number, v1: number, span: number): number {
  return kind === 'share' ? (v1 - v0) / span : (v1 / v0) ** (1 / span) - 1;
}

/**
 * The trend of an indicator over its last `years` reported years (the window runs from
 * its last fixed year back), with the years used and left out.
 */
export function trendOf(plan: Plan, ind: Indicator, years: number): TrendInfo {
  const info: TrendInfo = { indicator: ind.id, rate: null, years: [], leftOut: [], tooFew: true };
  const fixed = reportedPath(plan).series.get(ind.id);
  if (fixed === undefined || ind.kind === 'derived' || fixed.last < 1) return info;
  const base = plan.baseYear;
  const end = fixed.last;
  const start = Math.max(0, end - years);
  const values = ind.kind === 'share' || ind.kind === 'flow' ? fixed.nominal : fixed.real;
  // Reported points of the window, on one basis.
  let points: number[] = [];
  for (let i = start; i <= end; i++) {
    const o = fixed.origin[i];
    if (o === null) continue;
    const a = fixed.actual[i];
    const breakHere =
      i > start &&
      (a?.seriesBreak === true || (fixed.rebasedBy === null && (ind.seriesBreaks ?? []).some((b) => b.year === base + i)));
    if (breakHere) {
      for (const p of points) info.leftOut.push({ year: base + p, reason: 'series-break' });
      points = [];
    }
    const reported = o === 'actual' || (o === 'base' && ind.base !== undefined && isReportedStatus(ind.base.status));
    if (!reported) {
      if (o !== 'interpolated') info.leftOut.push({ year: base + i, reason: 'not-reported' });
      continue;
    }
    if (!Number.isFinite(values[i] as number) || (ind.kind === 'level' && !((values[i] as number) > 0))) continue;
    points.push(i);
  }
  if (ind.kind !== 'flow') {
    const gap = ind.kind === 'share' ? OUTLIER_GAP.share : OUTLIER_GAP.level;
    while (points.length >= MIN_TREND_YEARS) {
      const [p0, p1] = points as [number, number];
      const pk = points[points.length - 1] as number;
      const first = changeOf(ind.kind, values[p0] as number, values[p1] as number, p1 - p0);
      const rest = changeOf(ind.kind, values[p1] as number, values[pk] as number, pk - p1);
      if (!(Math.abs(first - rest) > gap)) break;
      // The first year's level is off the trend: the change into the next year is a
      // rebound (or a collapse), so the trend starts after it.
      info.leftOut.push({ year: base + p1, reason: first > rest ? 'rebound' : 'collapse' });
      points = points.slice(1);
    }
  }
  info.leftOut.sort((a, b) => a.year - b.year);
  info.years = points.map((i) => base + i);
  if (points.length < MIN_TREND_YEARS) return info;
  info.tooFew = false;
  if (ind.kind === 'flow') {
    info.rate = points.reduce((sum, i) => sum + (values[i] as number), 0) / points.length;
    return info;
  }
  const i0 = points[0] as number;
  const i1 = points[points.length - 1] as number;
  const rate = changeOf(ind.kind, values[i0] as number, values[i1] as number, i1 - i0);
  info.rate = Number.isFinite(rate) ? rate : null;
  info.tooFew = info.rate === null;
  return info;
}

/** The trend rate alone (see trendOf); null: too little data. */
export function trendRate(plan: Plan, ind: Indicator, years: number): number | null {
  return trendOf(plan, ind, years).rate;
}

/** The trend of every indicator a trend scenario projects by its trend (the ones it sets no assumption for). */
export function scenarioTrends(plan: Plan, sc: Scenario): TrendInfo[] {
  if (sc.trend === undefined) return [];
  const years = sc.trend.years;
  return plan.indicators
    .filter((ind) => ind.kind !== 'derived' && ownValue(sc.assumptions, ind.id) === undefined)
    .filter((ind) => (reportedPath(plan).series.get(ind.id)?.last ?? -1) >= 1)
    .map((ind) => trendOf(plan, ind, years));
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
