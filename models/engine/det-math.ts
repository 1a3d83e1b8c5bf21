/**
 * Deterministic elementary functions for the Monte Carlo engine.
 *
 * ECMAScript leaves Math.log, Math.exp and Math.expm1 "implementation-approximated":
 * two engines (or two versions of one) may differ in the last bit, and a seeded run
 * would then not give the same numbers on every machine. These versions use only
 * integer operations on the bits of a double and the four IEEE-754 operations
 * (+, −, ×, ÷, each correctly rounded and never fused in JavaScript), so they give
 * the same bits everywhere. Accuracy: within a few units in the last place, checked
 * against Math.log / Math.expm1 in the tests.
 *
 * Method (textbook, written for this file):
 * - log(x): x = 2^k · m with m in [√½, √2), by exact halvings or doublings when
 *   2^-20 < x < 2^20 and from the exponent bits otherwise (the same m and k); with
 *   f = m − 1 and s = f / (2 + f), log(m) = 2·atanh(s) = f − s·(f − T) where
 *   T = Σ 2·s^(2i) / (2i + 1) (i ≥ 1, |s| ≤ 0.172, 11 terms); then + k·ln 2 in two parts.
 * - expm1(x): x = k·ln 2 + r with |r| ≤ ½ ln 2 (Cody–Waite, ln 2 split in two parts);
 *   expm1(r) by its Taylor series (16 terms; 9 when |x| < 1/16), corrected for the
 *   rounding of r;
 *   then 2^k · (1 + expm1(r)) − 1, arranged so that nothing cancels.
 */

const f64 = new Float64Array(1);
const u32 = new Uint32Array(f64.buffer);
/** Index of the high (sign, exponent) word: the platform's byte order decides it. */
const HI = new Uint8Array(new Uint16Array([1]).buffer)[0] === 1 ? 1 : 0;
const LO = 1 - HI;

/** ln 2 split so that k · LN2_HI is exact for |k| < 2^11. */
const LN2_HI = 6.93147180369123816490e-1;
const LN2_LO = 1.90821492927058770002e-10;
const INV_LN2 = 1.44269504088896338700;
const SQRT2 = 1.4142135623730951;
const TWO54 = 18014398509481984; // 2^54

// Series coefficients, written out (Horner, unrolled: this runs once per draw).
// log: T_i = 2 / (2i + 1), i = 1..11.
const T1 = 2 / 3;
const T2 = 2 / 5;
const T3 = 2 / 7;
const T4 = 2 / 9;
const T5 = 2 / 11;
const T6 = 2 / 13;
const T7 = 2 / 15;
const T8 = 2 / 17;
const T9 = 2 / 19;
const T10 = 2 / 21;
const T11 = 2 / 23;
// expm1: C_n = 1 / n!, n = 2..17 (each the previous one divided by n: exact-rounded constants).
const C2 = 1 / 2;
const C3 = C2 / 3;
const C4 = C3 / 4;
const C5 = C4 / 5;
const C6 = C5 / 6;
const C7 = C6 / 7;
const C8 = C7 / 8;
const C9 = C8 / 9;
const C10 = C9 / 10;
const C11 = C10 / 11;
const C12 = C11 / 12;
const C13 = C12 / 13;
const C14 = C13 / 14;
const C15 = C14 / 15;
const C16 = C15 / 16;
const C17 = C16 / 17;

/** 2^k for an integer k in [−1022, 1023], built from its bits (exact). */
function pow2(k: number): number {
  u32[HI] = ((k + 1023) << 20) >>> 0;
  u32[LO] = 0;
  return f64[0] as number;
}

const SQRT_HALF = 0.7071067811865476;

/** log(m · 2^k) for m in [√½, √2). */
function logReduced(m: number, k: number): number {
  const f = m - 1; // exact (Sterbenz)
  if (f === 0) return k === 0 ? 0 : k * LN2_HI + k * LN2_LO;
  const s = f / (2 + f);
  const z = s * s;
  const t = z * (T1 + z * (T2 + z * (T3 + z * (T4 + z * (T5 + z * (T6 + z * (T7 + z * (T8 + z * (T9 + z * (T10 + z * T11))))))))));
  const log1pf = f - s * (f - t);
  if (k === 0) return log1pf;
  return k * LN2_HI + (log1pf + k * LN2_LO);
}

/** Natural logarithm with the same bits on every engine. */
export function detLog(x: number): number {
  if (!(x > 0)) return x === 0 ? Number.NEGATIVE_INFINITY : Number.NaN;
  if (x === Number.POSITIVE_INFINITY) return x;
  if (x > 9.5367431640625e-7 && x < 1048576) {
    // 2^-20 < x < 2^20: scale by exact halvings/doublings (a loop of ~1 step for the
    // polar method's uniform s: faster than moving the double through an integer view)
    let m = x;
    let k = 0;
    while (m < SQRT_HALF) {
      m *= 2;
      k--;
    }
    while (m >= SQRT2) {
      m *= 0.5;
      k++;
    }
    return logReduced(m, k);
  }
  let k = 0;
  if (x < 2.2250738585072014e-308) {
    // subnormal: scale up (exact)
    x *= TWO54;
    k = -54;
  }
  f64[0] = x;
  const hi = u32[HI] as number;
  k += (hi >>> 20) - 1023;
  // mantissa in [1, 2): same fraction bits, exponent of 1
  u32[HI] = (hi & 0x000fffff) | 0x3ff00000;
  let m = f64[0] as number;
  if (m >= SQRT2) {
    m *= 0.5;
    k += 1;
  }
  return logReduced(m, k);
}

/** exp(x) − 1 with the same bits on every engine (exact 0 for ±0). */
export function detExpm1(x: number): number {
  if (x !== x) return x; // NaN
  if (x > 709.782712893384) return Number.POSITIVE_INFINITY;
  if (x < -40) return -1; // e^x < 2^-57: −1 + e^x rounds to −1
  const ax = x < 0 ? -x : x;
  if (ax < 5.551115123125783e-17) return x; // |x| < 2^-54 (keeps the sign of −0)
  let k = 0;
  let r = x;
  let c = 0;
  if (ax > 0.34657359027997264) {
    k = Math.round(x * INV_LN2); // Math.round is exactly specified
    const hi = x - k * LN2_HI;
    const lo = k * LN2_LO;
    r = hi - lo;
    c = hi - r - lo;
  }
  if (k === 0 && ax < 0.0625) {
    // |x| < 1/16 (a year's shock): terms to x^10/10! suffice (the next is below 2^-64·|x|)
    return r + r * r * (C2 + r * (C3 + r * (C4 + r * (C5 + r * (C6 + r * (C7 + r * (C8 + r * (C9 + r * C10))))))));
  }
  const p =
    C2 + r * (C3 + r * (C4 + r * (C5 + r * (C6 + r * (C7 + r * (C8 + r * (C9 + r * (C10 + r * (C11 + r * (C12 + r * (C13 + r * (C14 + r * (C15 + r * (C16 + r * C17))))))))))))));
  let em = r + r * r * p; // expm1(r)
  if (k === 0) return em;
  em += c * (1 + em); // the reduced argument was r + c
  if (k >= -1 && k <= 56) {
    const tk = pow2(k);
    return tk * em + (tk - 1); // tk − 1 is exact here
  }
  if (k > 1023) return (1 + em) * pow2(1023) * 2;
  return (1 + em) * pow2(k) - 1;
}

/** exp(x) = 1 + expm1(x), deterministic. */
export function detExp(x: number): number {
  return 1 + detExpm1(x);
}
