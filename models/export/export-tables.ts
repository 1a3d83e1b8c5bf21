/**
 * The tables an analyst exports (assumptions, projections by year, targets and gaps),
 * as typed data that both the CSV and the XLSX writers render. Values stay numbers;
 * the column says how to show them.
 */
import { segmentYears } from '../engine/assumption-path';
import type { Plan, Scenario, Segment } from '../plan/plan-schema';
import type { Projection } from '../engine/projection';
import type { TargetResult } from '../targets/evaluate-targets';
import { unitInfo, type OwnUnit } from '../numbers/units';
import type { Lang } from '../plan/validation-messages';
import { bindingCell, bindingColumn } from './binding-column';
import { cellDecimals, targetDecimals } from './column-decimals';
import { outputGap } from '../numbers/output-number';
import { cellNumber, type Cell } from './csv';
import { localDay } from './local-date';
import { multipleFactorText } from '../targets/multiple-text';

export type ColumnType = 'text' | 'number' | 'percent' | 'year';

export interface Column {
  header: string;
  type: ColumnType;
  /** Decimals for numbers and percents (column-decimals.ts). */
  decimals?: number;
  /** The decimals come from the row (`Table.rowDecimals`): a column of mixed units. */
  byRow?: boolean;
  width?: number;
}

export interface Table {
  /** Sheet name (≤ 31 characters, no []:*?/\). */
  name: string;
  title: string;
  columns: Column[];
  rows: Cell[][];
  /** Per-row decimals for the `byRow` columns of a mixed-unit table (e.g. projections: 亿元 vs 元). */
  rowDecimals?: number[];
}

const L = (lang: Lang, zh: string, en: string) => (lang === 'zh' ? zh : en);

export function sheetName(text: string): string {
  return text.replace(/[[\]:*?/\\]/g, ' ').slice(0, 31);
}

function unitText(unit: string, lang: Lang, own?: readonly OwnUnit[]): string {
  return unitInfo(unit, own)[lang] || L(lang, '指数', 'index');
}

export function basisLabel(basis: 'nominal' | 'real', priceBasis: 'nominal' | 'real' | 'none', baseYear: number, lang: Lang): string {
  if (priceBasis === 'none') return '—';
  return basis === 'nominal' ? L(lang, '现价', 'current prices') : L(lang, `${baseYear}年价格`, `${baseYear} prices`);
}

function spanText(seg: Segment, plan: Plan, lang: Lang): string {
  if (seg.period !== undefined) {
    const p = plan.periods.find((x) => x.id === seg.period);
    if (p) return `${p.name[lang]}（${p.start}—${p.end}）`;
  }
  const span = segmentYears(seg, new Map(plan.periods.map((p) => [p.id, p])));
  if (!span) return '';
  return span[0] === span[1] ? String(span[0]) : `${span[0]}—${span[1]}`;
}

export function assumptionsTable(plan: Plan, scenarios: readonly Scenario[], lang: Lang): Table {
  const rows: Cell[][] = [];
  const names = new Map(plan.indicators.map((i) => [i.id, i]));
  for (const sc of scenarios) {
    for (const seg of sc.deflator) {
      rows.push([sc.name[lang], L(lang, '价格平减指数', 'Deflator'), spanText(seg, plan, lang), L(lang, '年上涨率', 'annual rise'), (seg.value ?? 0) * 100, '%']);
    }
    for (const [id, segments] of Object.entries(sc.assumptions)) {
      const ind = names.get(id);
      if (!ind) continue;
      for (const seg of segments) {
        if (seg.link) {
          const other = names.get(seg.link.indicator)?.name[lang] ?? seg.link.indicator;
          rows.push([sc.name[lang], ind.name[lang], spanText(seg, plan, lang), L(lang, `与${other}同步（弹性）`, `in step with ${other} (elasticity)`), seg.link.elasticity, '×']);
          continue;
        }
        const value = seg.value ?? 0;
        if (ind.kind === 'level') rows.push([sc.name[lang], ind.name[lang], spanText(seg, plan, lang), L(lang, '实际增长率', 'real growth'), value * 100, '%']);
        else if (ind.kind === 'share') rows.push([sc.name[lang], ind.name[lang], spanText(seg, plan, lang), L(lang, '年变动', 'change a year'), value, L(lang, '个百分点', 'points')]);
        else rows.push([sc.name[lang], ind.name[lang], spanText(seg, plan, lang), L(lang, '年度数量', 'annual amount'), value, unitText(ind.unit, lang, plan.units)]);
      }
    }
  }
  return {
    name: sheetName(L(lang, '假设', 'Assumptions')),
    title: L(lang, '情景假设', 'Scenario assumptions'),
    columns: [
      { header: L(lang, '情景', 'Scenario'), type: 'text', width: 16 },
      { header: L(lang, '指标', 'Indicator'), type: 'text', width: 26 },
      { header: L(lang, '时段', 'Years'), type: 'text', width: 22 },
      { header: L(lang, '假设', 'Assumption'), type: 'text', width: 22 },
      { header: L(lang, '数值', 'Value'), type: 'number', decimals: 4, width: 12 },
      { header: L(lang, '单位', 'Unit'), type: 'text', width: 12 },
    ],
    rows,
  };
}

export function projectionTable(plan: Plan, scenario: Scenario, projection: Projection, basis: 'nominal' | 'real', lang: Lang): Table {
  const rows: Cell[][] = [];
  const rowDecimals: number[] = [];
  for (const id of plan.indicators.map((i) => i.id)) {
    const s = projection.series[id];
    if (!s) continue;
    const values = basis === 'real' ? s.real : s.nominal;
    const ind = s.indicator;
    rows.push([
      ind.name[lang],
      id,
      unitText(ind.unit, lang, plan.units),
      basisLabel(basis, ind.basis, plan.baseYear, lang),
      ...Array.from(values, (v) => (Number.isFinite(v) ? v : null)),
    ]);
    rowDecimals.push(unitInfo(ind.unit, plan.units).decimals);
  }
  return {
    // basis first, so that truncation to 31 characters keeps nominal and real apart
    name: sheetName(`${basis === 'nominal' ? L(lang, '现价', 'Nominal') : L(lang, '不变价', 'Real')} ${scenario.name[lang]}`),
    title: `${L(lang, '预测', 'Projection')}：${scenario.name[lang]}（${basis === 'nominal' ? L(lang, '现价', 'current prices') : L(lang, `${plan.baseYear}年价格`, `${plan.baseYear} prices`)}）`,
    columns: [
      { header: L(lang, '指标', 'Indicator'), type: 'text', width: 26 },
      { header: 'id', type: 'text', width: 18 },
      { header: L(lang, '单位', 'Unit'), type: 'text', width: 10 },
      { header: L(lang, '口径', 'Basis'), type: 'text', width: 12 },
      ...projection.years.map((y): Column => ({ header: String(y), type: 'number', byRow: true, width: 11 })),
    ],
    rows,
    rowDecimals,
  };
}

export interface ScenarioTargets {
  scenario: Scenario;
  results: readonly TargetResult[];
  /** Probability of meeting each target, by target id, where a Monte Carlo run exists. */
  probabilities?: Readonly<Record<string, number | null>>;
}

const STATUS: Record<TargetResult['status'], { zh: string; en: string }> = {
  met: { zh: '达成', en: 'met' },
  missed: { zh: '未达成', en: 'missed' },
  'needs-base': { zh: '缺基期值', en: 'needs a base value' },
};

export function targetsTable(plan: Plan, entries: readonly ScenarioTargets[], lang: Lang): Table {
  const withProbability = entries.some((e) => e.probabilities !== undefined);
  const targets = new Map(plan.targets.map((t) => [t.id, t]));
  const indicators = new Map(plan.indicators.map((i) => [i.id, i]));
  const rows: Cell[][] = [];
  const rowDecimals = targetDecimals(plan, entries.flatMap((e) => e.results));
  for (const { scenario, results, probabilities } of entries) {
    for (const r of results) {
      const t = targets.get(r.id);
      const ind = indicators.get(r.indicator);
      const growthTarget = (r.type === 'average-growth' || r.type === 'in-step');
      const scale = growthTarget ? 100 : 1;
      const unit = growthTarget ? '%' : ind ? unitText(ind.unit, lang, plan.units) : r.unit;
      rows.push([
        scenario.name[lang],
        r.id,
        t?.label?.[lang] ?? ind?.name[lang] ?? r.indicator,
        bindingCell(t, lang),
        r.year,
        r.comparison,
        // A multiple whose reference year has no value: what it asks, as text (0.92 × 2025年), not an empty cell.
        r.target === null ? (r.multipleOf === undefined ? null : multipleFactorText(r.multipleOf, lang)) : r.target * scale,
        r.projected === null ? null : r.projected * scale,
        outputGap(r.gap, r.projected, r.target, scale),
        unit,
        r.requiredGrowth,
        STATUS[r.status][lang],
        ...(withProbability ? [probabilities?.[r.id] ?? null] : []),
        t?.sentence ?? '',
        t?.section ?? '',
        r.growthMethod?.[lang] ?? '',
      ]);
    }
  }
  return {
    name: sheetName(L(lang, '目标与差距', 'Targets and gaps')),
    title: L(lang, '目标与差距', 'Targets and gaps'),
    columns: [
      { header: L(lang, '情景', 'Scenario'), type: 'text', width: 14 },
      { header: 'id', type: 'text', width: 22 },
      { header: L(lang, '目标', 'Target'), type: 'text', width: 26 },
      bindingColumn(lang),
      { header: L(lang, '年份', 'Year'), type: 'year', width: 8 },
      { header: L(lang, '比较', 'Test'), type: 'text', width: 6 },
      { header: L(lang, '目标值', 'Target value'), type: 'number', byRow: true, width: 13 },
      { header: L(lang, '预测值', 'Projected'), type: 'number', byRow: true, width: 13 },
      { header: L(lang, '差距', 'Gap'), type: 'number', byRow: true, width: 12 },
      { header: L(lang, '单位', 'Unit'), type: 'text', width: 8 },
      { header: L(lang, '所需年均实际增长', 'Required real growth a year'), type: 'percent', decimals: 2, width: 14 },
      { header: L(lang, '状态', 'Status'), type: 'text', width: 10 },
      ...(withProbability ? [{ header: L(lang, '达成概率', 'Probability met'), type: 'percent', decimals: 1, width: 10 } as Column] : []),
      { header: L(lang, '规划原文', "Plan's sentence"), type: 'text', width: 50 },
      { header: L(lang, '章节', 'Section'), type: 'text', width: 24 },
      { header: L(lang, '增速计算方法与估算年份', 'Growth method and estimated years'), type: 'text', width: 40 },
    ],
    rows,
    rowDecimals,
  };
}

/**
 * A table as CSV rows: a header row, then the data. Percent columns are written in
 * percent (6.21, header "… (%)"), since a CSV cell carries no format. Every number is
 * written with its column's decimals (column-decimals.ts), years as they are.
 */
export function tableRows(table: Table): Cell[][] {
  return [
    table.columns.map((c) => (c.type === 'percent' ? `${c.header} (%)` : c.header)),
    ...table.rows.map((row, r) =>
      row.map((v, c): Cell => {
        const column = table.columns[c];
        const n = cellNumber(v);
        if (n === null || column === undefined || column.type === 'text' || column.type === 'year') return v;
        return { value: column.type === 'percent' ? n * 100 : n, decimals: cellDecimals(table, r, c) };
      }),
    ),
  ];
}

/** The line under every export: what it rests on, which scenarios, when. */
export function sourceLine(plan: Plan, scenarios: readonly Scenario[], date: Date, lang: Lang): string {
  const day = localDay(date);
  const names = scenarios.map((s) => s.name[lang]).join(lang === 'zh' ? '、' : ', ');
  return lang === 'zh'
    ? `依据：《${plan.source.document}》；情景：${names}；生成于 ${day}（PlanPath）`
    : `Source: ${plan.source.document} (${plan.title.en}); scenarios: ${names}; generated ${day} (PlanPath)`;
}
