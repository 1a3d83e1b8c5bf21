/**
 * 续编下一期规划 / Start the next plan: a plan for the next period, made from a plan whose
 * first period is over (the 14th Five-Year Plan → the 15th).
 *
 * - The base year becomes the end of the finished period (2025 for a 2021–25 plan).
 * - Each base value is the reported figure of that year, with its source and status;
 *   where the year has none, the value is estimated from the chosen scenario's projection
 *   (status "estimate", the note says how) or, with no projection either, left missing.
 *   A derived indicator has no base of its own, as in any plan.
 * - Indicators, units, charts, price data and series breaks are carried; every reported
 *   figure stays as history (actuals before the base year are kept as they were).
 * - The finished period's targets are not carried as targets: their outcomes become
 *   `predecessor.outcomes` (the value, the threshold, met or missed, the growth achieved),
 *   quoted in the new plan. Goals beyond the period (2035) are carried with their
 *   sentences and reference years.
 * - The periods that start after the new base year are kept; scenarios keep what they
 *   assume for those years (segments of the finished period are dropped, year ranges
 *   clipped), so the new plan projects at once. No target is made up for the new period.
 */
import { targetFirstYearOf, targetYearOf } from '../targets/target-year';
import type { ActualValue, BaseValue, Indicator, Period, Plan, PriceActual, Scenario, Segment, Target } from './plan-schema';
import { preparePlan, projectPrepared } from '../engine/projection';
import { reviewPlan } from '../review/review';
import type { ReviewTarget } from '../review/review-types';
import { reportedBaseFigure } from './base-from-reported';
import { unitRegistry, type UnitRegistry } from '../numbers/unit-registry';
import type { PlanOutcome, Predecessor } from './predecessor';

export class NextPlanError extends Error {
  constructor(
    readonly code: 'no-finished-period' | 'no-years-left' | 'unknown-scenario',
    readonly params: Record<string, string | number>,
  ) {
    super(`${code}: ${JSON.stringify(params)}`);
  }
}

export interface NextPlanOptions {
  /** The scenario whose projection estimates base values the year has no figure for (default: the first). */
  scenarioId?: string;
}

export interface NextPlanResult {
  plan: Plan;
  /** The period that ended (its end is the new base year). */
  finished: Period;
  /** Indicators whose base value was taken from a reported figure of the new base year. */
  reportedBases: string[];
  /** Indicators whose base value was estimated from the projection. */
  estimatedBases: string[];
  /** Indicators left without a base value. */
  missingBases: string[];
  /** Targets carried into the new plan (goals beyond the finished period). */
  carriedTargets: string[];
  /** Targets of the finished period, kept as outcomes. */
  outcomes: string[];
}

/** The period a plan's own targets are set for: the first one that ends after the base year. */
export function finishedPeriod(plan: Plan): Period | null {
  const after = plan.periods.filter((p) => p.end > plan.baseYear).sort((a, b) => a.end - b.end);
  return after[0] ?? null;
}

/** The year a target is judged in. */
function judgedYear(t: Target): number {
  return targetYearOf(t);
}

/** The first year a target's window uses (its reference year for a multiple). */
function firstYear(t: Target): number {
  return targetFirstYearOf(t);
}

/** Segments of an assumption path, kept for the years after `base` only. */
export function segmentsAfter(segments: readonly Segment[], base: number, horizon: number, periods: ReadonlyMap<string, Period>): Segment[] {
  const out: Segment[] = [];
  for (const seg of segments) {
    if (seg.period !== undefined) {
      const p = periods.get(seg.period);
      if (p === undefined) continue;
      if (p.start > base) out.push(seg);
      else if (p.end > base) {
        // A period that straddles the new base year: its remaining years as a range.
        const { period: _dropped, ...rest } = seg;
        out.push({ ...rest, from: base + 1, to: Math.min(p.end, horizon) });
      }
      continue;
    }
    const from = seg.from as number;
    const to = seg.to ?? from;
    if (to <= base) continue;
    out.push({ ...seg, from: Math.max(from, base + 1), to });
  }
  return out;
}

function carryScenario(sc: Scenario, base: number, horizon: number, periods: ReadonlyMap<string, Period>): Scenario {
  const assumptions: Record<string, Segment[]> = Object.create(null) as Record<string, Segment[]>;
  for (const [id, segs] of Object.entries(sc.assumptions)) assumptions[id] = segmentsAfter(segs, base, horizon, periods);
  return {
    ...sc,
    deflator: segmentsAfter(sc.deflator, base, horizon, periods),
    ...(sc.cpi !== undefined ? { cpi: segmentsAfter(sc.cpi, base, horizon, periods) } : {}),
    assumptions,
  };
}

/**
 * An estimated base value as the statistics would print it: to the unit's usual decimal
 * places plus one (亿元: 5,008.12, not 5008.1233), and never float noise.
 */
function tidy(v: number, unit: string, registry: UnitRegistry): number {
  const decimals = (registry.get(unit)?.decimals ?? 2) + 1;
  return Number(Number(v.toFixed(Math.min(decimals, 8))).toPrecision(12));
}

/** “规划假设情景”, not “规划假设情景”情景: the word is added only where the name lacks it. */
function scenarioWords(name: { zh: string; en: string }): { zh: string; en: string } {
  return {
    zh: name.zh.endsWith('情景') ? `“${name.zh}”` : `“${name.zh}”情景`,
    en: /scenario$/i.test(name.en) ? `the "${name.en}"` : `the "${name.en}" scenario`,
  };
}

/** A sourced estimate (预计) of `year` among the indicator's figures, the latest entered. */
function estimatedIn(ind: Indicator, year: number): ActualValue | null {
  return (ind.actuals ?? []).filter((a) => a.year === year && a.status === 'estimate' && Number.isFinite(a.value)).at(-1) ?? null;
}

/** The reported figure of `year` (the new base year), as any plan takes its base from one (base-from-reported.ts). */
function reportedIn(ind: Indicator, year: number): ActualValue | null {
  return reportedBaseFigure({ baseYear: year }, ind);
}

function outcomeOf(r: ReviewTarget, t: Target): PlanOutcome {
  return {
    target: r.id,
    indicator: r.indicator,
    name: r.name,
    sentence: r.sentence,
    section: r.section,
    year: r.year,
    type: r.type,
    comparison: r.comparison,
    threshold: r.target,
    value: r.value,
    unit: r.unit,
    basis: r.basis,
    status: r.status,
    source: r.source,
    achievedGrowth: r.achievedGrowth,
    achievedFrom: r.achievedFrom,
    achievedTo: r.achievedTo,
    band: r.band,
    ...(t.binding !== undefined ? { binding: t.binding } : {}),
    priceBaseYear: r.priceBaseYear,
  };
}

/** A short id for the next plan: "…14th…" becomes "…15th…" where the id says so, else "-next". */
export function nextPlanId(id: string): string {
  const m = /(\d+)th/.exec(id);
  if (m) {
    const next = `${Number(m[1]) + 1}th`;
    return id.replace(m[0], next);
  }
  const candidate = `${id}-next`;
  return candidate.length <= 64 ? candidate : `${id.slice(0, 59)}-next`;
}

export function nextPlan(plan: Plan, options: NextPlanOptions = {}): NextPlanResult {
  const finished = finishedPeriod(plan);
  if (finished === null) throw new NextPlanError('no-finished-period', { base: plan.baseYear });
  const base = finished.end;
  if (base >= plan.horizon) throw new NextPlanError('no-years-left', { base, horizon: plan.horizon });
  const scenario = options.scenarioId === undefined ? plan.scenarios[0] : plan.scenarios.find((s) => s.id === options.scenarioId);
  if (scenario === undefined) throw new NextPlanError('unknown-scenario', { id: options.scenarioId ?? '' });

  const projection = projectPrepared(preparePlan(plan), scenario);
  const review = reviewPlan(plan, { scenarioId: scenario.id, asOf: base });
  const reviewById = new Map(review.targets.map((r) => [r.id, r]));

  const registry = unitRegistry(plan.units ?? []);
  const words = scenarioWords(scenario.name);
  const reportedBases: string[] = [];
  const estimatedBases: string[] = [];
  const missingBases: string[] = [];
  const indicators = plan.indicators.map((ind): Indicator => {
    if (ind.kind === 'derived') return ind;
    const reported = reportedIn(ind, base);
    let newBase: BaseValue;
    if (reported !== null) {
      reportedBases.push(ind.id);
      newBase = {
        year: base,
        value: reported.value,
        source: reported.source,
        status: reported.status,
        ...(reported.note !== undefined ? { note: reported.note } : {}),
      };
    } else if (estimatedIn(ind, base) !== null) {
      // No reported figure, but a sourced estimate of the year (an official's 预计): better than the model's.
      const e = estimatedIn(ind, base) as ActualValue;
      estimatedBases.push(ind.id);
      newBase = { year: base, value: e.value, source: e.source, status: 'estimate', ...(e.note !== undefined ? { note: e.note } : {}) };
    } else {
      const s = projection.series[ind.id];
      const i = base - plan.baseYear;
      const v = s === undefined ? Number.NaN : (s.nominal[i] as number);
      if (Number.isFinite(v)) {
        estimatedBases.push(ind.id);
        newBase = {
          year: base,
          value: tidy(v, ind.unit, registry),
          source: `估算：按${words.zh}推算的${base}年值 / estimated: the ${base} value of ${words.en}'s projection`,
          status: 'estimate',
          note: `${base}年尚无报告数，待公布后以报告数替换。/ No figure reported for ${base} yet: replace it with the reported figure once published.`,
        };
      } else {
        missingBases.push(ind.id);
        newBase = {
          year: base,
          value: null,
          source: `${base}年无报告数，也无法推算 / no figure for ${base}, and none can be projected`,
          status: 'missing',
        };
      }
    }
    // The indicator's note spoke of the old base year (where its figure was searched for):
    // where the new base is no reported figure, it is labelled as the previous plan's.
    const note =
      ind.note !== undefined && reported === null
        ? { zh: `（上期规划，基期${plan.baseYear}年的说明）${ind.note.zh}`.slice(0, 2000), en: `(From the previous plan, base year ${plan.baseYear}) ${ind.note.en}`.slice(0, 2000) }
        : ind.note;
    return { ...ind, base: newBase, ...(note === undefined ? {} : { note }) };
  });

  const carried: Target[] = [];
  const outcomes: PlanOutcome[] = [];
  for (const t of plan.targets) {
    if (judgedYear(t) <= base) {
      const r = reviewById.get(t.id);
      if (r) outcomes.push(outcomeOf(r, t));
    } else if (firstYear(t) >= base || t.type === 'multiple') {
      carried.push(t);
    }
  }

  const periodsById = new Map(plan.periods.map((p) => [p.id, p]));
  const periods = plan.periods.filter((p) => p.start > base);
  const newPeriods: Period[] =
    periods.length > 0
      ? periods
      : [{ id: 'next', name: { zh: `${base + 1}—${Math.min(base + 5, plan.horizon)}年`, en: `${base + 1}–${Math.min(base + 5, plan.horizon)}` }, start: base + 1, end: Math.min(base + 5, plan.horizon) }];

  const predecessor: Predecessor = {
    planId: plan.id,
    title: plan.title,
    document: plan.source.document,
    period: { id: finished.id, name: finished.name, start: finished.start, end: finished.end },
    asOf: base,
    scenario: scenario.id,
    outcomes,
  };

  const prices: PriceActual[] = plan.prices ?? [];
  const next: Plan = {
    ...plan,
    id: nextPlanId(plan.id),
    title: {
      zh: `${plan.title.zh}（续编：${newPeriods[0]?.name.zh ?? ''}）`,
      en: `${plan.title.en} (continued: ${newPeriods[0]?.name.en ?? ''})`,
    },
    source: {
      ...plan.source,
      document: `续编自：${plan.source.document}`.slice(0, 500),
    },
    baseYear: base,
    periods: newPeriods,
    indicators,
    targets: carried,
    prices,
    scenarios: plan.scenarios.map((sc) => carryScenario(sc, base, plan.horizon, periodsById)),
    predecessor,
  };
  return {
    plan: next,
    finished,
    reportedBases,
    estimatedBases,
    missingBases,
    carriedTargets: carried.map((t) => t.id),
    outcomes: outcomes.map((o) => o.target),
  };
}
