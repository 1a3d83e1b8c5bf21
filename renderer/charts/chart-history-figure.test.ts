/**
 * The projection charts of a plan whose reported figures precede its base year: the
 * figures before the base year as history (models/charts/history-points.ts), the base year
 * marked, each part named; the same in the exported figure. Plans without such figures
 * keep the chart they had.
 */
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { nextPlan } from '../../models/plan/next-plan';
import { planFile, type Plan, type PlanInput, type Scenario } from '../../models/plan/plan-schema';
import { minimalPlan } from '../../models/testing/minimal-plan';
import { chartExportFigure, chartLabels, chartRuns } from '../export/chart-export';
import { chartsFor } from './chart-defs';
import { buildFigure, type Figure, type Trace } from './chart-figure';

const zh: Record<string, string> = {
  'chart.actual': '统计数据',
  'chart.history.zone': '报告数',
  'chart.history.plan': '规划期',
  'chart.history.base': '基期',
  'chart.history.computed': '由构成指标推算',
  'chart.history.chained': '按实际增速折算',
  'chart.history.estimated': '估',
  'chart.history.rebased': '按新口径',
};
const t = (key: string) => zh[key] ?? key;

const xuzhou = (): Plan => planFile.parse(JSON.parse(readFileSync(new URL('../../scenarios/xuzhou-14th-fyp.json', import.meta.url), 'utf8')) as PlanInput);
const firstScenario = (plan: Plan): Scenario => plan.scenarios[0] as Scenario;

function figureOf(plan: Plan, chartId: string, basis: 'nominal' | 'real' = 'nominal'): Figure {
  const chart = chartsFor(plan).find((c) => c.id === chartId);
  if (chart === undefined) throw new Error(`no chart ${chartId}`);
  return buildFigure(plan, chart, chartRuns(plan, [firstScenario(plan)]), basis, 'zh', chartLabels(t), false);
}

type Layout = {
  xaxis: { range: [number, number] };
  yaxis: { range: [number, number] };
  margin: { t: number };
  shapes: { type: string; x0: number; x1: number; fillcolor?: string }[];
  annotations?: { text: string; x: number; xanchor: string }[];
};
const layoutOf = (f: Figure) => f.layout as unknown as Layout;
/** The reported-figure traces drawn before the base year (the history). */
const historyTraces = (f: Figure, baseYear: number): Trace[] =>
  f.data.filter((tr) => tr.legendgroup === 'actual' && (tr.x as number[]).some((x) => x < baseYear));
const projected = (f: Figure): Trace | undefined => f.data.find((tr) => tr.mode === 'lines' && tr.legendgroup !== 'required');

describe('chart history: the next plan from the Xuzhou 14th plan (2025-based)', () => {
  const next = nextPlan(xuzhou()).plan;
  const gdp = next.indicators.find((i) => i.id === 'gdp')!;

  it('GDP: the reported 2020–2024 figures, then the 2025 base value, before the 2025–2035 projection', () => {
    const f = figureOf(next, 'gdp');
    const [history, ...more] = historyTraces(f, 2025);
    expect(more).toEqual([]);
    expect(history?.x).toEqual([2020, 2021, 2022, 2023, 2024, 2025]);
    const reported = (gdp.actuals ?? []).filter((a) => a.year >= 2020 && a.year <= 2024);
    const line = projected(f)!;
    expect(history?.y).toEqual([...reported.map((a) => a.value), (line.y as number[])[0]]);
    expect((line.x as number[])[0]).toBe(2025);
    // Nothing before 2020, though the file holds GDP from 2015.
    expect(f.data.every((tr) => !Array.isArray(tr.x) || (tr.x as number[]).every((x) => x >= 2020))).toBe(true);
    expect((gdp.actuals ?? []).some((a) => a.year < 2020)).toBe(true);
  });

  it('hover: each figure with its status, the base value as 基期 with its status (预计)', () => {
    const history = historyTraces(figureOf(next, 'gdp'), 2025)[0]!;
    const text = history.text as string[];
    expect(text).toHaveLength(6);
    expect(text[5]).toBe('（基期，预计）');
    expect(text.slice(0, 5).every((s) => /^（(公布|初步核算|未核实|修订|最终核实)）$/.test(s))).toBe(true);
    expect(history.hovertemplate).toBe('统计数据 · 地区生产总值<br>%{x}: %{y:,.1f}%{text}<extra></extra>');
  });

  it('the layout: x from 2019.5, the history part shaded up to the 2025 guide, 报告数 and 规划期 named, y fitting both', () => {
    const f = figureOf(next, 'gdp');
    const l = layoutOf(f);
    expect(l.xaxis.range).toEqual([2019.5, 2035.5]);
    expect(l.shapes.filter((s) => s.type === 'rect')).toEqual([expect.objectContaining({ x0: 2019.5, x1: 2025 })]);
    expect(l.shapes.some((s) => s.type === 'line' && s.x0 === 2025 && s.x1 === 2025)).toBe(true);
    expect(l.annotations?.map((a) => [a.text, a.x, a.xanchor])).toEqual([
      ['报告数', 2025, 'right'],
      ['规划期', 2025, 'left'],
    ]);
    expect(l.margin.t).toBeGreaterThan(8);
    const ys = f.data.flatMap((tr) => (tr.y as (number | null)[]).filter((v): v is number => v !== null));
    expect(l.yaxis.range[0]).toBeLessThanOrEqual(Math.min(...ys));
    expect(l.yaxis.range[1]).toBeGreaterThanOrEqual(Math.max(...ys));
  });

  it('at 2025 prices nothing is chained (no reported 2025 figure): the chart keeps its 2025 start', () => {
    const f = figureOf(next, 'gdp', 'real');
    expect(historyTraces(f, 2025)).toEqual([]);
    expect(layoutOf(f).xaxis.range).toEqual([2024.5, 2035.5]);
    expect(layoutOf(f).annotations).toBeUndefined();
  });

  it('per-capita GDP (derived): its own 2020 figure and 2021 from GDP ÷ population; nothing where an input has no figure', () => {
    const f = figureOf(next, 'gdp_per_capita');
    const history = historyTraces(f, 2025)[0]!;
    expect(history.x).toEqual([2020, 2021, 2025]);
    expect((history.text as string[])[1]).toBe('（由构成指标推算）');
  });

  it('the exported chart (PNG/SVG, report) keeps the history, the guide and the part names beside its source line', () => {
    const chart = chartsFor(next).find((c) => c.id === 'gdp')!;
    const f = chartExportFigure({ plan: next, scenarios: [firstScenario(next)], compare: false, basis: 'nominal', lang: 'zh' }, chart, t, new Date('2026-12-01T00:00:00Z'));
    expect(historyTraces({ ...f, legend: [] }, 2025)[0]?.x).toEqual([2020, 2021, 2022, 2023, 2024, 2025]);
    const l = f.layout as unknown as Layout;
    expect(l.xaxis.range).toEqual([2019.5, 2035.5]);
    expect(l.annotations?.map((a) => a.text).slice(1)).toEqual(['报告数', '规划期']);
    expect(l.shapes.some((s) => s.type === 'rect')).toBe(true);
  });
});

describe('chart history: the Xuzhou 14th plan (2020-based) and plans without earlier figures', () => {
  it('Xuzhou GDP: 2015–2019 (the 13th period) as history, the 2020–2024 figures and the 2020–2035 line as before', () => {
    const plan = xuzhou();
    const f = figureOf(plan, 'gdp');
    const history = historyTraces(f, 2020);
    expect(history.map((tr) => tr.x)).toEqual([[2015, 2016, 2017, 2018, 2019]]);
    const reported = f.data.filter((tr) => tr.legendgroup === 'actual' && !history.includes(tr));
    expect(reported.map((tr) => tr.x)).toEqual([[2020, 2021, 2022, 2023, 2024]]);
    expect(projected(f)?.x).toEqual(Array.from({ length: 16 }, (_, i) => 2020 + i));
    expect(layoutOf(f).xaxis.range).toEqual([2014.5, 2035.5]);
    // One legend entry for the reported figures, as before.
    expect(f.legend.filter((l) => l.name === '统计数据')).toHaveLength(1);
  });

  it('Xuzhou real GDP: 2015–2019 at 2020 prices, chained back from the reported 2020 level by the reported growth', () => {
    const plan = xuzhou();
    const f = figureOf(plan, 'gdp', 'real');
    const history = historyTraces(f, 2020)[0]!;
    expect(history.x).toEqual([2015, 2016, 2017, 2018, 2019, 2020]);
    const ys = history.y as number[];
    const gdp = plan.indicators.find((i) => i.id === 'gdp')!;
    const growth2020 = gdp.actuals!.find((a) => a.year === 2020)!.realGrowth!;
    expect(ys[4]! * (1 + growth2020)).toBeCloseTo(ys[5]!, 6);
    expect((history.text as string[])[4]).toContain('按实际增速折算');
  });

  it('a plan with no figure before its base year: no history, the chart as it was', () => {
    const plan = planFile.parse(minimalPlan());
    const f = figureOf(plan, 'gdp');
    expect(historyTraces(f, 2020)).toEqual([]);
    expect(layoutOf(f).xaxis.range).toEqual([2019.5, 2035.5]);
    expect(layoutOf(f).margin.t).toBe(8);
    expect(layoutOf(f).shapes.every((s) => s.type === 'line')).toBe(true);
    expect(layoutOf(f).annotations).toBeUndefined();
  });
});

describe('chart history: the reported figures from the base year on say their status too', () => {
  it('Xuzhou GDP 2020–2024: each hover ends in the figure’s status', () => {
    const plan = xuzhou();
    const f = figureOf(plan, 'gdp');
    const reported = f.data.find((tr) => tr.legendgroup === 'actual' && (tr.x as number[])[0] === 2020)!;
    const gdp = plan.indicators.find((i) => i.id === 'gdp')!;
    const labels: Record<string, string> = { reported: '公布', preliminary: '初步核算', revised: '修订', unverified: '未核实', final: '最终核实', estimate: '预计' };
    expect(reported.text).toEqual((reported.x as number[]).map((y) => `（${labels[gdp.actuals!.find((a) => a.year === y)!.status]}）`));
    expect(reported.hovertemplate).toContain('%{text}');
  });
});
