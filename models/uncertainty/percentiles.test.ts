import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { FAN_PERCENTILES, percentiles } from './percentiles';

/** Type 7 by sorting the whole sample: the definition, written plainly. */
function reference(values: readonly number[], ps: readonly number[]): number[] {
  const s = values.filter((v) => !Number.isNaN(v)).sort((a, b) => a - b);
  if (s.length === 0) return ps.map(() => Number.NaN);
  return ps.map((p) => {
    const h = ((s.length - 1) * p) / 100;
    const k = Math.floor(h);
    const lo = s[k] as number;
    if (h === k || k + 1 >= s.length) return lo;
    const hi = s[k + 1] as number;
    return Number.isFinite(hi - lo) ? Math.min(hi, lo + (h - k) * (hi - lo)) : hi;
  });
}

const sample = fc.array(fc.double({ noNaN: false, min: -1e12, max: 1e12 }), { minLength: 0, maxLength: 1200 });
const withTies = fc.array(fc.integer({ min: -5, max: 5 }).map((v) => v / 4), { minLength: 1, maxLength: 800 });
const psArb = fc.uniqueArray(fc.double({ min: 0, max: 100, noNaN: true }), { minLength: 1, maxLength: 12 }).map((a) => a.sort((x, y) => x - y));

describe('percentiles', () => {
  it('are ordered: P5 ≤ P15 ≤ … ≤ P95 for any sample (fast-check)', () => {
    fc.assert(
      fc.property(sample, (values) => {
        const p = percentiles(values, FAN_PERCENTILES);
        for (let i = 1; i < p.length; i++) if (!Number.isNaN(p[i] as number)) expect(p[i]).toBeGreaterThanOrEqual(p[i - 1] as number);
      }),
    );
  });

  it('equal the sort-based definition (small samples: quickselect; large: binning), ties and NaN included', () => {
    fc.assert(
      fc.property(fc.oneof(sample, withTies), psArb, (values, ps) => {
        expect(percentiles(values, ps)).toEqual(reference(values, ps));
      }),
    );
  });

  it('equal the definition on large samples too (the binned path: n > 256)', () => {
    const large = fc.oneof(
      fc.array(fc.double({ min: -1e6, max: 1e6, noNaN: true }), { minLength: 300, maxLength: 3000 }),
      fc.array(fc.integer({ min: 0, max: 20 }), { minLength: 300, maxLength: 3000 }),
      fc.array(fc.double({ min: 0, max: 1, noNaN: true }).map((u) => Math.exp(30 * u)), { minLength: 300, maxLength: 3000 }),
    );
    fc.assert(
      fc.property(large, psArb, (values, ps) => {
        const p = percentiles(values, ps);
        expect(p).toEqual(reference(values, ps));
        for (let i = 1; i < p.length; i++) expect(p[i]).toBeGreaterThanOrEqual(p[i - 1] as number);
      }),
      { numRuns: 40 },
    );
  });

  it('handle percentiles that fall between the same two order statistics', () => {
    const values = [3, 1, 2];
    const ps = [10, 10.5, 20, 20.25, 99, 99.5, 100];
    expect(percentiles(values, ps)).toEqual(reference(values, ps));
    const many = Array.from({ length: 400 }, (_, i) => (i * 7919) % 401);
    const close = [50, 50.0001, 50.0002, 99.99, 99.999];
    expect(percentiles(many, close)).toEqual(reference(many, close));
  });

  it('handle skewed and infinite samples, and empty ones', () => {
    const skewed = Array.from({ length: 5000 }, (_, i) => (i < 4990 ? 1 : 1e9 + i));
    expect(percentiles(skewed)).toEqual(reference(skewed, FAN_PERCENTILES));
    const infinite = Array.from({ length: 3000 }, (_, i) => (i % 7 === 0 ? Number.POSITIVE_INFINITY : i % 11 === 0 ? Number.NEGATIVE_INFINITY : i));
    expect(percentiles(infinite)).toEqual(reference(infinite, FAN_PERCENTILES));
    expect(percentiles([Number.NaN, Number.NaN]).every(Number.isNaN)).toBe(true);
    expect(percentiles([3])).toEqual(FAN_PERCENTILES.map(() => 3));
  });

  it('interpolate linearly between order statistics (type 7)', () => {
    const values = Array.from({ length: 101 }, (_, i) => 100 - i); // 0..100 reversed
    expect(percentiles(values, [0, 5, 50, 95, 100])).toEqual([0, 5, 50, 95, 100]);
    expect(percentiles([1, 2, 3, 4], [50])).toEqual([2.5]);
  });
});
