/**
 * The Monte Carlo tables an analyst exports: percentile bands per indicator and year,
 * and per target the probability of meeting it (with the percentiles of the projected
 * value). Pure: a MonteCarloResult in, Tables out, for the XLSX (and CSV) writers.
 */
import type { MonteCarloResult } from '../uncertainty/monte-carlo-types';
import type { Plan } from '../plan/plan-schema';
import { unitInfo, type OwnUnit } from '../numbers/units';
import { bindingCell, bindingColumn } from './binding-column';
import { unitDecimals } from './column-decimals';
import type { Lang } from '../plan/validation-messages';
import type { Cell } from './csv';
import { basisLabel, sheetName, type Column, type Table } from './export-tables';

const L = (lang: Lang, zh: string, en: string) => (lang === 'zh' ? zh : en);

function unitText(unit: string, lang: Lang, own?: readonly OwnUnit[]): string {
  return unitInfo(unit, own)[lang] || L(lang, '指数', 'index');
}

function scenarioName(plan: Plan, result: MonteCarloResult, lang: Lang): string {
  return plan.scenarios.find((s) => s.id === result.scenarioId)?.name[lang] ?? result.scenarioId;
}

const finite = (v: number | null | undefined): number | null => (typeof v === 'number' && Number.isFinite(v) ? v : null);

/**
 * Percentiles (P5 … P95) and the mean of every indicator by year, in `basis`. One row
 * per indicator and statistic; indicators the run left unchanged (no uncertainty
 * upstream) are kept, so the sheet lists the same indicators as the projection.
 */
export function monteCarloTable(plan: Plan, result: MonteCarloResult, basis: 'nominal' | 'real', lang: Lang): Table {
  const rows: Cell[][] = [];
  const rowDecimals: number[] = [];
  const indicators = new Map(plan.indicators.map((i) => [i.id, i]));
  for (const id of result.order) {
    const dist = result.series[id];
    const ind = indicators.get(id);
    if (!dist || !ind) continue;
    const table = basis === 'real' ? dist.real : dist.nominal;
    const mean = basis === 'real' ? dist.meanReal : dist.meanNominal;
    const head = (stat: string): Cell[] => [ind.name[lang], id, unitText(ind.unit, lang, plan.units), basisLabel(basis, ind.basis, plan.baseYear, lang), stat];
    for (const p of result.percentiles) {
      const values = table[`p${p}`] ?? [];
      rows.push([...head(`P${p}`), ...result.years.map((_, i) => finite(values[i]))]);
      rowDecimals.push(unitInfo(ind.unit, plan.units).decimals);
    }
    rows.push([...head(L(lang, '均值', 'mean')), ...result.years.map((_, i) => finite(mean[i]))]);
    rowDecimals.push(unitInfo(ind.unit, plan.units).decimals);
  }
  const name = scenarioName(plan, result, lang);
  const basisText = basis === 'nominal' ? L(lang, '现价', 'current prices') : L(lang, `${plan.baseYear}年价格`, `${plan.baseYear} prices`);
  return {
    name: sheetName(`${L(lang, '蒙特卡洛', 'Monte Carlo')} ${name}`),
    title: L(
      lang,
      `蒙特卡洛模拟：${name}（${basisText}；${result.runs.toLocaleString('zh-CN')}次，种子 ${result.seed}）`,
      `Monte Carlo: ${name} (${basisText}; ${result.runs.toLocaleString('en')} runs, seed ${result.seed})`,
    ),
    columns: [
      { header: L(lang, '指标', 'Indicator'), type: 'text', width: 26 },
      { header: 'id', type: 'text', width: 18 },
      { header: L(lang, '单位', 'Unit'), type: 'text', width: 10 },
      { header: L(lang, '口径', 'Basis'), type: 'text', width: 12 },
      { header: L(lang, '统计量', 'Statistic'), type: 'text', width: 9 },
      ...result.years.map((y): Column => ({ header: String(y), type: 'number', byRow: true, width: 11 })),
    ],
    rows,
    rowDecimals,
  };
}

/**
 * Per target: the share of paths that meet it, how many did out of how many had a value,
 * and the percentiles of the projected value in the year it is judged (for an
 * average-growth target, of the achieved growth, in percent).
 */
export function monteCarloTargetsTable(plan: Plan, result: MonteCarloResult, lang: Lang): Table {
  const targets = new Map(plan.targets.map((t) => [t.id, t]));
  const indicators = new Map(plan.indicators.map((i) => [i.id, i]));
  const shown = result.percentiles.filter((p) => p === 5 || p === 50 || p === 95);
  const ps = shown.length > 0 ? shown : result.percentiles;
  const name = scenarioName(plan, result, lang);
  const rows: Cell[][] = result.targets.map((r) => {
    const t = targets.get(r.id);
    const ind = indicators.get(r.indicator);
    const growth = (r.type === 'average-growth' || r.type === 'in-step');
    const scale = growth ? 100 : 1;
    const unit = growth ? '%' : ind ? unitText(ind.unit, lang, plan.units) : '';
    return [
      name,
      r.id,
      t?.label?.[lang] ?? ind?.name[lang] ?? r.indicator,
      bindingCell(t, lang),
      r.year,
      r.probability,
      r.metCount,
      r.validCount,
      ...ps.map((p) => {
        const v = finite(r.projected[`p${p}`]);
        return v === null ? null : v * scale;
      }),
      unit,
    ];
  });
  return {
    name: sheetName(L(lang, `达成概率 ${name}`, `Probabilities ${name}`)),
    title: L(lang, `目标达成概率：${name}（${result.runs.toLocaleString('zh-CN')}次模拟）`, `Probability of meeting each target: ${name} (${result.runs.toLocaleString('en')} runs)`),
    columns: [
      { header: L(lang, '情景', 'Scenario'), type: 'text', width: 14 },
      { header: 'id', type: 'text', width: 22 },
      { header: L(lang, '目标', 'Target'), type: 'text', width: 26 },
      bindingColumn(lang),
      { header: L(lang, '年份', 'Year'), type: 'year', width: 8 },
      { header: L(lang, '达成概率', 'Probability met'), type: 'percent', decimals: 1, width: 11 },
      { header: L(lang, '达成路径数', 'Paths meeting it'), type: 'number', decimals: 0, width: 11 },
      { header: L(lang, '有值路径数', 'Paths with a value'), type: 'number', decimals: 0, width: 11 },
      ...ps.map((p): Column => ({ header: L(lang, `预测值 P${p}`, `Projected P${p}`), type: 'number', byRow: true, width: 13 })),
      { header: L(lang, '单位', 'Unit'), type: 'text', width: 8 },
    ],
    rows,
    rowDecimals: unitDecimals(plan, result.targets.map((r) => ({ type: r.type, indicator: r.indicator, unit: indicators.get(r.indicator)?.unit ?? '' }))),
  };
}

/** Probability of meeting each target, by target id: the `probabilities` of targetsTable. */
export function targetProbabilities(result: MonteCarloResult): Record<string, number | null> {
  return Object.fromEntries(result.targets.map((t) => [t.id, t.probability]));
}
