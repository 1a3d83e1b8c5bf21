/**
 * Percentages as people type and read them: 5 means 5%. Files keep growth rates,
 * tolerances and price changes as fractions (0.065); a field shows and takes percent
 * (6.5). The conversion moves the decimal point instead of multiplying, so nothing is
 * lost on the way: 6.5 → 0.065 (not 0.065000000000000002), 0.07 → 7 (not
 * 7.000000000000001), and a value shown, typed back and stored reads as it was shown.
 */

/** `value` × 10^power, by shifting the decimal exponent of its shortest text (exact for any decimal of ≤ 15 digits). */
export function shiftDecimal(value: number, power: number): number {
  if (!Number.isFinite(value) || value === 0) return value === 0 ? 0 : value;
  const text = String(value);
  const e = text.indexOf('e');
  const mantissa = e < 0 ? text : text.slice(0, e);
  const exponent = e < 0 ? 0 : Number(text.slice(e + 1));
  return Number(`${mantissa}e${exponent + power}`);
}

/** A fraction as percent: 0.065 → 6.5. */
export function fractionToPercent(fraction: number): number {
  return shiftDecimal(fraction, 2);
}

/** Percent as a fraction: 6.5 → 0.065. */
export function percentToFraction(percent: number): number {
  return shiftDecimal(percent, -2);
}

/** How a stored number is shown in a field and read back: `stored = scale.toStored(shown)`. */
export interface FieldScale {
  toShown(stored: number): number;
  toStored(shown: number): number;
}

/** Fractions shown in percent (growth, tolerances, price changes). */
export const PERCENT_FIELD: FieldScale = { toShown: fractionToPercent, toStored: percentToFraction };

/** Numbers shown as stored (levels, shares already in percent, points, amounts). */
export const PLAIN_FIELD: FieldScale = { toShown: (v) => v, toStored: (v) => v };

/** The power of ten a scale is (100 → 2), or null when it is none. */
function powerOfTen(scale: number): number | null {
  const p = Math.round(Math.log10(scale));
  return scale > 0 && 10 ** p === scale ? p : null;
}

/** stored × scale for a field that shows numbers scaled (100: percent), exactly where the scale is a power of ten. */
export function scaleToShown(stored: number, scale: number): number {
  const p = powerOfTen(scale);
  return p === null ? stored * scale : shiftDecimal(stored, p);
}

/** shown ÷ scale: what a scaled field stores for the number typed in it (6.1 in a percent field → 0.061). */
export function scaleToStored(shown: number, scale: number): number {
  const p = powerOfTen(scale);
  return p === null ? shown / scale : shiftDecimal(shown, -p);
}
