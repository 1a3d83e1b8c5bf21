/**
 * What a multiple target (翻一番, 下降8%: value[year] ≤ 0.92 × value[ofYear]) says, for a
 * threshold that has no number yet: where the reference year has no value (emission
 * totals the bulletins do not publish), the table still writes "≤ 0.92 × 2025年" /
 * "≤ 0.92 × 2025 level" beside 缺基期值, never "≤ —". One function for the target table,
 * the review, the reports and the CSV.
 */
import type { Comparison, Target } from '../plan/plan-schema';
import { formatNumber } from '../numbers/format';
import { multipleTolerance } from './about-band';

/** A multiple target's factor and reference year, carried on its results for display. */
export interface MultipleOf {
  factor: number;
  ofYear: number;
  /** 左右: the factor's band [low, high] (0.895–0.905 for "下降10%左右"); absent otherwise. */
  factorBand?: [number, number];
}

const SIGN: Record<Comparison, string> = { '>=': '≥', '>': '>', '<=': '≤', '<': '<' };

/** The factor and reference year of a multiple target, or undefined for another kind. */
export function multipleOf(t: Target): MultipleOf | undefined {
  if (t.type !== 'multiple') return undefined;
  const tol = multipleTolerance(t);
  if (tol === null) return { factor: t.factor, ofYear: t.ofYear };
  const a = Number((t.factor - tol).toPrecision(12));
  const b = Number((t.factor + tol).toPrecision(12));
  return { factor: t.factor, ofYear: t.ofYear, factorBand: a <= b ? [a, b] : [b, a] };
}

/** A factor as written: 2, 0.92, 0.895 (no trailing zeros, at most four decimals). */
export function formatFactor(f: number): string {
  for (let d = 0; d < 4; d++) if (Math.abs(f - Number(f.toFixed(d))) < 1e-9) return formatNumber(f, d);
  return formatNumber(f, 4);
}

/** "2025年" / "2025 level": the value of the reference year. */
export function referenceYearText(ofYear: number, lang: 'zh' | 'en'): string {
  return lang === 'zh' ? `${ofYear}年` : `${ofYear} level`;
}

/** The factor times the reference year, without the sign: "0.92 × 2025年", a 左右 band "0.895–0.905 × 2025年" (a table with a comparison column). */
export function multipleFactorText(m: MultipleOf, lang: 'zh' | 'en'): string {
  // "> 2020年", not "> 1 × 2020年" (a target to exceed a year's level).
  if (m.factorBand === undefined && m.factor === 1) return referenceYearText(m.ofYear, lang);
  const factor = m.factorBand === undefined ? formatFactor(m.factor) : `${formatFactor(m.factorBand[0])}–${formatFactor(m.factorBand[1])}`;
  return `${factor} × ${referenceYearText(m.ofYear, lang)}`;
}

/**
 * The threshold of a multiple target written without its number: "≤ 0.92 × 2025年",
 * "≥ 2 × 2020 level"; a 左右 band as "0.895–0.905 × 2025年" (a band has no sign, as elsewhere).
 */
export function multipleThresholdText(comparison: Comparison, m: MultipleOf, lang: 'zh' | 'en'): string {
  const text = multipleFactorText(m, lang);
  return m.factorBand === undefined ? `${SIGN[comparison]} ${text}` : text;
}
