import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { compileFormula } from './formula';

const known = new Set(['a', 'b', 'c', 'gdp', 'population', 'urbanization', 'income_urban', 'income_rural']);

const formulas = [
  'gdp * 10000 / population',
  'income_urban * urbanization / 100 + income_rural * (1 - urbanization / 100)',
  '-a ^ 2',
  'a ^ b ^ c',
  '2 ^ -a',
  'a - b - c',
  'a / b * c',
  '-a * b',
  'a * -b + +c',
  'min(a, b, 3)',
  'max(a, 0) + abs(b)',
  'sqrt(abs(a)) + exp(b / 1e3) - log(abs(c) + 1)',
  'pow(a, 2) / (b + 1.5e-3)',
  '(a + b) / 2',
  '((a))',
  '3',
  'a',
  '2.5 * .5',
];

describe('formulas evaluated over arrays (Monte Carlo)', () => {
  it('give the bits of CompiledFormula.evaluate on every element (fast-check)', () => {
    for (const text of formulas) {
      const f = compileFormula(text, known);
      fc.assert(
        fc.property(fc.array(fc.array(fc.double({ min: -1e6, max: 1e6 }), { minLength: f.inputs.length, maxLength: f.inputs.length }), { minLength: 1, maxLength: 40 }), (rows) => {
          const columns = f.inputs.map((_, k) => Float64Array.from(rows, (r) => r[k] as number));
          const out = new Float64Array(rows.length);
          f.evaluateArrays(columns, out);
          rows.forEach((r, i) => expect(Object.is(out[i], f.evaluate(r)), `${text} at ${r.join(', ')}`).toBe(true));
        }),
        { numRuns: 30 },
      );
    }
  });

  it('cover implicit multiplication too', () => {
    const f = compileFormula('2 a + 2(a + b)', known);
    const out = new Float64Array(2);
    f.evaluateArrays([new Float64Array([1, 2]), new Float64Array([3, 4])], out);
    expect(Array.from(out)).toEqual([2 + 8, 4 + 12]);
  });
});
