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
 *   where the file has it (exact); else the nominal change deflated by the year's
 *   reported price index of the indicator's kind (exact: CPI for incomes and retail
 *   sales); else by an estimated price change, marked estimated (估): the indicator's
 *   own mean implied deflator (earlier years with a reported real growth), else the
 *   scenario's stated price path for its index (withScenarioPrices, applied by the
 *   projection), else a known index (the reported change of its index, for CPI the
 *   reported GDP deflator, else the GDP deflator implied by output figures with a
 *   reported real growth; a year without one takes the mean of earlier known years).
 *   Never a silent 0: only a plan with no price information at all falls back to 0,
 *   still marked estimated;
 * - a series break rebases the values before the break onto the new basis (shares by the
 *   difference in points at the overlap year, levels by the ratio), once the file has a
 *   reported figure on the new basis: no spurious fall appears at the break.
 */
import type { ActualValue, DataStatus, Indicator, Plan, PriceBasis, PriceIndexKind, SeriesBreak } from '../plan/plan-schema';
import { cachedOn, tupleCache } from './tuple-cache';

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
  /** The price change behind each year's real value and where it comes from. */
  readonly prices: FixedPrices;
  readonly shape: SeriesShape;
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

/**
 * Reported paths by what they are computed from: the indicators, the price figures, the
 * years. A scenario edit makes a new plan object but keeps these (the store's objects are
 * immutable), so the path is computed once, not once per edit.
 */
const cache = new WeakMap<Plan['indicators'], WeakMap<object, Map<string, ReportedPath>>>();
/** The key of a plan without a `prices` array. */
const NO_PRICES: object = {};

export function reportedPath(plan: Plan, asOf: number = plan.horizon): ReportedPath {
  let byPrices = cache.get(plan.indicators);
  if (byPrices === undefined) {
    byPrices = new WeakMap();
    cache.set(plan.indicators, byPrices);
  }
  const pricesKey = plan.prices ?? NO_PRICES;
  let byYears = byPrices.get(pricesKey);
  if (byYears === undefined) {
    byYears = new Map();
    byPrices.set(pricesKey, byYears);
  }
  const key = `${plan.baseYear} ${plan.horizon} ${asOf}`;
  const hit = byYears.get(key);
  if (hit) return hit;
  const result = computeReportedPath(plan, asOf);
  byYears.set(key, result);
  return result;
}

function computeReportedPath(plan: Plan, asOf: number): ReportedPath {
  const { baseYear, horizon } = plan;
  const n = horizon - baseYear + 1;
  const prices: Record<PriceIndexKind, Float64Array> = {
    'gdp-deflator': new Float64Array(n).fill(Number.NaN),
    cpi: new Float64Array(n).fill(Number.NaN),
  };
  for (const p of plan.prices ?? []) {
    if (!isReportedStatus(p.status) || p.year > asOf) continue;
    const i = p.year - baseYear;
    if (i >= 1 && i < n) prices[p.index][i] = p.value;
  }
  const known = knownPrices(plan, asOf);
  const series = new Map<string, FixedSeries>();
  const officials = new Map<string, Map<number, ActualValue>>();
  for (const ind of plan.indicators) {
    const reported = reportedActuals(ind, asOf);
    if (ind.kind === 'derived') {
      officials.set(ind.id, new Map(reported.filter((a) => a.year >= baseYear && a.year <= horizon).map((a) => [a.year, a])));
      continue;
    }
    const kind = priceIndexOf(ind);
    series.set(ind.id, fixSeries(ind, reported, baseYear, n, prices[kind], known));
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


/** Where the price change behind a reported year's real value comes from. */
export const PRICE_FROM = {
  /** No price change needed (reported real growth, not money, the base year). */
  none: 0,
  /** The year's reported price index (`prices[]`): exact, not an estimate. */
  reported: 1,
  /** The indicator's own implied deflator (nominal ÷ real growth of its earlier reported years): 估. */
  implied: 2,
  /** Nothing reported: the scenario's price assumption, else a known index (see knownPriceGuess): 估. */
  assumed: 3,
} as const;

/**
 * A price change per year known from the plan's figures alone: the reported change of
 * the index; for consumer prices without one, the reported GDP deflator; else the GDP
 * deflator implied by output figures with a reported real growth (nominal ÷ real). A
 * year without any: the mean of the earlier known years; none at all: 0. Used for a
 * reported year's real value only where the scenario states no price path.
 */
export interface KnownPrices {
  guess(kind: PriceIndexKind, year: number): number;
}

function impliedGdpDeflators(plan: Plan, asOf: number): Map<number, number> {
  const sums = new Map<number, { sum: number; count: number }>();
  for (const ind of plan.indicators) {
    if (ind.kind !== 'level' || ind.basis !== 'nominal' || priceIndexOf(ind) !== 'gdp-deflator') continue;
    const reported = reportedActuals(ind, asOf);
    for (let k = 1; k < reported.length; k++) {
      const a = reported[k] as ActualValue;
      const prev = reported[k - 1] as ActualValue;
      if (a.year !== prev.year + 1 || a.realGrowth === undefined || !(prev.value > 0)) continue;
      const d = a.value / prev.value / (1 + a.realGrowth) - 1;
      if (!Number.isFinite(d)) continue;
      const e = sums.get(a.year) ?? { sum: 0, count: 0 };
      e.sum += d;
      e.count++;
      sums.set(a.year, e);
    }
  }
  return new Map([...sums].map(([y, e]) => [y, e.sum / e.count]));
}

function knownPrices(plan: Plan, asOf: number): KnownPrices {
  const reported: Record<PriceIndexKind, Map<number, number>> = { 'gdp-deflator': new Map(), cpi: new Map() };
  for (const p of plan.prices ?? []) if (isReportedStatus(p.status) && p.year <= asOf) reported[p.index].set(p.year, p.value);
  const implied = impliedGdpDeflators(plan, asOf);
  const known = (kind: PriceIndexKind, year: number): number | undefined =>
    reported[kind].get(year) ?? (kind === 'cpi' ? reported['gdp-deflator'].get(year) : undefined) ?? implied.get(year);
  const years = [...new Set([...reported.cpi.keys(), ...reported['gdp-deflator'].keys(), ...implied.keys()])].sort((a, b) => a - b);
  return {
    guess(kind, year) {
      const own = known(kind, year);
      if (own !== undefined) return own;
      let sum = 0;
      let count = 0;
      for (const y of years) {
        if (y >= year) break;
        const v = known(kind, y);
        if (v !== undefined) {
          sum += v;
          count++;
        }
      }
      return count > 0 ? sum / count : 0;
    },
  };
}

export interface FixedPrices {
  /** The price change used per year (index 0 unused). */
  readonly change: Float64Array;
  /** PRICE_FROM per year. */
  readonly from: Uint8Array;
  /** Some fixed year's real value rests on an assumed price change (a scenario's path changes it). */
  readonly assumed: boolean;
}

/** The reported path's data of one series needed to compute its real values again. */
export interface SeriesShape {
  readonly ind: Indicator;
  readonly money: PriceBasis;
  readonly first: number;
  readonly last: number;
}

function fixSeries(
  ind: Indicator,
  reported: readonly ActualValue[],
  baseYear: number,
  n: number,
  reportedPrices: Float64Array,
  known: KnownPrices,
): FixedSeries {
  const nominal = new Float64Array(n).fill(Number.NaN);
  const origin: (FixedOrigin | null)[] = new Array<FixedOrigin | null>(n).fill(null);
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
  const first = idx.length > 0 ? (idx[0] as number) : n;
  const money: PriceBasis = ind.kind === 'level' || ind.kind === 'flow' ? ind.basis : 'none';

  // The price change of each year, and where it comes from.
  const change = new Float64Array(n);
  const from = new Uint8Array(n);
  let assumed = false;
  if (money !== 'none') {
    const kind = priceIndexOf(ind);
    for (let i = 1; i <= last; i++) {
      const r = reportedPrices[i] as number;
      const year = baseYear + i;
      if (Number.isFinite(r)) {
        change[i] = r;
        from[i] = PRICE_FROM.reported;
        continue;
      }
      const implied = meanImpliedDeflator(reported, year);
      if (implied !== null) {
        change[i] = implied;
        from[i] = PRICE_FROM.implied;
      } else {
        change[i] = known.guess(kind, year);
        from[i] = PRICE_FROM.assumed;
      }
    }
  }

  if (ind.kind === 'flow') {
    for (const i of idx) origin[i] = i === 0 && !baseActual ? 'base' : 'actual';
  } else {
    for (let k = 0; k < idx.length; k++) {
      const i1 = idx[k] as number;
      const v1 = points.get(i1) as number;
      origin[i1] = i1 === 0 && !baseActual ? 'base' : 'actual';
      nominal[i1] = v1;
      if (k === 0) continue;
      const i0 = idx[k - 1] as number;
      const v0 = nominal[i0] as number;
      const steps = i1 - i0;
      for (let s = 1; s < steps; s++) {
        const i = i0 + s;
        nominal[i] = ind.kind === 'share' ? v0 + ((v1 - v0) * s) / steps : v0 * (v1 / v0) ** (s / steps);
        origin[i] = 'interpolated';
      }
    }
  }
  for (const i of idx) if (ind.kind === 'flow') nominal[i] = points.get(i) as number;
  const shape: SeriesShape = { ind, money, first, last };
  const prices: FixedPrices = { change, from, assumed: false };
  const { real, realEstimated, used } = realValues(shape, nominal, origin, actual, prices);
  for (let i = 1; i <= last; i++) if (used[i] === 1 && from[i] === PRICE_FROM.assumed) assumed = true;
  return {
    indicator: ind,
    nominal,
    real,
    origin,
    realEstimated,
    actual,
    last,
    rebasedBy: brk,
    prices: { change, from, assumed },
    shape,
  };
}

/**
 * Real values (at base-year prices) of the fixed years, and the nominal values of a
 * series kept at constant prices, from the nominal values and the price changes:
 * a reported real growth wins; otherwise nominal change ÷ price change, marked
 * estimated unless the price change was reported.
 */
function realValues(
  shape: SeriesShape,
  nominalIn: Float64Array,
  origin: readonly (FixedOrigin | null)[],
  actual: readonly (ActualValue | null)[],
  prices: FixedPrices,
): { real: Float64Array; nominal: Float64Array; realEstimated: Uint8Array; used: Uint8Array } {
  const { ind, money, first, last } = shape;
  const n = nominalIn.length;
  const nominal = Float64Array.from(nominalIn);
  const real = new Float64Array(n).fill(Number.NaN);
  const realEstimated = new Uint8Array(n);
  const used = new Uint8Array(n);
  const { change, from } = prices;
  const estimatedPrice = (i: number) => (from[i] === PRICE_FROM.reported ? 0 : 1);
  const levelTo = (i: number): { level: number; estimated: number } => {
    let level = 1;
    let estimated = 0;
    for (let j = 1; j <= i; j++) {
      level *= 1 + (change[j] as number);
      used[j] = 1;
      estimated |= estimatedPrice(j);
    }
    return { level, estimated };
  };

  if (ind.kind === 'flow') {
    for (let i = 0; i <= last; i++) {
      if (origin[i] === null) continue;
      const v = nominal[i] as number;
      if (money === 'none' || i === 0) {
        real[i] = v;
        continue;
      }
      const { level, estimated } = levelTo(i);
      if (money === 'real') {
        real[i] = v;
        nominal[i] = v * level;
      } else real[i] = v / level;
      realEstimated[i] = estimated;
    }
    return { real, nominal, realEstimated, used };
  }
  for (let i = first; i <= last; i++) {
    const v = nominal[i] as number;
    if (ind.kind === 'share' || money === 'none' || money === 'real') {
      real[i] = v;
      continue;
    }
    if (i === first) {
      // At base-year prices: exact in the base year; a later first figure is deflated
      // with the price changes since the base year.
      if (i === 0) real[i] = v;
      else {
        const { level, estimated } = levelTo(i);
        real[i] = v / level;
        realEstimated[i] = estimated;
      }
      continue;
    }
    const prevN = nominal[i - 1] as number;
    const prevR = real[i - 1] as number;
    const a = actual[i];
    if (a && a.realGrowth !== undefined && origin[i] === 'actual') {
      real[i] = prevR * (1 + a.realGrowth);
    } else {
      real[i] = (prevR * (v / prevN)) / (1 + (change[i] as number));
      used[i] = 1;
      realEstimated[i] = estimatedPrice(i);
    }
  }
  if (money === 'real') {
    // Values are at constant prices: nominal follows the price level.
    let level = 1;
    for (let i = 1; i <= last; i++) {
      level *= 1 + (change[i] as number);
      used[i] = 1;
      if (origin[i] !== null) nominal[i] = (real[i] as number) * level;
    }
  }
  return { real, nominal, realEstimated, used };
}

const withPrices = tupleCache();

/**
 * The fixed series with the years whose price change is assumed taken from a scenario's
 * stated price path (`changes`, index 0 unused; null: the scenario states none, the
 * known-index guess stays). Reported and implied price changes never move. Computed once
 * per series and price path: `changes` is never written after it is made.
 */
export function withScenarioPrices(f: FixedSeries, changes: Float64Array | null): FixedSeries {
  if (changes === null || !f.prices.assumed) return f;
  return cachedOn(withPrices, [f, changes], () => repriced(f, changes));
}

function repriced(f: FixedSeries, changes: Float64Array): FixedSeries {
  const change = Float64Array.from(f.prices.change);
  let same = true;
  for (let i = 1; i < change.length; i++) {
    if (f.prices.from[i] !== PRICE_FROM.assumed) continue;
    const c = changes[i] as number;
    if (!Number.isFinite(c)) continue;
    if (c !== change[i]) same = false;
    change[i] = c;
  }
  if (same) return f;
  const prices: FixedPrices = { change, from: f.prices.from, assumed: true };
  const base = f.shape.money === 'real' ? f.real : f.nominal;
  // a constant-price series keeps its real values; its nominal values follow the prices
  const { real, nominal, realEstimated } = realValues(f.shape, f.shape.money === 'real' ? base : f.nominal, f.origin, f.actual, prices);
  return { ...f, real, nominal: f.shape.money === 'real' ? nominal : f.nominal, realEstimated, prices };
}
