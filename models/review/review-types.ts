/**
 * The plan review (规划评估): every target judged on reported figures where the year has
 * one, on the projection where it has not, with the growth achieved, planned and still
 * required. The field names of ReviewTarget and ReviewIndicator are published in the
 * CLI's `review --json` and must stay stable (README, "Plan review").
 */
import type { Bilingual, Comparison, Target } from '../plan/plan-schema';
import type { TrendInfo } from '../engine/trend';
import type { MultipleOf } from '../targets/multiple-text';

/**
 * met / missed: judged on a reported value; pending: the year has no reported figure yet
 * (see `projectedStatus` for what the projection says); needs-base: no value to judge.
 */
export type ReviewStatus = 'met' | 'missed' | 'needs-base' | 'pending';
export type ValueSource = 'reported' | 'projected';

export interface ReviewTarget {
  id: string;
  indicator: string;
  /** The target's display name (its label, else the indicator's name). */
  name: Bilingual;
  type: Target['type'];
  /** The year the target is judged in (a period target: its last year). */
  year: number;
  comparison: Comparison;
  /** 基本同步 (in-step): the indicator this one keeps in step with; `target` is its growth less the tolerance. */
  reference?: string;
  /** 基本同步: the slack, growth a year as a fraction (0.005 = 0.5 percentage point). */
  tolerance?: number;
  /** A multiple (翻一番, 下降8%): its factor and reference year (the threshold is factor × the reference year's value). */
  multipleOf?: MultipleOf;
  /** The threshold in the target's unit (rebased onto a new series basis where one applies). */
  target: number | null;
  /** The threshold as the plan wrote it, before any rebasing. */
  targetAsWritten: number | null;
  /** Why the threshold was rebased (a series break), or null. */
  rebased: Bilingual | null;
  /** For 左右: the band [low, high] the value must fall in; null otherwise. */
  band: [number, number] | null;
  /** The reported value, or the projection where the year has no figure. */
  value: number | null;
  source: ValueSource;
  status: ReviewStatus;
  /** The verdict the projection gives (for pending rows, and as a cross-check otherwise). */
  projectedStatus: 'met' | 'missed' | 'needs-base';
  /** Met with a margin under 0.1% of the threshold: 刚好达成. */
  onTheLine: boolean;
  /** Above a 左右 band (met, but over the planned range). */
  aboveBand: boolean;
  /** value − target, in the target's unit. */
  gap: number | null;
  /** gap ÷ |target|. */
  gapPct: number | null;
  /** Price basis of target and value: real (at base-year prices), nominal, or none (shares, counts). */
  basis: 'real' | 'nominal' | 'none';
  /** The year whose prices a real value is in (the plan's base year), or null. */
  priceBaseYear: number | null;
  /** The indicator's unit, or "fraction" for growth targets. */
  unit: string;
  /** Real CAGR from the base year to the latest reported year; null where not a level. */
  achievedGrowth: number | null;
  achievedGrowthNominal: number | null;
  /** The years the achieved growth spans. */
  achievedFrom: number | null;
  achievedTo: number | null;
  /** How the achieved growth is computed (compound annual, between which years, on which price basis), or null. */
  achievedMethod?: Bilingual | null;
  /** Years of the achieved span whose real value is estimated (估: no reported real growth or price index). */
  achievedEstimatedYears?: number[];
  /** The growth the plan set (its average-growth target) or implied at adoption (base → threshold). */
  plannedGrowth: number | null;
  /** Real growth a year needed from the latest reported level to the target year; null when past. */
  requiredGrowth: number | null;
  requiredFrom: number | null;
  /** Shares: points a year needed; flows: the amount a year needed (where it applies). */
  requiredChange: number | null;
  /** Real CAGR over the last five reported years (for comparison with the required growth). */
  recentGrowth: number | null;
  recentFrom: number | null;
  /** Where the recent growth ends before the latest reported year (a continued plan: the previous plan's review). */
  recentTo?: number | null;
  /** The plan's sentence and section. */
  sentence: string;
  section: string;
}

export interface ReviewIndicator {
  id: string;
  name: Bilingual;
  unit: string;
  kind: string;
  /** Years with a reported figure (up to the as-of year), whatever their basis. */
  reportedYears: number[];
  firstReported: number | null;
  lastReported: number | null;
  /** CAGR between the first and last reported year, nominal and real (null where not a level). */
  cagrNominal: number | null;
  cagrReal: number | null;
  /** The plan's base value (often an estimate) beside the reported figure for the base year. */
  planBase: number | null;
  reportedBase: number | null;
  /** The years the CAGRs span (on one series basis: never across a census break). */
  cagrFrom?: number | null;
  cagrTo?: number | null;
  /** How figures before a series break were put on the new basis (or from which year growth counts), or null. */
  rebased?: Bilingual | null;
}

/** One year of an indicator: the reported value against the path its targets imply. */
export interface ReviewYear {
  indicator: string;
  /** The target whose path is shown. */
  target: string;
  year: number;
  /** The basis of `reported` and `implied`. */
  basis: 'real' | 'nominal' | 'none';
  /** The reported value in `basis`, or null. */
  reported: number | null;
  /** The figure's status (reported, preliminary …), "interpolated", or null. */
  status: string | null;
  /** The real value rests on an estimated price change (no reported real growth). */
  estimated: boolean;
  /** The value the targets' path implies for this year, or null. */
  implied: number | null;
  deviation: number | null;
  deviationPct: number | null;
}

export interface Review {
  planId: string;
  scenarioId: string;
  /** Figures after this year are ignored. */
  asOf: number;
  /** The latest year with any reported figure (≤ asOf), or null. */
  latestReported: number | null;
  targets: ReviewTarget[];
  indicators: ReviewIndicator[];
  years: ReviewYear[];
  /**
   * For a trend scenario, per indicator it projects by its trend: the rate, the years it
   * rests on, the years left out and why, and whether it fell back (too few years); else null.
   */
  trend?: (TrendInfo & { note: Bilingual })[] | null;
}
