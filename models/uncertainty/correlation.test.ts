import { describe, expect, it } from 'vitest';
import { cholesky, correlationMatrix } from './correlation';
import { UncertaintyError } from './monte-carlo-types';

const ids = ['gdp', 'income_urban', 'income_rural'];

function code(f: () => unknown): string | undefined {
  try {
    f();
  } catch (error) {
    if (error instanceof UncertaintyError) return error.code;
    throw error;
  }
  return undefined;
}

describe('correlation matrix and Cholesky factor', () => {
  it('L·Lᵀ gives back the matrix', () => {
    const m = correlationMatrix(ids, [
      { a: 'gdp', b: 'income_urban', rho: 0.8 },
      { a: 'income_rural', b: 'gdp', rho: 0.7 },
      { a: 'income_urban', b: 'income_rural', rho: 0.6 },
    ]);
    const l = cholesky(m, 3, ids);
    for (let i = 0; i < 3; i++) {
      for (let j = 0; j < 3; j++) {
        let s = 0;
        for (let k = 0; k < 3; k++) s += (l[i * 3 + k] as number) * (l[j * 3 + k] as number);
        expect(s).toBeCloseTo(m[i * 3 + j] as number, 14);
        if (j > i) expect(l[i * 3 + j]).toBe(0);
      }
    }
  });

  it('rejects a matrix that is not positive definite, with a clear error', () => {
    const m = correlationMatrix(ids, [
      { a: 'gdp', b: 'income_urban', rho: 0.9 },
      { a: 'gdp', b: 'income_rural', rho: 0.9 },
      { a: 'income_urban', b: 'income_rural', rho: -0.9 },
    ]);
    expect(() => cholesky(m, 3, ids)).toThrow(/not positive definite/);
    expect(code(() => cholesky(m, 3, ids))).toBe('not-positive-definite');
    // a correlation of exactly 1 is singular
    expect(code(() => cholesky(correlationMatrix(ids, [{ a: 'gdp', b: 'income_urban', rho: 1 }]), 3, ids))).toBe('not-positive-definite');
  });

  it('checks every pair', () => {
    expect(code(() => correlationMatrix(ids, [{ a: 'gdp', b: 'retail', rho: 0.5 }]))).toBe('correlation-without-shock');
    expect(code(() => correlationMatrix(ids, [{ a: 'gdp', b: 'gdp', rho: 0.5 }]))).toBe('bad-correlation');
    expect(code(() => correlationMatrix(ids, [{ a: 'gdp', b: 'income_urban', rho: 1.5 }]))).toBe('bad-correlation');
    expect(code(() => correlationMatrix(ids, [{ a: 'gdp', b: 'income_urban', rho: Number.NaN }]))).toBe('bad-correlation');
    expect(
      code(() =>
        correlationMatrix(ids, [
          { a: 'gdp', b: 'income_urban', rho: 0.5 },
          { a: 'income_urban', b: 'gdp', rho: 0.4 },
        ]),
      ),
    ).toBe('duplicate-correlation');
  });
});
