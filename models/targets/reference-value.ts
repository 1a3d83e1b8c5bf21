/**
 * The value of an indicator in a reference year before the plan's base year, at the
 * plan's base-year prices: what a goal such as "到2035年人均国内生产总值比2020年翻一番" in a
 * 2025-based plan is measured against. Only reported figures are used (rule 9):
 *
 * - not money (people, counts, shares): the figure reported for that year, moved onto the
 *   current series basis where a break lies between (reported-path.ts rebaseValue);
 * - money: the base-year level divided by the reported real growth of every year after
 *   the reference year, up to the base year: real₍ref₎ = V₍base₎ / Π (1 + g₍y₎). Where a
 *   year has no reported real growth, its real change is estimated from the nominal
 *   figures and the reported price change of that year (plan.prices), and the result is
 *   marked estimated; with neither, there is no value;
 * - derived without figures of its own: the formula over its inputs' reference values
 *   (each computed as above).
 *
 * A reference year at or after the base year is simply the projection's value.
 */
import type { CompiledFormula } from '../engine/formula';
import type { ActualValue, Indicator, Plan } from '../plan/plan-schema';
import { preparePlan } from '../engine/projection';
import { activeBreak, isReportedStatus, priceIndexOf, rebaseValue } from '../engine/reported-path';

export interface ReferenceValue {
  /** At base-year prices for money (real), as reported otherwise; NaN where unknown. */
  value: number;
  /** Rests on an estimated price change in at least one year. */
  estimated: boolean;
  /** The years whose reported real growth was chained (empty for non-money). */
  chained: number[];
}

const NONE: ReferenceValue = { value: Number.NaN, estimated: false, chained: [] };

function reportedByYear(ind: Indicator): Map<number, ActualValue> {
  const out = new Map<number, ActualValue>();
  for (const a of ind.actuals ?? []) if (isReportedStatus(a.status)) out.set(a.year, a);
  return out;
}

/** The base-year level of a non-derived indicator: a reported base-year figure, else the base value. */
function baseLevel(plan: Plan, ind: Indicator, reported: ReadonlyMap<number, ActualValue>): number {
  const a = reported.get(plan.baseYear);
  if (a) return a.value;
  return ind.base?.value ?? Number.NaN;
}

function isMoney(ind: Indicator): boolean {
  return ind.kind !== 'share' && ind.basis !== 'none';
}

function ownReference(plan: Plan, ind: Indicator, year: number): ReferenceValue {
  const reported = reportedByYear(ind);
  if (!isMoney(ind)) {
    const a = reported.get(year);
    if (a === undefined) return NONE;
    const brk = activeBreak(ind, [...reported.values()]);
    const value = brk !== null && year < brk.year ? rebaseValue(ind, brk, a.value) : a.value;
    return { value, estimated: false, chained: [] };
  }
  let value = baseLevel(plan, ind, reported);
  if (ind.basis === 'real') {
    // At constant prices already: the reported figure of that year is the value.
    const a = reported.get(year);
    return a ? { value: a.value, estimated: false, chained: [] } : NONE;
  }
  let estimated = false;
  const chained: number[] = [];
  const index = priceIndexOf(ind);
  for (let y = plan.baseYear; y > year; y--) {
    const a = reported.get(y);
    if (a?.realGrowth !== undefined) {
      value /= 1 + a.realGrowth;
      chained.push(y);
      continue;
    }
    const prev = reported.get(y - 1);
    const price = (plan.prices ?? []).find((p) => p.index === index && p.year === y && isReportedStatus(p.status));
    if (a === undefined || prev === undefined || price === undefined || !(prev.value > 0)) return NONE;
    // Real change = nominal change ÷ price change.
    value /= a.value / prev.value / (1 + price.value);
    estimated = true;
  }
  return { value, estimated, chained: chained.reverse() };
}

/** An indicator's value in `year` (before the plan's base year), at base-year prices. */
export function referenceValue(plan: Plan, indicatorId: string, year: number): ReferenceValue {
  const ind = plan.indicators.find((i) => i.id === indicatorId);
  if (ind === undefined) return NONE;
  if (ind.kind !== 'derived') return ownReference(plan, ind, year);
  // A derived indicator with figures of its own (an official per-capita series with its real growth).
  const own = reportedByYear(ind);
  if (own.has(year) && own.has(plan.baseYear)) {
    const chain = ownReference(plan, { ...ind, kind: 'level' }, year);
    if (Number.isFinite(chain.value)) return chain;
  }
  const formula = preparePlan(plan).formulas.get(ind.id) as CompiledFormula | undefined;
  if (formula === undefined) return NONE;
  const parts = formula.inputs.map((id) => referenceValue(plan, id, year));
  const value = formula.evaluate(parts.map((p) => p.value));
  return Number.isFinite(value)
    ? { value, estimated: parts.some((p) => p.estimated), chained: [...new Set(parts.flatMap((p) => p.chained))].sort((a, b) => a - b) }
    : NONE;
}

/** Whether an indicator has a value for `year` before the base year (for validation). */
export function hasReferenceValue(plan: Plan, indicatorId: string, year: number): boolean {
  return Number.isFinite(referenceValue(plan, indicatorId, year).value);
}
