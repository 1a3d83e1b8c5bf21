/**
 * The reported path: what a plan's reported figures fix, independent of any scenario.
 * "Reported years are facts": no assumption may change a reported year's value, its real
 * growth or a verdict resting on it, so everything here is computed from the plan file
 * alone, once, and every anchored projection (and Monte Carlo path) copies it.
 *
 * Per non-derived indicator, on the years base..min(horizon, asOf):
 * - fixed points are the base value (or a reported base-year figure) and every reported
 *   figure; statuses "estimate", "draft" and "missing" are not reported figures;
 * - levels between two fixed points are interpolated at a constant growth rate, shares at
 *   constant points a year; flows are fixed in their reported years only;
 * - the real value (at base-year prices) of a money level follows the reported real growth
 *   where the file has it; where it has not, the real growth is estimated from the
 *   nominal change and an estimated price change (the year's reported price index, else
 *   the indicator's mean implied deflator, else the mean reported change of its price
 *   index, else 0; each from figures up to that year only) and marked estimated;
 * - a series break rebases the values before the break onto the new basis (shares by the
 *   difference in points at the overlap year, levels by the ratio), once the file has a
 *   reported figure on the new basis: no spurious fall appears at the break.
 */
import type { ActualValue, DataStatus, Indicator, Plan, PriceIndexKind, SeriesBreak } from './plan-schema';

export type FixedOrigin = 'base' | 'actual' | 'interpolated';

export interface FixedSeries {
  readonly indicator: Indicator;
  /** NaN where the year is not fixed. */
  readonly nominal: Float64Array;
  readonly real: Float64Array;
  readonly origin: (FixedOrigin | null)[];
  /** 1 where the real value is estimated (no reported real growth for the year). */
  readonly realEstimated: Uint8Array;
  /** The reported figure behind an "actual" year. */
  readonly actual: (ActualValue | null)[];
  /** Index of the last fixed year (0: only the base). -1: nothing fixed (no base, no figure). */
  readonly last: number;
  /** The break applied to the values before it, if any. */
  readonly rebasedBy: SeriesBreak | null;
}

export interface ReportedPath {
  readonly asOf: number;
  readonly series: ReadonlyMap<string, FixedSeries>;
  /** Official figures of derived indicators, by year (reported statuses only, ≤ asOf). */
  readonly officials: ReadonlyMap<string, ReadonlyMap<number, ActualValue>>;
  /** Reported price change per year (NaN where none), by price index. */
  readonly prices: Readonly<Record<PriceIndexKind, Float64Array>>;
}

const NOT_REPORTED: ReadonlySet<DataStatus> = new Set(['estimate', 'draft', 'missing']);

/** Whether a figure with this status counts as reported (not the plan's own estimate or a draft). */
export function isReportedStatus(status: DataStatus): boolean {
  return !NOT_REPORTED.has(status);
}

export function priceIndexOf(ind: Indicator): PriceIndexKind {
  return ind.priceIndex ?? 'gdp-deflator';
}

/** Reported figures of an indicator up to `asOf`, sorted by year (one per year: the last written wins). */
export function reportedActuals(ind: Indicator, asOf: number): ActualValue[] {
  const byYear = new Map<number, ActualValue>();
  for (const a of ind.actuals ?? []) if (a.year <= asOf && isReportedStatus(a.status)) byYear.set(a.year, a);
  return [...byYear.values()].sort((a, b) => a.year - b.year);
}

/** The break that rebases this indicator's earlier values, given its reported figures. */
export function activeBreak(ind: Indicator, reported: readonly ActualValue[]): SeriesBreak | null {
  let found: SeriesBreak | null = null;
  for (const b of ind.seriesBreaks ?? []) {
    if (reported.some((a) => a.year >= b.year) && (found === null || b.year > found.year)) found = b;
  }
  return found;
}

/** A value on the old basis of a break, moved onto the new basis. */
export function rebaseValue(ind: Indicator, b: SeriesBreak, value: number): number {
  if (ind.kind === 'share') return value + (b.newValue - b.oldValue);
  return b.oldValue === 0 ? Number.NaN : value * (b.newValue / b.oldValue);
}

const cache = new WeakMap<Plan, Map<number, ReportedPath>>();

export function reportedPath(plan: Plan, asOf: number = plan.horizon): ReportedPath {
  let byAsOf = cache.get(plan);
  if (byAsOf === undefined) {
    byAsOf = new Map();
    cache.set(plan, byAsOf);
  }
  const hit = byAsOf.get(asOf);
  if (hit) return hit;
  const result = computeReportedPath(plan, asOf);
  byAsOf.set(asOf, result);
  return result;
}

function computeReportedPath(plan: Plan, asOf: number): ReportedPath {
  const { baseYear, horizon } = plan;
  const n = horizon - baseYear + 1;
  const prices: Record<PriceIndexKind, Float64Array> = {
    'gdp-deflator': new Float64Array(n).fill(Number.NaN),
    cpi: new Float64Array(n).fill(Number.NaN),
  };
  const reportedPrices: Record<PriceIndexKind, { year: number; value: number }[]> = { 'gdp-deflator': [], cpi: [] };
  for (const p of plan.prices ?? []) {
    if (!isReportedStatus(p.status) || p.year > asOf) continue;
    reportedPrices[p.index].push({ year: p.year, value: p.value });
    const i = p.year - baseYear;
    if (i >= 1 && i < n) prices[p.index][i] = p.value;
  }
  const series = new Map<string, FixedSeries>();
  const officials = new Map<string, Map<number, ActualValue>>();
  for (const ind of plan.indicators) {
    const reported = reportedActuals(ind, asOf);
    if (ind.kind === 'derived') {
      officials.set(ind.id, new Map(reported.filter((a) => a.year >= baseYear && a.year <= horizon).map((a) => [a.year, a])));
      continue;
    }
    const kind = priceIndexOf(ind);
    series.set(ind.id, fixSeries(ind, reported, baseYear, n, prices[kind], reportedPrices[kind]));
  }
  return { asOf, series, officials, prices };
}

/**
 * Mean price change implied by years up to `year` with both a nominal change and a
 * reported real growth (only earlier figures: a later figure never changes an earlier
 * estimate).
 */
function meanImpliedDeflator(reported: readonly ActualValue[], year: number): number | null {
  let sum = 0;
  let count = 0;
  for (let k = 1; k < reported.length; k++) {
    const a = reported[k] as ActualValue;
    const prev = reported[k - 1] as ActualValue;
    if (a.year > year) break;
    if (a.year !== prev.year + 1 || a.realGrowth === undefined || !(prev.value > 0)) continue;
    const d = a.value / prev.value / (1 + a.realGrowth) - 1;
    if (Number.isFinite(d)) {
      sum += d;
      count++;
    }
  }
  return count > 0 ? sum / count : null;
}

function fixSeries(
  ind: Indicator,
  reported: readonly ActualValue[],
  baseYear: number,
  n: number,
  reportedPrices: Float64Array,
  priceHistory: readonly { year: number; value: number }[],
): FixedSeries {
  const nominal = new Float64Array(n).fill(Number.NaN);
  const real = new Float64Array(n).fill(Number.NaN);
  const origin: (FixedOrigin | null)[] = new Array<FixedOrigin | null>(n).fill(null);
  const realEstimated = new Uint8Array(n);
  const actual: (ActualValue | null)[] = new Array<ActualValue | null>(n).fill(null);
  const brk = activeBreak(ind, reported);
  const onNewBasis = (year: number, v: number) => (brk !== null && year < brk.year ? rebaseValue(ind, brk, v) : v);

  // Fixed points: index → nominal value.
  const points = new Map<number, number>();
  const inRange = reported.filter((a) => a.year >= baseYear && a.year < baseYear + n);
  const baseActual = inRange.find((a) => a.year === baseYear);
  const base = baseActual ? baseActual.value : (ind.base?.value ?? null);
  if (base !== null) points.set(0, onNewBasis(baseYear, base));
  if (baseActual) actual[0] = baseActual;
  for (const a of inRange) {
    const i = a.year - baseYear;
    points.set(i, onNewBasis(a.year, a.value));
    actual[i] = a;
  }
  const idx = [...points.keys()].sort((a, b) => a - b);
  const last = idx.length > 0 ? (idx[idx.length - 1] as number) : -1;
  const money = ind.kind === 'level' || ind.kind === 'flow' ? ind.basis : 'none';
  const priceGuess = (i: number): number => {
    const r = reportedPrices[i] as number;
    if (Number.isFinite(r)) return r;
    const year = baseYear + i;
    const implied = money === 'none' ? null : meanImpliedDeflator(reported, year);
    if (implied !== null) return implied;
    const earlier = priceHistory.filter((p) => p.year <= year);
    return earlier.length > 0 ? earlier.reduce((sum, p) => sum + p.value, 0) / earlier.length : 0;
  };

  if (ind.kind === 'flow') {
    // Annual amounts: fixed in their own years only.
    let level = 1;
    for (let i = 0; i < n; i++) {
      if (i > 0) level *= 1 + priceGuess(i);
      const v = points.get(i);
      if (v === undefined) continue;
      origin[i] = i === 0 && !baseActual ? 'base' : 'actual';
      nominal[i] = money === 'real' ? v * level : v;
      real[i] = money === 'nominal' ? v / level : v;
      if (money !== 'none' && i > 0) realEstimated[i] = 1;
    }
    return { indicator: ind, nominal, real, origin, realEstimated, actual, last, rebasedBy: brk };
  }

  for (let k = 0; k < idx.length; k++) {
    const i1 = idx[k] as number;
    const v1 = points.get(i1) as number;
    origin[i1] = i1 === 0 && !baseActual ? 'base' : 'actual';
    nominal[i1] = v1;
    if (k === 0) {
      if (i1 === 0) real[0] = v1;
      continue;
    }
    const i0 = idx[k - 1] as number;
    const v0 = nominal[i0] as number;
    const steps = i1 - i0;
    for (let s = 1; s < steps; s++) {
      const i = i0 + s;
      nominal[i] = ind.kind === 'share' ? v0 + ((v1 - v0) * s) / steps : v0 * (v1 / v0) ** (s / steps);
      origin[i] = 'interpolated';
    }
  }
  // Real values, year by year from the first fixed point.
  const first = idx.length > 0 ? (idx[0] as number) : n;
  for (let i = first; i <= last; i++) {
    const v = nominal[i] as number;
    if (ind.kind === 'share' || money === 'none') {
      real[i] = v;
      continue;
    }
    if (i === first) {
      // At base-year prices: exact in the base year; a later first figure is deflated
      // with the estimated price changes since the base year.
      if (i === 0 || money === 'real') real[i] = v;
      else {
        let level = 1;
        for (let j = 1; j <= i; j++) level *= 1 + priceGuess(j);
        real[i] = v / level;
        realEstimated[i] = 1;
      }
      continue;
    }
    const prevN = nominal[i - 1] as number;
    const prevR = real[i - 1] as number;
    const a = actual[i];
    if (money === 'real') {
      real[i] = v;
      continue;
    }
    if (a && a.realGrowth !== undefined && origin[i] === 'actual') {
      real[i] = prevR * (1 + a.realGrowth);
    } else {
      real[i] = (prevR * (v / prevN)) / (1 + priceGuess(i));
      realEstimated[i] = 1;
    }
  }
  if (money === 'real') {
    // Values are at constant prices: nominal follows the estimated price level.
    let level = 1;
    for (let i = 1; i <= last; i++) {
      level *= 1 + priceGuess(i);
      if (origin[i] !== null) nominal[i] = (real[i] as number) * level;
    }
  }
  return { indicator: ind, nominal, real, origin, realEstimated, actual, last, rebasedBy: brk };
}
