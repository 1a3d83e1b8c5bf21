/**
 * The uncertainty a user sets for a scenario in the app, as plain inputs, and the
 * UncertaintySpec a Monte Carlo run takes from them.
 *
 * Inputs: per uncertain indicator (or the deflator) a standard deviation, a persistence
 * rho, and a correlation with the lead indicator (GDP); the number of paths and a seed.
 * Correlations between the other shocks follow a one-factor structure: each shock's
 * innovation is c·z_lead + √(1 − c²)·own, so two of them correlate at c_a·c_b. The
 * matrix this gives (c·cᵀ plus a diagonal 1 − c²) is positive definite whenever every
 * |c| < 1; a correlation of exactly ±1 (singular) is run as ±MAX_CORRELATION.
 *
 * The default: the lead indicator with the standard deviation of its reported real
 * growth (calibrateVolatility), on log growth (sdLog) as the Monte Carlo shock is.
 *
 * Imports no Monte Carlo code, so the app's first bundle can hold it.
 */
import { DEFLATOR, type ShockCorrelation, type ShockSpec, type UncertaintySpec } from './monte-carlo-types';
import type { Indicator, Plan } from '../plan/plan-schema';
import { calibrateVolatility, type VolatilityCalibration } from './volatility-calibration';

export interface ShockInput {
  /** An indicator id (not derived), or DEFLATOR. */
  indicator: string;
  /** Standard deviation of the shock: log growth (levels, deflator), log amount (flows), points (shares). */
  sd: number;
  /** AR(1) persistence of the shock, −1 < rho < 1. */
  rho: number;
  /** Correlation of the shock with the lead indicator's, −1 … 1 (unused on the lead itself). */
  corr: number;
}

export interface UncertaintyInputs {
  shocks: ShockInput[];
  runs: number;
  seed: number;
}

export const DEFAULT_RUNS = 10_000;
export const DEFAULT_SEED = 1;
export const MIN_INPUT_RUNS = 100;
/** The app's upper bound (the engine takes up to 1,000,000). */
export const MAX_INPUT_RUNS = 200_000;
export const MAX_INPUT_SEED = 0xffffffff;
/** |rho| and |correlation| as run: a correlation of ±1 is singular, persistence of ±1 not stationary. */
export const MAX_CORRELATION = 0.999;
export const MAX_PERSISTENCE = 0.99;
/** Used where actuals give no calibration: 1 point of growth, 0.5 points of a share, 10% of a flow. */
export const FALLBACK_SD = { level: 0.01, deflator: 0.01, share: 0.5, flow: 0.1 } as const;
/** Upper bounds of an sd as the engine takes it (log units; points for shares). */
export const MAX_SD = { level: 1, deflator: 1, share: 100, flow: 1 } as const;

export type ShockKind = keyof typeof FALLBACK_SD;

/** The indicator other shocks correlate with: the plan's first level with a price basis (output, as plans list it first), else its first level. */
export function leadIndicator(plan: Plan): string | null {
  const lead = plan.indicators.find((i) => i.kind === 'level' && i.basis !== 'none') ?? plan.indicators.find((i) => i.kind === 'level');
  return lead?.id ?? null;
}

export function shockKind(plan: Plan, id: string): ShockKind | null {
  if (id === DEFLATOR) return 'deflator';
  const ind = plan.indicators.find((i) => i.id === id);
  if (ind === undefined || ind.kind === 'derived') return null;
  return ind.kind;
}

/** What can take a shock: every non-derived indicator, then the deflator. */
export function shockableIds(plan: Plan): string[] {
  return [...plan.indicators.filter((i: Indicator) => i.kind !== 'derived').map((i) => i.id), DEFLATOR];
}

export interface DefaultSd {
  sd: number;
  /** Where it came from: the plan's actuals, or FALLBACK_SD. */
  from: 'actuals' | 'fallback';
  calibration: VolatilityCalibration | null;
}

/**
 * The default sd of a shock: calibrated from the plan's actuals where they allow it
 * (levels: sdLog, the sd of ln(1 + g), the Monte Carlo shock's unit), else FALLBACK_SD.
 */
export function defaultSd(plan: Plan, id: string): DefaultSd {
  const kind = shockKind(plan, id);
  if (kind === null || kind === 'deflator') return { sd: FALLBACK_SD.deflator, from: 'fallback', calibration: null };
  const calibration = calibrateVolatility(plan, id);
  const sd = kind === 'level' ? calibration.sdLog : calibration.sd;
  if (sd !== null && Number.isFinite(sd) && sd > 0 && sd <= MAX_SD[kind]) return { sd, from: 'actuals', calibration };
  return { sd: FALLBACK_SD[kind], from: 'fallback', calibration };
}

/** The inputs a scenario starts with: the lead indicator's calibrated shock, 10,000 paths, seed 1. */
export function defaultUncertaintyInputs(plan: Plan): UncertaintyInputs {
  const lead = leadIndicator(plan);
  return {
    shocks: lead === null ? [] : [{ indicator: lead, sd: defaultSd(plan, lead).sd, rho: 0, corr: 0 }],
    runs: DEFAULT_RUNS,
    seed: DEFAULT_SEED,
  };
}

/** A new row for `id`, with its default sd. */
export function newShockInput(plan: Plan, id: string): ShockInput {
  return { indicator: id, sd: defaultSd(plan, id).sd, rho: 0, corr: 0 };
}

const clamp = (v: number, lim: number) => Math.max(-lim, Math.min(lim, v));

/**
 * The UncertaintySpec of the inputs: a shock per row (rows the plan no longer has are
 * left out), and the correlations of the one-factor structure (see the top of the file).
 */
export function toUncertaintySpec(plan: Plan, inputs: UncertaintyInputs): UncertaintySpec {
  const lead = leadIndicator(plan);
  const rows = inputs.shocks.filter((s, i, all) => shockKind(plan, s.indicator) !== null && all.findIndex((x) => x.indicator === s.indicator) === i);
  const shocks: ShockSpec[] = rows.map((s) => ({ indicator: s.indicator, sd: s.sd, rho: clamp(s.rho, MAX_PERSISTENCE) }));
  const leadShocked = lead !== null && rows.some((s) => s.indicator === lead);
  const others = leadShocked ? rows.filter((s) => s.indicator !== lead).map((s) => ({ id: s.indicator, c: clamp(s.corr, MAX_CORRELATION) })) : [];
  const correlations: ShockCorrelation[] = [];
  others.forEach((a, i) => {
    if (a.c !== 0) correlations.push({ a: lead as string, b: a.id, rho: a.c });
    for (const b of others.slice(i + 1)) if (a.c * b.c !== 0) correlations.push({ a: a.id, b: b.id, rho: a.c * b.c });
  });
  return correlations.length > 0 ? { shocks, correlations } : { shocks };
}

/** A string that is the same exactly when a run's inputs are: scenario, spec, runs and seed. */
export function runKey(scenarioId: string, spec: UncertaintySpec, runs: number, seed: number): string {
  return JSON.stringify([scenarioId, spec.shocks.map((s) => [s.indicator, s.sd, s.rho ?? 0]), (spec.correlations ?? []).map((c) => [c.a, c.b, c.rho]), runs, seed]);
}

const isNum = (v: unknown, lo: number, hi: number): v is number => typeof v === 'number' && Number.isFinite(v) && v >= lo && v <= hi;

/**
 * Inputs read back from stored data (an autosaved workspace: untrusted), or null when
 * they do not have the shape. Values out of range are refused, not repaired.
 */
export function parseUncertaintyInputs(value: unknown): UncertaintyInputs | null {
  if (typeof value !== 'object' || value === null) return null;
  const v = value as Record<string, unknown>;
  if (!Array.isArray(v.shocks) || v.shocks.length > 200) return null;
  if (!isNum(v.runs, MIN_INPUT_RUNS, MAX_INPUT_RUNS) || !Number.isInteger(v.runs)) return null;
  if (!isNum(v.seed, 0, MAX_INPUT_SEED) || !Number.isInteger(v.seed)) return null;
  const shocks: ShockInput[] = [];
  for (const s of v.shocks as unknown[]) {
    if (typeof s !== 'object' || s === null) return null;
    const r = s as Record<string, unknown>;
    if (typeof r.indicator !== 'string' || r.indicator.length > 64) return null;
    if (!isNum(r.sd, 0, 100) || !isNum(r.rho, -MAX_PERSISTENCE, MAX_PERSISTENCE) || !isNum(r.corr, -1, 1)) return null;
    shocks.push({ indicator: r.indicator, sd: r.sd, rho: r.rho, corr: r.corr });
  }
  return { shocks, runs: v.runs, seed: v.seed };
}
