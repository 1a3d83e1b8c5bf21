/** How the target table writes a target's numbers: rates, points, amounts with units. */
import { formatNumber, formatPoints, formatRate, formatValue } from '../../models/format';
import type { Indicator, Target } from '../../models/plan-schema';
import type { TargetResult } from '../../models/targets';
import { unitInfo } from '../../models/units';

export type Lang = 'zh' | 'en';

export const COMPARISON_SIGN: Record<Target['comparison'], string> = { '>=': '≥', '>': '>', '<=': '≤', '<': '<' };

/** `decimals`: in the unit shown (percent for growth); by default the unit's usual ones. */
export function formatTargetValue(r: TargetResult, ind: Indicator, v: number | null, lang: Lang, decimals?: number): string {
  if (v === null) return '—';
  if (r.type === 'average-growth') return formatRate(v, decimals);
  return formatValue(v, ind.unit, lang, decimals);
}

export function formatGap(r: TargetResult, ind: Indicator, lang: Lang, decimals?: number): string {
  if (r.gap === null) return '—';
  const d = decimals ?? (r.type === 'average-growth' ? 2 : ind.unit === '%' ? 1 : unitInfo(ind.unit).decimals);
  // A gap that rounds to zero at the shown precision is zero: no sign.
  const shown = r.type === 'average-growth' ? (decimals === undefined ? 1e-4 : 0.005 * 10 ** -Math.max(d, 0)) : 0.5 * 10 ** -Math.max(d, 0);
  const g = Math.abs(r.gap) < shown ? 0 : r.gap;
  const sign = g > 0 ? '+' : g < 0 ? '−' : '';
  const abs = Math.abs(g);
  if (r.type === 'average-growth') return sign + formatPoints(abs * 100, lang, d);
  if (ind.unit === '%') return sign + formatPoints(abs, lang, d);
  return sign + formatValue(abs, ind.unit, lang, d);
}

/** Required annual real growth, or the yearly points/amount a share or flow needs. */
export function formatRequired(r: TargetResult, ind: Indicator, lang: Lang): string {
  const perYear = lang === 'zh' ? '/年' : ' a year';
  if (r.requiredGrowth !== null) return formatRate(r.requiredGrowth);
  if (r.requiredAnnualChange !== null) {
    if (ind.kind === 'share') return formatPoints(r.requiredAnnualChange, lang, 2) + perYear;
    return formatNumber(r.requiredAnnualChange, Math.max(unitInfo(ind.unit).decimals, 1)) + (lang === 'zh' ? `${unitInfo(ind.unit).zh}/年` : ` ${unitInfo(ind.unit).en} a year`);
  }
  return '—';
}
