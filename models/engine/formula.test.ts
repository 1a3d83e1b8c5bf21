import { parse as parseWithFullMathjs } from 'mathjs';
import { parse as parseNumberOnly } from 'mathjs/number';
import { describe, expect, it } from 'vitest';
import { compileFormula, FormulaError } from './formula';

const known = new Set(['gdp', 'population', 'a', 'b']);
const codeOf = (text: string, self?: string): string => {
  try {
    compileFormula(text, known, self);
    return 'ok';
  } catch (error) {
    return error instanceof FormulaError ? error.code : 'threw';
  }
};

describe('formulas', () => {
  it('read ids that are also unit names (m, kg, s, cm) as plain ids: the parser has no units', () => {
    const f = compileFormula('kg * m / s ^ 2 + cm', new Set(['kg', 'm', 's', 'cm']));
    expect(f.inputs).toEqual(['kg', 'm', 's', 'cm']);
    expect(f.evaluate([2, 3, 2, 1])).toBe(2 * 3 / 2 ** 2 + 1);
  });

  it('compile arithmetic over indicator ids once and evaluate it as plain numbers', () => {
    const f = compileFormula('gdp * 10000 / population', known);
    expect(f.inputs).toEqual(['gdp', 'population']);
    expect(f.evaluate([7400, 908.38])).toBeCloseTo(81463.70, 2);
    expect(compileFormula('-(a - b) ^ 2 + max(a, b) + sqrt(4) + abs(-1)', known).evaluate([3, 5])).toBe(-4 + 5 + 2 + 1);
  });

  it('evaluate element-wise over arrays for Monte Carlo', () => {
    const f = compileFormula('a / b', known);
    const out = new Float64Array(3);
    f.evaluateArrays([new Float64Array([2, 4, 9]), new Float64Array([1, 2, 3])], out);
    expect(Array.from(out)).toEqual([2, 2, 3]);
  });

  it('refuse what is not plain arithmetic on known names', () => {
    expect(codeOf('gdp + gdq')).toBe('unknown-name');
    expect(codeOf('import("fs")')).toBe('disabled-function');
    expect(codeOf('evaluate("1")')).toBe('disabled-function');
    expect(codeOf('createUnit("x")')).toBe('disabled-function');
    expect(codeOf('derivative("x^2", "x")')).toBe('disabled-function');
    expect(codeOf('gdp = 1')).toBe('unsupported-syntax');
    expect(codeOf('f(x) = x')).toBe('unsupported-syntax');
    expect(codeOf('gdp > 1 ? 1 : 2')).toBe('unsupported-syntax');
    expect(codeOf('"text"')).toBe('unsupported-syntax');
    expect(codeOf('[1, 2]')).toBe('unsupported-syntax');
    expect(codeOf('5 cm')).not.toBe('ok');
    expect(codeOf('gdp +')).toBe('syntax');
    expect(codeOf('a'.repeat(501))).toBe('too-long');
    expect(codeOf('gdp * 2', 'gdp')).toBe('self-reference');
  });

  it('the number-only parser (mathjs/number, half the bundle) reads formulas into the same trees as full mathjs', () => {
    const texts = [
      'gdp * 10000 / population',
      '-(a - b) ^ 2 + max(a, b, 1e3) + sqrt(4) + abs(-1.5e-2)',
      '2a + 3 b',
      'a / b / 2 * -a ^ -2 ^ 0.5',
      '0x10 + .5 + 1_000',
      'pow(a, 2) - exp(log(b)) % 3',
      'kg * m / s ^ 2',
    ];
    for (const text of texts) {
      let full: string;
      try {
        full = JSON.stringify(parseWithFullMathjs(text));
      } catch (error) {
        // Both refuse what one refuses.
        expect(() => parseNumberOnly(text), text).toThrow(String((error as Error).message));
        continue;
      }
      expect(JSON.stringify(parseNumberOnly(text)), text).toBe(full);
    }
  });
});
