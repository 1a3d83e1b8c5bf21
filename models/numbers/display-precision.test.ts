import { describe, expect, it } from 'vitest';
import { agreesWithVerdict, verdictDecimals } from './display-precision';
import { formatNumber } from './format';

describe('displayed precision follows the verdict', () => {
  it('82.996 against 83 (missed) shows 82.996 / 83.000 / −0.004', () => {
    expect(agreesWithVerdict(82.996, 83, '>=', false, 1)).toBe(false);
    const d = verdictDecimals(82.996, 83, '>=', false, 1);
    expect(d).toBe(3);
    expect([formatNumber(82.996, d), formatNumber(83, d), formatNumber(82.996 - 83, d)]).toEqual(['82.996', '83.000', '-0.004']);
  });

  it('keeps the unit\'s decimals when they already agree', () => {
    expect(verdictDecimals(10138.64, 10000, '>=', true, 1)).toBe(1);
    expect(verdictDecimals(72.4, 73, '>=', false, 1)).toBe(1);
    // Met exactly on the line: 83.0 ≥ 83.0 reads as met.
    expect(verdictDecimals(83, 83, '>=', true, 1)).toBe(1);
  });

  it('a strict comparison met by a hair shows the hair; missed on the line shows equal numbers', () => {
    expect(verdictDecimals(98.004, 98, '>', true, 1)).toBe(3);
    expect(verdictDecimals(98, 98, '>', false, 1)).toBe(1);
  });

  it('works for upper bounds (≤, <) and levels shown without decimals', () => {
    expect(verdictDecimals(0.5004, 0.5, '<=', false, 1)).toBe(4);
    expect(verdictDecimals(35.4, 35, '<=', false, 0)).toBe(1);
    expect(verdictDecimals(35.4, 35, '<', false, 0)).toBe(0); // 35 < 35 reads as missed already
    expect(verdictDecimals(3000.4, 3000, '>', true, 0)).toBe(1);
  });

  it('falls back to the usual decimals when no precision agrees, or a number is not finite', () => {
    // Equal within 1e-12 and judged met by the equality tolerance of the targets.
    expect(verdictDecimals(82.99999999999, 83, '>=', true, 1)).toBe(1);
    expect(verdictDecimals(82.9999999999, 83, '>=', false, 1)).toBe(1);
    expect(verdictDecimals(Number.NaN, 83, '>=', false, 2)).toBe(2);
  });
});
