/**
 * Two plans side by side (规划对比): the 14th and 15th plans of one city, or two cities'
 * plans. Indicators are matched by id, then by name (Chinese or English, ignoring
 * spaces, punctuation and case); each matched indicator's targets are set beside each
 * other (same kind first, in year order), each judged in its own plan by the plan review
 * (reported figures where the year has one, else the chosen scenario's projection), with
 * the growth achieved and the growth still required. Unmatched indicators are listed.
 */
import type { Bilingual, Comparison, Indicator, Plan, Target } from './plan-schema';
import { preparePlan, projectPrepared } from '../engine/projection';
import { reviewPlan, reviewScenario } from '../review/review';
import type { ReviewStatus, ReviewTarget, ValueSource } from '../review/review-types';

export interface PlanSummary {
  id: string;
  title: Bilingual;
  region: Bilingual;
  baseYear: number;
  horizon: number;
  scenario: string;
  /** The latest year with a reported figure (as the review counts it). */
  latestReported: number | null;
}

export interface IndicatorPair {
  /** The indicator's id in plan A and in plan B (null: not in that plan). */
  a: string | null;
  b: string | null;
  name: Bilingual;
  unitA: string | null;
  unitB: string | null;
  matchedBy: 'id' | 'name' | null;
}

export interface TargetSide {
  id: string;
  type: Target['type'];
  year: number;
  comparison: Comparison;
  threshold: number | null;
  band: [number, number] | null;
  unit: string;
  value: number | null;
  source: ValueSource;
  status: ReviewStatus;
  achievedGrowth: number | null;
  achievedFrom: number | null;
  achievedTo: number | null;
  requiredGrowth: number | null;
  requiredFrom: number | null;
  sentence: string;
}

export interface TargetPair {
  /** Index into `indicators`. */
  indicator: number;
  a: TargetSide | null;
  b: TargetSide | null;
}

export interface PlanComparison {
  a: PlanSummary;
  b: PlanSummary;
  indicators: IndicatorPair[];
  targets: TargetPair[];
  /** Ids of indicators found in one plan only. */
  onlyInA: string[];
  onlyInB: string[];
}

export interface ComparePlansOptions {
  scenarioA?: string;
  scenarioB?: string;
}

/** A name as compared: no spaces, punctuation or quotes, lower case. */
export function nameKey(text: string): string {
  return text
    .normalize('NFKC')
    .toLowerCase()
    .replace(/[\s\p{P}\p{S}]/gu, '');
}

/** Match indicators by id, then by Chinese name, then by English name; each at most once. */
export function matchIndicators(a: readonly Indicator[], b: readonly Indicator[]): IndicatorPair[] {
  const pairs: IndicatorPair[] = [];
  const usedB = new Set<string>();
  const bById = new Map(b.map((i) => [i.id, i]));
  const unmatchedA: Indicator[] = [];
  for (const ia of a) {
    const ib = bById.get(ia.id);
    if (ib) {
      usedB.add(ib.id);
      pairs.push({ a: ia.id, b: ib.id, name: ia.name, unitA: ia.unit, unitB: ib.unit, matchedBy: 'id' });
    } else unmatchedA.push(ia);
  }
  const rest = () => b.filter((i) => !usedB.has(i.id));
  for (const ia of unmatchedA) {
    const zh = nameKey(ia.name.zh);
    const en = nameKey(ia.name.en);
    const ib = rest().find((i) => nameKey(i.name.zh) === zh) ?? rest().find((i) => en !== '' && nameKey(i.name.en) === en);
    if (ib) {
      usedB.add(ib.id);
      pairs.push({ a: ia.id, b: ib.id, name: ia.name, unitA: ia.unit, unitB: ib.unit, matchedBy: 'name' });
    } else pairs.push({ a: ia.id, b: null, name: ia.name, unitA: ia.unit, unitB: null, matchedBy: null });
  }
  for (const ib of rest()) pairs.push({ a: null, b: ib.id, name: ib.name, unitA: null, unitB: ib.unit, matchedBy: null });
  return pairs;
}

function side(r: ReviewTarget): TargetSide {
  return {
    id: r.id,
    type: r.type,
    year: r.year,
    comparison: r.comparison,
    threshold: r.target,
    band: r.band,
    unit: r.unit,
    value: r.value,
    source: r.source,
    status: r.status,
    achievedGrowth: r.achievedGrowth,
    achievedFrom: r.achievedFrom,
    achievedTo: r.achievedTo,
    requiredGrowth: r.requiredGrowth,
    requiredFrom: r.requiredFrom,
    sentence: r.sentence,
  };
}

/** Targets of one indicator in both plans, paired: the same kind first, each in year order. */
export function pairTargets(a: readonly TargetSide[], b: readonly TargetSide[]): [TargetSide | null, TargetSide | null][] {
  const byYear = (x: TargetSide, y: TargetSide) => x.year - y.year;
  const restA = [...a].sort(byYear);
  const restB = [...b].sort(byYear);
  const out: [TargetSide | null, TargetSide | null][] = [];
  for (const ta of [...restA]) {
    const k = restB.findIndex((tb) => tb.type === ta.type);
    if (k >= 0) {
      out.push([ta, restB[k] as TargetSide]);
      restB.splice(k, 1);
      restA.splice(restA.indexOf(ta), 1);
    }
  }
  for (const ta of restA) out.push([ta, null]);
  for (const tb of restB) out.push([null, tb]);
  return out;
}

function summary(plan: Plan, scenario: string, latestReported: number | null): PlanSummary {
  return { id: plan.id, title: plan.title, region: plan.region, baseYear: plan.baseYear, horizon: plan.horizon, scenario, latestReported };
}

export function comparePlans(a: Plan, b: Plan, options: ComparePlansOptions = {}): PlanComparison {
  const reviewA = reviewPlan(a, options.scenarioA !== undefined ? { scenarioId: options.scenarioA } : {});
  const reviewB = reviewPlan(b, options.scenarioB !== undefined ? { scenarioId: options.scenarioB } : {});
  const indicators = matchIndicators(a.indicators, b.indicators);
  const sidesOf = (targets: readonly ReviewTarget[], id: string | null) => (id === null ? [] : targets.filter((t) => t.indicator === id).map(side));
  const targets: TargetPair[] = [];
  indicators.forEach((pair, k) => {
    for (const [ta, tb] of pairTargets(sidesOf(reviewA.targets, pair.a), sidesOf(reviewB.targets, pair.b))) targets.push({ indicator: k, a: ta, b: tb });
  });
  return {
    a: summary(a, reviewA.scenarioId, reviewA.latestReported),
    b: summary(b, reviewB.scenarioId, reviewB.latestReported),
    indicators,
    targets,
    onlyInA: indicators.filter((p) => p.a !== null && p.b === null).map((p) => p.a as string),
    onlyInB: indicators.filter((p) => p.b !== null && p.a === null).map((p) => p.b as string),
  };
}

export interface ComparedPath {
  years: number[];
  /** At current prices (nominal) as each plan's chosen scenario projects it; NaN where unknown. */
  a: number[];
  b: number[];
}

/** One matched indicator's two paths on one set of years (the union of both plans' years). */
export function comparedPath(a: Plan, b: Plan, pair: IndicatorPair, options: ComparePlansOptions = {}): ComparedPath {
  const from = Math.min(a.baseYear, b.baseYear);
  const to = Math.max(a.horizon, b.horizon);
  const years = Array.from({ length: to - from + 1 }, (_, i) => from + i);
  const values = (plan: Plan, id: string | null, scenarioId: string | undefined): number[] => {
    if (id === null) return years.map(() => Number.NaN);
    const sc = reviewScenario(plan, scenarioId);
    const p = projectPrepared(preparePlan(plan), sc);
    const s = p.series[id];
    return years.map((y) => {
      const i = y - plan.baseYear;
      return s === undefined || i < 0 || i >= p.years.length ? Number.NaN : (s.nominal[i] as number);
    });
  };
  return { years, a: values(a, pair.a, options.scenarioA), b: values(b, pair.b, options.scenarioB) };
}
