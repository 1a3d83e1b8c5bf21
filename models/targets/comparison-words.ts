/**
 * One reading of each word of comparison in Chinese plans, applied the same way in the
 * plan file, the verdicts and the extractor's suggestions (README, "Words of comparison").
 *
 * - 超过 / 超 / 突破: strictly above (突破3000家: past 3,000; exactly 3,000 is not 突破);
 * - 达到 / 以上 / 不低于: at least (以上 includes the number, as in Chinese law and statistics);
 * - 以内 / 不超过 / 控制在: at most;
 * - 左右: a band around the value, ± a tolerance (6.5%左右 → 6.0–7.0% with the default
 *   half point for growth rates): below the band is missed, above it is met "above the band";
 * - 全覆盖 / 全部…到位: 100%, at least; 全面消除: 0, at most.
 * Qualifiers such as 力争, 确保, 稳 do not change the threshold.
 */
import type { Comparison } from '../plan/plan-schema';

export interface ComparisonReading {
  word: string;
  comparison: Comparison;
  /** A band ± tolerance around the value (左右). */
  band?: boolean;
  /** The threshold the word itself fixes (全覆盖 100, 全面消除 0). */
  fixedValue?: number;
  reading: { zh: string; en: string };
}

/** Default tolerance of 左右 on a growth rate: half a point. */
export const ABOUT_GROWTH_TOLERANCE = 0.005;

export const COMPARISON_WORDS: readonly ComparisonReading[] = [
  { word: '超过', comparison: '>', reading: { zh: '严格大于', en: 'strictly above' } },
  { word: '超', comparison: '>', reading: { zh: '严格大于（同“超过”）', en: 'strictly above (as 超过)' } },
  { word: '突破', comparison: '>', reading: { zh: '严格大于：恰好等于不算突破', en: 'strictly above: exactly equal is not 突破' } },
  { word: '达到', comparison: '>=', reading: { zh: '大于或等于', en: 'at least' } },
  { word: '以上', comparison: '>=', reading: { zh: '大于或等于（含本数）', en: 'at least (the number included)' } },
  { word: '不低于', comparison: '>=', reading: { zh: '大于或等于', en: 'at least' } },
  { word: '以内', comparison: '<=', reading: { zh: '小于或等于（含本数）', en: 'at most (the number included)' } },
  { word: '不超过', comparison: '<=', reading: { zh: '小于或等于', en: 'at most' } },
  { word: '控制在', comparison: '<=', reading: { zh: '小于或等于', en: 'at most' } },
  {
    word: '左右',
    comparison: '>=',
    band: true,
    reading: {
      zh: '区间：数值±容差（增长率默认±0.5个百分点，6.5%左右即6.0%—7.0%）；低于区间为未达成，高于区间为达成（高于区间）；上限目标（“不超过…左右”）反之，高于区间为未达成，低于区间为达成（低于区间）',
      en: 'a band: the value ± a tolerance (growth rates: ±0.5 points by default, 6.5% 左右 = 6.0–7.0%); below the band is missed, above it met (above the band); for an upper bound the other way round: above the band missed, below it met (below the band)',
    },
  },
  { word: '全覆盖', comparison: '>=', fixedValue: 100, reading: { zh: '覆盖率达到100%', en: 'coverage of 100%' } },
  { word: '全部改造到位', comparison: '>=', fixedValue: 100, reading: { zh: '完成比例达到100%', en: '100% done' } },
  { word: '全面消除', comparison: '<=', fixedValue: 0, reading: { zh: '剩余数量为0', en: 'none left (0)' } },
];

/** The reading of the first word of comparison found in a sentence (longest words first), or undefined. */
export function comparisonIn(sentence: string): ComparisonReading | undefined {
  let best: { at: number; r: ComparisonReading } | undefined;
  for (const r of COMPARISON_WORDS) {
    const at = sentence.indexOf(r.word);
    if (at < 0) continue;
    // 超过 beats 超 at the same place; otherwise the last word before the number governs it
    if (best === undefined || at > best.at || (at === best.at && r.word.length > best.r.word.length)) best = { at, r };
  }
  return best?.r;
}
