/**
 * The golden record of the engine's output (projection-golden.test.ts): per plan, per
 * scenario, every indicator, every year, nominal and real, with each target's
 * evaluation. Numbers are written as JavaScript writes them (the shortest text that reads
 * back to the same double; "-0" kept apart from "0"), so a comparison of the text is a
 * comparison of the bits.
 */
import type { Plan } from '../../plan/plan-schema';
import { planAsOf } from '../../review/review';
import { evaluateTargets } from '../../targets/evaluate-targets';
import { preparePlan, projectPrepared, type Projection, type SeriesProjection } from '../projection';

export interface ScenarioRecord {
  projection: unknown;
  targets: unknown;
}

/** A number as text: exact (round-trips), NaN and infinities by name, -0 apart. */
export function num(x: number): string {
  return Object.is(x, -0) ? '-0' : String(x);
}

const nums = (xs: ArrayLike<number>): string => Array.from(xs, num).join(' ');

function encodeSeries(s: SeriesProjection): Record<string, string> {
  return {
    nominal: nums(s.nominal),
    real: nums(s.real),
    growth: nums(s.growth),
    origin: s.origin.join(' '),
    realEstimated: Array.from(s.realEstimated).join(''),
  };
}

/** Any JSON-like value with its numbers as exact text. */
function encodeValue(v: unknown): unknown {
  if (typeof v === 'number') return num(v);
  if (Array.isArray(v)) return v.map(encodeValue);
  if (v !== null && typeof v === 'object') return Object.fromEntries(Object.entries(v).map(([k, x]) => [k, encodeValue(x)]));
  return v;
}

function encodeProjection(p: Projection): Record<string, unknown> {
  return {
    years: p.years.join(' '),
    priceIndex: nums(p.priceIndex),
    deflator: nums(p.deflator),
    cpi: nums(p.cpi),
    cpiIndex: nums(p.cpiIndex),
    order: p.order.join(' '),
    warnings: p.warnings.map((w) => `${w.code}:${w.indicator}`).join(' '),
    series: Object.fromEntries(p.order.map((id) => [id, encodeSeries(p.series[id] as SeriesProjection)])),
  };
}

function encodePlan(plan: Plan): Record<string, ScenarioRecord> {
  const pp = preparePlan(plan);
  return Object.fromEntries(
    plan.scenarios.map((sc) => {
      const p = projectPrepared(pp, sc);
      return [sc.id, { projection: encodeProjection(p), targets: encodeValue(evaluateTargets(plan, sc, p)) }];
    }),
  );
}

/**
 * The record of named plans: each plan, and the plan as of two earlier years where that
 * leaves figures out (the review's planAsOf).
 */
export function goldenRecord(plans: readonly (readonly [string, Plan])[]): Record<string, Record<string, ScenarioRecord>> {
  const out: Record<string, Record<string, ScenarioRecord>> = {};
  for (const [name, plan] of plans) {
    out[name] = encodePlan(plan);
    for (const asOf of [plan.baseYear + 2, plan.baseYear + 4]) {
      const earlier = planAsOf(plan, asOf);
      if (earlier !== plan) out[`${name} as of ${asOf}`] = encodePlan(earlier);
    }
  }
  return out;
}

/** Xuzhou with consumer prices apart from the GDP deflator in every other scenario. */
export function withCpi(plan: Plan): Plan {
  return {
    ...plan,
    id: `${plan.id}-cpi`,
    scenarios: plan.scenarios.map((s, k) => (k % 2 === 0 ? { ...s, cpi: [{ from: plan.baseYear + 1, value: 0.015 + 0.005 * k }] } : s)),
  };
}
