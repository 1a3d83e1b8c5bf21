/**
 * Target evaluation against a projection: met or not, the gap, the annual growth it
 * requires, the first year it is reached, the doubling time of the projected path.
 *
 * Required growth is always real growth (the quantity scenarios assume), counted from
 * the last year whose value is fixed (the base year, or the last reported figure when
 * the scenario is anchored to actuals). For a nominal threshold it is the real growth
 * that reaches the threshold given the scenario's deflator; at constant prices that is
 * the plain (v1/v0)^(1/n) − 1. For a target on a derived indicator it is the
 * indicator's own required growth (income doubling: the growth of all-resident income
 * itself, not of its inputs); solveInputGrowth still finds the common growth of the
 * formula's inputs that meets it, for a caller who asks.
 */
import { estimatedYears, growthMethod } from '../engine/growth-method';
import { doublingTime, requiredGrowth } from '../engine/growth-math';
import type { Bilingual, Comparison, Indicator, Plan, Scenario, Target } from '../plan/plan-schema';
import { IN_STEP_DEFAULT_TOLERANCE } from '../plan/plan-limits';
import { isReportedStatus, priceIndexOf } from '../engine/reported-path';
import { judgedThreshold, targetValueInIndicatorUnit } from './target-threshold';
import { bandBound, multipleBand, outsideBand, thresholdBand } from './about-band';
import { preparePlan, projectPrepared, type PreparedPlan, type Projection, type SeriesProjection } from '../engine/projection';
import { GROWTH_BRACKET, solveBracketed } from '../engine/solver';
import { ownValue } from '../plan/own';
import { referenceValue } from './reference-value';
import { targetYearOf } from './target-year';
import { isWholeCountUnit, judgedValue } from '../numbers/whole-counts';
import { multipleOf, type MultipleOf } from './multiple-text';

export type TargetStatus = 'met' | 'missed' | 'needs-base';

/** "On the line" (刚好达成): met with a margin under this share of the threshold. */
export const ON_THE_LINE = 0.001;

export interface TargetResult {
  id: string;
  indicator: string;
  type: Target['type'];
  /** The year the target is judged in (for a period target, its last year). */
  year: number;
  comparison: Comparison;
  /** The threshold, in the target's unit (for average-growth: a fraction). */
  target: number | null;
  projected: number | null;
  met: boolean | null;
  /** projected − target, in the target's unit. */
  gap: number | null;
  /** Annual real growth needed, as a fraction, where it applies. */
  requiredGrowth: number | null;
  /** Indicators the required growth applies to (the target's own, or a formula's inputs). */
  requiredGrowthOf: string[];
  /** The year required growth is counted from. */
  requiredFrom: number | null;
  /** Shares: points a year needed; flows: amount a year needed. */
  requiredAnnualChange: number | null;
  /** Average annual real growth of the projected path over the target's window. */
  projectedGrowth: number | null;
  /** How projectedGrowth is computed (compound annual, which years, which prices), with its estimated years; null where none. */
  growthMethod?: Bilingual | null;
  /** Years of projectedGrowth's window whose real value is estimated (估). */
  growthEstimatedYears?: number[];
  doublingTime: number | null;
  firstYearReached: number | null;
  /** Price basis of target and projected (the same numbers for non-money indicators). */
  basis: 'real' | 'nominal';
  /** As published: real or nominal for money, none for shares, counts and people. */
  priceBasis: 'real' | 'nominal' | 'none';
  /** Met with a margin under 0.1% of the threshold: a verdict that may be true by construction. */
  onTheLine: boolean;
  /** For 左右 (a tolerance): the band [low, high]; null otherwise. */
  band: [number, number] | null;
  /** Above a 左右 band: met, but faster than planned. */
  aboveBand: boolean;
  /** gap ÷ |threshold|. */
  gapPct: number | null;
  /** The threshold as the plan wrote it, where it was rebased onto a new series basis. */
  targetAsWritten: number | null;
  /** Why the threshold was rebased (a series break), or null. */
  rebased: Bilingual | null;
  /** What firstYearReached rests on. */
  firstYearReachedSource: 'reported' | 'interpolated' | 'projected' | null;
  /** For 基本同步 (in-step): the indicator whose growth this one keeps in step with. */
  reference?: string;
  /** For 基本同步: the reference's average annual growth over the window (a fraction); `target` (the threshold) is it minus `tolerance`. */
  referenceGrowth?: number | null;
  /** For 基本同步: the slack in growth a year (a fraction: 0.005 = 0.5 percentage point). */
  tolerance?: number;
  /** For a multiple (翻一番, 下降8%): its factor and reference year, for a threshold shown without its number (multiple-text.ts). */
  multipleOf?: MultipleOf;
  /** The indicator's unit, or "fraction" for average-growth targets (values like 0.065). */
  unit: string;
  status: TargetStatus;
}

/**
 * Values within this relative distance count as equal: float rounding (a path compounded
 * at exactly 2^(1/10) − 1 lands a hair under 2×) must not turn "on the line" into "missed".
 */
export const EQUAL_WITHIN = 1e-9;

export function compare(a: number, op: Comparison, b: number): boolean {
  if (Math.abs(a - b) <= EQUAL_WITHIN * Math.abs(b)) return op === '>=' || op === '<=';
  switch (op) {
    case '>=':
      return a >= b;
    case '>':
      return a > b;
    case '<=':
      return a <= b;
    case '<':
      return a < b;
  }
}

const finiteOrNull = (v: number): number | null => (Number.isFinite(v) ? v : null);

function isFixedOrigin(o: SeriesProjection['origin'][number] | undefined): boolean {
  return o === 'base' || o === 'actual' || o === 'official';
}

/**
 * Whether the year at index i is fixed (base or reported): for a derived indicator also a
 * year in which every input is reported (the formula of reported figures, as the review
 * counts it), so that required growth runs from the latest such year.
 */
function fixedTest(s: SeriesProjection, inputs: readonly SeriesProjection[] | null): (i: number) => boolean {
  if (s.indicator.kind !== 'derived' || inputs === null || inputs.length === 0) return (i) => isFixedOrigin(s.origin[i]);
  return (i) => isFixedOrigin(s.origin[i]) || inputs.every((x) => x.origin[i] === 'actual' || x.origin[i] === 'official' || (i === 0 && x.origin[i] === 'base'));
}

/** The last index before `end` whose value is fixed (base or reported). */
function lastFixedBefore(isFixed: (i: number) => boolean, end: number): number {
  for (let i = end - 1; i > 0; i--) if (isFixed(i)) return i;
  return 0;
}

function defaultBasis(ind: Indicator): 'real' | 'nominal' {
  return ind.basis === 'real' ? 'real' : 'nominal';
}

/** The first year the path meets the threshold; reported or interpolated years count as such, estimates of the plan do not. */
function firstReached(values: Float64Array, from: number, op: Comparison, threshold: number, baseYear: number, whole = false): number | null {
  for (let i = from; i < values.length; i++) if (compare(judgedValue(values[i] as number, whole), op, threshold)) return baseYear + i;
  return null;
}

function reachedSource(s: SeriesProjection, year: number | null, baseYear: number): TargetResult['firstYearReachedSource'] {
  if (year === null) return null;
  const o = s.origin[year - baseYear];
  if (o === 'actual' || o === 'official' || o === 'base') return 'reported';
  if (o === 'interpolated') return 'interpolated';
  return 'projected';
}

function priceBasisOf(ind: Indicator, basis: 'real' | 'nominal'): 'real' | 'nominal' | 'none' {
  return ind.basis === 'none' || ind.kind === 'share' ? 'none' : basis;
}

/** The reference level of a multiple whose reference year is before the base year, in the target's basis. */
export function referenceOf(plan: Plan, t: Target & { type: 'multiple' }): number {
  if (t.basis === 'real') return referenceValue(plan, t.indicator, t.ofYear).value;
  const ind = plan.indicators.find((i) => i.id === t.indicator);
  const a = (ind?.actuals ?? []).filter((x) => x.year === t.ofYear && isReportedStatus(x.status)).at(-1);
  return a?.value ?? Number.NaN;
}

export { targetYearOf } from './target-year';

export function evaluateTargets(plan: Plan, scenario: Scenario, projection?: Projection): TargetResult[] {
  const pp = preparePlan(plan);
  const p = projection ?? projectPrepared(pp, scenario);
  return plan.targets.map((t) => evaluateTarget(pp, scenario, p, t));
}

export function evaluateTarget(pp: PreparedPlan, scenario: Scenario, p: Projection, t: Target): TargetResult {
  const s = p.series[t.indicator] as SeriesProjection;
  const ind = s.indicator;
  const base = p.baseYear;
  const formulaInputs = pp.formulas.get(t.indicator)?.inputs;
  const fixedAt = fixedTest(s, formulaInputs ? formulaInputs.map((k) => p.series[k] as SeriesProjection) : null);
  const result: TargetResult = {
    id: t.id,
    indicator: t.indicator,
    type: t.type,
    year: targetYearOf(t),
    comparison: t.comparison,
    target: null,
    projected: null,
    met: null,
    gap: null,
    requiredGrowth: null,
    requiredGrowthOf: [],
    requiredFrom: null,
    requiredAnnualChange: null,
    projectedGrowth: null,
    doublingTime: null,
    firstYearReached: null,
    basis: 'real',
    priceBasis: 'none',
    onTheLine: false,
    band: null,
    aboveBand: false,
    gapPct: null,
    targetAsWritten: null,
    rebased: null,
    firstYearReachedSource: null,
    unit: ind.unit,
    status: 'needs-base',
  };
  const anchored = true; // every scenario follows the reported figures (projection.ts)
  // Counts are whole: a count's projection is judged and shown as a whole number (numbers/whole-counts.ts).
  const whole = isWholeCountUnit(ind.unit, pp.plan.units);
  const finish = () => {
    if (result.projected === null || result.target === null) {
      result.status = 'needs-base';
      result.met = null;
      result.gap = null;
    } else {
      result.status = result.met ? 'met' : 'missed';
      if (result.gap !== null && result.target !== 0) result.gapPct = result.gap / Math.abs(result.target);
      // A margin under 0.1% of the threshold (for growth targets: of the rate) is on the line.
      const scale = Math.abs(result.band !== null ? result.band[result.comparison.startsWith('>') ? 0 : 1] : result.target);
      const margin = result.band !== null && result.projected !== null
        ? Math.abs(result.projected - result.band[result.comparison.startsWith('>') ? 0 : 1])
        : Math.abs(result.gap ?? Number.POSITIVE_INFINITY);
      result.onTheLine = result.met === true && margin <= ON_THE_LINE * scale;
    }
    result.priceBasis = result.type === 'average-growth' || result.type === 'in-step' ? result.basis : priceBasisOf(ind, result.basis);
    result.firstYearReachedSource = reachedSource(s, result.firstYearReached, base);
    if (result.projectedGrowth !== null) {
      const from = t.type === 'average-growth' || t.type === 'in-step' ? t.from : t.type === 'multiple' ? t.ofYear : base;
      const growthBasis = t.type === 'average-growth' || t.type === 'in-step' ? t.basis : priceBasisOf(ind, 'real');
      const est = growthBasis === 'real' ? estimatedYears(s, base, from, result.year) : [];
      result.growthEstimatedYears = est;
      result.growthMethod = growthMethod(pp.plan, ind, from, result.year, growthBasis === 'nominal' ? 'nominal' : priceBasisOf(ind, 'real'), est);
    }
    return result;
  };
  const growthOver = (from: number, to: number): number | null =>
    finiteOrNull(requiredGrowth(s.real[from - base] as number, s.real[to - base] as number, to - from));

  switch (t.type) {
    case 'threshold': {
      const basis = t.basis ?? defaultBasis(ind);
      const values = basis === 'real' ? s.real : s.nominal;
      const end = t.year - base;
      const judged = judgedThreshold(pp.plan, t, anchored);
      const threshold = judged.value;
      result.basis = basis;
      result.target = threshold;
      result.targetAsWritten = judged.asWritten;
      result.rebased = judged.note;
      result.projected = finiteOrNull(judgedValue(values[end] as number, whole));
      result.band = thresholdBand(ind, t, threshold);
      const bound = bandBound(t, result.band, threshold);
      if (result.projected !== null) {
        result.met = compare(result.projected, t.comparison, bound);
        result.gap = result.projected - threshold;
        result.aboveBand = outsideBand(t, result.band, result.projected);
        result.firstYearReached = firstReached(values, 1, t.comparison, bound, base, whole);
      }
      const from = lastFixedBefore(fixedAt, end);
      const v0 = values[from] as number;
      if (end > 0 && !fixedAt(end) && Number.isFinite(v0)) {
        result.requiredFrom = base + from;
        if (ind.kind === 'share') {
          result.requiredAnnualChange = (threshold - v0) / (end - from);
        } else if (ind.kind === 'level' || ind.kind === 'derived') {
          // The indicator's own required growth (for a derived one too, not its inputs'):
          // a nominal threshold is reached at this real growth given the path's prices
          // (a level's price index; a derived indicator's own nominal ÷ real ratio).
          const priceRatio = basis === 'nominal' && ind.basis !== 'none' ? pricesBetween(p, s, from, end) : 1;
          result.requiredGrowth = finiteOrNull(requiredGrowth(v0 * priceRatio, threshold, end - from));
          result.requiredGrowthOf = [t.indicator];
        }
      }
      if (ind.kind === 'level' || ind.kind === 'derived') {
        result.projectedGrowth = growthOver(base, t.year);
        result.doublingTime = result.projectedGrowth === null ? null : finiteOrNull(doublingTime(result.projectedGrowth));
      }
      return finish();
    }
    case 'multiple': {
      const values = t.basis === 'real' ? s.real : s.nominal;
      const end = t.year - base;
      const of = t.ofYear - base;
      result.basis = t.basis;
      result.multipleOf = multipleOf(t);
      // A reference year before the base year: its reported figure at base-year prices (reference-value.ts).
      const reference = of < 0 ? referenceOf(pp.plan, t) : (values[of] as number);
      result.target = finiteOrNull(t.factor * reference);
      result.projected = finiteOrNull(judgedValue(values[end] as number, whole));
      result.band = multipleBand(t, reference);
      if (result.projected !== null && result.target !== null) {
        const bound = bandBound(t, result.band, result.target);
        result.met = compare(result.projected, t.comparison, bound);
        result.gap = result.projected - result.target;
        result.aboveBand = outsideBand(t, result.band, result.projected);
        result.firstYearReached = firstReached(values, Math.max(of + 1, 1), t.comparison, bound, base, whole);
      }
      const from = Math.max(of, lastFixedBefore(fixedAt, end));
      if (result.target !== null && !fixedAt(end)) {
        result.requiredFrom = base + from;
        const priceRatio = t.basis === 'nominal' && ind.basis !== 'none' ? pricesBetween(p, s, from, end) : 1;
        result.requiredGrowth = finiteOrNull(requiredGrowth((values[from] as number) * priceRatio, result.target, end - from));
        result.requiredGrowthOf = [t.indicator];
      }
      result.projectedGrowth =
        of < 0 ? finiteOrNull(requiredGrowth(reference, s.real[end] as number, t.year - t.ofYear)) : growthOver(t.ofYear, t.year);
      result.doublingTime = result.projectedGrowth === null ? null : finiteOrNull(doublingTime(result.projectedGrowth));
      return finish();
    }
    case 'cumulative': {
      const goal = targetValueInIndicatorUnit(pp.plan, t);
      let sum = 0;
      let fixedSum = 0;
      let open = 0;
      let reached: number | null = null;
      for (let y = t.from; y <= t.to; y++) {
        const i = y - base;
        const v = s.nominal[i] as number;
        sum += v;
        if (fixedAt(i)) fixedSum += v;
        else open++;
        if (reached === null && compare(judgedValue(sum, whole), t.comparison, goal)) reached = y;
      }
      result.basis = 'nominal';
      result.target = goal;
      result.projected = finiteOrNull(judgedValue(sum, whole));
      if (result.projected !== null) {
        result.met = compare(result.projected, t.comparison, goal);
        result.gap = result.projected - goal;
        result.firstYearReached = reached;
      }
      result.requiredAnnualChange = open > 0 ? (goal - fixedSum) / open : null;
      return finish();
    }
    case 'average-growth': {
      const values = t.basis === 'real' ? s.real : s.nominal;
      const from = t.from - base;
      const end = t.to - base;
      const n = end - from;
      result.basis = t.basis;
      result.unit = 'fraction';
      result.target = t.value;
      const achieved = finiteOrNull(requiredGrowth(values[from] as number, values[end] as number, n));
      result.projected = achieved;
      result.projectedGrowth = achieved;
      const tol = t.tolerance ?? 0;
      // 12 significant digits: 0.065 − 0.005 is 0.06, not 0.060000000000000005
      if (tol > 0) result.band = [Number((t.value - tol).toPrecision(12)), Number((t.value + tol).toPrecision(12))];
      if (achieved !== null) {
        const bound = t.comparison === '>=' || t.comparison === '>' ? t.value - tol : t.value + tol;
        result.met = compare(achieved, t.comparison, bound);
        result.gap = achieved - t.value;
        result.doublingTime = finiteOrNull(doublingTime(achieved));
        if (result.band !== null) {
          result.aboveBand = t.comparison.startsWith('>') ? achieved > result.band[1] : false;
        }
      }
      // Growth still needed after the last reported year to reach the average.
      const fixed = Math.max(from, lastFixedBefore(fixedAt, end));
      const v0 = values[fixed] as number;
      const goal = (values[from] as number) * (1 + t.value) ** n;
      if (!fixedAt(end)) {
        result.requiredFrom = base + fixed;
        result.requiredGrowth = finiteOrNull(requiredGrowth(v0, goal, end - fixed));
        result.requiredGrowthOf = [t.indicator];
      }
      return finish();
    }
    case 'in-step': {
      // 基本同步: the indicator's average growth over (from, to] is not slower than the
      // reference's by more than the tolerance. target = the threshold, the reference's
      // growth − tolerance; gap = projected − target (the margin: ≥ 0 when met); how far
      // the indicator runs behind or ahead of the reference is projected − referenceGrowth.
      // No band: being faster than the reference is in step, not outside a range.
      const r = p.series[t.reference];
      const values = t.basis === 'real' ? s.real : s.nominal;
      const from = t.from - base;
      const end = t.to - base;
      const n = end - from;
      const tol = t.tolerance ?? IN_STEP_DEFAULT_TOLERANCE;
      result.basis = t.basis;
      result.unit = 'fraction';
      result.reference = t.reference;
      result.tolerance = tol;
      const refValues = r === undefined ? null : t.basis === 'real' ? r.real : r.nominal;
      const refGrowth = refValues === null || n <= 0 ? null : finiteOrNull(requiredGrowth(refValues[from] as number, refValues[end] as number, n));
      result.referenceGrowth = refGrowth;
      const achieved = n <= 0 ? null : finiteOrNull(requiredGrowth(values[from] as number, values[end] as number, n));
      result.projected = achieved;
      result.projectedGrowth = achieved;
      if (refGrowth === null) return finish();
      // 12 significant digits: 0.052 − 0.005 is 0.047, not 0.047000000000000006
      const bound = Number((refGrowth - tol).toPrecision(12));
      result.target = bound;
      if (achieved !== null) {
        result.met = compare(achieved, '>=', bound);
        result.gap = achieved - bound;
        result.doublingTime = finiteOrNull(doublingTime(achieved));
      }
      // Growth the indicator still needs after its last reported year so that its average keeps in step.
      const fixed = Math.max(from, lastFixedBefore(fixedAt, end));
      const goal = (values[from] as number) * (1 + bound) ** n;
      if (!fixedAt(end)) {
        result.requiredFrom = base + fixed;
        result.requiredGrowth = finiteOrNull(requiredGrowth(values[fixed] as number, goal, end - fixed));
        result.requiredGrowthOf = [t.indicator];
      }
      return finish();
    }
  }
}

/**
 * The price change of a series' path from `from` to `end`: a level's price index (GDP
 * deflator or CPI); a derived indicator's own nominal ÷ real ratio (1 where unknown).
 */
function pricesBetween(p: Projection, s: SeriesProjection, from: number, end: number): number {
  if (s.indicator.kind !== 'derived') {
    const index = priceIndexOf(s.indicator) === 'cpi' ? p.cpiIndex : p.priceIndex;
    return (index[end] as number) / (index[from] as number);
  }
  const ratio = ((s.nominal[end] as number) / (s.real[end] as number)) / ((s.nominal[from] as number) / (s.real[from] as number));
  return Number.isFinite(ratio) && ratio > 0 ? ratio : 1;
}

/** Level indicators with a price basis (money) upstream of a derived indicator. */
export function moneyInputs(pp: PreparedPlan, id: string): string[] {
  const byId = new Map(pp.plan.indicators.map((i) => [i.id, i]));
  const seen = new Set<string>();
  const levels: string[] = [];
  const allLevels: string[] = [];
  const walk = (node: string) => {
    if (seen.has(node)) return;
    seen.add(node);
    const ind = byId.get(node);
    if (!ind) return;
    if (ind.kind === 'derived') for (const input of pp.formulas.get(node)?.inputs ?? []) walk(input);
    else if (ind.kind === 'level') {
      allLevels.push(node);
      if (ind.basis !== 'none') levels.push(node);
    }
  };
  walk(id);
  return levels.length > 0 ? levels : allLevels;
}

/**
 * The common real growth g of the derived indicator's money inputs, from `fromYear` to
 * `year`, at which the derived indicator equals `goal` in that year (other inputs as the
 * scenario has them).
 */
/**
 * Solved growths by plan and scenario object: an edit makes a new scenario object, so a
 * scenario evaluated again (the review, compare mode, another view) reuses its solves.
 */
const solved = new WeakMap<PreparedPlan, WeakMap<Scenario, Map<string, number | null>>>();

function solvedFor(pp: PreparedPlan, scenario: Scenario): Map<string, number | null> {
  let byScenario = solved.get(pp);
  if (byScenario === undefined) solved.set(pp, (byScenario = new WeakMap()));
  let out = byScenario.get(scenario);
  if (out === undefined) byScenario.set(scenario, (out = new Map()));
  return out;
}

export function solveInputGrowth(
  pp: PreparedPlan,
  scenario: Scenario,
  indicatorId: string,
  basis: 'real' | 'nominal',
  year: number,
  fromYear: number,
  goal: number,
  inputs: readonly string[] = moneyInputs(pp, indicatorId),
): number | null {
  const memo = solvedFor(pp, scenario);
  const key = JSON.stringify([indicatorId, basis, year, fromYear, goal, inputs]);
  const hit = memo.get(key);
  if (hit !== undefined || memo.has(key)) return hit ?? null;
  const base = pp.plan.baseYear;
  const valueWith = (g: number) => {
    const assumptions = { ...scenario.assumptions };
    for (const id of inputs) {
      assumptions[id] = [...(ownValue(scenario.assumptions, id) ?? []), { from: fromYear + 1, to: year, value: g }];
    }
    // Only the indicator solved for and what it is computed from: the same values, less work.
    const p = projectPrepared(pp, { ...scenario, assumptions }, indicatorId);
    const s = p.series[indicatorId] as SeriesProjection;
    return ((basis === 'real' ? s.real : s.nominal)[year - base] as number) - goal;
  };
  const root = solveBracketed(valueWith, GROWTH_BRACKET[0], GROWTH_BRACKET[1]);
  const result = root.ok ? root.root : null;
  memo.set(key, result);
  return result;
}
