/**
 * How scenarios differ: which assumptions (per indicator and plan period, the deflator),
 * and what that does to an indicator year by year.
 *
 * Assumptions are compared year by year after resolving their segments, so two
 * scenarios that write the same path with different segments do not differ.
 */
import type { DisplayBasis } from '../charts/chart-guides';
import { seriesValues } from '../charts/chart-guides';
import { DEFLATOR, planSpans, readSpan, segmentsOf, spanEquals, type Span, type SpanEntry } from '../engine/period-assumptions';
import type { Plan, Scenario } from './plan-schema';
import type { Projection } from '../engine/projection';

export type ScenarioDifference =
  | {
      kind: 'assumption';
      /** An indicator id, or DEFLATOR. */
      key: string;
      span: Span;
      /** One entry per scenario, in the order given. */
      entries: SpanEntry[];
    };

/** The assumptions in which any of the scenarios differs from the first. */
export function diffScenarios(plan: Plan, scenarios: readonly Scenario[]): ScenarioDifference[] {
  const out: ScenarioDifference[] = [];
  const [first, ...rest] = scenarios;
  if (first === undefined || rest.length === 0) return out;
  const keys = [DEFLATOR, ...plan.indicators.filter((i) => i.kind !== 'derived').map((i) => i.id)];
  const spans = planSpans(plan);
  for (const key of keys) {
    const base = segmentsOf(first, key);
    for (const span of spans) {
      if (rest.every((s) => spanEquals(plan, base, segmentsOf(s, key), span))) continue;
      out.push({ kind: 'assumption', key, span, entries: scenarios.map((s) => readSpan(plan, segmentsOf(s, key), span)) });
    }
  }
  return out;
}

export interface YearDifference {
  year: number;
  /** Each scenario's value (null when unknown). */
  values: (number | null)[];
  /** value − the first scenario's value. */
  deltas: (number | null)[];
  /** value / the first scenario's value − 1. */
  relative: (number | null)[];
}

const orNull = (v: number | undefined): number | null => (v !== undefined && Number.isFinite(v) ? v : null);

/** One row per year: the indicator in each projection, and its difference from the first. */
export function differencesByYear(
  projections: readonly Projection[],
  indicatorId: string,
  basis: DisplayBasis,
): YearDifference[] {
  const first = projections[0];
  if (first === undefined) return [];
  const series = projections.map((p) => seriesValues(p, indicatorId, basis));
  return first.years.map((year, i) => {
    const values = series.map((s) => orNull(s?.[i]));
    const ref = values[0] ?? null;
    return {
      year,
      values,
      deltas: values.map((v) => (v === null || ref === null ? null : v - ref)),
      relative: values.map((v) => (v === null || ref === null || ref === 0 ? null : v / ref - 1)),
    };
  });
}
