import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { solveBracketed } from './solver';

describe('the bracketing solver', () => {
  it('finds the doubling rate 2^(1/10) − 1 in few steps', () => {
    let calls = 0;
    const r = solveBracketed((g) => (calls++, (1 + g) ** 10 - 2), -0.5, 1);
    expect(r.ok && r.root).toBeCloseTo(2 ** 0.1 - 1, 9);
    expect(calls).toBeLessThan(15);
  });

  it('refuses an interval without a sign change, and NaN', () => {
    expect(solveBracketed((x) => x * x + 1, -1, 1)).toEqual({ ok: false, reason: 'no-bracket' });
    expect(solveBracketed(() => Number.NaN, -1, 1)).toEqual({ ok: false, reason: 'nan' });
  });

  it('stays within the bracket and meets the tolerance for any monotone cubic (property)', () => {
    fc.assert(
      fc.property(fc.double({ min: -0.45, max: 0.95, noNaN: true }), fc.double({ min: 0.1, max: 50, noNaN: true }), (root, scale) => {
        const f = (x: number) => scale * (x - root) ** 3 + (x - root);
        const r = solveBracketed(f, -0.5, 1, { tolerance: 1e-12 });
        expect(r.ok).toBe(true);
        if (r.ok) {
          expect(r.root).toBeGreaterThanOrEqual(-0.5);
          expect(r.root).toBeLessThanOrEqual(1);
          expect(Math.abs(r.root - root)).toBeLessThan(1e-9);
        }
      }),
    );
  });
});
