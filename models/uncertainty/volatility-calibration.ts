/**
 * A default volatility from the plan file's own figures: the sample standard deviation
 * (n − 1 in the denominator) of the year-on-year movements reported in its actuals,
 * shown with how many years it rests on.
 *
 * - level: the reported real growth rates (`actuals[].realGrowth`); for an indicator
 *   with basis "none" (people, firms), where no price change is mixed in, the growth
 *   between consecutive reported values (the base value counts for its year when no
 *   actual is given for it). Rates as fractions. A nominal money level without
 *   reported real growth gives none: its nominal growth carries inflation.
 * - share: the change in points between consecutive reported values (shocks on shares
 *   are in points).
 * - flow: the standard deviation of the log amounts reported (shocks on flows are
 *   log-normal around the assumed amount).
 * Pairs across a series break (`seriesBreak` on the later year) are left out.
 * With fewer than 3 movements the result is null, with the reason.
 *
 * Note: the Monte Carlo shock of a level is on log growth; for rates of a few percent
 * the two standard deviations differ by about the factor 1/(1 + g) (`sdLog` gives the
 * log one).
 */
import type { ActualValue, Plan } from '../plan/plan-schema';

export const MIN_CALIBRATION_YEARS = 3;

export type CalibrationMeasure = 'real-growth' | 'growth' | 'points' | 'log-amount';

export interface VolatilityCalibration {
  indicator: string;
  /** Sample standard deviation, or null (see reason). */
  sd: number | null;
  /** For levels: the sample sd of ln(1 + g). */
  sdLog: number | null;
  /** The mean movement (growth, points or log amount) over the same years. */
  mean: number | null;
  /** How many movements it rests on, and the years they end in. */
  count: number;
  years: number[];
  measure: CalibrationMeasure | null;
  reason: null | 'unknown-indicator' | 'derived' | 'nominal-without-real-growth' | 'too-few-years';
}

function sampleSd(xs: readonly number[]): { sd: number; mean: number } {
  const mean = xs.reduce((a, b) => a + b, 0) / xs.length;
  const ss = xs.reduce((a, b) => a + (b - mean) ** 2, 0);
  return { mean, sd: Math.sqrt(ss / (xs.length - 1)) };
}

export function calibrateVolatility(plan: Plan, indicatorId: string): VolatilityCalibration {
  const result: VolatilityCalibration = {
    indicator: indicatorId,
    sd: null,
    sdLog: null,
    mean: null,
    count: 0,
    years: [],
    measure: null,
    reason: null,
  };
  const ind = plan.indicators.find((i) => i.id === indicatorId);
  if (ind === undefined) return { ...result, reason: 'unknown-indicator' };
  if (ind.kind === 'derived') return { ...result, reason: 'derived' };

  const actuals = [...(ind.actuals ?? [])].sort((a, b) => a.year - b.year);
  const byYear = new Map<number, ActualValue | { year: number; value: number; seriesBreak?: boolean }>(actuals.map((a) => [a.year, a]));
  if (ind.base?.value != null && !byYear.has(ind.base.year)) byYear.set(ind.base.year, { year: ind.base.year, value: ind.base.value });
  const consecutive = (f: (prev: number, cur: number) => number): [number, number][] => {
    const out: [number, number][] = [];
    for (const [year, cur] of [...byYear].sort((a, b) => a[0] - b[0])) {
      const prev = byYear.get(year - 1);
      if (prev === undefined || cur.seriesBreak === true) continue;
      const v = f(prev.value, cur.value);
      if (Number.isFinite(v)) out.push([year, v]);
    }
    return out;
  };

  let points: [number, number][];
  let measure: CalibrationMeasure;
  if (ind.kind === 'level') {
    const reported = actuals.filter((a) => a.realGrowth !== undefined).map((a): [number, number] => [a.year, a.realGrowth as number]);
    if (reported.length > 0 || ind.basis !== 'none') {
      if (reported.length === 0) return { ...result, reason: 'nominal-without-real-growth' };
      points = reported;
      measure = 'real-growth';
    } else {
      points = consecutive((p, c) => c / p - 1);
      measure = 'growth';
    }
  } else if (ind.kind === 'share') {
    points = consecutive((p, c) => c - p);
    measure = 'points';
  } else {
    points = actuals.filter((a) => a.value > 0).map((a): [number, number] => [a.year, Math.log(a.value)]);
    measure = 'log-amount';
  }
  const years = points.map(([y]) => y);
  const values = points.map(([, v]) => v);
  const base = { ...result, count: values.length, years, measure };
  if (values.length < MIN_CALIBRATION_YEARS) return { ...base, reason: 'too-few-years' };
  const { sd, mean } = sampleSd(values);
  const sdLog = measure === 'real-growth' || measure === 'growth' ? sampleSd(values.map((g) => Math.log1p(g))).sd : null;
  return { ...base, sd, sdLog, mean };
}

/** Calibrations of every non-derived indicator (those with a value and those without). */
export function calibrateAll(plan: Plan): VolatilityCalibration[] {
  return plan.indicators.filter((i) => i.kind !== 'derived').map((i) => calibrateVolatility(plan, i.id));
}
