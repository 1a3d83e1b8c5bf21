/**
 * Seeded random numbers: the same seed gives the same numbers on every machine.
 *
 * - Generator: xoroshiro128+ (pure-rand; 32-bit integer operations only). pure-rand
 *   seeds it as (−1, ~seed, seed, 0), whose first outputs follow the seed closely (the
 *   first uniform of seed 42 is ≈ 1); the 128-bit state is therefore filled from the
 *   seed by SplitMix32 (integer mixing) instead.
 * - Streams: a numbered stream k is the seeded generator jumped k times (2^64 steps
 *   each). A named stream (an indicator id) has its state filled from the seed and two
 *   32-bit hashes of the name, so each shocked indicator draws from its own stream,
 *   whatever the order of the list: adding, removing or reordering one shock leaves the
 *   others' draws as they were (common random numbers between runs).
 * - Uniforms: pure-rand's uniformFloat64 (53 random bits, in [0, 1)).
 * - Normals: Marsaglia's polar method (Box–Muller without sine and cosine): draw
 *   u, v uniform in (−1, 1) until 0 < s = u² + v² < 1, then u·√(−2 ln s / s) and
 *   v·√(−2 ln s / s) are two independent standard normals. The logarithm is
 *   `detLog` (bit-exact everywhere) and √ is IEEE-754 square root (correctly rounded
 *   on every platform), so no implementation-approximated function is involved.
 */
import { uniformFloat64 } from 'pure-rand/distribution/uniformFloat64';
import { xoroshiro128plusFromState } from 'pure-rand/generator/xoroshiro128plus';
import type { JumpableRandomGenerator } from 'pure-rand/types/JumpableRandomGenerator';
import { detLog } from '../engine/det-math';

/** Largest seed: seeds are unsigned 32-bit integers. */
export const MAX_SEED = 0xffffffff;

export function assertSeed(seed: number): void {
  if (!Number.isInteger(seed) || seed < 0 || seed > MAX_SEED) {
    throw new RangeError(`seed must be an integer from 0 to ${MAX_SEED}, got ${String(seed)}`);
  }
}

/** SplitMix32 output for a state (Math.imul and shifts: exact 32-bit integer arithmetic). */
function splitMix32(state: number): number {
  let t = state ^ (state >>> 16);
  t = Math.imul(t, 0x21f0aaad);
  t ^= t >>> 15;
  t = Math.imul(t, 0x735a2d97);
  return (t ^ (t >>> 15)) | 0;
}

/** FNV-1a over the UTF-16 code units of a name, from a given offset basis. */
function fnv1a(name: string, basis: number): number {
  let h = basis | 0;
  for (let i = 0; i < name.length; i++) h = Math.imul(h ^ name.charCodeAt(i), 0x01000193);
  return h;
}

/**
 * The 4 state words (signed 32-bit) made from a seed (and a stream name) by SplitMix32;
 * never all zero.
 */
export function seedState(seed: number, name = ''): [number, number, number, number] {
  assertSeed(seed);
  const words: [number, number, number, number] = [0, 0, 0, 0];
  let s = seed | 0;
  let h1 = fnv1a(name, 0x811c9dc5);
  let h2 = fnv1a(name, 0x2f0b3c1d);
  for (let i = 0; i < 4; i++) {
    s = (s + 0x9e3779b9) | 0;
    h1 = (h1 + 0x6a09e667) | 0;
    h2 = (h2 + 0x3c6ef372) | 0;
    words[i] = name === '' ? splitMix32(s) : splitMix32(s ^ splitMix32(h1) ^ splitMix32(h2 ^ 0x5bd1e995));
  }
  if ((words[0] | words[1] | words[2] | words[3]) === 0) words[3] = 1;
  return words;
}

/** The uniform generator of a stream of a seed: a number (0, 1, 2, … jumps) or a name. */
export function makeGenerator(seed: number, stream: number | string = 0): JumpableRandomGenerator {
  if (typeof stream === 'string') return xoroshiro128plusFromState(seedState(seed, stream));
  if (!Number.isInteger(stream) || stream < 0 || stream > 4096) throw new RangeError(`bad stream ${String(stream)}`);
  const rng = xoroshiro128plusFromState(seedState(seed));
  for (let k = 0; k < stream; k++) rng.jump();
  return rng;
}

export interface NormalStream {
  /** The next standard normal draw. */
  next(): number;
  /** Fill out[from, to) with standard normal draws (the same as calling next() in turn). */
  fill(out: Float64Array, from?: number, to?: number): void;
}

/** Standard normal draws of stream `stream` of a seed (polar method, see above). */
export function makeNormalStream(seed: number, stream: number | string = 0): NormalStream {
  const rng = makeGenerator(seed, stream);
  let spare = 0;
  let hasSpare = false;
  const next = (): number => {
    if (hasSpare) {
      hasSpare = false;
      return spare;
    }
    for (;;) {
      const u = 2 * uniformFloat64(rng) - 1;
      const v = 2 * uniformFloat64(rng) - 1;
      const s = u * u + v * v;
      if (s >= 1 || s === 0) continue;
      const factor = Math.sqrt((-2 * detLog(s)) / s);
      spare = v * factor;
      hasSpare = true;
      return u * factor;
    }
  };
  return {
    next,
    // the same numbers as next() in turn, without keeping each spare in the closure
    fill(out, from = 0, to = out.length) {
      let i = from;
      if (i < to && hasSpare) {
        out[i++] = spare;
        hasSpare = false;
      }
      while (i < to) {
        let u: number;
        let v: number;
        let s: number;
        do {
          u = 2 * uniformFloat64(rng) - 1;
          v = 2 * uniformFloat64(rng) - 1;
          s = u * u + v * v;
        } while (s >= 1 || s === 0);
        const factor = Math.sqrt((-2 * detLog(s)) / s);
        out[i++] = u * factor;
        if (i < to) {
          out[i++] = v * factor;
        } else {
          spare = v * factor;
          hasSpare = true;
        }
      }
    },
  };
}
