/**
 * Assumptions as the assumption panel shows them: one entry per plan period (clipped to
 * the years the projection covers), read from and written back to a scenario's segments.
 *
 * Reading resolves the segments year by year (the same rules the engine uses), so a
 * segment such as 2026–2035 shows up in both the 15th and the 16th period. Writing one
 * period re-expresses the whole path as segments, one per period wherever the period is
 * uniform: the projection of every other year is unchanged.
 */
import { resolveSegments, type YearlyAssumption } from './assumption-path';
import type { Bilingual, Plan, Scenario, Segment } from '../plan/plan-schema';
import type { Projection } from './projection';

import { DEFLATOR } from '../uncertainty/monte-carlo-types';
import { ownValue } from '../plan/own';
import { effectiveSegments } from './trend';

/** Key of the scenario's deflator path among the assumption keys (not a valid indicator id). */
export { DEFLATOR };

/** A stretch of years the panel edits as one: a plan period, or years no period covers. */
export interface Span {
  id: string;
  name: Bilingual;
  from: number;
  to: number;
  /** True when the span is one of the plan's periods (written back as `period: id`). */
  isPeriod: boolean;
}

export type SpanEntry =
  | { kind: 'value'; value: number; uniform: boolean }
  | { kind: 'link'; indicator: string; elasticity: number; uniform: boolean };

/** What a write puts into every year of a span. */
export type SpanWrite = { value: number } | { link: { indicator: string; elasticity: number } };

/** The periods that overlap (baseYear, horizon], clipped, plus spans for years no period covers. */
export function planSpans(plan: Pick<Plan, 'baseYear' | 'horizon' | 'periods'>): Span[] {
  const first = plan.baseYear + 1;
  const spans: Span[] = [];
  const covered = new Set<number>();
  const periods = [...plan.periods].sort((a, b) => a.start - b.start);
  for (const p of periods) {
    const from = Math.max(p.start, first);
    const to = Math.min(p.end, plan.horizon);
    if (from > to) continue;
    // Overlapping periods: the earlier one keeps the shared years.
    let a = from;
    while (a <= to && covered.has(a)) a++;
    if (a > to) continue;
    let b = a;
    while (b + 1 <= to && !covered.has(b + 1)) b++;
    for (let y = a; y <= b; y++) covered.add(y);
    spans.push({ id: p.id, name: p.name, from: a, to: b, isPeriod: a === p.start && b === p.end });
  }
  for (let y = first; y <= plan.horizon; y++) {
    if (covered.has(y)) continue;
    let end = y;
    while (end + 1 <= plan.horizon && !covered.has(end + 1)) end++;
    const label = y === end ? `${y}` : `${y}–${end}`;
    spans.push({ id: `y${y}-${end}`, name: { zh: `${label}年`, en: label }, from: y, to: end, isPeriod: false });
    for (let k = y; k <= end; k++) covered.add(k);
  }
  return spans.sort((a, b) => a.from - b.from);
}

export function segmentsOf(scenario: Scenario, key: string): readonly Segment[] | undefined {
  return key === DEFLATOR ? scenario.deflator : ownValue(scenario.assumptions, key);
}

/**
 * The segments an assumption's path follows, as shown and edited by period: a scenario's
 * own; for a trend scenario the trend (or its fallback's path) underneath them, so the
 * periods it does not set show the trend, not 0, and an edit of one period keeps the
 * others on their path.
 */
export function pathSegmentsOf(plan: Plan, scenario: Scenario, key: string): readonly Segment[] | undefined {
  return key === DEFLATOR ? scenario.deflator : (effectiveSegments(plan, scenario, key) ?? ownValue(scenario.assumptions, key));
}

function resolve(plan: Plan, segments: readonly Segment[] | undefined): YearlyAssumption {
  return resolveSegments(segments, plan.baseYear, plan.horizon, new Map(plan.periods.map((p) => [p.id, p])), 0);
}

function sameYear(a: YearlyAssumption, i: number, b: YearlyAssumption, j: number): boolean {
  const la = a.link[i] ?? null;
  const lb = b.link[j] ?? null;
  if (la !== lb) return false;
  if (la !== null) return a.elasticity[i] === b.elasticity[j];
  return a.value[i] === b.value[j];
}

/** The entry of a span: its first year's value or link; `uniform` false when the years differ. */
export function readSpan(plan: Plan, segments: readonly Segment[] | undefined, span: Span): SpanEntry {
  const path = resolve(plan, segments);
  const i0 = span.from - plan.baseYear;
  let uniform = true;
  for (let y = span.from + 1; y <= span.to; y++) {
    if (!sameYear(path, y - plan.baseYear, path, i0)) uniform = false;
  }
  const link = path.link[i0] ?? null;
  if (link !== null) return { kind: 'link', indicator: link, elasticity: path.elasticity[i0] as number, uniform };
  return { kind: 'value', value: path.value[i0] as number, uniform };
}

/** True when the two segment lists give the same entry in every year of the span. */
export function spanEquals(
  plan: Plan,
  a: readonly Segment[] | undefined,
  b: readonly Segment[] | undefined,
  span: Span,
): boolean {
  const pa = resolve(plan, a);
  const pb = resolve(plan, b);
  for (let y = span.from; y <= span.to; y++) {
    const i = y - plan.baseYear;
    if (!sameYear(pa, i, pb, i)) return false;
  }
  return true;
}

/** The segments with every year of `span` set to `write`; other years keep their entries. */
export function writeSpan(plan: Plan, segments: readonly Segment[] | undefined, span: Span, write: SpanWrite): Segment[] {
  return writeSpans(plan, segments, [[span, write]]);
}

/** The segments with several spans set at once (used to reset a path to a stored one). */
export function writeSpans(
  plan: Plan,
  segments: readonly Segment[] | undefined,
  writes: readonly (readonly [Span, SpanWrite])[],
): Segment[] {
  const path = resolve(plan, segments);
  for (const [span, write] of writes) {
    for (let y = Math.max(span.from, plan.baseYear + 1); y <= Math.min(span.to, plan.horizon); y++) {
      const i = y - plan.baseYear;
      if ('link' in write) {
        path.link[i] = write.link.indicator;
        path.elasticity[i] = write.link.elasticity;
        path.value[i] = Number.NaN;
      } else {
        path.link[i] = null;
        path.elasticity[i] = 1;
        path.value[i] = write.value;
      }
    }
  }
  return compress(plan, path);
}

/** A resolved path as segments: one per uniform span, else one per run of equal years. */
function compress(plan: Plan, path: YearlyAssumption): Segment[] {
  const out: Segment[] = [];
  const entry = (i: number): Pick<Segment, 'value' | 'link'> => {
    const link = path.link[i] ?? null;
    return link !== null
      ? { link: { indicator: link, elasticity: path.elasticity[i] as number } }
      : { value: path.value[i] as number };
  };
  for (const span of planSpans(plan)) {
    let start = span.from;
    for (let y = span.from; y <= span.to; y++) {
      const i = y - plan.baseYear;
      const last = y === span.to;
      if (!last && sameYear(path, i, path, i + 1)) continue;
      if (start === span.from && last && span.isPeriod) out.push({ period: span.id, ...entry(i) });
      else out.push({ from: start, to: y, ...entry(i) });
      start = y + 1;
    }
  }
  return out;
}

/**
 * The growth a linked assumption gives over a span in a projection: the geometric mean
 * of (1 + growth) over its years, minus one. Used to turn a link into a plain number.
 */
export function effectiveGrowth(projection: Projection, indicatorId: string, span: Span): number {
  const s = projection.series[indicatorId];
  if (s === undefined) return Number.NaN;
  let product = 1;
  let n = 0;
  for (let y = span.from; y <= span.to; y++) {
    const g = s.growth[y - projection.baseYear];
    if (g === undefined || !Number.isFinite(g)) continue;
    product *= 1 + g;
    n++;
  }
  return n === 0 ? Number.NaN : product ** (1 / n) - 1;
}
