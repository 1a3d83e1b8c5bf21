/**
 * The plan review (规划评估): each target judged on the reported figure of its year where
 * there is one, on the projection of the chosen scenario where there is not (marked
 * "projected", status "pending"), with the growth achieved since the base year, the growth
 * the plan set, and the growth still required from the latest reported level.
 *
 * - `asOf`: figures of later years are ignored, as if the review were made then.
 * - Reported values are the reported path (reported-path.ts): scenario-independent.
 * - A derived indicator is "reported" in a year with an official figure, or where every
 *   input of its formula is reported.
 * - Required growth comes from the anchored projection (the scenario anchored to the
 *   reported figures), counted from the latest reported level.
 */
import { targetYearOf } from '../targets/target-year';
import { requiredGrowth } from '../engine/growth-math';
import type { ActualValue, Bilingual, Indicator, Plan, Scenario, Target } from '../plan/plan-schema';
import { IN_STEP_DEFAULT_TOLERANCE } from '../plan/plan-limits';
import { preparePlan, projectPrepared, type Projection, type SeriesProjection } from '../engine/projection';
import { formatNumber } from '../numbers/format';
import { activeBreak, isReportedStatus, rebaseValue, reportedActuals } from '../engine/reported-path';
import type { Review, ReviewIndicator, ReviewStatus, ReviewTarget, ReviewYear } from './review-types';
import { judgedThreshold, targetValueInIndicatorUnit } from '../targets/target-threshold';
import { estimatedYears, growthMethod } from '../engine/growth-method';
import { trendNote } from '../engine/trend-text';
import { scenarioTrends } from '../engine/trend';
import { multipleBand, outsideBand, thresholdBand } from '../targets/about-band';
import { compare, evaluateTargets, ON_THE_LINE, type TargetResult } from '../targets/evaluate-targets';
import { referenceValue } from '../targets/reference-value';
import { multipleOf } from '../targets/multiple-text';

export interface ReviewOptions {
  scenarioId?: string;
  /** Ignore figures after this year (default: use every figure). */
  asOf?: number;
}

/** Number of reported years the "recent growth" spans. */
export const RECENT_YEARS = 5;

/** The plan as it stood at the end of `asOf`: later reported figures and prices removed. */
export function planAsOf(plan: Plan, asOf: number): Plan {
  const later = (y: number) => y > asOf;
  if (!plan.indicators.some((i) => (i.actuals ?? []).some((a) => later(a.year))) && !(plan.prices ?? []).some((p) => later(p.year))) {
    return plan;
  }
  return {
    ...plan,
    indicators: plan.indicators.map((i) => (i.actuals ? { ...i, actuals: i.actuals.filter((a) => !later(a.year)) } : i)),
    prices: (plan.prices ?? []).filter((p) => !later(p.year)),
  };
}

/** The scenario a review projects with: the one asked for, else the plan's first (its default). */
export function reviewScenario(plan: Plan, scenarioId?: string): Scenario {
  if (scenarioId !== undefined) {
    const found = plan.scenarios.find((s) => s.id === scenarioId);
    if (found === undefined) throw new Error(`unknown scenario "${scenarioId}"`);
    return found;
  }
  return plan.scenarios[0] as Scenario;
}

const finite = (v: number | undefined | null): v is number => v !== undefined && v !== null && Number.isFinite(v);
const orNull = (v: number | undefined | null): number | null => (finite(v) ? v : null);

function isReportedIn(s: SeriesProjection, i: number, inputs: readonly SeriesProjection[] | null): boolean {
  const o = s.origin[i];
  if (o === 'actual' || o === 'official') return true;
  if (s.indicator.kind === 'derived' && inputs !== null && inputs.length > 0) {
    return inputs.every((x) => x.origin[i] === 'actual' || x.origin[i] === 'official' || (i === 0 && x.origin[i] === 'base'));
  }
  return false;
}

/**
 * Growth over the last RECENT_YEARS years to the latest reported figure. A plan with
 * nothing reported after its base year (one just continued from the previous plan: base
 * 2025) takes it from its reported history: the base-year level against the level
 * RECENT_YEARS years before, at base-year prices, chained back with the reported real
 * growth (reference-value.ts), as a goal relative to 2020 is judged.
 */
function recentGrowthOf(
  plan: Plan,
  s: SeriesProjection,
  level: boolean,
  lastIdx: number | null,
  recentFrom: number | null,
): { recentGrowth: number | null; recentFrom: number | null; recentTo?: number | null } {
  if (!level) return { recentGrowth: null, recentFrom: null };
  if (lastIdx === null) {
    const from = plan.baseYear - RECENT_YEARS;
    const ref = referenceValue(plan, s.indicator.id, from);
    const end = s.real[0] as number;
    if (Number.isFinite(ref.value) && ref.value > 0 && Number.isFinite(end) && end > 0) return { recentGrowth: (end / ref.value) ** (1 / RECENT_YEARS) - 1, recentFrom: from };
    // Where the history cannot be chained (a year without reported real growth), the growth
    // the previous plan's review found for the indicator (kept in `predecessor`, its own
    // estimates included) up to the latest year it had.
    const kept = (plan.predecessor?.outcomes ?? [])
      .filter((o) => o.indicator === s.indicator.id && o.achievedGrowth !== null && o.achievedFrom !== null && o.achievedTo !== null)
      .sort((a, b) => (b.achievedTo as number) - (a.achievedTo as number))[0];
    if (kept !== undefined) return { recentGrowth: kept.achievedGrowth, recentFrom: kept.achievedFrom, recentTo: kept.achievedTo };
    return { recentGrowth: null, recentFrom: null };
  }
  if (recentFrom === null || lastIdx <= recentFrom) return { recentGrowth: null, recentFrom: null };
  return { recentGrowth: cagr(s.real, recentFrom, lastIdx), recentFrom: plan.baseYear + recentFrom };
}

function priceBasisOf(ind: Indicator, basis: 'real' | 'nominal'): 'real' | 'nominal' | 'none' {
  return ind.basis === 'none' || ind.kind === 'share' ? 'none' : basis;
}

export function reviewPlan(fullPlan: Plan, options: ReviewOptions = {}): Review {
  const asOf = Math.min(options.asOf ?? fullPlan.horizon, fullPlan.horizon);
  const plan = planAsOf(fullPlan, asOf);
  const scenario = reviewScenario(plan, options.scenarioId);
  const pp = preparePlan(plan);
  const chosen = projectPrepared(pp, scenario);
  // Every scenario follows the reported figures (projection.ts): one projection, one evaluation.
  const anchored = chosen;
  const chosenResults = new Map(evaluateTargets(plan, scenario, chosen).map((r) => [r.id, r]));
  const anchoredResults = chosenResults;
  const base = plan.baseYear;
  const byId = new Map(plan.indicators.map((i) => [i.id, i]));
  const inputsOf = (id: string): SeriesProjection[] | null => {
    const f = pp.formulas.get(id);
    return f ? f.inputs.map((k) => anchored.series[k] as SeriesProjection) : null;
  };

  // Per indicator: the last year (index) with a reported value, ≤ asOf.
  const lastReported = new Map<string, number>();
  for (const ind of plan.indicators) {
    const s = anchored.series[ind.id] as SeriesProjection;
    const inputs = inputsOf(ind.id);
    for (let i = Math.min(asOf - base, s.origin.length - 1); i >= 1; i--) {
      if (isReportedIn(s, i, inputs)) {
        lastReported.set(ind.id, i);
        break;
      }
    }
  }
  let latest: number | null = null;
  for (const i of lastReported.values()) latest = Math.max(latest ?? 0, base + i);

  const targets = plan.targets.map((t) =>
    reviewTarget(
      plan,
      t,
      byId.get(t.indicator) as Indicator,
      anchored,
      chosenResults.get(t.id) as TargetResult,
      anchoredResults.get(t.id) as TargetResult,
      lastReported.get(t.indicator) ?? null,
      inputsOf(t.indicator),
      t.type === 'in-step' ? inputsOf(t.reference) : null,
    ),
  );
  return {
    planId: plan.id,
    scenarioId: scenario.id,
    asOf,
    latestReported: latest,
    targets,
    indicators: plan.indicators.map((ind) => reviewIndicator(plan, ind, anchored, asOf)),
    years: reviewYears(plan, anchored, lastReported, inputsOf),
    trend: scenario.trend === undefined ? null : scenarioTrends(plan, scenario).map((info) => ({ ...info, note: trendNote(plan, scenario, info) })),
  };
}

function cagr(series: Float64Array, from: number, to: number): number | null {
  if (to <= from) return null;
  return orNull(requiredGrowth(series[from] as number, series[to] as number, to - from));
}

/**
 * The growth a year the plan implies. A level target at current prices (1万亿元) implies a
 * nominal growth; it is given in real terms, as required and achieved growth are, at the
 * path's own prices (its nominal ÷ real from the base year to the target year), so the
 * columns compare like with like.
 */
function plannedGrowthOf(plan: Plan, t: Target, ind: Indicator, s: SeriesProjection): number | null {
  if (t.type === 'average-growth') return t.value;
  if (t.type === 'multiple') return orNull(t.factor ** (1 / (t.year - t.ofYear)) - 1);
  if (ind.kind !== 'level' && ind.kind !== 'derived') return null;
  const year = targetYearOf(t);
  const stated = plan.targets.find(
    (x) => x.type === 'average-growth' && x.indicator === t.indicator && x.from <= plan.baseYear && x.to >= year,
  );
  if (stated && stated.type === 'average-growth') return stated.value;
  if (t.type === 'threshold' && ind.kind === 'level' && finite(ind.base?.value)) {
    const end = t.year - plan.baseYear;
    const nominalGoal = ind.basis === 'nominal' && (t.basis ?? 'nominal') === 'nominal';
    const prices = nominalGoal ? (s.nominal[end] as number) / (s.real[end] as number) / ((s.nominal[0] as number) / (s.real[0] as number)) : 1;
    return finite(prices) && prices > 0 ? orNull(requiredGrowth(ind.base.value, targetValueInIndicatorUnit(plan, t) / prices, end)) : null;
  }
  return null;
}

function reviewTarget(
  plan: Plan,
  t: Target,
  ind: Indicator,
  p: Projection,
  chosen: TargetResult,
  anch: TargetResult,
  lastIdx: number | null,
  inputs: SeriesProjection[] | null,
  referenceInputs: SeriesProjection[] | null = null,
): ReviewTarget {
  const base = plan.baseYear;
  const s = p.series[t.indicator] as SeriesProjection;
  const year = targetYearOf(t);
  const reportedAt = (y: number) => y - base >= 0 && isReportedIn(s, y - base, inputs);
  const basis: 'real' | 'nominal' = chosen.basis;
  const values = basis === 'real' ? s.real : s.nominal;

  // The reported value and the threshold it is judged against, where the figures allow.
  let value: number | null = null;
  let threshold: number | null = chosen.target;
  let asWritten: number | null = chosen.targetAsWritten ?? chosen.target;
  let rebased = chosen.rebased;
  let reported = false;
  switch (t.type) {
    case 'threshold':
      if (reportedAt(t.year)) {
        const judged = judgedThreshold(plan, t, true);
        value = orNull(values[t.year - base]);
        threshold = judged.value;
        asWritten = judged.asWritten;
        rebased = judged.note;
        reported = value !== null;
      }
      break;
    case 'multiple':
      if (reportedAt(t.year) && reportedAt(t.ofYear)) {
        value = orNull(values[t.year - base]);
        threshold = orNull(t.factor * (values[t.ofYear - base] as number));
        asWritten = threshold;
        reported = value !== null && threshold !== null;
      }
      break;
    case 'cumulative': {
      let all = true;
      let sum = 0;
      for (let y = t.from; y <= t.to; y++) {
        if (!reportedAt(y)) all = false;
        sum += s.nominal[y - base] as number;
      }
      if (all) {
        value = orNull(sum);
        reported = value !== null;
      }
      break;
    }
    case 'average-growth':
      if (reportedAt(t.to) && (t.from === base || reportedAt(t.from))) {
        value = cagr(values, t.from - base, t.to - base);
        reported = value !== null;
      }
      break;
    case 'in-step': {
      // Reported when both the indicator and its reference are reported through `to`.
      const r = p.series[t.reference];
      const refReportedAt = (y: number) => r !== undefined && y - base >= 0 && isReportedIn(r, y - base, referenceInputs);
      const bothAt = (y: number) => reportedAt(y) && refReportedAt(y);
      if (r !== undefined && bothAt(t.to) && (t.from === base || bothAt(t.from))) {
        const refGrowth = cagr(basis === 'real' ? r.real : r.nominal, t.from - base, t.to - base);
        value = cagr(values, t.from - base, t.to - base);
        threshold = refGrowth === null ? null : Number((refGrowth - (t.tolerance ?? IN_STEP_DEFAULT_TOLERANCE)).toPrecision(12));
        asWritten = threshold;
        reported = value !== null && threshold !== null;
      }
      break;
    }
  }
  if (!reported) {
    value = chosen.projected;
    threshold = chosen.target;
  }

  let status: ReviewStatus;
  let met: boolean | null = null;
  const band =
    t.type === 'threshold' && threshold !== null
      ? thresholdBand(ind, t, threshold)
      : t.type === 'multiple' && threshold !== null
        ? multipleBand(t, threshold / t.factor)
        : chosen.band;
  if (value === null || threshold === null) status = 'needs-base';
  else {
    const bound = band !== null ? band[t.comparison.startsWith('>') ? 0 : 1] : threshold;
    met = compare(value, t.comparison, bound);
    status = reported ? (met ? 'met' : 'missed') : 'pending';
  }
  const gap = value !== null && threshold !== null ? value - threshold : null;
  const gapPct = gap !== null && threshold !== null && threshold !== 0 ? gap / Math.abs(threshold) : null;
  const bound = band !== null ? band[t.comparison.startsWith('>') ? 0 : 1] : threshold;
  const onTheLine = met === true && value !== null && bound !== null && Math.abs(value - bound) <= ON_THE_LINE * Math.abs(bound);
  const aboveBand = value !== null && outsideBand(t, band, value);

  // Growth achieved since the base year, and over the last five reported years.
  const level = ind.kind === 'level' || ind.kind === 'derived';
  const achieved = level && lastIdx !== null && lastIdx > 0;
  const recentFrom = lastIdx !== null ? Math.max(0, lastIdx - RECENT_YEARS) : null;
  const past = lastIdx !== null && year - base <= lastIdx;

  return {
    id: t.id,
    indicator: t.indicator,
    name: t.label ?? ind.name,
    type: t.type,
    year,
    comparison: t.comparison,
    ...(t.type === 'in-step' ? { reference: t.reference, tolerance: t.tolerance ?? IN_STEP_DEFAULT_TOLERANCE } : {}),
    ...(t.type === 'multiple' ? { multipleOf: multipleOf(t) } : {}),
    target: threshold,
    targetAsWritten: asWritten,
    rebased,
    band,
    value,
    source: reported ? 'reported' : 'projected',
    status,
    projectedStatus: chosen.status,
    onTheLine,
    aboveBand,
    gap,
    gapPct,
    basis: t.type === 'average-growth' || t.type === 'in-step' ? t.basis : priceBasisOf(ind, basis),
    priceBaseYear: (t.type === 'average-growth' || t.type === 'in-step' ? t.basis : priceBasisOf(ind, basis)) === 'real' ? base : null,
    unit: t.type === 'average-growth' || t.type === 'in-step' ? 'fraction' : ind.unit,
    achievedGrowth: achieved ? cagr(s.real, 0, lastIdx) : null,
    achievedGrowthNominal: achieved ? cagr(s.nominal, 0, lastIdx) : null,
    achievedFrom: achieved ? base : null,
    achievedTo: achieved ? base + lastIdx : null,
    achievedMethod: achieved ? growthMethod(plan, ind, base, base + lastIdx, priceBasisOf(ind, 'real'), estimatedYears(s, base, base, base + lastIdx)) : null,
    achievedEstimatedYears: achieved && priceBasisOf(ind, 'real') === 'real' ? estimatedYears(s, base, base, base + lastIdx) : [],
    plannedGrowth: plannedGrowthOf(plan, t, ind, p.series[t.indicator] as SeriesProjection),
    requiredGrowth: past ? null : anch.requiredGrowth,
    requiredFrom: past ? null : anch.requiredFrom,
    requiredChange: past ? null : anch.requiredAnnualChange,
    ...recentGrowthOf(plan, s, level, lastIdx, recentFrom),
    sentence: t.sentence,
    section: t.section,
  };
}

/** Real CAGR over reported figures: reported real growth chained where every year has it. */
function chainedRealCagr(reported: readonly ActualValue[]): number | null {
  if (reported.length < 2) return null;
  const first = reported[0] as ActualValue;
  const last = reported[reported.length - 1] as ActualValue;
  const byYear = new Map(reported.map((a) => [a.year, a]));
  let factor = 1;
  for (let y = first.year + 1; y <= last.year; y++) {
    const rg = byYear.get(y)?.realGrowth;
    if (rg === undefined) return null;
    factor *= 1 + rg;
  }
  return orNull(factor ** (1 / (last.year - first.year)) - 1);
}

/**
 * Reported figures on one basis (rule 11): with a series break that has overlap values,
 * the figures before it rebased onto the new basis; with a break marked on a figure only
 * (no overlap values), the figures from that year on.
 */
function onOneBasis(ind: Indicator, all: readonly ActualValue[]): { figures: ActualValue[]; note: Bilingual | null } {
  const brk = activeBreak(ind, all);
  if (brk !== null) {
    const d = ind.kind === 'share' ? 1 : 2;
    const shift = ind.kind === 'share' ? `${formatNumber(brk.newValue - brk.oldValue, 1)}` : `×${formatNumber(brk.newValue / brk.oldValue, 4)}`;
    const moved = all.filter((a) => a.year < brk.year);
    return {
      figures: all.map((a) => (a.year < brk.year ? { ...a, value: rebaseValue(ind, brk, a.value) } : a)),
      note:
        moved.length === 0
          ? null
          : {
              zh: `${moved.map((a) => a.year).join('、')}年数据按新口径折算（${brk.overlapYear}年新旧口径${formatNumber(brk.oldValue, d)} → ${formatNumber(brk.newValue, d)}，${shift}${ind.kind === 'share' ? '个百分点' : ''}；${brk.reason.zh}）`,
              en: `${moved.map((a) => a.year).join(', ')} rebased to the new series (${formatNumber(brk.oldValue, d)} → ${formatNumber(brk.newValue, d)} in ${brk.overlapYear}, ${shift}${ind.kind === 'share' ? ' points' : ''}; ${brk.reason.en})`,
            },
    };
  }
  let from = Number.NEGATIVE_INFINITY;
  for (const a of all) if (a.seriesBreak === true) from = Math.max(from, a.year);
  for (const b of ind.seriesBreaks ?? []) if (all.some((a) => a.year >= b.year)) from = Math.max(from, b.year);
  if (from === Number.NEGATIVE_INFINITY || !all.some((a) => a.year < from)) return { figures: [...all], note: null };
  return {
    figures: all.filter((a) => a.year >= from),
    note: { zh: `${from}年起口径调整，增长自${from}年起计算`, en: `new series basis from ${from}: growth counted from ${from}` },
  };
}

function reviewIndicator(plan: Plan, ind: Indicator, p: Projection, asOf: number): ReviewIndicator {
  const all = reportedActuals(ind, asOf);
  const { figures: reported, note } = onOneBasis(ind, all);
  const first = reported[0];
  const last = reported[reported.length - 1];
  const level = ind.kind === 'level' || ind.kind === 'derived';
  const span = first && last ? last.year - first.year : 0;
  let cagrReal: number | null = null;
  if (level && first && last && span > 0) {
    if (ind.basis !== 'nominal') cagrReal = orNull(requiredGrowth(first.value, last.value, span));
    else {
      cagrReal = chainedRealCagr(reported);
      const s = p.series[ind.id];
      const i0 = first.year - plan.baseYear;
      const i1 = last.year - plan.baseYear;
      if (cagrReal === null && s && i0 >= 0 && i1 < s.real.length) cagrReal = cagr(s.real, i0, i1);
    }
  }
  return {
    id: ind.id,
    name: ind.name,
    unit: ind.unit,
    kind: ind.kind,
    reportedYears: all.map((a) => a.year),
    firstReported: first?.year ?? null,
    lastReported: last?.year ?? null,
    cagrNominal: level && first && last && span > 0 ? orNull(requiredGrowth(first.value, last.value, span)) : null,
    cagrReal,
    planBase: ind.base?.value ?? null,
    reportedBase: all.find((a) => a.year === plan.baseYear)?.value ?? null,
    cagrFrom: level && first && last && span > 0 ? first.year : null,
    cagrTo: level && first && last && span > 0 ? last.year : null,
    rebased: note,
  };
}

/** The target whose path from the base year is compared with the reported figures. */
function pathTarget(plan: Plan, indicatorId: string): Target | undefined {
  const candidates = plan.targets.filter(
    (t) =>
      t.indicator === indicatorId &&
      ((t.type === 'average-growth' && t.from === plan.baseYear) ||
        (t.type === 'threshold' && t.year > plan.baseYear) ||
        (t.type === 'multiple' && t.ofYear === plan.baseYear)),
  );
  const yearOf = targetYearOf;
  return candidates.sort((a, b) => yearOf(a) - yearOf(b))[0];
}

function reviewYears(
  plan: Plan,
  p: Projection,
  lastReported: ReadonlyMap<string, number>,
  inputsOf: (id: string) => SeriesProjection[] | null,
): ReviewYear[] {
  const rows: ReviewYear[] = [];
  const base = plan.baseYear;
  for (const ind of plan.indicators) {
    const t = pathTarget(plan, ind.id);
    const last = lastReported.get(ind.id);
    const s = p.series[ind.id];
    if (t === undefined || t.type === 'cumulative' || t.type === 'in-step' || last === undefined || s === undefined || ind.kind === 'flow') continue;
    const basis: 'real' | 'nominal' =
      t.type === 'threshold' ? (t.basis ?? (ind.basis === 'real' ? 'real' : 'nominal')) : t.basis;
    const values = basis === 'real' ? s.real : s.nominal;
    const v0 = values[0] as number;
    const end = (t.type === 'average-growth' ? t.to : t.year) - base;
    let goal: number;
    if (t.type === 'average-growth') goal = v0 * (1 + t.value) ** (t.to - t.from);
    else if (t.type === 'multiple') goal = v0 * t.factor;
    else goal = judgedThreshold(plan, t, true).value;
    const inputs = inputsOf(ind.id);
    for (let i = 1; i <= last; i++) {
      const implied = i > end ? null : ind.kind === 'share' ? v0 + ((goal - v0) * i) / end : v0 * (goal / v0) ** (i / end);
      const reportedHere = isReportedIn(s, i, inputs);
      const o = s.origin[i];
      const reported = reportedHere || o === 'interpolated' ? orNull(values[i]) : null;
      const actual = (ind.actuals ?? []).find((a) => a.year === base + i && isReportedStatus(a.status));
      const deviation = reported !== null && finite(implied) ? reported - implied : null;
      rows.push({
        indicator: ind.id,
        target: t.id,
        year: base + i,
        basis: priceBasisOf(ind, basis),
        reported,
        status: o === 'interpolated' ? 'interpolated' : (actual?.status ?? (reportedHere ? 'derived' : null)),
        estimated: basis === 'real' && s.realEstimated[i] === 1,
        implied: orNull(implied),
        deviation,
        deviationPct: deviation !== null && finite(implied) && implied !== 0 ? deviation / Math.abs(implied) : null,
      });
    }
  }
  return rows;
}
