/**
 * Targets judged on every simulated path at once: for each path the projected value,
 * whether it meets the target, counted over the paths. The arithmetic is that of
 * `evaluateTarget` (targets.ts), path by path, so a run without uncertainty gives
 * probability 1 exactly where the deterministic check says "met" and 0 where "missed":
 * - threshold:      value[year] (op) threshold, in the target's basis;
 * - multiple:       value[year] (op) factor × value[ofYear] on the same path (翻一番);
 * - cumulative:     Σ nominal value over [from, to] (op) threshold;
 * - average-growth: (value[to] / value[from])^(1/n) − 1 (op) value ∓ tolerance;
 * - in-step:        the indicator's average growth ≥ the reference's on the same path − tolerance.
 * A path without a value (a missing base, NaN) counts as not met; with no value on any
 * path the probability is null ("needs a base value").
 */
import { requiredGrowth } from '../engine/growth-math';
import type { Indicator, Plan, Target } from '../plan/plan-schema';
import { IN_STEP_DEFAULT_TOLERANCE } from '../plan/plan-limits';
import { bandBound, multipleTolerance, thresholdBand } from './about-band';
import { judgedThreshold, targetValueInIndicatorUnit } from './target-threshold';
import { compare, referenceOf } from './evaluate-targets';
import { isWholeCountUnit, judgedValue } from '../numbers/whole-counts';

export interface PathNeed {
  indicator: string;
  basis: 'real' | 'nominal';
  year: number;
}

export interface PathCount {
  met: number;
  valid: number;
}

export interface TargetKernel {
  readonly target: Target;
  /** The year the target is judged in. */
  readonly year: number;
  /** The (indicator, basis, year) values it reads. */
  readonly needs: readonly PathNeed[];
  /**
   * Judge every path. `get` gives the values of a need (undefined: out of range);
   * `projected` receives each path's projected value (NaN: none).
   */
  evaluate(get: (need: PathNeed) => Float64Array | undefined, runs: number, projected: Float64Array): PathCount;
}

function defaultBasis(ind: Indicator | undefined): 'real' | 'nominal' {
  return ind?.basis === 'real' ? 'real' : 'nominal';
}

function countMet(projected: Float64Array, runs: number, met: (i: number) => boolean): PathCount {
  let m = 0;
  let valid = 0;
  for (let i = 0; i < runs; i++) {
    if (!Number.isFinite(projected[i] as number)) continue;
    valid++;
    if (met(i)) m++;
  }
  return { met: m, valid };
}

/** `anchored`: the scenario follows the reported path (a threshold may be rebased onto a new series basis). */
export function targetKernel(plan: Plan, t: Target, anchored = false): TargetKernel {
  const ind = plan.indicators.find((i) => i.id === t.indicator);
  // Counts are whole, judged as the deterministic verdict judges them (numbers/whole-counts.ts).
  const whole = ind !== undefined && isWholeCountUnit(ind.unit, plan.units);
  switch (t.type) {
    case 'threshold': {
      const need: PathNeed = { indicator: t.indicator, basis: t.basis ?? defaultBasis(ind), year: t.year };
      const judged = judgedThreshold(plan, t, anchored).value;
      // a 左右 band is judged at its low end (at most: its high end)
      const threshold = ind === undefined ? judged : bandBound(t, thresholdBand(ind, t, judged), judged);
      return {
        target: t,
        year: t.year,
        needs: [need],
        evaluate(get, runs, projected) {
          const v = get(need);
          if (v === undefined) {
            projected.fill(Number.NaN, 0, runs);
            return { met: 0, valid: 0 };
          }
          projected.set(v.subarray(0, runs));
          return countMet(projected, runs, (i) => compare(judgedValue(projected[i] as number, whole), t.comparison, threshold));
        },
      };
    }
    case 'multiple': {
      // a 左右 band is judged at its low end (at most: its high end)
      const tol = multipleTolerance(t) ?? 0;
      const factor = t.comparison.startsWith('>') ? t.factor - tol : t.factor + tol;
      const at: PathNeed = { indicator: t.indicator, basis: t.basis, year: t.year };
      const of: PathNeed = { indicator: t.indicator, basis: t.basis, year: t.ofYear };
      // A reference year before the base year is a reported fact, the same on every path
      // (2035 per-capita GDP = 2 × 2020: the 2020 level chained back from the reported growth).
      const fixedReference = t.ofYear < plan.baseYear ? referenceOf(plan, t) : null;
      return {
        target: t,
        year: t.year,
        needs: fixedReference === null ? [at, of] : [at],
        evaluate(get, runs, projected) {
          const v = get(at);
          const ref = fixedReference === null ? get(of) : undefined;
          if (v === undefined || (fixedReference === null && ref === undefined) || (fixedReference !== null && !Number.isFinite(fixedReference))) {
            projected.fill(Number.NaN, 0, runs);
            return { met: 0, valid: 0 };
          }
          let met = 0;
          let valid = 0;
          for (let i = 0; i < runs; i++) {
            const value = v[i] as number;
            const threshold = factor * (fixedReference ?? (ref as Float64Array)[i] as number);
            projected[i] = value;
            if (!Number.isFinite(value) || !Number.isFinite(threshold)) continue;
            valid++;
            if (compare(judgedValue(value, whole), t.comparison, threshold)) met++;
          }
          return { met, valid };
        },
      };
    }
    case 'cumulative': {
      const goal = targetValueInIndicatorUnit(plan, t);
      const needs: PathNeed[] = [];
      for (let y = t.from; y <= t.to; y++) needs.push({ indicator: t.indicator, basis: 'nominal', year: y });
      return {
        target: t,
        year: t.to,
        needs,
        evaluate(get, runs, projected) {
          projected.fill(0, 0, runs);
          for (const need of needs) {
            const v = get(need);
            if (v === undefined) {
              projected.fill(Number.NaN, 0, runs);
              return { met: 0, valid: 0 };
            }
            for (let i = 0; i < runs; i++) projected[i] = (projected[i] as number) + (v[i] as number);
          }
          return countMet(projected, runs, (i) => compare(judgedValue(projected[i] as number, whole), t.comparison, goal));
        },
      };
    }
    case 'average-growth': {
      const from: PathNeed = { indicator: t.indicator, basis: t.basis, year: t.from };
      const to: PathNeed = { indicator: t.indicator, basis: t.basis, year: t.to };
      const n = t.to - t.from;
      const tol = t.tolerance ?? 0;
      const bound = t.comparison === '>=' || t.comparison === '>' ? t.value - tol : t.value + tol;
      return {
        target: t,
        year: t.to,
        needs: [from, to],
        evaluate(get, runs, projected) {
          const v0 = get(from);
          const v1 = get(to);
          if (v0 === undefined || v1 === undefined) {
            projected.fill(Number.NaN, 0, runs);
            return { met: 0, valid: 0 };
          }
          for (let i = 0; i < runs; i++) projected[i] = requiredGrowth(v0[i] as number, v1[i] as number, n);
          return countMet(projected, runs, (i) => compare(projected[i] as number, t.comparison, bound));
        },
      };
    }
    case 'in-step': {
      const from: PathNeed = { indicator: t.indicator, basis: t.basis, year: t.from };
      const to: PathNeed = { indicator: t.indicator, basis: t.basis, year: t.to };
      const refFrom: PathNeed = { indicator: t.reference, basis: t.basis, year: t.from };
      const refTo: PathNeed = { indicator: t.reference, basis: t.basis, year: t.to };
      const n = t.to - t.from;
      const tol = t.tolerance ?? IN_STEP_DEFAULT_TOLERANCE;
      return {
        target: t,
        year: t.to,
        needs: [from, to, refFrom, refTo],
        evaluate(get, runs, projected) {
          const v0 = get(from);
          const v1 = get(to);
          const r0 = get(refFrom);
          const r1 = get(refTo);
          if (v0 === undefined || v1 === undefined || r0 === undefined || r1 === undefined) {
            projected.fill(Number.NaN, 0, runs);
            return { met: 0, valid: 0 };
          }
          for (let i = 0; i < runs; i++) projected[i] = requiredGrowth(v0[i] as number, v1[i] as number, n);
          return countMet(projected, runs, (i) => {
            const bound = Number((requiredGrowth(r0[i] as number, r1[i] as number, n) - tol).toPrecision(12));
            return Number.isFinite(bound) && compare(projected[i] as number, '>=', bound);
          });
        },
      };
    }
  }
}
