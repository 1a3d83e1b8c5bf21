/**
 * The indicator lexicon (indicator-lexicon.json): phrases plans use for their indicators,
 * with zh and en names. It only names and suggests; finding a statement never depends on it.
 */
import data from './indicator-lexicon.json';

export interface LexiconEntry {
  id: string;
  zh: string;
  en: string;
  aliases: readonly string[];
  unit: string;
  money?: boolean;
  people?: boolean;
}

export const LEXICON: readonly LexiconEntry[] = data.entries as LexiconEntry[];

interface Phrase {
  text: string;
  entry: LexiconEntry;
}

/** Every phrase, longest first, so that 城镇居民人均可支配收入 wins over 人均可支配收入. */
const PHRASES: readonly Phrase[] = LEXICON.flatMap((entry) => [entry.zh, ...entry.aliases].map((text) => ({ text, entry }))).sort(
  (a, b) => b.text.length - a.text.length,
);

/** The lexicon entry whose longest phrase occurs in `text`, or null. */
export function lookupIndicator(text: string): LexiconEntry | null {
  if (text === '') return null;
  for (const p of PHRASES) if (text.includes(p.text)) return p.entry;
  return null;
}

/** Suggestions for a phrase, best first: entries sharing the most characters with it. */
export function suggestIndicators(text: string, limit = 5): LexiconEntry[] {
  const exact = lookupIndicator(text);
  const chars = new Set(text);
  const scored = LEXICON.map((entry) => {
    let shared = 0;
    for (const c of new Set(entry.zh)) if (chars.has(c)) shared++;
    return { entry, score: entry === exact ? Number.POSITIVE_INFINITY : shared / Math.max(entry.zh.length, 1) };
  })
    .filter((s) => s.score > 0.3)
    .sort((a, b) => b.score - a.score);
  return scored.slice(0, limit).map((s) => s.entry);
}
