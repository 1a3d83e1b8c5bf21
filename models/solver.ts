/**
 * Bracketing root finder (bisection): never guesses outside a bracket where the
 * function changes sign, so it cannot wander off or divide by a flat slope.
 */
export interface SolveOptions {
  tolerance?: number;
  maxIterations?: number;
}

export type SolveResult = { ok: true; root: number; iterations: number } | { ok: false; reason: 'no-bracket' | 'nan' };

export function solveBracketed(
  f: (x: number) => number,
  lo: number,
  hi: number,
  { tolerance = 1e-10, maxIterations = 200 }: SolveOptions = {},
): SolveResult {
  let flo = f(lo);
  const fhi = f(hi);
  if (Number.isNaN(flo) || Number.isNaN(fhi)) return { ok: false, reason: 'nan' };
  if (flo === 0) return { ok: true, root: lo, iterations: 0 };
  if (fhi === 0) return { ok: true, root: hi, iterations: 0 };
  if (Math.sign(flo) === Math.sign(fhi)) return { ok: false, reason: 'no-bracket' };
  let a = lo;
  let b = hi;
  for (let k = 1; k <= maxIterations; k++) {
    const mid = (a + b) / 2;
    const fm = f(mid);
    if (Number.isNaN(fm)) return { ok: false, reason: 'nan' };
    if (fm === 0 || (b - a) / 2 < tolerance) return { ok: true, root: mid, iterations: k };
    if (Math.sign(fm) === Math.sign(flo)) {
      a = mid;
      flo = fm;
    } else {
      b = mid;
    }
  }
  return { ok: true, root: (a + b) / 2, iterations: maxIterations };
}

/** Growth rates a solver searches by default: from −50% to +100% a year. */
export const GROWTH_BRACKET: readonly [number, number] = [-0.5, 1];
