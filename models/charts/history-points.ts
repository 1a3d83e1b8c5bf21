/**
 * The reported figures a chart shows as history, before the plan's base year (from
 * history-range.ts historyStart), in the basis the chart shows. Facts only, nothing
 * assumed by a scenario, so the same for every scenario:
 *
 * - a figure in the chart's basis (current-price money on a nominal chart; people,
 *   counts, shares on either): the figure as written, with its status (an estimate stays
 *   预计); a share or level across a series break is moved onto the current basis, as
 *   targets read it (reported-path.ts rebaseValue);
 * - current-price money on a real chart (base-year prices): the engine's reference value
 *   (targets/reference-value.ts), chained back from the base-year level by the reported
 *   real growth, estimated (估) where a year's real change rests on a price index; no value
 *   where neither is reported;
 * - a derived indicator without a figure of its own that year: its formula over its
 *   inputs' history values of that year, only where every input has one;
 * - constant-price money on a nominal chart: nothing (it would need assumed prices).
 *
 * Cached by the plan's indicators (and the other plan fields read): a scenario edit does
 * not compute it again.
 */
import { hasPriceBasis, type DisplayBasis } from './chart-guides';
import type { ActualValue, DataStatus, Indicator, Plan } from '../plan/plan-schema';
import { preparePlan } from '../engine/projection';
import { activeBreak, isReportedStatus, reportedActuals, rebaseValue } from '../engine/reported-path';
import { referenceValue } from '../targets/reference-value';
import { historyStart } from './history-range';

/** reported: the figure itself; computed: the formula over its inputs' figures; chained: at base-year prices from reported real growth. */
export type HistoryHow = 'reported' | 'computed' | 'chained';

export interface HistoryPoint {
  year: number;
  value: number;
  /** The figure's status; computed and chained values: 'implied' (推算), or 'estimate' where an input is one. */
  status: DataStatus;
  how: HistoryHow;
  /** Rests on a price index instead of a reported real growth in some year (marked 估). */
  estimated: boolean;
  /** Moved onto the current basis of a series break. */
  rebased: boolean;
}

type PlanFields = Pick<Plan, 'indicators' | 'baseYear' | 'horizon' | 'periods' | 'predecessor' | 'prices'>;

interface CacheEntry {
  readonly baseYear: number;
  readonly horizon: number;
  readonly periods: Plan['periods'];
  readonly predecessor: Plan['predecessor'];
  readonly prices: Plan['prices'];
  readonly points: Map<string, readonly HistoryPoint[]>;
}

const cache = new WeakMap<readonly Indicator[], CacheEntry>();

function entryFor(plan: PlanFields): CacheEntry {
  const found = cache.get(plan.indicators);
  if (
    found !== undefined &&
    found.baseYear === plan.baseYear &&
    found.horizon === plan.horizon &&
    found.periods === plan.periods &&
    found.predecessor === plan.predecessor &&
    found.prices === plan.prices
  ) {
    return found;
  }
  const entry: CacheEntry = {
    baseYear: plan.baseYear,
    horizon: plan.horizon,
    periods: plan.periods,
    predecessor: plan.predecessor,
    prices: plan.prices,
    points: new Map(),
  };
  cache.set(plan.indicators, entry);
  return entry;
}

/** The indicator's figure of `year` (the last one written; none for a "missing" entry). */
function figureOf(ind: Indicator, year: number): ActualValue | undefined {
  let found: ActualValue | undefined;
  for (const a of ind.actuals ?? []) if (a.year === year && a.status !== 'missing') found = a;
  return found;
}

const ownBasis = (ind: Indicator): DisplayBasis => (ind.basis === 'real' ? 'real' : 'nominal');

class HistoryReader {
  private readonly byId: Map<string, Indicator>;

  constructor(private readonly plan: Plan) {
    this.byId = new Map(plan.indicators.map((i) => [i.id, i]));
  }

  point(id: string, year: number, basis: DisplayBasis, visiting: ReadonlySet<string> = new Set()): HistoryPoint | null {
    const ind = this.byId.get(id);
    if (ind === undefined || visiting.has(id)) return null;
    const own = figureOf(ind, year);
    if (hasPriceBasis(ind) && ownBasis(ind) !== basis) {
      if (basis === 'nominal') return null;
      const ref = referenceValue(this.plan, id, year);
      if (!Number.isFinite(ref.value)) return null;
      const status = own !== undefined && isReportedStatus(own.status) ? own.status : 'implied';
      return { year, value: ref.value, status, how: 'chained', estimated: ref.estimated, rebased: false };
    }
    if (own !== undefined) {
      if (hasPriceBasis(ind)) return { year, value: own.value, status: own.status, how: 'reported', estimated: false, rebased: false };
      const brk = activeBreak(ind, reportedActuals(ind, this.plan.horizon));
      const rebased = brk !== null && year < brk.year;
      const value = rebased ? rebaseValue(ind, brk, own.value) : own.value;
      return Number.isFinite(value) ? { year, value, status: own.status, how: 'reported', estimated: false, rebased } : null;
    }
    if (ind.kind !== 'derived') return null;
    const formula = preparePlan(this.plan).formulas.get(id);
    if (formula === undefined) return null;
    const inner = new Set([...visiting, id]);
    const parts: HistoryPoint[] = [];
    for (const input of formula.inputs) {
      const p = this.point(input, year, basis, inner);
      if (p === null) return null;
      parts.push(p);
    }
    const value = formula.evaluate(parts.map((p) => p.value));
    if (!Number.isFinite(value)) return null;
    return {
      year,
      value,
      status: parts.every((p) => isReportedStatus(p.status)) ? 'implied' : 'estimate',
      how: 'computed',
      estimated: parts.some((p) => p.estimated),
      rebased: parts.some((p) => p.rebased),
    };
  }
}

/** The history points of one indicator on a chart of `basis`: years from historyStart up to the year before the base year, ascending. */
export function historyPoints(plan: Plan, indicatorId: string, basis: DisplayBasis): readonly HistoryPoint[] {
  const entry = entryFor(plan);
  const key = `${basis}\u0000${indicatorId}`;
  const cached = entry.points.get(key);
  if (cached !== undefined) return cached;
  const reader = new HistoryReader(plan);
  const out: HistoryPoint[] = [];
  for (let year = historyStart(plan); year < plan.baseYear; year++) {
    const p = reader.point(indicatorId, year, basis);
    if (p !== null) out.push(p);
  }
  entry.points.set(key, out);
  return out;
}

/** The status of an indicator's figure of `year` (for the hover of a reported point); null without one. */
export function figureStatus(plan: Plan, indicatorId: string, year: number): DataStatus | null {
  const ind = plan.indicators.find((i) => i.id === indicatorId);
  return ind === undefined ? null : (figureOf(ind, year)?.status ?? null);
}

/** The status of an indicator's base-year value: its base-year figure's, else its base value's; null for a derived one without a figure. */
export function baseYearStatus(plan: Plan, indicatorId: string): DataStatus | null {
  const ind = plan.indicators.find((i) => i.id === indicatorId);
  if (ind === undefined) return null;
  return figureOf(ind, plan.baseYear)?.status ?? ind.base?.status ?? null;
}
