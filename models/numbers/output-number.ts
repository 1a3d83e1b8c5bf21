/**
 * Numbers as every writer puts them out (CLI JSON, CSV and tables, XLSX, PDF): no float
 * noise, no −0. The model keeps its exact values; only what is written is rounded.
 *
 * The rule: a number is written with at most OUTPUT_SIGNIFICANT_DIGITS (12) significant
 * digits, so 0.06499999999999995 is written 0.065 and 8076.3600000000015 is 8076.36; −0
 * is written 0; NaN and ±Infinity are not written (null). Float arithmetic on the values
 * of a plan (at most 1e15, compounded over a few decades) errs in the 15th or 16th digit,
 * so 12 digits remove the noise and keep far more than any statistic publishes.
 *
 * A difference (a gap: projected − target) is taken between the written values and
 * rounded again: 0.065 − 0.06499999999999995 is written 0, not −5.55e−17, which
 * rounding the difference alone would keep.
 */

/** Significant digits of every number written out. */
export const OUTPUT_SIGNIFICANT_DIGITS = 12;

/** A number as written out: 12 significant digits, −0 as 0; null when it is not finite. */
export function outputNumber(value: number | null | undefined): number | null {
  if (value === null || value === undefined || !Number.isFinite(value)) return null;
  const rounded = Number(value.toPrecision(OUTPUT_SIGNIFICANT_DIGITS));
  return rounded === 0 ? 0 : rounded;
}

/** a − b as written out: the difference of the written values, itself rounded (null if either is missing). */
export function outputDifference(a: number | null | undefined, b: number | null | undefined): number | null {
  const x = outputNumber(a);
  const y = outputNumber(b);
  if (x === null || y === null) return null;
  return outputNumber(x - y);
}

/**
 * A gap written out, in the unit shown (`scale` 100 for growth shown in percent): the
 * difference of the written projected and target values where both are known, else the
 * gap itself rounded.
 */
export function outputGap(gap: number | null | undefined, projected: number | null | undefined, target: number | null | undefined, scale = 1): number | null {
  const d = outputDifference(projected === null || projected === undefined ? projected : projected * scale, target === null || target === undefined ? target : target * scale);
  if (d !== null) return d;
  return outputNumber(gap === null || gap === undefined ? gap : gap * scale);
}

/** A JSON.stringify replacer that writes every number as `outputNumber` does (non-finite as null). */
export function outputJsonReplacer(_key: string, value: unknown): unknown {
  return typeof value === 'number' ? outputNumber(value) : value;
}
