/**
 * How the review report writes its cells: each a list of parts that must not break
 * inside (a number with its unit, a bracket, a tag), with the number and an Excel
 * format for the workbook. Percentages are stored as fractions with a % format;
 * percentage-point changes as points with a "个百分点" format (rule 8: they differ).
 */
import { formatNumber, formatRate, formatValue, unitLabel } from '../numbers/format';
import type { ReviewTarget } from '../review/review-types';
import type { OwnUnit } from '../numbers/units';
import { unitInfo } from '../numbers/units';
import { beyondBandText } from '../targets/about-band';
import { formatBand } from '../numbers/band-text';
import { multipleThresholdText } from '../targets/multiple-text';
import type { ReportCell, ReportLang } from './report-types';

const SIGN: Record<ReviewTarget['comparison'], string> = { '>=': '≥', '>': '>', '<=': '≤', '<': '<' };
const MONEY = new Set(['万亿元', '亿元', '万元', '元']);
/** Growth rates print with two decimals (6.34%), shares with the unit's own. */
export const RATE_DECIMALS = 2;

export const text = (...parts: string[]): ReportCell => ({ parts: parts.filter((p) => p !== '') });
export const DASH: ReportCell = { parts: ['—'] };

/** A value in `decimals` rounded to 12 significant digits and without −0: what a cell stores. */
export function cleanNumber(v: number): number {
  // Float noise around zero (0.065 − 0.065000000000000002) is zero, not a signed hair.
  if (Math.abs(v) < 1e-12) return 0;
  const r = Number(v.toPrecision(12));
  return Object.is(r, -0) ? 0 : r;
}

/** The sign as shown: of the value rounded to the decimals printed (no "−0.00"). */
function shownSign(v: number, decimals: number): string {
  const r = Math.round(v * 10 ** decimals);
  return r > 0 ? '+' : r < 0 ? '−' : '';
}

const isRate = (r: Pick<ReviewTarget, 'unit' | 'type'>) => r.unit === 'fraction' || r.type === 'average-growth';
const zeros = (d: number) => (d > 0 ? `.${'0'.repeat(d)}` : '');
/** A literal for an Excel number format: "亿元" quoted, its quotes doubled. */
const lit = (s: string) => (s === '' ? '' : `"${s.replace(/"/g, '""')}"`);

/** The Excel format of a number with a unit suffix (#,##0.0"亿元") or a percent (0.0%). */
export function unitFormat(unit: string, lang: ReportLang, decimals: number, own?: readonly OwnUnit[], prefix = ''): string {
  const pre = lit(prefix);
  if (unit === '%' || unit === 'fraction') return `${pre}0${zeros(decimals)}%`;
  const label = unitLabel(unit, lang, own);
  return `${pre}#,##0${zeros(decimals)}${lit(label === '' ? '' : lang === 'zh' ? label : ` ${label}`)}`;
}

function pointsFormat(lang: ReportLang, decimals: number, suffix = ''): string {
  const unit = lit(lang === 'zh' ? `个百分点${suffix}` : ` pp${suffix}`);
  const z = zeros(decimals);
  return `+0${z}${unit};-0${z}${unit};0${z}${unit}`;
}

export function decimalsOf(unit: string, own?: readonly OwnUnit[]): number {
  return unit === 'fraction' ? RATE_DECIMALS : unitInfo(unit, own).decimals;
}

/** "（2020年价格）" for a real money value. */
export function priceBase(r: Pick<ReviewTarget, 'basis' | 'priceBaseYear' | 'unit' | 'type'>, lang: ReportLang): string {
  if (r.basis !== 'real' || r.priceBaseYear === null || isRate(r) || !MONEY.has(r.unit)) return '';
  return lang === 'zh' ? `（${r.priceBaseYear}年价格）` : `(${r.priceBaseYear} prices)`;
}

/** A plain value in a unit: 10,309.4亿元, 70.2% (stored 0.702), 6.37% for a rate (a fraction). */
export function amountCell(v: number | null, unit: string, lang: ReportLang, own?: readonly OwnUnit[], prefix = ''): ReportCell {
  if (v === null || !Number.isFinite(v)) return DASH;
  const d = decimalsOf(unit, own);
  const pre = prefix === '' ? '' : `${prefix} `;
  if (unit === 'fraction') return { parts: [`${pre}${formatRate(v, d)}`], num: cleanNumber(v), fmt: unitFormat('fraction', lang, d, own, pre) };
  if (unit === '%') return { parts: [`${pre}${formatNumber(v, d)}%`], num: cleanNumber(v / 100), fmt: unitFormat('%', lang, d, own, pre) };
  return { parts: [`${pre}${formatValue(v, unit, lang, d, own)}`], num: cleanNumber(v), fmt: unitFormat(unit, lang, d, own, pre) };
}

const unitOf = (r: Pick<ReviewTarget, 'unit' | 'type'>) => (isRate(r) ? 'fraction' : r.unit);

export function valueCell(r: ReviewTarget, lang: ReportLang, own?: readonly OwnUnit[]): ReportCell {
  const cell = amountCell(r.value, unitOf(r), lang, own);
  if (cell === DASH) return cell;
  const extra = [priceBase(r, lang), r.source === 'projected' ? (lang === 'zh' ? '预测' : 'projected') : ''];
  return { ...cell, parts: [...cell.parts, ...extra.filter((p) => p !== '')] };
}

/** The threshold: "≥ 10,000.0亿元", a 左右 band "6.0–7.0%" (text: a band is two numbers). */
export function thresholdCell(r: ReviewTarget, lang: ReportLang, own?: readonly OwnUnit[]): ReportCell {
  const unit = unitOf(r);
  if (r.band !== null) {
    return text(formatBand(r.band, unit, lang, own), lang === 'zh' ? '（左右）' : '(about)', priceBase(r, lang));
  }
  // A multiple whose reference year has no value yet still says what it asks: "≤ 0.92 × 2025年".
  if (r.target === null) return r.multipleOf === undefined ? DASH : text(multipleThresholdText(r.comparison, r.multipleOf, lang));
  const cell = amountCell(r.target, unit, lang, own, SIGN[r.comparison]);
  return { ...cell, parts: [...cell.parts, priceBase(r, lang)].filter((p) => p !== '') };
}

export const VERDICT_WORDS = {
  zh: { met: '达成', missed: '未达成', pending: '待公布', noData: '无数据', projected: '预测', line: '刚好达成' },
  en: { met: 'met', missed: 'missed', pending: 'pending', noData: 'no data', projected: 'projected', line: 'on the line' },
} as const;

/** 达成 / 未达成 / 待公布（预测达成）/ 无数据, with 刚好达成 and 高于区间 / 低于区间 where they apply. */
export function verdictCell(r: ReviewTarget, lang: ReportLang): ReportCell {
  const w = VERDICT_WORDS[lang];
  const judged = r.status === 'pending' ? r.projectedStatus : r.status;
  const notes: string[] = [];
  if (judged === 'met' && r.onTheLine) notes.push(w.line);
  if (judged === 'met' && r.aboveBand) notes.push(beyondBandText(r, lang));
  if (r.status === 'needs-base') return text(w.noData);
  if (r.status === 'pending') {
    const word = r.projectedStatus === 'needs-base' ? w.noData : w[r.projectedStatus];
    const projected = lang === 'zh' ? `（${w.projected}${word}）` : `(${w.projected}: ${word})`;
    return text(w.pending, projected, ...notes.map((n) => (lang === 'zh' ? `（${n}）` : `(${n})`)));
  }
  return text(w[r.status], ...notes.map((n) => (lang === 'zh' ? `（${n}）` : `(${n})`)));
}

/** The gap in the target's unit (points for rates and shares). */
export function gapCell(r: ReviewTarget, lang: ReportLang, own?: readonly OwnUnit[]): ReportCell {
  if (r.gap === null) return DASH;
  if (isRate(r) || r.unit === '%') {
    const points = isRate(r) ? r.gap * 100 : r.gap;
    const d = isRate(r) ? 2 : 1;
    const body = `${shownSign(points, d)}${formatNumber(Math.abs(points), d)}${lang === 'zh' ? '个百分点' : ' pp'}`;
    return { parts: [body], num: shownSign(points, d) === '' ? 0 : cleanNumber(points), fmt: pointsFormat(lang, d) };
  }
  const d = decimalsOf(r.unit, own);
  const body = `${shownSign(r.gap, d)}${formatValue(Math.abs(r.gap), r.unit, lang, d, own)}`;
  const f = unitFormat(r.unit, lang, d, own);
  return { parts: [body, priceBase(r, lang)].filter((p) => p !== ''), num: shownSign(r.gap, d) === '' ? 0 : cleanNumber(r.gap), fmt: `+${f};-${f};${f}` };
}

/** gap ÷ |threshold| as a percentage (a fraction with a % format). */
export function gapPctCell(r: ReviewTarget): ReportCell {
  if (r.gapPct === null || !Number.isFinite(r.gapPct)) return DASH;
  const v = cleanNumber(r.gapPct);
  const sign = shownSign(v * 100, 1);
  return { parts: [`${sign}${formatNumber(Math.abs(v) * 100, 1)}%`], num: sign === '' ? 0 : v, fmt: '+0.0%;-0.0%;0.0%' };
}

/** Real growth achieved a year: "6.34%", "（2020—2024）", and 估 where a real value rests on an estimate. */
export function achievedCell(r: ReviewTarget, lang: ReportLang, estimated: boolean): ReportCell {
  if (r.achievedGrowth === null) return DASH;
  const years = r.achievedFrom !== null && r.achievedTo !== null ? (lang === 'zh' ? `（${r.achievedFrom}—${r.achievedTo}）` : `(${r.achievedFrom}–${r.achievedTo})`) : '';
  const parts = [formatRate(r.achievedGrowth, RATE_DECIMALS), years, estimated ? (lang === 'zh' ? '估' : 'est.') : ''];
  return { parts: parts.filter((p) => p !== ''), num: cleanNumber(r.achievedGrowth), fmt: '0.00%' };
}

/** The growth a year still needed (a rate), or points a year (shares), or an amount a year (flows). */
export function requiredCell(r: ReviewTarget, lang: ReportLang, own?: readonly OwnUnit[]): ReportCell {
  const from = r.requiredFrom === null ? '' : lang === 'zh' ? `（自${r.requiredFrom}年）` : `(from ${r.requiredFrom})`;
  if (r.requiredGrowth !== null) return { parts: [`${formatRate(r.requiredGrowth, RATE_DECIMALS)}${lang === 'zh' ? '/年' : ' a year'}`, from].filter((p) => p !== ''), num: cleanNumber(r.requiredGrowth), fmt: '0.00%' };
  if (r.requiredChange === null) return DASH;
  if (r.unit === '%') {
    const body = `${formatNumber(r.requiredChange, 2)}${lang === 'zh' ? '个百分点/年' : ' pp a year'}`;
    return { parts: [body, from].filter((p) => p !== ''), num: cleanNumber(r.requiredChange), fmt: pointsFormat(lang, 2, lang === 'zh' ? '/年' : ' a year') };
  }
  const cell = amountCell(r.requiredChange, r.unit, lang, own);
  return { ...cell, parts: [...cell.parts.map((p) => `${p}${lang === 'zh' ? '/年' : ' a year'}`), from].filter((p) => p !== '') };
}

export const BINDING_WORDS = {
  zh: { binding: '约束性', expected: '预期性', unmarked: '未标注' },
  en: { binding: 'binding', expected: 'expected', unmarked: 'not marked' },
} as const;

/** A cell's parts as one line: a space between parts, none before a full-width bracket. */
export function cellText(cell: ReportCell): string {
  return cell.parts.reduce((out, part, i) => (i === 0 ? part : part.startsWith('（') || (out.endsWith('）') && /^[估预]/.test(part)) ? `${out}${part}` : `${out} ${part}`), '');
}
