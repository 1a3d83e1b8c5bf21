/**
 * How the plan review writes its numbers: values with units (real ones with their
 * price base, 亿元（2020年价格）), 左右 bands as 6.0–7.0%, verdicts with 刚好达成 and
 * 高于区间 / 低于区间, gaps in units and percent, growth achieved, planned and required.
 * Used by the review view and the PDF report alike.
 */
import { formatNumber, formatPoints, formatRate, formatValue, signAt } from '../numbers/format';
import type { ReviewTarget } from './review-types';
import { inStepThreshold } from '../targets/in-step-text';
import { multipleThresholdText } from '../targets/multiple-text';
import { beyondBandText } from '../targets/about-band';
import { unitInfo, type OwnUnit } from '../numbers/units';
import { FRACTION_UNIT, formatBand } from '../numbers/band-text';

export type Lang = 'zh' | 'en';

const SIGN: Record<ReviewTarget['comparison'], string> = { '>=': '≥', '>': '>', '<=': '≤', '<': '<' };
const MONEY = new Set(['万亿元', '亿元', '万元', '元']);

const isRate = (r: Pick<ReviewTarget, 'unit' | 'type'>) => r.unit === 'fraction' || r.type === 'average-growth';

/** "（2020年价格）" / " (2020 prices)" for a real money value, else ''. */
export function priceBaseText(r: Pick<ReviewTarget, 'basis' | 'priceBaseYear' | 'unit' | 'type'>, lang: Lang): string {
  if (r.basis !== 'real' || r.priceBaseYear === null || isRate(r) || !MONEY.has(r.unit)) return '';
  return lang === 'zh' ? `（${r.priceBaseYear}年价格）` : ` (${r.priceBaseYear} prices)`;
}

/** A value in the target's unit: "6.32%" for growth, "10,138.6亿元" for a level; `own`: the plan's own units (English names in English). */
export function formatReviewValue(r: Pick<ReviewTarget, 'unit' | 'type'>, v: number | null, lang: Lang, own?: readonly OwnUnit[]): string {
  if (v === null || !Number.isFinite(v)) return '—';
  if (isRate(r)) return formatRate(v);
  return formatValue(v, r.unit, lang, undefined, own);
}

/** The threshold: "≥ 20,277.3亿元（2020年价格）", a band "6.0–7.0%", a multiple without its reference value "≤ 0.92 × 2025年". */
/** `referenceName`: the name of a 基本同步 target's reference indicator (its id when not given). */
export function formatThreshold(r: ReviewTarget, lang: Lang, referenceName?: string, own?: readonly OwnUnit[]): string {
  if (r.reference !== undefined) return inStepThreshold(referenceName ?? r.reference, r.tolerance ?? 0, r.target, lang);
  if (r.band !== null) return `${formatBand(r.band, isRate(r) ? FRACTION_UNIT : r.unit, lang, own)}${priceBaseText(r, lang)}`;
  if (r.target === null) return r.multipleOf === undefined ? '—' : multipleThresholdText(r.comparison, r.multipleOf, lang);
  return `${SIGN[r.comparison]} ${formatReviewValue(r, r.target, lang, own)}${priceBaseText(r, lang)}`;
}

/** The threshold as the plan wrote it, where it was rebased onto a new series basis. */
export function formatAsWritten(r: ReviewTarget, lang: Lang, own?: readonly OwnUnit[]): string | null {
  if (r.rebased === null || r.targetAsWritten === null) return null;
  const written = `${SIGN[r.comparison]} ${formatReviewValue(r, r.targetAsWritten, lang, own)}`;
  return lang === 'zh' ? `原文 ${written}；${r.rebased.zh}` : `as written ${written}; ${r.rebased.en}`;
}

export type VerdictTone = 'met' | 'missed' | 'needs-base' | 'pending';

export interface Verdict {
  tone: VerdictTone;
  text: string;
  /** 刚好达成 / on the line; 高于区间 / above the band (低于区间 / below it for an upper bound); the rebasing note. */
  notes: string[];
}

const WORDS = {
  zh: { met: '达成', missed: '未达成', 'needs-base': '缺基期值', pending: '待公布', projected: '预测', line: '刚好达成' },
  en: { met: 'met', missed: 'missed', 'needs-base': 'needs a base value', pending: 'pending', projected: 'projected', line: 'on the line' },
} as const;

export function verdictOf(r: ReviewTarget, lang: Lang): Verdict {
  const w = WORDS[lang];
  const notes: string[] = [];
  const judged = r.status === 'pending' ? r.projectedStatus : r.status;
  if (judged === 'met' && r.onTheLine) notes.push(w.line);
  if (judged === 'met' && r.aboveBand) notes.push(beyondBandText(r, lang));
  if (r.rebased !== null) notes.push(r.rebased[lang]);
  if (r.status === 'pending') {
    const projected = `${w.projected}${lang === 'zh' ? '' : ' '}${r.projectedStatus === 'met' && r.onTheLine ? w.line : w[r.projectedStatus]}`;
    return { tone: 'pending', text: `${w.pending} · ${projected}`, notes: notes.filter((n) => n !== w.line) };
  }
  const text = r.status === 'met' && r.onTheLine ? w.line : w[r.status];
  return { tone: r.status, text, notes: notes.filter((n) => n !== text) };
}

/** "+138.6亿元" (or points for growth targets) and "+1.39%". */
export function formatReviewGap(r: ReviewTarget, lang: Lang, own?: readonly OwnUnit[]): { units: string; percent: string } {
  if (r.gap === null) return { units: '—', percent: '—' };
  // The sign of the number as shown: a gap that rounds to zero has none (never "−0.00个百分点").
  let units: string;
  if (isRate(r)) units = signAt(r.gap * 100, 2) + formatPoints(Math.abs(r.gap) * 100, lang, 2);
  else if (r.unit === '%') units = signAt(r.gap, 1) + formatPoints(Math.abs(r.gap), lang, 1);
  else units = signAt(r.gap, unitInfo(r.unit, own).decimals) + formatReviewValue(r, Math.abs(r.gap), lang, own);
  const percent = r.gapPct === null ? '—' : `${signAt(r.gapPct * 100, 1)}${formatNumber(Math.abs(r.gapPct) * 100, 1)}%`;
  return { units, percent };
}

const span = (from: number | null, to: number | null) => (from === null || to === null ? '' : `${from}—${to}`);

/** Growth achieved so far: "6.10% 实际 · 8.12% 名义（2020—2024）". */
export function formatAchieved(r: ReviewTarget, lang: Lang): string {
  if (r.achievedGrowth === null && r.achievedGrowthNominal === null) return '—';
  // 估 / est.: the real growth rests on estimated price changes (achievedMethod says which years)
  const est = (r.achievedEstimatedYears ?? []).length > 0 ? (lang === 'zh' ? '（估）' : ' (est.)') : '';
  const real = lang === 'zh' ? `实际 ${formatRate(r.achievedGrowth)}${est}` : `real ${formatRate(r.achievedGrowth)}${est}`;
  const nominal = r.achievedGrowthNominal === null ? '' : lang === 'zh' ? ` · 名义 ${formatRate(r.achievedGrowthNominal)}` : ` · nominal ${formatRate(r.achievedGrowthNominal)}`;
  const years = span(r.achievedFrom, r.achievedTo);
  return `${real}${nominal}${years ? (lang === 'zh' ? `（${years}）` : ` (${years})`) : ''}`;
}

/** How the achieved growth is computed, with its estimated years: "2020—2025年复合年均实际增长（2020年价格，按居民消费价格指数平减；2024年实际值为估算）". */
export function formatAchievedMethod(r: ReviewTarget, lang: Lang): string {
  return r.achievedMethod?.[lang] ?? '';
}

/** The achieved growth with its method, for tables that have no room for a second line (the PDF report). */
export function formatAchievedWithMethod(r: ReviewTarget, lang: Lang): string {
  const method = formatAchievedMethod(r, lang);
  return method === '' ? formatAchieved(r, lang) : `${formatAchieved(r, lang)}${lang === 'zh' ? '；' : '; '}${method}`;
}

/** The yearly growth still needed: "7.18%/年（自2024年）". */
export function formatRequiredGrowth(r: ReviewTarget, lang: Lang): string {
  if (r.requiredGrowth === null) return '—';
  const from = r.requiredFrom === null ? '' : lang === 'zh' ? `（自${r.requiredFrom}年）` : ` (from ${r.requiredFrom})`;
  return `${formatRate(r.requiredGrowth)}${from}`;
}

/** Shares: points a year still needed; flows: the amount a year ("+0.80个百分点/年"). */
export function formatRequiredChange(r: ReviewTarget, lang: Lang): string {
  if (r.requiredChange === null) return '—';
  const perYear = lang === 'zh' ? '/年' : ' a year';
  if (r.unit === '%') return formatPoints(r.requiredChange, lang, 2) + perYear;
  return formatReviewValue(r, r.requiredChange, lang) + perYear;
}

/** The growth of the last five reported years: "5.90%（2019—2024）". */
export function formatRecent(r: ReviewTarget, lang: Lang): string {
  if (r.recentGrowth === null) return '—';
  const years = span(r.recentFrom, r.recentFrom === null ? null : (r.achievedTo ?? null));
  return `${formatRate(r.recentGrowth)}${years ? (lang === 'zh' ? `（${years}）` : ` (${years})`) : ''}`;
}

/** The year (or years) a target is judged over: "2025", "2021—2025". */
export function targetYears(r: ReviewTarget, from: number | undefined): string {
  return from === undefined ? String(r.year) : `${from}—${r.year}`;
}
