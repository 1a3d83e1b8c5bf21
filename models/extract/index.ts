/** Extraction of quantitative targets from plan text (issue 10). Pure TypeScript. */
export * from './candidate';
export { extractTargets } from './extract-targets';
export { LEXICON, lookupIndicator, suggestIndicators, type LexiconEntry } from './lexicon';
export { doublingFactor, numberValue, parseArabic, parseChineseNumeral, splitNumber } from './numerals';
export { guessContext } from './plan-period';
export { sectionLabel, splitSentences, type Sentence } from './sentences';
