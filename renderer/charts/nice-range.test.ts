import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { niceRange, tickDecimals } from './nice-range';

describe('nice y ranges', () => {
  it('cover the data on round numbers', () => {
    expect(niceRange([7400, 10138.6, 20277.3])).toEqual([6000, 22000]);
    expect(niceRange([68, 73, 78])).toEqual([66, 80]);
    expect(niceRange([null, Number.NaN])).toBeNull();
    expect(niceRange([5, 5])).toEqual([4, 6]);
  });

  it('always contain every value, and stay put for small moves (property)', () => {
    fc.assert(
      fc.property(fc.array(fc.double({ min: -1e7, max: 1e7, noNaN: true }), { minLength: 1, maxLength: 40 }), (values) => {
        const r = niceRange(values);
        expect(r).not.toBeNull();
        const [low, high] = r as [number, number];
        for (const v of values) {
          expect(v).toBeGreaterThanOrEqual(low);
          expect(v).toBeLessThanOrEqual(high);
        }
      }),
    );
  });
});

describe('tickDecimals', () => {
  it('shows decimals where whole numbers would repeat (a share between 2.8 and 3.8), none for wide ranges', () => {
    expect(tickDecimals([2.8, 3.8])).toBe(1);
    expect(tickDecimals([24, 26.5])).toBe(1);
    expect(tickDecimals([0.01, 0.02])).toBe(3);
    expect(tickDecimals([5000, 20000])).toBe(0);
    expect(tickDecimals([0, 6])).toBe(0);
    expect(tickDecimals(null)).toBe(0);
    expect(tickDecimals([3, 3])).toBe(0);
  });
});
