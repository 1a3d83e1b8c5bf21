/**
 * Editing one assumption of a scenario over a span of years, for sensitivity runs,
 * two-way tables and goal seek. The scenario given is never changed: a new one is
 * returned.
 *
 * An assumption is an indicator's path (real growth for levels, points a year for
 * shares, the annual amount for flows) or the deflator (id DEFLATOR), over a plan
 * period or a year range. New segments are appended (later segments win in
 * resolveSegments); because a year no segment covers inherits the nearest earlier
 * covered year's entry, an edit could leak into uncovered years after it (or before
 * the first covered year): any year outside the span whose resolved entry would change
 * gets an explicit segment that keeps it as it was.
 */
import { resolveSegments, type YearlyAssumption } from '../engine/assumption-path';
import { DEFLATOR } from '../uncertainty/monte-carlo-types';
import type { Plan, Scenario, Segment } from './plan-schema';
import { ownValue } from './own';
import { effectiveSegments } from '../engine/trend';

/** An assumption over some years: a period id, or from–to (to defaults to from). */
export interface AssumptionRef {
  /** An indicator id, or DEFLATOR. */
  indicator: string;
  period?: string;
  from?: number;
  to?: number;
}

export type AssumptionKind = 'level' | 'share' | 'flow' | 'deflator';

export class AssumptionRefError extends Error {
  override readonly name = 'AssumptionRefError';
  constructor(
    readonly code: 'unknown-indicator' | 'derived-indicator' | 'unknown-period' | 'no-years',
    readonly detail: string,
  ) {
    super(`${code}: ${detail}`);
  }
}

/** What an assumption moves: level growth, share points, flow amounts, or the deflator. */
export function assumptionKind(plan: Plan, indicator: string): AssumptionKind {
  if (indicator === DEFLATOR) return 'deflator';
  const ind = plan.indicators.find((i) => i.id === indicator);
  if (ind === undefined) throw new AssumptionRefError('unknown-indicator', indicator);
  if (ind.kind === 'derived') throw new AssumptionRefError('derived-indicator', `${indicator} has no assumption of its own`);
  return ind.kind;
}

/** The projected years [from, to] an assumption covers (within base + 1 … horizon). */
export function refYears(plan: Plan, ref: AssumptionRef): [number, number] {
  assumptionKind(plan, ref.indicator);
  let from: number;
  let to: number;
  if (ref.period !== undefined) {
    const p = plan.periods.find((q) => q.id === ref.period);
    if (p === undefined) throw new AssumptionRefError('unknown-period', ref.period);
    [from, to] = [p.start, p.end];
  } else {
    if (ref.from === undefined) throw new AssumptionRefError('no-years', `${ref.indicator}: give a period or from`);
    [from, to] = [ref.from, ref.to ?? ref.from];
  }
  from = Math.max(from, plan.baseYear + 1);
  to = Math.min(to, plan.horizon);
  if (from > to) throw new AssumptionRefError('no-years', `${ref.indicator} ${ref.period ?? `${ref.from}–${ref.to}`}: no projected year`);
  return [from, to];
}

export function segmentsOf(sc: Scenario, indicator: string): readonly Segment[] {
  return indicator === DEFLATOR ? sc.deflator : (ownValue(sc.assumptions, indicator) ?? []);
}

export function resolvedAssumption(
  plan: Plan,
  sc: Scenario,
  indicator: string,
  // a trend scenario's path includes the trend underneath its own segments
  segments = indicator === DEFLATOR ? segmentsOf(sc, indicator) : (effectiveSegments(plan, sc, indicator) ?? []),
): YearlyAssumption {
  return resolveSegments(segments, plan.baseYear, plan.horizon, new Map(plan.periods.map((p) => [p.id, p])), 0);
}

/** The scenario with one assumption's segments replaced. */
export function withSegments(sc: Scenario, indicator: string, segments: Segment[]): Scenario {
  if (indicator === DEFLATOR) return { ...sc, deflator: segments };
  return { ...sc, assumptions: { ...sc.assumptions, [indicator]: segments } };
}

const sameEntry = (a: YearlyAssumption, b: YearlyAssumption, i: number): boolean =>
  (a.link[i] ?? null) === (b.link[i] ?? null) &&
  (a.link[i] == null ? Object.is(a.value[i], b.value[i]) : a.elasticity[i] === b.elasticity[i]);

function entrySegment(a: YearlyAssumption, i: number, from: number, to: number): Segment {
  const link = a.link[i] ?? null;
  return link === null
    ? { from, to, value: a.value[i] as number }
    : { from, to, link: { indicator: link, elasticity: a.elasticity[i] as number } };
}

/**
 * The scenario with `added` segments appended to one assumption (they should cover
 * only [from, to]); years outside [from, to] keep their resolved entries.
 */
export function appendSegments(plan: Plan, sc: Scenario, indicator: string, from: number, to: number, added: Segment[]): Scenario {
  const original = segmentsOf(sc, indicator);
  const segments = [...original, ...added];
  // As projected: a trend scenario's years outside the span follow the trend underneath its
  // own segments, before and after (comparing its own segments alone set them to 0).
  const before = resolvedAssumption(plan, sc, indicator);
  const after = resolvedAssumption(plan, withSegments(sc, indicator, segments), indicator);
  const base = plan.baseYear;
  // keep every year outside the span as it was, in runs of equal entries
  const n = plan.horizon - base + 1;
  const changed = (i: number): boolean => {
    const y = base + i;
    return (y < from || y > to) && !sameEntry(before, after, i);
  };
  const restore: Segment[] = [];
  let i = 1;
  while (i < n) {
    if (!changed(i)) {
      i++;
      continue;
    }
    let j = i;
    while (j + 1 < n && changed(j + 1) && sameRun(before, i, j + 1)) j++;
    restore.push(entrySegment(before, i, base + i, base + j));
    i = j + 1;
  }
  return withSegments(sc, indicator, [...segments, ...restore]);
}

function sameRun(a: YearlyAssumption, i: number, j: number): boolean {
  return (a.link[i] ?? null) === (a.link[j] ?? null) && Object.is(a.value[i], a.value[j]) && a.elasticity[i] === a.elasticity[j];
}

/** The scenario with the assumption set to `value` in every year of the ref. */
export function setAssumption(plan: Plan, sc: Scenario, ref: AssumptionRef, value: number): Scenario {
  const [from, to] = refYears(plan, ref);
  return appendSegments(plan, sc, ref.indicator, from, to, [{ from, to, value }]);
}

/**
 * The scenario with the assumption changed year by year: `change(value, year)` gives
 * the new value from the year's current one. A linked year's current value is
 * elasticity × the linked indicator's growth in `linkedGrowth` (the baseline
 * projection's), so the edit turns it into a plain value.
 */
export function changeAssumption(
  plan: Plan,
  sc: Scenario,
  ref: AssumptionRef,
  change: (current: number, year: number) => number,
  linkedGrowth: (indicator: string, year: number) => number,
): Scenario {
  const [from, to] = refYears(plan, ref);
  const a = resolvedAssumption(plan, sc, ref.indicator);
  const added: Segment[] = [];
  for (let y = from; y <= to; y++) {
    const i = y - plan.baseYear;
    const link = a.link[i] ?? null;
    const current = link === null ? (a.value[i] as number) : (a.elasticity[i] as number) * linkedGrowth(link, y);
    added.push({ from: y, to: y, value: change(current, y) });
  }
  return appendSegments(plan, sc, ref.indicator, from, to, added);
}

/** The mean of the assumption's yearly values over the ref (linked years: as projected). */
export function currentAssumption(
  plan: Plan,
  sc: Scenario,
  ref: AssumptionRef,
  linkedGrowth: (indicator: string, year: number) => number,
): number {
  const [from, to] = refYears(plan, ref);
  const a = resolvedAssumption(plan, sc, ref.indicator);
  let sum = 0;
  for (let y = from; y <= to; y++) {
    const i = y - plan.baseYear;
    const link = a.link[i] ?? null;
    sum += link === null ? (a.value[i] as number) : (a.elasticity[i] as number) * linkedGrowth(link, y);
  }
  return sum / (to - from + 1);
}
