/**
 * 上期规划完成情况 / Outcomes of the previous plan: the rows a continued plan (续编)
 * shows of the plan it continues, from `predecessor.outcomes` exactly as the file keeps
 * them (value, threshold, verdict, growth achieved). Nothing is projected or judged again:
 * a verdict is the stored one, a value without a figure stays marked 预测.
 * One builder for the review tab, the review report and the CLI, so they cannot disagree.
 */
import { formatNumber, formatValue } from '../numbers/format';
import type { OwnUnit } from '../numbers/units';
import type { PlanOutcome, Predecessor } from '../plan/predecessor';
import { amountCell, BINDING_WORDS, decimalsOf, DASH, RATE_DECIMALS, text, VERDICT_WORDS, cleanNumber } from '../export/report-text';
import type { ReportCell, ReportLang } from '../export/report-types';

export interface OutcomeRow {
  /** The finished plan's target id. */
  id: string;
  name: string;
  sentence: string;
  section: string;
  year: number;
  /** 约束性 / 预期性 as stored, or '' where not marked. */
  binding: string;
  value: ReportCell;
  /** The value is the projection of that time (no figure was reported), marked 预测 in `value`. */
  projected: boolean;
  threshold: ReportCell;
  status: PlanOutcome['status'];
  /** 达成 / 未达成 / 待公布 / 无数据. */
  verdict: string;
  achieved: ReportCell;
}

export interface OutcomeCounts {
  met: number;
  missed: number;
  pending: number;
  noData: number;
  total: number;
}

const SIGN: Record<PlanOutcome['comparison'], string> = { '>=': '≥', '>': '>', '<=': '≤', '<': '<' };
const MONEY = new Set(['万亿元', '亿元', '万元', '元']);
const L = (lang: ReportLang, zh: string, en: string) => (lang === 'zh' ? zh : en);

/** Growth targets are judged as fractions; every other value in the indicator's unit. */
const unitOf = (o: PlanOutcome) => (o.unit === 'fraction' || o.type === 'average-growth' ? 'fraction' : o.unit);

/** The price-base words of a real money value ("（2020年价格）"), where the outcome keeps the year. */
function priceText(o: PlanOutcome, lang: ReportLang): string {
  const year = o.priceBaseYear ?? null;
  if (o.basis !== 'real' || year === null || unitOf(o) === 'fraction' || !MONEY.has(o.unit)) return '';
  return L(lang, `（${year}年价格）`, `(${year} prices)`);
}

function valueCell(o: PlanOutcome, lang: ReportLang, own?: readonly OwnUnit[]): ReportCell {
  const cell = amountCell(o.value, unitOf(o), lang, own);
  if (cell === DASH) return cell;
  const extra = [priceText(o, lang), o.source === 'projected' ? L(lang, '预测', 'projected') : ''];
  return { ...cell, parts: [...cell.parts, ...extra.filter((p) => p !== '')] };
}

function thresholdCell(o: PlanOutcome, lang: ReportLang, own?: readonly OwnUnit[]): ReportCell {
  const unit = unitOf(o);
  const band = o.band ?? null;
  if (band !== null) {
    const [lo, hi] = band;
    const d = unit === 'fraction' ? 1 : decimalsOf(unit, own);
    const range =
      unit === 'fraction'
        ? `${formatNumber(lo * 100, d)}–${formatNumber(hi * 100, d)}%`
        : unit === '%'
          ? `${formatNumber(lo, d)}–${formatNumber(hi, d)}%`
          : `${formatNumber(lo, d)}–${formatValue(hi, unit, lang, d, own)}`;
    return text(range, L(lang, '（左右）', '(about)'), priceText(o, lang));
  }
  if (o.threshold === null) return DASH;
  const cell = amountCell(o.threshold, unit, lang, own, SIGN[o.comparison]);
  return { ...cell, parts: [...cell.parts, priceText(o, lang)].filter((p) => p !== '') };
}

function achievedCell(o: PlanOutcome, lang: ReportLang): ReportCell {
  if (o.achievedGrowth === null) return DASH;
  const years = o.achievedFrom !== null && o.achievedTo !== null ? L(lang, `（${o.achievedFrom}—${o.achievedTo}）`, `(${o.achievedFrom}–${o.achievedTo})`) : '';
  return { parts: [`${formatNumber(o.achievedGrowth * 100, RATE_DECIMALS)}%`, years].filter((p) => p !== ''), num: cleanNumber(o.achievedGrowth), fmt: '0.00%' };
}

export function verdictWord(status: PlanOutcome['status'], lang: ReportLang): string {
  const w = VERDICT_WORDS[lang];
  return status === 'needs-base' ? w.noData : w[status];
}

/** One row per outcome, in the order the file keeps them. */
export function outcomeRows(p: Predecessor, lang: ReportLang, own?: readonly OwnUnit[]): OutcomeRow[] {
  return p.outcomes.map((o) => ({
    id: o.target,
    name: o.name[lang],
    sentence: o.sentence,
    section: o.section,
    year: o.year,
    binding: o.binding === undefined ? '' : BINDING_WORDS[lang][o.binding],
    value: valueCell(o, lang, own),
    projected: o.source === 'projected' && o.value !== null,
    threshold: thresholdCell(o, lang, own),
    status: o.status,
    verdict: verdictWord(o.status, lang),
    achieved: achievedCell(o, lang),
  }));
}

export function outcomeCounts(p: Predecessor): OutcomeCounts {
  const n = (s: PlanOutcome['status']) => p.outcomes.filter((o) => o.status === s).length;
  return { met: n('met'), missed: n('missed'), pending: n('pending'), noData: n('needs-base'), total: p.outcomes.length };
}

/** "上期规划完成情况（《…》，2021—2025年）" / "Outcomes of the previous plan (…, 2021–2025)". */
export function outcomesHeading(p: Predecessor, lang: ReportLang): string {
  const { start, end } = p.period;
  return L(lang, `上期规划完成情况（《${p.document}》，${start}—${end}年）`, `Outcomes of the previous plan (${p.title.en}, ${start}–${end})`);
}

/** "达成 1 · 未达成 1 · 待公布 9 · 无数据 15（共26项）": the counts, the groups with none left out. */
export function outcomeCountsText(c: OutcomeCounts, lang: ReportLang): string {
  const w = VERDICT_WORDS[lang];
  const parts = (
    [
      ['met', c.met],
      ['missed', c.missed],
      ['pending', c.pending],
      ['noData', c.noData],
    ] as const
  )
    .filter(([k, n]) => n > 0 || k === 'met' || k === 'missed')
    .map(([k, n]) => `${w[k]} ${n}`);
  return `${parts.join(' · ')}${L(lang, `（共${c.total}项）`, ` (${c.total} in all)`)}`;
}

/** What the values are: figures up to the finished period's end, the rest from a scenario's projection of that time. */
/** `scenarioName`: the name of the scenario `p.scenario` (its id where the plan no longer has it). */
export function outcomesNote(p: Predecessor, lang: ReportLang, scenarioName = p.scenario): string {
  return L(
    lang,
    `按上期规划续编时的记录（数据截至${p.asOf}年；无报告数的年份取“${scenarioName}”情景的预测值，标“预测”）；不再重新推算。`,
    `As recorded when the plan was continued (figures up to ${p.asOf}; a year without a reported figure took the projection of scenario "${scenarioName}", marked projected); not projected again.`,
  );
}
