/** How the sensitivity tools write their numbers: gap units, steps, assumption values. */
import { formatNumber, formatPoints, formatRate } from '../../models/numbers/format';
import type { Indicator, Plan, Target } from '../../models/plan/plan-schema';
import type { AssumptionKind } from '../../models/plan/scenario-edit';
import type { TornadoBar } from '../../models/uncertainty/sensitivity';
import { unitInfo } from '../../models/numbers/units';

export type Lang = 'zh' | 'en';

/** How a target's gap is shown: scale (gap × scale), unit text and decimals. */
/** `own`: the plan's own units (English names in English). */
export function gapUnit(target: Target, ind: Indicator, lang: Lang, own?: Plan['units']): { scale: number; unit: string; decimals: number } {
  if (target.type === 'average-growth' || target.type === 'in-step') return { scale: 100, unit: lang === 'zh' ? '个百分点' : 'pp', decimals: 2 };
  if (ind.unit === '%') return { scale: 1, unit: lang === 'zh' ? '个百分点' : 'pp', decimals: 2 };
  const u = unitInfo(ind.unit, own);
  return { scale: 1, unit: u[lang] || (lang === 'zh' ? '指数' : 'index'), decimals: u.decimals };
}

/** A tornado bar's step: "−1个百分点", "+0.5 pp", "−10%" (flows), with "1 sd" where it is one. */
export function stepText(bar: TornadoBar, sign: 1 | -1, lang: Lang, sdWord: string): string {
  const s = sign > 0 ? '+' : '−';
  const v = bar.kind === 'share' ? bar.step : bar.step * 100;
  const text = bar.kind === 'flow' ? `${s}${formatNumber(v, 1)}%` : s + formatPoints(v, lang, v >= 1 && Number.isInteger(v) ? 0 : 2);
  return bar.stepFrom === 'sd' ? `${text} (${sdWord})` : text;
}

/** An assumption's value as set: growth or inflation in %, share points a year, flow amount a year. */
export function assumptionValueText(kind: AssumptionKind, value: number, plan: Plan, indicatorId: string, lang: Lang): string {
  if (kind === 'level' || kind === 'deflator') return formatRate(value, 2);
  if (kind === 'share') return formatPoints(value, lang, 2);
  const ind = plan.indicators.find((i) => i.id === indicatorId);
  const u = ind ? unitInfo(ind.unit, plan.units) : null;
  const unit = u ? u[lang] : '';
  return `${formatNumber(value, Math.max(u?.decimals ?? 1, 1))}${lang === 'zh' ? unit : ` ${unit}`}`;
}
