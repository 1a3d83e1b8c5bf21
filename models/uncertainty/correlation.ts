/**
 * Correlated shocks: the user sets pairwise correlations of the shocks' innovations;
 * the matrix (1 on the diagonal, 0 where nothing is set) is factored as L·Lᵀ
 * (Cholesky) and independent normals z become correlated ones L·z.
 *
 * A set of pairwise correlations need not be a valid correlation matrix (a and b at
 * 0.9, b and c at 0.9, a and c at −0.9 cannot all hold); such a matrix is not positive
 * definite and is refused with a clear error rather than silently repaired. A
 * correlation of exactly ±1 is refused too (singular): use 0.999.
 */
import { UncertaintyError, type ShockCorrelation } from './monte-carlo-types';

/** The correlation matrix over `ids` (row-major n×n); checks every entry. */
export function correlationMatrix(ids: readonly string[], correlations: readonly ShockCorrelation[]): Float64Array {
  const n = ids.length;
  const index = new Map(ids.map((id, i) => [id, i]));
  const m = new Float64Array(n * n);
  for (let i = 0; i < n; i++) m[i * n + i] = 1;
  const seen = new Set<string>();
  for (const c of correlations) {
    const i = index.get(c.a);
    const j = index.get(c.b);
    if (i === undefined || j === undefined) {
      throw new UncertaintyError('correlation-without-shock', `${c.a} ~ ${c.b}: both need a shock (sd)`);
    }
    if (i === j) throw new UncertaintyError('bad-correlation', `${c.a} ~ ${c.b}: an indicator with itself`);
    if (!Number.isFinite(c.rho) || c.rho < -1 || c.rho > 1) {
      throw new UncertaintyError('bad-correlation', `${c.a} ~ ${c.b}: rho must be between −1 and 1, got ${String(c.rho)}`);
    }
    const key = i < j ? `${i},${j}` : `${j},${i}`;
    if (seen.has(key)) throw new UncertaintyError('duplicate-correlation', `${c.a} ~ ${c.b} given twice`);
    seen.add(key);
    m[i * n + j] = c.rho;
    m[j * n + i] = c.rho;
  }
  return m;
}

/** Pivot below this (relative to the diagonal, 1) counts as not positive definite. */
const MIN_PIVOT = 1e-10;

/**
 * The lower-triangular L (row-major n×n) with L·Lᵀ = m. Throws UncertaintyError
 * 'not-positive-definite' naming the indicator where it failed.
 */
export function cholesky(m: Float64Array, n: number, ids: readonly string[] = []): Float64Array {
  const l = new Float64Array(n * n);
  for (let i = 0; i < n; i++) {
    for (let j = 0; j <= i; j++) {
      let sum = m[i * n + j] as number;
      for (let k = 0; k < j; k++) sum -= (l[i * n + k] as number) * (l[j * n + k] as number);
      if (i === j) {
        if (!(sum > MIN_PIVOT)) {
          throw new UncertaintyError(
            'not-positive-definite',
            `the correlations set cannot hold together (the matrix is not positive definite; failed at ${ids[i] ?? `row ${i + 1}`})`,
          );
        }
        l[i * n + i] = Math.sqrt(sum);
      } else {
        l[i * n + j] = sum / (l[j * n + j] as number);
      }
    }
  }
  return l;
}
