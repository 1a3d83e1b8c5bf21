import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { outputDifference, outputGap, outputJsonReplacer, outputNumber, OUTPUT_SIGNIFICANT_DIGITS } from './output-number';

describe('numbers as written out', () => {
  it('removes float noise and keeps 12 significant digits', () => {
    expect(OUTPUT_SIGNIFICANT_DIGITS).toBe(12);
    expect(outputNumber(0.06499999999999995)).toBe(0.065);
    expect(outputNumber(8076.3600000000015)).toBe(8076.36);
    expect(outputNumber(10138.641309275623)).toBe(10138.6413093);
    expect(outputNumber(0.1 + 0.2)).toBe(0.3);
  });

  it('writes −0 as 0 and nothing for non-finite numbers', () => {
    expect(Object.is(outputNumber(-0), 0)).toBe(true);
    expect(Object.is(outputNumber(-0.0000000000000001 * 0), 0)).toBe(true);
    expect(outputNumber(Number.NaN)).toBeNull();
    expect(outputNumber(Number.POSITIVE_INFINITY)).toBeNull();
    expect(outputNumber(null)).toBeNull();
  });

  it('takes a gap between the written values: no −5.55e−17 beside equal numbers', () => {
    expect(0.06499999999999995 - 0.065).toBeLessThan(0);
    expect(outputNumber(0.06499999999999995 - 0.065)).not.toBe(0); // rounding the gap alone keeps the noise
    expect(Object.is(outputDifference(0.06499999999999995, 0.065), 0)).toBe(true);
    expect(outputGap(-5.551115123125783e-17, 0.06499999999999995, 0.065, 100)).toBe(0);
    expect(outputGap(-7.3e-12, 20277.28261855124, 20277.282618551246)).toBe(0);
    expect(outputGap(138.64130927562292, 10138.641309275623, 10000)).toBe(138.6413093);
    expect(outputGap(0.5, null, 10)).toBe(0.5);
    expect(outputGap(null, null, 10)).toBeNull();
  });

  it('as a JSON replacer: every number rounded, non-finite as null', () => {
    expect(JSON.stringify({ a: 0.06499999999999995, b: [-0, Number.NaN], c: 'x' }, outputJsonReplacer)).toBe('{"a":0.065,"b":[0,null],"c":"x"}');
  });

  it('never moves a value by more than half a unit in its 12th digit', () => {
    fc.assert(
      fc.property(fc.double({ min: -1e15, max: 1e15, noNaN: true }), (v) => {
        const w = outputNumber(v) as number;
        expect(Math.abs(w - v)).toBeLessThanOrEqual(Math.abs(v) * 5e-12 + Number.MIN_VALUE);
        expect(Object.is(w, -0)).toBe(false);
        expect(outputNumber(w)).toBe(w);
      }),
      { numRuns: 2000 },
    );
  });
});
