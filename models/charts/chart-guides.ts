/**
 * What a chart of one indicator draws besides the projected line, in the basis the user
 * chose: each target as a point (year, threshold), the path the plan requires to reach
 * it, and the reported figures.
 *
 * - A target stated in the other basis is converted with the scenario's price index
 *   (nominal = real × index); indicators without a price basis are never converted.
 * - "multiple" targets (翻一番) are drawn at their computed threshold, average-growth and
 *   in-step (基本同步) targets at the level their growth (for in-step: the reference's growth
 *   less the tolerance) reaches from the start of their window.
 * - The required path runs from the last fixed value (TargetResult.requiredFrom) to the
 *   threshold at a constant annual rate in the shown basis (shares: constant points a
 *   year). For a real target on a real chart this is exactly the required growth.
 * - Reported figures are shown in their own basis only: a nominal series' actuals are
 *   not deflated with a scenario's assumed prices.
 */
import type { Comparison, Indicator, Plan } from '../plan/plan-schema';
import type { Projection } from '../engine/projection';
import { compare, type TargetResult, type TargetStatus } from '../targets/evaluate-targets';

export type DisplayBasis = 'real' | 'nominal';

export interface TargetGuide {
  targetId: string;
  indicator: string;
  year: number;
  /** The threshold in the display basis; null when it cannot be computed (needs a base). */
  value: number | null;
  status: TargetStatus;
  requiredPath: { years: number[]; values: number[] } | null;
  /** A 左右 band around the threshold in the display basis ([low, high]), or null. */
  band?: [number, number] | null;
  /** Growth targets (average growth, 基本同步): the growth a year asked for, as a fraction; drawn at the level it reaches. */
  growth?: number | null;
}

export interface Points {
  years: number[];
  values: number[];
}

export function seriesValues(p: Projection, indicatorId: string, basis: DisplayBasis): Float64Array | null {
  const s = p.series[indicatorId];
  if (s === undefined) return null;
  return basis === 'real' ? s.real : s.nominal;
}

/** True when any of these indicators has a finite projected value on this basis (something to draw). */
export function hasDrawableValues(p: Projection, indicatorIds: readonly string[], basis: DisplayBasis): boolean {
  return indicatorIds.some((id) => seriesValues(p, id, basis)?.some((v) => Number.isFinite(v)) ?? false);
}

/** True when the indicator's values differ between the real and the nominal basis. */
export function hasPriceBasis(ind: Indicator): boolean {
  return ind.basis !== 'none' && ind.kind !== 'share';
}

/**
 * A value of the indicator in `year` moved from one basis to the other: at the series'
 * own price ratio that year (nominal ÷ real, which follows reported figures where the
 * scenario is anchored), else the scenario's index for the indicator's prices.
 */
export function convertBasis(
  p: Projection,
  ind: Indicator,
  value: number,
  year: number,
  from: DisplayBasis,
  to: DisplayBasis,
): number {
  if (from === to || !hasPriceBasis(ind)) return value;
  const i = year - p.baseYear;
  const s = p.series[ind.id];
  const own = s === undefined ? Number.NaN : (s.nominal[i] as number) / (s.real[i] as number);
  const index = Number.isFinite(own) && own > 0 ? own : (ind.priceIndex === 'cpi' ? p.cpiIndex : p.priceIndex)[i];
  if (index === undefined || !(index > 0)) return Number.NaN;
  return from === 'real' ? value * index : value / index;
}

const finite = (v: number | undefined): v is number => v !== undefined && Number.isFinite(v);

export function targetGuides(
  plan: Plan,
  p: Projection,
  results: readonly TargetResult[],
  indicatorId: string,
  basis: DisplayBasis,
): TargetGuide[] {
  const ind = plan.indicators.find((i) => i.id === indicatorId);
  const values = seriesValues(p, indicatorId, basis);
  if (ind === undefined || values === null) return [];
  const byId = new Map(results.map((r) => [r.id, r]));
  const guides: TargetGuide[] = [];
  for (const t of plan.targets) {
    if (t.indicator !== indicatorId || t.type === 'cumulative') continue;
    const r = byId.get(t.id);
    if (r === undefined) continue;
    let threshold: number | null = null;
    let band: [number, number] | null = null;
    // A growth target: the growth it asks for (基本同步: the reference's growth less the tolerance).
    const growth = t.type === 'average-growth' ? t.value : t.type === 'in-step' ? r.target : null;
    if (t.type === 'average-growth' || t.type === 'in-step') {
      const own = seriesValues(p, indicatorId, t.basis);
      const start = own?.[t.from - p.baseYear];
      const at = (g: number) => convertBasis(p, ind, (start as number) * (1 + g) ** (t.to - t.from), t.to, t.basis, basis);
      if (finite(start) && growth !== null) {
        threshold = at(growth);
        if (r.band !== null) band = [at(r.band[0]), at(r.band[1])];
      }
    } else if (r.target !== null) {
      threshold = convertBasis(p, ind, r.target, r.year, r.basis, basis);
      if (r.band !== null) band = [convertBasis(p, ind, r.band[0], r.year, r.basis, basis), convertBasis(p, ind, r.band[1], r.year, r.basis, basis)];
    }
    if (band !== null && !(Number.isFinite(band[0]) && Number.isFinite(band[1]))) band = null;
    if (threshold !== null && !Number.isFinite(threshold)) threshold = null;
    guides.push({
      targetId: t.id,
      indicator: indicatorId,
      year: r.year,
      value: threshold,
      status: r.status,
      requiredPath: threshold === null || alreadyHolds(t.comparison, values, p.baseYear, r.requiredFrom, threshold) ? null : requiredPath(ind, values, p.baseYear, r.requiredFrom, r.year, threshold),
      band: threshold === null ? null : band,
      growth,
    });
  }
  return guides;
}

/**
 * The bound already holds at the last fixed value (unemployment 5.2 under a cap of 5.5,
 * crude oil above its floor): no path is required, and a line up to the cap or down to the
 * floor would read as one, so none is drawn.
 */
function alreadyHolds(op: Comparison, values: Float64Array, baseYear: number, fromYear: number | null, goal: number): boolean {
  if (fromYear === null) return false;
  const v0 = values[fromYear - baseYear];
  return finite(v0) && compare(v0, op, goal);
}

/** Constant-rate (shares: constant-step) path from the value in `fromYear` to `goal` in `year`. */
export function requiredPath(
  ind: Indicator,
  values: Float64Array,
  baseYear: number,
  fromYear: number | null,
  year: number,
  goal: number,
): Points | null {
  if (fromYear === null || fromYear >= year) return null;
  const v0 = values[fromYear - baseYear];
  if (!finite(v0)) return null;
  const n = year - fromYear;
  const years: number[] = [];
  const out: number[] = [];
  if (ind.kind === 'share') {
    const step = (goal - v0) / n;
    for (let k = 0; k <= n; k++) {
      years.push(fromYear + k);
      out.push(v0 + step * k);
    }
    return { years, values: out };
  }
  if (!(v0 > 0) || !(goal > 0)) return null;
  const rate = (goal / v0) ** (1 / n);
  for (let k = 0; k <= n; k++) {
    years.push(fromYear + k);
    out.push(v0 * rate ** k);
  }
  return { years, values: out };
}

/** Reported figures within the projection's years, where they are in the shown basis. */
export function actualPoints(plan: Plan, p: Projection, indicatorId: string, basis: DisplayBasis): Points {
  const ind = plan.indicators.find((i) => i.id === indicatorId);
  const points: Points = { years: [], values: [] };
  if (ind === undefined) return points;
  const ownBasis: DisplayBasis = ind.basis === 'real' ? 'real' : 'nominal';
  if (hasPriceBasis(ind) && ownBasis !== basis) return points;
  for (const a of [...(ind.actuals ?? [])].sort((x, y) => x.year - y.year)) {
    if (a.year < p.baseYear || a.year > p.horizon) continue;
    points.years.push(a.year);
    points.values.push(a.value);
  }
  return points;
}
