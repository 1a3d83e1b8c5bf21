/**
 * Types of the Monte Carlo run: what the caller specifies (the uncertainty), what it
 * gets back (percentile bands per indicator and year, a probability per target), and
 * the errors it may raise. Everything in a result is plain data (objects, arrays,
 * Float64Array), so it passes through postMessage from a Web Worker unchanged.
 */
import type { Comparison, PriceBasis, Target } from '../plan/plan-schema';

/** The id under which the scenario's deflator takes a shock or a correlation. */
export const DEFLATOR = '@deflator';

/**
 * A shock on one indicator (or on the deflator, id `DEFLATOR`), drawn every projected
 * year: e[t] = rho·e[t−1] + sd·z[t], z standard normal, e[base] = 0.
 * - level:    real[t] = real[t−1]·(1 + g[t])·exp(e[t])  (sd: of log real growth)
 * - share:    v[t] = clamp(v[t−1] + points[t] + e[t], 0, 100)  (sd: in percentage points)
 * - flow:     amount[t]·exp(e[t])  (sd: of the log amount)
 * - deflator: (1 + d[t])·exp(e[t]) is the year's price factor  (sd: of log inflation)
 * `rho` is the AR(1) persistence, −1 < rho < 1 (0 by default: independent years); `sd`
 * is the innovation's standard deviation, not the stationary one (sd/√(1 − rho²)).
 */
export interface ShockSpec {
  indicator: string;
  sd: number;
  rho?: number;
}

/** Correlation of two shocks' innovations z (both must be in `shocks`). */
export interface ShockCorrelation {
  a: string;
  b: string;
  rho: number;
}

export interface UncertaintySpec {
  shocks: readonly ShockSpec[];
  correlations?: readonly ShockCorrelation[];
}

/** Keep every path's value of one indicator in one year (for a histogram, or a test). */
export interface CollectRequest {
  indicator: string;
  year: number;
  basis: 'real' | 'nominal';
}

export interface MonteCarloOptions {
  /** Number of simulated paths (1 … 1,000,000). */
  runs: number;
  /** Unsigned 32-bit integer; the same seed gives the same numbers on every machine. */
  seed: number;
  /** Percentiles to report (0–100, ascending); FAN_PERCENTILES by default. */
  percentiles?: readonly number[];
  /** Called with the fraction done (0–1) after each simulated year. */
  onProgress?: (fraction: number) => void;
  /** Checked between years; true stops the run with a MonteCarloCancelled error. */
  shouldCancel?: () => boolean;
  /** Aborting it stops the run between years, like shouldCancel. */
  signal?: AbortSignal;
  collect?: readonly CollectRequest[];
}

/** Per percentile key ('p5', 'p50', …), one value per year (null: no value). */
export type PercentileTable = Readonly<Record<string, (number | null)[]>>;

export interface IndicatorDistribution {
  indicator: string;
  unit: string;
  basis: PriceBasis;
  /** At base-year prices. */
  real: PercentileTable;
  /** At current prices (the same table as `real` for basis "none"). */
  nominal: PercentileTable;
  meanReal: (number | null)[];
  meanNominal: (number | null)[];
  /** False when every path has the same value in every year (nothing uncertain upstream). */
  varies: boolean;
}

export interface TargetProbability {
  id: string;
  indicator: string;
  type: Target['type'];
  comparison: Comparison;
  /** The year the target is judged in. */
  year: number;
  /** Share of paths that meet the target; null when no path has a value (needs a base). */
  probability: number | null;
  metCount: number;
  /** Paths with a value (the others count as not met). */
  validCount: number;
  /** Percentiles of the projected value (for average-growth: the achieved growth). */
  projected: Readonly<Record<string, number | null>>;
}

export interface CollectedValues {
  request: CollectRequest;
  values: Float64Array;
}

export interface MonteCarloResult {
  planId: string;
  scenarioId: string;
  runs: number;
  seed: number;
  years: number[];
  percentiles: number[];
  /** The uncertainty the run used (rho filled in). */
  shocks: Required<ShockSpec>[];
  correlations: ShockCorrelation[];
  series: Readonly<Record<string, IndicatorDistribution>>;
  /** Indicator ids in plan order. */
  order: string[];
  targets: TargetProbability[];
  collected: CollectedValues[];
}

export type UncertaintyErrorCode =
  | 'bad-runs'
  | 'bad-seed'
  | 'unknown-indicator'
  | 'derived-indicator'
  | 'duplicate-shock'
  | 'bad-sd'
  | 'bad-persistence'
  | 'bad-correlation'
  | 'correlation-without-shock'
  | 'duplicate-correlation'
  | 'not-positive-definite'
  | 'bad-percentile'
  | 'bad-collect';

/** A bad uncertainty specification: `code` says what, `detail` names the field. */
export class UncertaintyError extends Error {
  override readonly name = 'UncertaintyError';
  constructor(
    readonly code: UncertaintyErrorCode,
    readonly detail: string,
  ) {
    super(`${code}: ${detail}`);
  }
}

/** The run was cancelled (shouldCancel or the AbortSignal) between two years. */
export class MonteCarloCancelled extends Error {
  override readonly name = 'AbortError';
  constructor() {
    super('Monte Carlo run cancelled');
  }
}

/** 'p5', 'p50', 'p97.5' … */
export function percentileKey(p: number): string {
  return `p${p}`;
}
