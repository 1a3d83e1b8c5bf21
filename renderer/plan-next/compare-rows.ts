/** The comparison's target pairs as table rows, with each side's cells as text (pure; tested). */
import { formatRate, formatValue } from '../../models/numbers/format';
import type { PlanComparison, TargetSide } from '../../models/plan/compare-plans';
import type { Plan } from '../../models/plan/plan-schema';

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

function cells(t: TargetSide | null, lang: Lang, plan: Plan): SideCells {
  if (t === null) return EMPTY;
  const zh = lang === 'zh';
  const threshold = t.band ? `${amount(t, t.band[0], lang, plan)}–${amount(t, t.band[1], lang, plan)}` : `${t.comparison} ${amount(t, t.threshold, lang, plan)}`;
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
    target: `${t.year}${zh ? '年' : ''} ${threshold}`,
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

/** "12 matched · 2 only in A · 3 only in B". */
export function matchSummary(c: PlanComparison): { matched: number; onlyA: number; onlyB: number } {
  return { matched: c.indicators.filter((p) => p.a !== null && p.b !== null).length, onlyA: c.onlyInA.length, onlyB: c.onlyInB.length };
}


