/** How the target table writes a target's numbers: rates, points, amounts with units. */
import { formatNumber, formatPoints, formatRate, formatValue, signAt } from '../../models/numbers/format';
import type { Indicator, Target } from '../../models/plan/plan-schema';
import type { TargetResult } from '../../models/targets/evaluate-targets';
import { inStepThreshold } from '../../models/targets/in-step-text';
import { multipleThresholdText } from '../../models/targets/multiple-text';
import { FRACTION_UNIT, formatBand } from '../../models/numbers/band-text';
import { unitInfo, type OwnUnit } from '../../models/numbers/units';

export type Lang = 'zh' | 'en';

export const COMPARISON_SIGN: Record<Target['comparison'], string> = { '>=': '≥', '>': '>', '<=': '≤', '<': '<' };

/** Targets on a growth rate (a fraction a year): average growth and 基本同步. */
export const isRateTarget = (r: Pick<TargetResult, 'type'>): boolean => r.type === 'average-growth' || r.type === 'in-step';

/**
 * The threshold of a 基本同步 target as officials read it: "≥ 地区生产总值增速 − 0.5个百分点（4.70%）"
 * (the reference's growth over the window less the tolerance, and what that comes to).
 */
export function inStepThresholdText(r: TargetResult, referenceName: string, lang: Lang): string {
  return inStepThreshold(referenceName, r.tolerance ?? 0, r.target, lang);
}

/** `decimals`: in the unit shown (percent for growth); by default the unit's usual ones. */
/** `own`: the plan's own units (shown by their English name in English). */
export function formatTargetValue(r: TargetResult, ind: Indicator, v: number | null, lang: Lang, decimals?: number, own?: readonly OwnUnit[]): string {
  if (v === null) return '—';
  if (isRateTarget(r)) return formatRate(v, decimals);
  return formatValue(v, ind.unit, lang, decimals, own);
}

/** The threshold as the table writes it: "≥ 10,000.0亿元"; a multiple whose reference year has no value yet, "≤ 0.92 × 2025年" (not "≤ —"). */
export function formatThresholdText(r: TargetResult, ind: Indicator, lang: Lang, decimals?: number, own?: readonly OwnUnit[]): string {
  if (r.target === null && r.multipleOf !== undefined) return multipleThresholdText(r.comparison, r.multipleOf, lang);
  // 左右: the band the verdict uses ("6.0–7.0%"), never "≥ 6.50%" (the table and the scenario report alike).
  if (r.band !== null) return formatBand(r.band, isRateTarget(r) ? FRACTION_UNIT : ind.unit, lang, own);
  return `${COMPARISON_SIGN[r.comparison]} ${formatTargetValue(r, ind, r.target, lang, decimals, own)}`;
}

export function formatGap(r: TargetResult, ind: Indicator, lang: Lang, decimals?: number, own?: readonly OwnUnit[]): string {
  if (r.gap === null) return '—';
  const d = decimals ?? (isRateTarget(r) ? 2 : ind.unit === '%' ? 1 : unitInfo(ind.unit, own).decimals);
  // The sign of the gap as shown: one that rounds to zero at the shown precision has none.
  const sign = signAt(isRateTarget(r) ? r.gap * 100 : r.gap, d);
  const abs = sign === '' ? 0 : Math.abs(r.gap);
  if (isRateTarget(r)) return sign + formatPoints(abs * 100, lang, d);
  if (ind.unit === '%') return sign + formatPoints(abs, lang, d);
  return sign + formatValue(abs, ind.unit, lang, d, own);
}

/** Required annual real growth, or the yearly points/amount a share or flow needs. */
export function formatRequired(r: TargetResult, ind: Indicator, lang: Lang, own?: readonly OwnUnit[]): string {
  const perYear = lang === 'zh' ? '/年' : ' a year';
  if (r.requiredGrowth !== null) return formatRate(r.requiredGrowth);
  if (r.requiredAnnualChange !== null) {
    if (ind.kind === 'share') return formatPoints(r.requiredAnnualChange, lang, 2) + perYear;
    const u = unitInfo(ind.unit, own);
    return formatNumber(r.requiredAnnualChange, Math.max(u.decimals, 1)) + (lang === 'zh' ? `${u.zh}/年` : ` ${u.en} a year`);
  }
  return '—';
}
