/**
 * The compounding arithmetic every target check rests on. All rates are fractions.
 */

/** Annual growth that takes v0 in year y0 to v1 in year y1: (v1/v0)^(1/(y1−y0)) − 1. */
export function requiredGrowth(v0: number, v1: number, years: number): number {
  if (!(years > 0) || !(v0 > 0) || !(v1 >= 0)) return Number.NaN;
  return (v1 / v0) ** (1 / years) - 1;
}

/** Compound annual growth rate actually achieved between two values. */
export const averageGrowth = requiredGrowth;

/** Years to double at growth g: ln 2 / ln(1 + g); Infinity when g ≤ 0. */
export function doublingTime(g: number): number {
  if (!(g > 0)) return Number.POSITIVE_INFINITY;
  return Math.LN2 / Math.log1p(g);
}

/** v0 compounded at the same growth g for n years. */
export function compound(v0: number, g: number, years: number): number {
  return v0 * (1 + g) ** years;
}

/** Growth needed for a value to multiply by `factor` in n years: factor^(1/n) − 1. */
export function growthForMultiple(factor: number, years: number): number {
  return requiredGrowth(1, factor, years);
}
