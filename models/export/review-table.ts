/**
 * The plan review as export tables (XLSX sheets, CSV): every target with its value
 * (reported or projected), threshold, verdict, gap in units and percent, growth
 * achieved, planned and required; and the year-by-year table of reported values
 * against the path the targets imply. Numbers stay numbers; growth as fractions in
 * percent columns.
 */
import { STATUS_LABELS } from '../plan/actuals-input';
import type { DataStatus, Plan } from '../plan/plan-schema';
import type { Review, ReviewTarget } from '../review/review-types';
import { unitInfo } from '../numbers/units';
import type { Lang } from '../plan/validation-messages';
import type { Cell } from './csv';
import { bindingCell, bindingColumn } from './binding-column';
import { GROWTH_PERCENT_DECIMALS, sameDecimalsPerKey } from './column-decimals';
import { verdictDecimals } from '../numbers/display-precision';
import { outputGap } from '../numbers/output-number';
import { beyondBandText } from '../targets/about-band';
import { sheetName, type Table } from './export-tables';
import { multipleFactorText } from '../targets/multiple-text';

const L = (lang: Lang, zh: string, en: string) => (lang === 'zh' ? zh : en);

const STATUS: Record<ReviewTarget['status'], { zh: string; en: string }> = {
  met: { zh: '达成', en: 'met' },
  missed: { zh: '未达成', en: 'missed' },
  'needs-base': { zh: '缺基期值', en: 'needs a base value' },
  pending: { zh: '待公布', en: 'pending' },
};

const isRate = (r: ReviewTarget) => r.unit === 'fraction' || r.type === 'average-growth' || r.type === 'in-step';

/** `own`: the plan's own units, named in `lang` (100m tce, not 亿吨标准煤, in English). */
function unitText(r: ReviewTarget, lang: Lang, own?: Plan['units']): string {
  if (isRate(r)) return '%';
  const u = unitInfo(r.unit, own)[lang];
  const base = r.basis === 'real' && r.priceBaseYear !== null ? L(lang, `（${r.priceBaseYear}年价格）`, ` (${r.priceBaseYear} prices)`) : '';
  return `${u || L(lang, '指数', 'index')}${base}`;
}

function verdictText(r: ReviewTarget, lang: Lang): string {
  const parts = [STATUS[r.status][lang]];
  if (r.status === 'pending') parts.push(L(lang, `预测${STATUS[r.projectedStatus].zh}`, `projected ${STATUS[r.projectedStatus].en}`));
  if (r.onTheLine) parts.push(L(lang, '刚好达成', 'on the line'));
  if (r.aboveBand) parts.push(beyondBandText(r, lang));
  return parts.join(L(lang, '；', '; '));
}

/** Rate targets are shown in percent (6.5), so scale them; levels stay as they are. */
const scaled = (r: ReviewTarget, v: number | null) => (v === null ? null : isRate(r) ? Math.round(v * 100 * 1e10) / 1e10 : v);

/** Per review target, the decimals of its threshold, band, value and gap: one per unit, enough for every verdict. */
function reviewDecimals(plan: Plan, review: Review): number[] {
  return sameDecimalsPerKey(
    review.targets.map((r) => {
      const rate = isRate(r);
      const key = rate ? '%' : r.unit;
      const usual = rate ? GROWTH_PERCENT_DECIMALS : unitInfo(r.unit, plan.units).decimals;
      const v = scaled(r, r.value);
      const t = scaled(r, r.target);
      const judged = r.status === 'met' || r.status === 'missed';
      const decimals = judged && v !== null && t !== null && Number.isFinite(v) && Number.isFinite(t) ? verdictDecimals(v, t, r.comparison, r.status === 'met', usual) : usual;
      return { key, decimals };
    }),
  );
}

export function reviewTargetsTable(plan: Plan, review: Review, lang: Lang, probabilities?: Readonly<Record<string, number | null>>): Table {
  const scenario = plan.scenarios.find((s) => s.id === review.scenarioId);
  const withP = probabilities !== undefined;
  const targets = new Map(plan.targets.map((t) => [t.id, t]));
  const rows: Cell[][] = review.targets.map((r) => [
    r.id,
    r.name[lang],
    bindingCell(targets.get(r.id), lang),
    r.year,
    r.comparison,
    // A multiple whose reference year has no value: what it asks, as text (0.92 × 2025年), not an empty cell.
    r.target === null && r.multipleOf !== undefined ? multipleFactorText(r.multipleOf, lang) : scaled(r, r.target),
    r.band === null ? null : scaled(r, r.band[0]),
    r.band === null ? null : scaled(r, r.band[1]),
    unitText(r, lang, plan.units),
    scaled(r, r.value),
    r.source === 'reported' ? L(lang, '公布', 'reported') : L(lang, '预测', 'projected'),
    verdictText(r, lang),
    ...(withP ? [probabilities[r.id] ?? null] : []),
    outputGap(r.gap, scaled(r, r.value), scaled(r, r.target)),
    outputGap(r.gap, r.value, r.target) === 0 ? 0 : r.gapPct,
    r.achievedGrowth,
    r.achievedGrowthNominal,
    r.achievedMethod?.[lang] ?? '',
    r.plannedGrowth,
    r.requiredGrowth,
    r.recentGrowth,
    r.rebased === null ? '' : `${r.rebased[lang]}${r.targetAsWritten === null ? '' : L(lang, `（原文 ${scaled(r, r.targetAsWritten)}）`, ` (as written ${scaled(r, r.targetAsWritten)})`)}`,
    r.sentence,
    r.section,
  ]);
  const title = L(lang, `规划评估：${scenario?.name.zh ?? review.scenarioId}（截至${review.asOf}年）`, `Plan review: ${scenario?.name.en ?? review.scenarioId} (as of ${review.asOf})`);
  return {
    name: sheetName(L(lang, '规划评估', 'Plan review')),
    title,
    columns: [
      { header: 'id', type: 'text', width: 22 },
      { header: L(lang, '目标', 'Target'), type: 'text', width: 26 },
      bindingColumn(lang),
      { header: L(lang, '年份', 'Year'), type: 'year', width: 8 },
      { header: L(lang, '比较', 'Test'), type: 'text', width: 6 },
      { header: L(lang, '目标值', 'Threshold'), type: 'number', byRow: true, width: 13 },
      { header: L(lang, '区间下限', 'Band low'), type: 'number', byRow: true, width: 10 },
      { header: L(lang, '区间上限', 'Band high'), type: 'number', byRow: true, width: 10 },
      { header: L(lang, '单位', 'Unit'), type: 'text', width: 16 },
      { header: L(lang, '数值', 'Value'), type: 'number', byRow: true, width: 13 },
      { header: L(lang, '来源', 'Source'), type: 'text', width: 8 },
      { header: L(lang, '判定', 'Verdict'), type: 'text', width: 18 },
      ...(withP ? [{ header: L(lang, '达成概率', 'P(met)'), type: 'percent' as const, decimals: 1, width: 10 }] : []),
      { header: L(lang, '差距', 'Gap'), type: 'number', byRow: true, width: 12 },
      { header: L(lang, '差距（%）', 'Gap (%)'), type: 'percent', decimals: 1, width: 10 },
      { header: L(lang, '已实现年均实际增速', 'Achieved real growth a year'), type: 'percent', decimals: 2, width: 14 },
      { header: L(lang, '已实现年均名义增速', 'Achieved nominal growth a year'), type: 'percent', decimals: 2, width: 14 },
      { header: L(lang, '增速计算方法与估算年份', 'Method and estimated years'), type: 'text', width: 40 },
      { header: L(lang, '规划增速', 'Planned growth'), type: 'percent', decimals: 2, width: 12 },
      { header: L(lang, '所需年均增速', 'Required growth a year'), type: 'percent', decimals: 2, width: 12 },
      { header: L(lang, '近五年年均增速', 'Last five years a year'), type: 'percent', decimals: 2, width: 12 },
      { header: L(lang, '口径调整', 'Rebasing'), type: 'text', width: 30 },
      { header: L(lang, '规划原文', "Plan's sentence"), type: 'text', width: 50 },
      { header: L(lang, '章节', 'Section'), type: 'text', width: 24 },
    ],
    rows,
    rowDecimals: reviewDecimals(plan, review),
  };
}

export function reviewYearsTable(plan: Plan, review: Review, lang: Lang): Table {
  const inds = new Map(plan.indicators.map((i) => [i.id, i]));
  const rows: Cell[][] = [];
  const rowDecimals: number[] = [];
  for (const y of review.years) {
    const ind = inds.get(y.indicator);
    if (!ind) continue;
    const status = y.status === null ? '' : (STATUS_LABELS[y.status as DataStatus]?.[lang] ?? y.status);
    const target = review.targets.find((r) => r.id === y.target)?.name[lang] ?? y.target;
    const basis = y.basis === 'real' ? L(lang, `${plan.baseYear}年价格`, `${plan.baseYear} prices`) : y.basis === 'nominal' ? L(lang, '现价', 'current prices') : '';
    const shownStatus = y.status === 'interpolated' ? L(lang, '插值', 'interpolated') : status;
    rowDecimals.push(unitInfo(ind.unit, plan.units).decimals);
    rows.push([ind.name[lang], target, unitInfo(ind.unit, plan.units)[lang] || L(lang, '指数', 'index'), basis, y.year, y.reported, y.estimated ? `${shownStatus}${L(lang, '（实际值为估算）', ' (real value estimated)')}` : shownStatus, y.implied, y.deviation, y.deviationPct]);
  }
  return {
    name: sheetName(L(lang, '逐年对照', 'Year by year')),
    title: L(lang, `逐年对照：公布值与目标隐含路径（截至${review.asOf}年）`, `Year by year: reported values against the path the targets imply (as of ${review.asOf})`),
    columns: [
      { header: L(lang, '指标', 'Indicator'), type: 'text', width: 24 },
      { header: L(lang, '目标', 'Target'), type: 'text', width: 24 },
      { header: L(lang, '单位', 'Unit'), type: 'text', width: 8 },
      { header: L(lang, '价格', 'Prices'), type: 'text', width: 10 },
      { header: L(lang, '年份', 'Year'), type: 'year', width: 8 },
      { header: L(lang, '公布值', 'Reported'), type: 'number', byRow: true, width: 13 },
      { header: L(lang, '状态', 'Status'), type: 'text', width: 12 },
      { header: L(lang, '目标路径', 'Target path'), type: 'number', byRow: true, width: 13 },
      { header: L(lang, '偏差', 'Deviation'), type: 'number', byRow: true, width: 12 },
      { header: L(lang, '偏差（%）', 'Deviation (%)'), type: 'percent', decimals: 1, width: 10 },
    ],
    rows,
    rowDecimals,
  };
}
