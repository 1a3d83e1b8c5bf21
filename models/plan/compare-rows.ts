/** The comparison's target pairs as table rows, with each side's cells as text (pure; tested). */
import { formatRate, formatValue } from '../numbers/format';
import type { PlanComparison, TargetSide } from './compare-plans';
import type { Plan } from './plan-schema';
import { IN_STEP_DEFAULT_TOLERANCE } from './plan-limits';
import { FRACTION_UNIT, formatBand } from '../numbers/band-text';
import { inStepSentence } from '../targets/in-step-text';
import { multipleOf, multipleThresholdText } from '../targets/multiple-text';

type Lang = 'zh' | 'en';

export interface SideCells {
  target: string;
  value: string;
  status: TargetSide['status'] | null;
  growth: string;
  sentence: string;
}

export interface CompareRow {
  key: string;
  indicator: string;
  a: SideCells;
  b: SideCells;
}

const EMPTY: SideCells = { target: '—', value: '—', status: null, growth: '—', sentence: '' };

function amount(t: TargetSide, v: number | null, lang: Lang, plan: Plan): string {
  if (t.unit === 'fraction') return formatRate(v, 2);
  return v === null ? '—' : formatValue(v, t.unit, lang, Math.abs(v) >= 1000 ? 0 : undefined, plan.units);
}

const SIGN: Record<TargetSide['comparison'], string> = { '>=': '≥', '>': '>', '<=': '≤', '<': '<' };

/**
 * What a target asks, as the app writes it elsewhere: "2030年 ≥ 7.00%"; a period for growth and
 * sums ("2025—2030年 年均增长 ≥ 7.00%"); a 基本同步 target as such ("2025—2030年 与国内生产总值增长同步（慢不超过0.5个百分点）").
 */
function targetText(t: TargetSide, lang: Lang, plan: Plan): string {
  const zh = lang === 'zh';
  const target = plan.targets.find((x) => x.id === t.id);
  if (target?.type === 'in-step') {
    const ref = plan.indicators.find((i) => i.id === target.reference)?.name[lang] ?? target.reference;
    return inStepSentence(target.from, target.to, ref, target.tolerance ?? IN_STEP_DEFAULT_TOLERANCE, lang);
  }
  const multiple = target === undefined || t.threshold !== null ? undefined : multipleOf(target);
  const threshold = multiple !== undefined ? multipleThresholdText(t.comparison, multiple, lang) : t.band ? formatBand(t.band, t.unit === 'fraction' || t.type === 'average-growth' ? FRACTION_UNIT : t.unit, lang, plan.units) : `${SIGN[t.comparison]} ${amount(t, t.threshold, lang, plan)}`;
  if (target?.type === 'average-growth') return zh ? `${target.from}—${target.to}年 年均增长 ${threshold}` : `${target.from}–${target.to}: growth a year ${threshold}`;
  if (target?.type === 'cumulative') return zh ? `${target.from}—${target.to}年 累计 ${threshold}` : `${target.from}–${target.to}: total ${threshold}`;
  return `${t.year}${zh ? '年' : ''} ${threshold}`;
}

function cells(t: TargetSide | null, lang: Lang, plan: Plan): SideCells {
  if (t === null) return EMPTY;
  const zh = lang === 'zh';
  const growth =
    t.requiredGrowth !== null
      ? zh
        ? `需年均 ${formatRate(t.requiredGrowth, 2)}（自${t.requiredFrom ?? ''}年）`
        : `needs ${formatRate(t.requiredGrowth, 2)} a year (from ${t.requiredFrom ?? ''})`
      : t.achievedGrowth !== null
        ? zh
          ? `实际年均 ${formatRate(t.achievedGrowth, 2)}（${t.achievedFrom ?? ''}—${t.achievedTo ?? ''}）`
          : `achieved ${formatRate(t.achievedGrowth, 2)} a year (${t.achievedFrom ?? ''}–${t.achievedTo ?? ''})`
        : '—';
  const projected = t.source === 'projected' ? (zh ? '（预测）' : ' (projected)') : '';
  return {
    target: targetText(t, lang, plan),
    value: `${amount(t, t.value, lang, plan)}${t.value === null ? '' : projected}`,
    status: t.status,
    growth,
    sentence: t.sentence,
  };
}

export function compareRows(c: PlanComparison, a: Plan, b: Plan, lang: Lang): CompareRow[] {
  return c.targets.map((p, k) => ({
    key: `${k}-${p.a?.id ?? ''}-${p.b?.id ?? ''}`,
    indicator: c.indicators[p.indicator]?.name[lang] ?? '',
    a: cells(p.a, lang, a),
    b: cells(p.b, lang, b),
  }));
}

/** A verdict in words, as the compare view's tags write it (renderer/i18n comparePlans.status). */
export const COMPARE_STATUS_WORDS: Readonly<Record<Lang, Readonly<Record<TargetSide['status'], string>>>> = {
  zh: { met: '达成', missed: '未达成', pending: '待公布', 'needs-base': '缺基期值' },
  en: { met: 'met', missed: 'missed', pending: 'pending', 'needs-base': 'needs a base' },
};

/** The indicators found in one plan only, by name (the JSON keeps their ids): "城镇居民人均可支配收入、…". */
export function onlyInNames(c: PlanComparison, side: 'a' | 'b', lang: Lang): string[] {
  return c.indicators.filter((p) => (side === 'a' ? p.a !== null && p.b === null : p.b !== null && p.a === null)).map((p) => p.name[lang] || (p[side] ?? ''));
}

/** "12 matched · 2 only in A · 3 only in B". */
export function matchSummary(c: PlanComparison): { matched: number; onlyA: number; onlyB: number } {
  return { matched: c.indicators.filter((p) => p.a !== null && p.b !== null).length, onlyA: c.onlyInA.length, onlyB: c.onlyInB.length };
}


