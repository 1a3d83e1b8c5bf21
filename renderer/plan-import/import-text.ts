/** The import dialog's words for a proposed target and a row problem (the rules are in models/plan-import). */
import { IN_STEP_DEFAULT_TOLERANCE } from '../../models/plan/plan-limits';
import type { TFunction } from 'i18next';
import { STATUS_LABELS } from '../../models/plan/actuals-input';
import { formatNumber, formatRate, formatValue } from '../../models/numbers/format';
import type { ImportProblem } from '../../models/plan-import';
import type { OwnUnit } from '../../models/numbers/units';
import type { Target } from '../../models/plan/plan-schema';
import { COMPARISON_SIGN, type Lang } from '../components/target-format';

/** The decimals a figure was written with (up to 6), so the preview shows 2.9 人 as 2.9. */
export function writtenDecimals(v: number): number {
  return Math.min(6, (String(v).split('.')[1] ?? '').length);
}

/** A figure with its unit, as written. */
export function figureText(v: number, unit: string, lang: Lang, own: readonly OwnUnit[] = []): string {
  return formatValue(v, unit, lang, writtenDecimals(v), own);
}

/** A target as the preview writes it: "2025年 ≥ 80 岁", "2020—2025年年均增长 ≥ 6.50%（±0.5个百分点）". */
export function targetText(t: Target, unit: string, lang: Lang, tr: TFunction, own: readonly OwnUnit[] = []): string {
  const sign = COMPARISON_SIGN[t.comparison];
  switch (t.type) {
    case 'threshold':
      return tr('planImport.target.threshold', { year: t.year, sign, value: figureText(t.value, t.unit ?? unit, lang, own) });
    case 'average-growth':
      return (
        tr('planImport.target.average-growth', { from: t.from, to: t.to, sign, value: formatRate(t.value, Math.max(1, writtenDecimals(Number((t.value * 100).toPrecision(10))))) }) +
        (t.tolerance ? tr('planImport.target.tolerance', { points: formatNumber(t.tolerance * 100, 1) }) : '')
      );
    case 'multiple':
      return tr('planImport.target.multiple', { year: t.year, sign, factor: formatNumber(t.factor, t.factor % 1 === 0 ? 0 : 2), ofYear: t.ofYear });
    case 'cumulative':
      return tr('planImport.target.cumulative', { from: t.from, to: t.to, sign, value: figureText(t.value, t.unit ?? unit, lang, own) });
    case 'in-step':
      return tr('planImport.target.in-step', { from: t.from, to: t.to, reference: t.reference, points: formatNumber((t.tolerance ?? IN_STEP_DEFAULT_TOLERANCE) * 100, 1) });
  }
}

/** A row problem: "第 9 行 “2025年目标”列：“abc”不是数值，此项未导入". */
export function problemText(p: ImportProblem, lang: Lang, tr: TFunction): string {
  const params: Record<string, string | number> = { ...(p.params ?? {}), cell: p.cell ?? '' };
  if (typeof params.kind === 'string') params.kind = tr(`planImport.kinds.${params.kind}`);
  if (typeof params.used === 'string' && params.used in STATUS_LABELS) params.used = STATUS_LABELS[params.used as keyof typeof STATUS_LABELS][lang];
  const where = tr('planImport.problemAt', { row: p.row }) + (p.header ? ` ${tr('planImport.problemColumn', { header: p.header })}` : '');
  return `${where}${lang === 'zh' ? '：' : ': '}${tr(`planImport.problems.${p.code}`, params)}`;
}
