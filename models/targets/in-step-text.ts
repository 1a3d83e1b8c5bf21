/** How a 基本同步 (in-step) threshold is written for officials: "≥ 地区生产总值增速 − 0.5个百分点（4.70%）". */
import { formatPoints, formatRate } from '../numbers/format';

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
