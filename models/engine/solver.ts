/**
 * Bracketing root finder: Brent's method (inverse quadratic interpolation and secant
 * steps, falling back to bisection). It never leaves an interval where the function
 * changes sign (so it cannot wander off or divide by a flat slope, as Newton's method
 * can), and converges superlinearly: the target solvers run a whole projection per
 * step, so few steps matter. Worst case: bisection's step count, plus a little.
 */
export interface SolveOptions {
  /** Stop when the root is known to within this (in x). */
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
  let a = lo;
  let b = hi;
  let fa = f(a);
  let fb = f(b);
  if (Number.isNaN(fa) || Number.isNaN(fb)) return { ok: false, reason: 'nan' };
  if (fa === 0) return { ok: true, root: a, iterations: 0 };
  if (fb === 0) return { ok: true, root: b, iterations: 0 };
  if (Math.sign(fa) === Math.sign(fb)) return { ok: false, reason: 'no-bracket' };
  let c = b;
  let fc = fb;
  let d = b - a;
  let e = d;
  for (let k = 1; k <= maxIterations; k++) {
    if (Math.sign(fb) === Math.sign(fc)) {
      // Keep the root between b and c.
      c = a;
      fc = fa;
      d = b - a;
      e = d;
    }
    if (Math.abs(fc) < Math.abs(fb)) {
      a = b;
      b = c;
      c = a;
      fa = fb;
      fb = fc;
      fc = fa;
    }
    const tol = 2 * Number.EPSILON * Math.abs(b) + tolerance / 2;
    const m = (c - b) / 2;
    if (Math.abs(m) <= tol || fb === 0) return { ok: true, root: b, iterations: k };
    if (Math.abs(e) >= tol && Math.abs(fa) > Math.abs(fb)) {
      // Interpolate: secant when a == c, inverse quadratic otherwise.
      const s = fb / fa;
      let p: number;
      let q: number;
      if (a === c) {
        p = 2 * m * s;
        q = 1 - s;
      } else {
        const qa = fa / fc;
        const r = fb / fc;
        p = s * (2 * m * qa * (qa - r) - (b - a) * (r - 1));
        q = (qa - 1) * (r - 1) * (s - 1);
      }
      if (p > 0) q = -q;
      else p = -p;
      if (2 * p < Math.min(3 * m * q - Math.abs(tol * q), Math.abs(e * q))) {
        e = d;
        d = p / q;
      } else {
        d = m;
        e = m;
      }
    } else {
      d = m;
      e = m;
    }
    a = b;
    fa = fb;
    b += Math.abs(d) > tol ? d : m > 0 ? tol : -tol;
    fb = f(b);
    if (Number.isNaN(fb)) return { ok: false, reason: 'nan' };
  }
  return { ok: true, root: b, iterations: maxIterations };
}

/** Growth rates a solver searches by default: from −50% to +100% a year. */
export const GROWTH_BRACKET: readonly [number, number] = [-0.5, 1];
