/** How a 基本同步 (in-step) threshold is written for officials: "≥ 地区生产总值增速 − 0.5个百分点（4.70%）". */
import { formatNumber, formatPoints, formatRate } from '../numbers/format';

/**
 * `tolerance`: growth a year as a fraction (0.005 = 0.5 point); `threshold`: the reference's
 * growth less the tolerance (a fraction), or null where the reference has no growth yet.
 */
export function inStepThreshold(referenceName: string, tolerance: number, threshold: number | null, lang: 'zh' | 'en'): string {
  const points = formatPoints(tolerance * 100, lang, 1);
  const words = lang === 'zh' ? `≥ ${referenceName}增速 − ${points}` : `≥ growth of ${referenceName} − ${points}`;
  if (threshold === null) return words;
  return lang === 'zh' ? `${words}（${formatRate(threshold, 2)}）` : `${words} (${formatRate(threshold, 2)})`;
}

/**
 * A 基本同步 target as a sentence, where its threshold stands alone (plan comparison):
 * "2025—2030年 与国内生产总值增长同步（慢不超过0.5个百分点）" /
 * "2025–2030: in step with growth of GDP (at most 0.5 pp slower)".
 */
export function inStepSentence(from: number, to: number, referenceName: string, tolerance: number, lang: 'zh' | 'en'): string {
  const points = formatNumber(tolerance * 100, 1);
  return lang === 'zh'
    ? `${from}—${to}年 与${referenceName}增长同步（慢不超过${points}个百分点）`
    : `${from}–${to}: in step with growth of ${referenceName} (at most ${points} pp slower)`;
}
