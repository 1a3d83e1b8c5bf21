/**
 * The unit lexicon (unit-lexicon.json): every measure word a plan writes after a number,
 * with what it measures and its size, and the magnitudes (万, 亿, 万亿 …) a unit can carry.
 * The extractor reads measure words from it; the unit registry (models/numbers/unit-registry.ts)
 * takes its dimensions and magnitudes from it. One list, grown from the texts.
 */
import data from './unit-lexicon.json';

export interface MeasureWord {
  word: string;
  /** What it measures; units of one dimension convert into each other. */
  dimension: string;
  /** How many of the dimension's smallest unit one holds (吨: 2000 斤). */
  magnitude: number;
  /** A classifier that counts things (个, 家, 台 …). */
  count?: boolean;
  /** Reads as a duration or an age when a noun follows (15年基础教育). */
  duration?: boolean;
}

export const MEASURE_WORDS: readonly MeasureWord[] = data.measures as MeasureWord[];

/** Measure words, longest first, so that 个百分点 wins over 个 and 场次 over 场. */
export const MEASURES_LONGEST_FIRST: readonly string[] = MEASURE_WORDS.map((m) => m.word).sort((a, b) => b.length - a.length);

export const CLASSIFIER_WORDS: ReadonlySet<string> = new Set(MEASURE_WORDS.filter((m) => m.count === true).map((m) => m.word));
export const DURATION_WORDS: ReadonlySet<string> = new Set(MEASURE_WORDS.filter((m) => m.duration === true).map((m) => m.word));

/** 万亿 → 1e12, 亿 → 1e8, 万 → 1e4 …, longest first. */
export const MAGNITUDE_FACTORS: readonly (readonly [string, number])[] = Object.entries(data.magnitudes as Record<string, number>).sort(
  (a, b) => b[0].length - a[0].length,
);

const BY_WORD = new Map(MEASURE_WORDS.map((m) => [m.word, m]));

/**
 * A unit as written, read against the lexicon: 万亿元 → money × 1e12, 公顷 → area × 15,
 * 万台 → count × 1e4. Null when its measure word is not in the lexicon.
 */
export function readUnit(unit: string): { dimension: string; magnitude: number; measure: string } | null {
  const whole = BY_WORD.get(unit);
  if (whole) return { dimension: whole.dimension, magnitude: whole.magnitude, measure: whole.word };
  for (const [prefix, factor] of MAGNITUDE_FACTORS) {
    if (!unit.startsWith(prefix)) continue;
    const measure = BY_WORD.get(unit.slice(prefix.length));
    if (measure) return { dimension: measure.dimension, magnitude: factor * measure.magnitude, measure: measure.word };
  }
  return null;
}
