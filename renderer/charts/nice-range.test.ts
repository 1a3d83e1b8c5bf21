import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { HOLD_FILL, heldRange, niceRange, tickDecimals } from './nice-range';

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

describe('held ranges (the axis holds still while a slider moves)', () => {
  it('keep the shown range while the data fit it and fill three quarters of it; otherwise take the data\'s own', () => {
    // Retail sales with GDP growth at 6.7 % and 6.6 %: 3,000–10,000 shown, 3,000–9,000 its own.
    expect(heldRange([3000, 9000], [3000, 10000])).toEqual([3000, 10000]);
    // Data outside the shown range: the range grows.
    expect(heldRange([3000, 10000], [3000, 9000])).toEqual([3000, 10000]);
    // Data that fill less than three quarters of it: the axis closes in.
    expect(heldRange([3000, 6000], [3000, 10000])).toEqual([3000, 6000]);
    expect(heldRange([3000, 9000], null)).toEqual([3000, 9000]);
    expect(heldRange(null, [3000, 9000])).toBeNull();
    // A slider stepping back and forth across 9,000: the axis moves once, then holds.
    let shown: [number, number] | null = null;
    const seen: string[] = [];
    for (const fresh of [[3000, 9000], [3000, 10000], [3000, 9000], [3000, 10000], [3000, 9000]] as [number, number][]) {
      shown = heldRange(fresh, shown);
      seen.push(String(shown));
    }
    expect(seen).toEqual(['3000,9000', '3000,10000', '3000,10000', '3000,10000', '3000,10000']);
  });

  it('always cover the data, never leave them squeezed, and stop a back-and-forth from moving the axis (property)', () => {
    const series = fc.array(fc.double({ min: 1, max: 1e6, noNaN: true }), { minLength: 2, maxLength: 16 });
    fc.assert(
      fc.property(series, series, fc.array(fc.boolean(), { minLength: 1, maxLength: 12 }), (a, b, order) => {
        let shown: [number, number] | null = null;
        const ranges: [number, number][] = [];
        for (const useA of order) {
          const values = useA ? a : b;
          const fresh = niceRange(values) as [number, number];
          shown = heldRange(fresh, shown) as [number, number];
          for (const v of values) {
            expect(v).toBeGreaterThanOrEqual(shown[0]);
            expect(v).toBeLessThanOrEqual(shown[1]);
          }
          expect(fresh[1] - fresh[0]).toBeGreaterThanOrEqual(HOLD_FILL * (shown[1] - shown[0]) - 1e-9 * shown[1]);
          ranges.push(shown);
        }
        // Two states whose own ranges nest, the inner filling three quarters of the
        // outer (a slider stepping back and forth): once the outer has been shown, the
        // axis does not move again.
        const ra = niceRange(a) as [number, number];
        const rb = niceRange(b) as [number, number];
        const [inner, outer] = rb[0] <= ra[0] && ra[1] <= rb[1] ? [ra, rb] : [rb, ra];
        const nested = outer[0] <= inner[0] && inner[1] <= outer[1] && inner[1] - inner[0] >= HOLD_FILL * (outer[1] - outer[0]);
        const firstOuter = order.findIndex((useA) => (useA ? ra : rb) === outer);
        if (nested && firstOuter >= 0) {
          for (const r of ranges.slice(firstOuter)) expect(r).toEqual(outer);
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
