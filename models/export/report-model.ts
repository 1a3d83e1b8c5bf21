/**
 * The review report of one scenario, built from one evaluation: the plan review
 * (reviewPlan) of that scenario as of a year. Every table of the report — counts,
 * headline lines, growth, the targets by group, the chart — reads the same ReviewTarget
 * rows, so no two tables can disagree. The Word, Excel and PDF writers render this.
 */
import { headlineTargetIds } from '../targets/headline';
import { targetYearOf } from '../targets/target-year';
import { STATUS_LABELS } from '../plan/actuals-input';
import type { Plan, Target } from '../plan/plan-schema';
import { bindingGroupOf, verdictCountsByBinding } from '../plan/target-binding';
import { reviewPlan } from '../review/review';
import type { ReviewTarget, ReviewYear } from '../review/review-types';
import { unitLabel } from '../numbers/format';
import { methodsSection } from './report-methods';
import { reportOutcomes } from './report-outcomes';
import {
  achievedCell,
  amountCell,
  BINDING_WORDS,
  DASH,
  gapCell,
  gapPctCell,
  requiredCell,
  text,
  thresholdCell,
  valueCell,
  verdictCell,
  VERDICT_WORDS,
} from './report-text';
import type { BindingGroup, ReportCell, ReportChart, ReportCount, ReportLang, ReportTable, ReviewReport } from './report-types';

export interface ReportOptions {
  lang: ReportLang;
  scenarioId?: string;
  asOf?: number;
  /** The issuing unit (编制单位); default: the plan's `report.issuer`, else none. */
  issuer?: string;
  /** The report's date as printed (YYYY-MM-DD or as written); default: the plan's `report.date`, else `today`. */
  date?: string;
  /** Today as YYYY-MM-DD (passed in: the model reads no clock). */
  today: string;
}

const L = (lang: ReportLang, zh: string, en: string) => (lang === 'zh' ? zh : en);

/**
 * The year a report is read as of by default: the latest reported figure or the current
 * year, whichever is later, never past the horizon (as the app's review does).
 */
export function reportAsOf(plan: Plan, currentYear: number): number {
  let latest = plan.baseYear + 1;
  for (const ind of plan.indicators) for (const a of ind.actuals ?? []) if (a.year > latest) latest = a.year;
  return Math.min(plan.horizon, Math.max(latest, currentYear));
}

/** A target's group: 约束性, 预期性 or not marked. */
export const bindingOf = bindingGroupOf;

/** The headline targets (the first lines of page 1): the plan's own notion, shared with the app's panel. */
export { headlineTargetIds };

/** "2025", or "2021—2025" for a growth or cumulative target. */
export function yearsText(t: Target | undefined, r: ReviewTarget): string {
  if (t?.type === 'average-growth' || t?.type === 'in-step') return `${t.from + 1}—${t.to}`;
  if (t?.type === 'cumulative') return `${t.from}—${t.to}`;
  return String(r.year);
}

/** The verdicts of each group (约束性, 预期性, and 未标注 where some target is not marked): the report's and the app's counts. */
export function bindingVerdictCounts(plan: Plan, targets: readonly ReviewTarget[], lang: ReportLang): ReportCount[] {
  return verdictCountsByBinding(plan, targets).map((c) => ({ ...c, label: BINDING_WORDS[lang][c.group] }));
}

const countCell = (n: number): ReportCell => ({ parts: [String(n)], num: n, fmt: '0' });

/** The headline indicator's reported values against the path its plan target set, base year to target year. */
function headlineChart(plan: Plan, years: readonly ReviewYear[], indicatorId: string | undefined, lang: ReportLang): ReportChart | null {
  if (indicatorId === undefined) return null;
  const rows = years.filter((y) => y.indicator === indicatorId).sort((a, b) => a.year - b.year);
  const ind = plan.indicators.find((i) => i.id === indicatorId);
  const target = plan.targets.find((t) => t.id === rows[0]?.target);
  if (ind === undefined || target === undefined || rows.length < 2) return null;
  const implied = rows.map((r) => r.implied);
  const [a, b] = [implied[0], implied[1]];
  const last = implied[implied.length - 1];
  const before = implied[implied.length - 2];
  if (a == null || b == null || last == null || before == null) return null;
  const share = ind.kind === 'share';
  // The path is geometric (levels) or straight (shares): extended both ways by its own step.
  const stepBack = (v: number) => (share ? v - (b - a) : (v * a) / b);
  const stepOn = (v: number) => (share ? v + (last - before) : (v * last) / before);
  const end = targetYearOf(target);
  const first = plan.baseYear;
  const out: ReportChart = {
    title: '',
    unit: '',
    years: [],
    reported: [],
    planned: [],
    legend: { reported: L(lang, '公布值', 'reported'), planned: L(lang, '规划路径', 'path the plan set') },
  };
  const byYear = new Map(rows.map((r) => [r.year, r]));
  let planned = stepBack(a);
  for (let y = first; y <= end; y++) {
    const row = byYear.get(y);
    if (y > first) planned = row?.implied ?? stepOn(planned);
    out.years.push(y);
    out.planned.push(planned);
    // The base year: the path starts from its reported figure (at base-year prices real = nominal).
    const baseReported = y === first && (ind.actuals ?? []).some((x) => x.year === first) ? planned : null;
    out.reported.push(row?.reported ?? baseReported);
  }
  const real = rows[0]?.basis === 'real';
  const unit = unitLabel(ind.unit, lang, plan.units);
  out.unit = real ? L(lang, `${unit}（${plan.baseYear}年价格）`, `${unit}, ${plan.baseYear} prices`) : unit;
  const estimated = rows.filter((r) => r.estimated).map((r) => r.year);
  const est = estimated.length > 0 ? L(lang, `；${estimated.join('、')}年实际值为估算`, `; ${estimated.join(', ')} real values estimated`) : '';
  out.title = L(lang, `${ind.name.zh}：公布值与规划路径（${out.unit}${est}）`, `${ind.name.en}: reported against the path the plan set (${out.unit}${est})`);
  return out;
}

export function buildReviewReport(plan: Plan, options: ReportOptions): ReviewReport {
  const { lang } = options;
  const review = reviewPlan(plan, { ...(options.scenarioId !== undefined ? { scenarioId: options.scenarioId } : {}), ...(options.asOf !== undefined ? { asOf: options.asOf } : {}) });
  const scenario = plan.scenarios.find((s) => s.id === review.scenarioId);
  const scenarioName = scenario?.name[lang] ?? review.scenarioId;
  const targets = new Map(plan.targets.map((t) => [t.id, t]));
  const own = plan.units;
  const estimatedAt = new Set(review.years.filter((y) => y.estimated).map((y) => `${y.indicator}@${y.year}`));
  const isEstimated = (r: ReviewTarget) => r.achievedTo !== null && r.basis === 'real' && estimatedAt.has(`${r.indicator}@${r.achievedTo}`);
  const groupOf = (r: ReviewTarget) => bindingOf(targets.get(r.id));
  const words = BINDING_WORDS[lang];
  const v = VERDICT_WORDS[lang];

  // Counts by group (约束性 / 预期性, 未标注 only where some target is not marked).
  const present: BindingGroup[] = ['binding', 'expected', ...(review.targets.some((r) => groupOf(r) === 'unmarked') ? (['unmarked'] as const) : [])];
  const countsByGroup = bindingVerdictCounts(plan, review.targets, lang);
  const sum = (k: 'met' | 'missed' | 'pending' | 'noData' | 'total') => countsByGroup.reduce((n, c) => n + c[k], 0);
  const total: ReportCount = { group: 'unmarked', label: L(lang, '合计', 'Total'), met: sum('met'), missed: sum('missed'), pending: sum('pending'), noData: sum('noData'), total: sum('total') };
  const counts: ReportTable = {
    name: L(lang, '完成情况', 'Summary'),
    columns: [
      { header: L(lang, '属性', 'Kind'), width: 14 },
      { header: v.met, width: 10, numeric: true },
      { header: v.missed, width: 10, numeric: true },
      { header: v.pending, width: 10, numeric: true },
      { header: v.noData, width: 10, numeric: true },
      { header: L(lang, '合计', 'Total'), width: 10, numeric: true },
    ],
    rows: [...countsByGroup, total].map((c, i) => ({
      id: i === countsByGroup.length ? 'total' : c.group,
      cells: [text(c.label), countCell(c.met), countCell(c.missed), countCell(c.pending), countCell(c.noData), countCell(c.total)],
    })),
  };

  const nameCol = { header: L(lang, '目标', 'Target'), width: 30 };
  const yearCol = { header: L(lang, '年份', 'Year'), width: 11 };
  const row = (r: ReviewTarget, cells: ReportCell[]) => ({ id: r.id, status: r.status, cells });

  const headlineIds = new Set(headlineTargetIds(plan));
  const headlineRows = review.targets.filter((r) => headlineIds.has(r.id));
  const headline: ReportTable = {
    name: L(lang, '主要目标', 'Headline targets'),
    columns: [nameCol, { header: L(lang, '属性', 'Kind'), width: 9 }, yearCol, { header: L(lang, '数值', 'Value'), width: 20, numeric: true }, { header: L(lang, '目标值', 'Threshold'), width: 18, numeric: true }, { header: L(lang, '判定', 'Verdict'), width: 18 }, { header: L(lang, '差距', 'Gap'), width: 16, numeric: true }],
    rows: headlineRows.map((r) => row(r, [text(r.name[lang]), text(words[groupOf(r)]), text(yearsText(targets.get(r.id), r)), valueCell(r, lang, own), thresholdCell(r, lang, own), verdictCell(r, lang), gapCell(r, lang, own)])),
  };

  const growthRows = headlineRows.filter((r) => r.requiredGrowth !== null || r.achievedGrowth !== null);
  const plannedCell = (r: ReviewTarget): ReportCell => (r.plannedGrowth === null ? DASH : amountCell(r.plannedGrowth, 'fraction', lang, own));
  const growth: ReportTable = {
    name: L(lang, '增速', 'Growth'),
    columns: [nameCol, yearCol, { header: L(lang, '已实现年均增速', 'Achieved a year'), width: 20, numeric: true }, { header: L(lang, '尚需年均增速', 'Required a year'), width: 20, numeric: true }, { header: L(lang, '规划隐含增速', 'Planned a year'), width: 14, numeric: true }],
    rows: growthRows.map((r) => row(r, [text(r.name[lang]), text(yearsText(targets.get(r.id), r)), achievedCell(r, lang, isEstimated(r)), requiredCell(r, lang, own), plannedCell(r)])),
  };

  const groupColumns = [
    nameCol,
    yearCol,
    { header: L(lang, '数值', 'Value'), width: 20, numeric: true },
    { header: L(lang, '目标值', 'Threshold'), width: 18, numeric: true },
    { header: L(lang, '判定', 'Verdict'), width: 18 },
    { header: L(lang, '差距', 'Gap'), width: 16, numeric: true },
    { header: L(lang, '差距率', 'Gap %'), width: 9, numeric: true },
    { header: L(lang, '已实现增速', 'Achieved'), width: 18, numeric: true },
    { header: L(lang, '尚需增速', 'Required'), width: 18, numeric: true },
  ];
  const groupHeading = (g: BindingGroup) => L(lang, `${words[g]}目标`, `${words[g][0]?.toUpperCase() ?? ''}${words[g].slice(1)} targets`);
  // A group no target is in is left out (a plan that marks none has only 未标注: no header-only tables).
  const groups = present.filter((g) => review.targets.some((r) => groupOf(r) === g)).map((g) => ({
    group: g,
    heading: groupHeading(g),
    table: {
      name: groupHeading(g).slice(0, 31),
      columns: groupColumns,
      rows: review.targets
        .filter((r) => groupOf(r) === g)
        .map((r) => row(r, [text(r.name[lang]), text(yearsText(targets.get(r.id), r)), valueCell(r, lang, own), thresholdCell(r, lang, own), verdictCell(r, lang), gapCell(r, lang, own), gapPctCell(r), achievedCell(r, lang, isEstimated(r)), requiredCell(r, lang, own)])),
    },
  }));

  // 数据来源: every figure the review rests on (base values, reported figures, price changes up to the as-of year).
  const sourceRows: ReportTable['rows'] = [];
  for (const ind of plan.indicators) {
    const figures = [...(ind.base ? [{ ...ind.base, kind: 'base' as const }] : []), ...(ind.actuals ?? []).filter((a) => a.year <= review.asOf).map((a) => ({ ...a, kind: 'actual' as const }))];
    for (const f of figures) {
      const status = f.value === null ? STATUS_LABELS.missing[lang] : STATUS_LABELS[f.status][lang];
      const what = f.kind === 'base' ? L(lang, '（基期值）', '(base value)') : '';
      sourceRows.push({ id: `${ind.id}-${f.kind}-${f.year}`, cells: [text(ind.name[lang], what), text(String(f.year)), amountCell(f.value, ind.unit, lang, own), text(status), text(f.source)] });
    }
  }
  for (const p of plan.prices ?? []) {
    if (p.year > review.asOf) continue;
    const name = p.index === 'cpi' ? L(lang, '居民消费价格涨幅', 'Consumer prices, change') : L(lang, 'GDP平减指数涨幅', 'GDP deflator, change');
    sourceRows.push({ id: `price-${p.index}-${p.year}`, cells: [text(name), text(String(p.year)), amountCell(p.value, 'fraction', lang, own), text(STATUS_LABELS[p.status][lang]), text(p.source)] });
  }
  const sources: ReportTable = {
    name: L(lang, '数据来源', 'Sources'),
    columns: [{ header: L(lang, '指标', 'Indicator'), width: 26 }, yearCol, { header: L(lang, '数值', 'Value'), width: 16, numeric: true }, { header: L(lang, '状态', 'Status'), width: 10 }, { header: L(lang, '来源', 'Source'), width: 60 }],
    rows: sourceRows,
  };

  const date = options.date ?? plan.report?.date ?? options.today;
  const issuer = options.issuer ?? plan.report?.issuer ?? '';
  const asOfText = L(lang, `截至${review.asOf}年`, `as of ${review.asOf}`);
  const chartIndicator = plan.charts?.[0]?.indicators[0] ?? headlineRows[0]?.indicator;
  // A continued plan: the previous plan's outcomes are section 三, and the sections after it move down one.
  const outcomes = reportOutcomes(plan, lang);
  const [n3, n4] = outcomes === null ? [['三', '3'], ['四', '4']] : [['四', '4'], ['五', '5']];
  return {
    lang,
    title: L(lang, '规划实施情况评估报告', 'Plan implementation review'),
    plan: plan.title[lang],
    issuer,
    date,
    scenario: { id: review.scenarioId, name: scenarioName },
    asOf: review.asOf,
    latestReported: review.latestReported,
    pageHeader: L(lang, `${plan.region.zh}规划评估 · 情景：${scenarioName} · ${asOfText}`, `${plan.region.en} plan review · scenario: ${scenarioName} · ${asOfText}`),
    labels: {
      summary: L(lang, '一、完成情况', '1. Summary'),
      counts: L(lang, '目标完成情况（个）', 'Targets by verdict (number)'),
      headline: L(lang, '主要目标', 'Headline targets'),
      growth: L(lang, `增速：已实现与尚需（至${plan.horizon}年）`, `Growth achieved and now required (to ${plan.horizon})`),
      chart: L(lang, '主要指标走势', 'Headline indicator'),
      targets: L(lang, '二、分类目标评估', '2. Targets by kind'),
      outcomes: L(lang, '三、上期规划完成情况', '3. Outcomes of the previous plan'),
      methods: L(lang, `${n3[0]}、方法说明`, `${n3[1]}. Methods`),
      sources: L(lang, `${n4[0]}、数据来源`, `${n4[1]}. Sources`),
      issuer: L(lang, '编制单位', 'Issued by'),
      date: L(lang, '日期', 'Date'),
      scenario: L(lang, '情景', 'Scenario'),
      asOf: L(lang, '数据截至', 'Figures as of'),
      page: L(lang, '第 {page} 页，共 {pages} 页', 'Page {page} of {pages}'),
    },
    counts,
    countsByGroup,
    headline,
    growth,
    chart: headlineChart(plan, review.years, chartIndicator, lang),
    groups,
    outcomes,
    methods: methodsSection(
      {
        baseYear: plan.baseYear,
        asOf: review.asOf,
        latestReported: review.latestReported,
        scenario: scenarioName,
        horizon: plan.horizon,
        anyEstimated: estimatedAt.size > 0,
        anyUnmarked: present.includes('unmarked'),
        sourceNote: plan.source.note?.[lang] || undefined,
      },
      lang,
    ),
    sources,
    sourceLine: L(lang, `依据：《${plan.source.document}》；情景：${scenarioName}；${asOfText}；生成于 ${options.today}`, `Source: ${plan.source.document}; scenario: ${scenarioName}; ${asOfText}; made ${options.today}`),
    fileStem: `${plan.id}-${review.scenarioId}-review-${review.asOf}`,
  };
}
