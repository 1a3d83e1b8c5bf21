import { describe, expect, it } from 'vitest';
import { uniformInt } from 'pure-rand/distribution/uniformInt';
import { xoroshiro128plus, xoroshiro128plusFromState } from 'pure-rand/generator/xoroshiro128plus';
import { makeGenerator, makeNormalStream, seedState } from './random-normal';

/** xoroshiro128+ 1.0 (Blackman & Vigna: a = 24, b = 16, c = 37), the reference algorithm on 64-bit BigInts. */
function referenceXoroshiro(s0: bigint, s1: bigint) {
  const mask = (1n << 64n) - 1n;
  const rotl = (x: bigint, k: bigint) => ((x << k) | (x >> (64n - k))) & mask;
  return () => {
    const result = (s0 + s1) & mask;
    s1 ^= s0;
    s0 = rotl(s0, 24n) ^ s1 ^ ((s1 << 16n) & mask);
    s1 = rotl(s1, 37n);
    return result;
  };
}

const u64 = (hi: number, lo: number) => (BigInt(hi >>> 0) << 32n) | BigInt(lo >>> 0);

describe('seeded uniform generator', () => {
  it('pure-rand reproduces its published README values (seed 42: dice 2, 4, 6)', () => {
    const rng = xoroshiro128plus(42);
    expect([uniformInt(rng, 1, 6), uniformInt(rng, 1, 6), uniformInt(rng, 1, 6)]).toEqual([2, 4, 6]);
  });

  it('pure-rand xoroshiro128+ is the reference algorithm (low 32 bits of each 64-bit output)', () => {
    const state = seedState(20240601);
    const rng = xoroshiro128plusFromState(state);
    // pure-rand's state words: [s0 high, s0 low, s1 high, s1 low]
    const ref = referenceXoroshiro(u64(state[0], state[1]), u64(state[2], state[3]));
    for (let i = 0; i < 1000; i++) expect(rng.next() >>> 0).toBe(Number(ref() & 0xffffffffn));
  });

  it('fills the state from the seed by SplitMix32 (fixed words)', () => {
    expect(seedState(42)).toEqual(seedState(42));
    expect(seedState(0).some((w) => w !== 0)).toBe(true);
    expect(seedState(42)).toMatchInlineSnapshot(`
      [
        551831576,
        144025891,
        322543647,
        -1260157926,
      ]
    `);
    expect(seedState(42, 'gdp')).not.toEqual(seedState(42, 'income_urban'));
  });

  it('refuses seeds that are not unsigned 32-bit integers', () => {
    for (const bad of [-1, 1.5, 2 ** 32, Number.NaN]) expect(() => makeGenerator(bad)).toThrow(RangeError);
  });
});

describe('normal draws (polar method)', () => {
  it('a fixed seed gives fixed draws', () => {
    const s = makeNormalStream(42);
    expect([s.next(), s.next(), s.next(), s.next()]).toMatchInlineSnapshot(`
      [
        -0.32680300604258644,
        -0.9211418741984383,
        1.7781512817346412,
        -1.540513134101282,
      ]
    `);
    const g = makeNormalStream(42, 'gdp');
    expect(g.next()).toMatchInlineSnapshot(`-0.07791769030494869`);
  });

  it('fill gives the same numbers as next, and streams are reproducible and distinct', () => {
    const a = makeNormalStream(7, 'gdp');
    const b = makeNormalStream(7, 'gdp');
    const filled = new Float64Array(1001);
    a.fill(filled);
    for (let i = 0; i < filled.length; i++) expect(filled[i]).toBe(b.next());
    const other = new Float64Array(1001);
    makeNormalStream(7, 'income_urban').fill(other);
    expect(other).not.toEqual(filled);
    const jumped = new Float64Array(1001);
    makeNormalStream(7, 1).fill(jumped);
    expect(jumped).not.toEqual(filled);
  });

  it('has mean 0, variance 1, skew 0, kurtosis 3 and the normal tail within sampling error (400,000 draws)', () => {
    const n = 400_000;
    const z = new Float64Array(n);
    makeNormalStream(11).fill(z);
    let m1 = 0;
    let m2 = 0;
    let m3 = 0;
    let m4 = 0;
    let tail = 0;
    for (const v of z) {
      m1 += v;
      m2 += v * v;
      m3 += v ** 3;
      m4 += v ** 4;
      if (v > 1.959963984540054) tail++;
    }
    m1 /= n;
    m2 /= n;
    m3 /= n;
    m4 /= n;
    // 4 standard errors: mean 1/√n, variance √(2/n), skewness √(6/n), kurtosis √(24/n), tail share √(p(1−p)/n)
    expect(Math.abs(m1)).toBeLessThan(4 / Math.sqrt(n));
    expect(Math.abs(m2 - 1)).toBeLessThan(4 * Math.sqrt(2 / n));
    expect(Math.abs(m3)).toBeLessThan(4 * Math.sqrt(6 / n));
    expect(Math.abs(m4 - 3)).toBeLessThan(4 * Math.sqrt(24 / n));
    expect(Math.abs(tail / n - 0.025)).toBeLessThan(4 * Math.sqrt((0.025 * 0.975) / n));
  });

  it('successive draws are uncorrelated', () => {
    const n = 200_000;
    const z = new Float64Array(n);
    makeNormalStream(3).fill(z);
    let c = 0;
    for (let i = 1; i < n; i++) c += (z[i] as number) * (z[i - 1] as number);
    expect(Math.abs(c / (n - 1))).toBeLessThan(4 / Math.sqrt(n));
  });
});
