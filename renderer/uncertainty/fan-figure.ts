/**
 * A fan chart in the Bank of England's style: shaded bands for the 5–95%, 15–85%,
 * 25–75% and 35–65% ranges of the simulated paths, darker towards the centre, a thin
 * line for the median, a line for the scenario's own (deterministic) path, and the
 * targets as markers with their probability. All numbers come from the Monte Carlo
 * result and the projection; this file only decides how they look.
 */
import { seriesValues, targetGuides, type DisplayBasis } from '../../models/charts/chart-guides';
import { formatRate } from '../../models/numbers/format';
import type { MonteCarloResult } from '../../models/uncertainty/monte-carlo-types';
import type { Indicator, Plan } from '../../models/plan/plan-schema';
import type { Projection } from '../../models/engine/projection';
import type { TargetResult, TargetStatus } from '../../models/targets/evaluate-targets';
import { unitInfo } from '../../models/numbers/units';
import { FONT_FAMILY, STATUS_COLORS } from '../charts/chart-defs';
import type { Figure, LegendItem, Trace } from '../charts/chart-figure';
import { formatProbability } from './probability-format';
import { targetName } from '../../models/targets/target-name';

/** Outer to inner: [low, high] percentile and the band's colour (opaque: inner bands cover outer ones). */
export const FAN_BANDS: readonly { lo: number; hi: number; color: string }[] = [
  { lo: 5, hi: 95, color: '#dbe5f8' },
  { lo: 15, hi: 85, color: '#b4c7ef' },
  { lo: 25, hi: 75, color: '#88a5e2' },
  { lo: 35, hi: 65, color: '#5b7fcf' },
];
export const MEDIAN_COLOR = '#1e3a8a';
export const PATH_COLOR = '#c2410c';

export interface FanLabels {
  band(lo: number, hi: number): string;
  median: string;
  path: string;
  status: Record<TargetStatus, string>;
  probability(p: string): string;
  axis: string;
}

const COMPARISON: Record<string, string> = { '>=': '≥', '>': '>', '<=': '≤', '<': '<' };
const STATUS_SYMBOL: Record<TargetStatus, string> = { met: 'diamond', missed: 'x', 'needs-base': 'circle-open' };

const finiteOrNull = (values: ArrayLike<number>): (number | null)[] => Array.from(values, (v) => (Number.isFinite(v) ? v : null));

export interface FanInput {
  plan: Plan;
  indicator: Indicator;
  result: MonteCarloResult;
  projection: Projection;
  targets: readonly TargetResult[];
  basis: DisplayBasis;
  lang: 'zh' | 'en';
  labels: FanLabels;
}

export function buildFanFigure({ plan, indicator, result, projection, targets, basis, lang, labels }: FanInput): Figure {
  const dist = result.series[indicator.id];
  const data: Trace[] = [];
  if (dist === undefined) return { data, layout: {}, legend: [] };
  const table = basis === 'real' ? dist.real : dist.nominal;
  const years = result.years;
  const decimals = Math.min(unitInfo(indicator.unit, plan.units).decimals, 1);
  const fmt = `%{y:,.${decimals}f}`;
  const legend: LegendItem[] = [];

  for (const band of FAN_BANDS) {
    const lo = table[`p${band.lo}`];
    const hi = table[`p${band.hi}`];
    if (lo === undefined || hi === undefined) continue;
    const name = labels.band(band.lo, band.hi);
    data.push({
      type: 'scatter',
      mode: 'lines',
      x: years,
      y: lo,
      line: { width: 0, color: band.color },
      showlegend: false,
      name: `${band.lo}%`,
      hovertemplate: `${band.lo}%: ${fmt}<extra></extra>`,
    });
    data.push({
      type: 'scatter',
      mode: 'lines',
      x: years,
      y: hi,
      fill: 'tonexty',
      fillcolor: band.color,
      line: { width: 0, color: band.color },
      name,
      hovertemplate: `${band.hi}%: ${fmt}<extra></extra>`,
    });
    legend.push({ name, color: band.color, kind: 'marker', style: 'square' });
  }

  const median = table.p50;
  if (median !== undefined) {
    data.push({
      type: 'scatter',
      mode: 'lines',
      x: years,
      y: median,
      name: labels.median,
      line: { color: MEDIAN_COLOR, width: 1.2, dash: 'dot' },
      hovertemplate: `${labels.median}<br>%{x}: ${fmt}<extra></extra>`,
    });
    legend.push({ name: labels.median, color: MEDIAN_COLOR, kind: 'line', style: 'dot' });
  }

  const path = seriesValues(projection, indicator.id, basis);
  if (path !== null) {
    data.push({
      type: 'scatter',
      mode: 'lines',
      x: [...projection.years],
      y: finiteOrNull(path),
      name: labels.path,
      line: { color: PATH_COLOR, width: 2 },
      hovertemplate: `${labels.path}<br>%{x}: ${fmt}<extra></extra>`,
    });
    legend.push({ name: labels.path, color: PATH_COLOR, kind: 'line', style: 'solid' });
  }

  // Targets: where the deterministic path puts them, with the share of paths that meet them.
  const probability = new Map(result.targets.map((t) => [t.id, t.probability]));
  const xs: number[] = [];
  const ys: number[] = [];
  const symbols: string[] = [];
  const colors: string[] = [];
  const texts: string[] = [];
  for (const g of targetGuides(plan, projection, targets, indicator.id, basis)) {
    const target = plan.targets.find((t) => t.id === g.targetId);
    if (target === undefined || g.value === null) continue;
    xs.push(g.year);
    ys.push(g.value);
    symbols.push(STATUS_SYMBOL[g.status]);
    colors.push(STATUS_COLORS[g.status]);
    const threshold = g.growth !== undefined && g.growth !== null ? formatRate(g.growth) : g.value.toLocaleString('en-US', { maximumFractionDigits: decimals });
    texts.push(
      `${targetName(target, lang)}<br>${COMPARISON[target.comparison] ?? ''} ${threshold} · ${labels.probability(formatProbability(probability.get(target.id)))}`,
    );
  }
  if (xs.length > 0) {
    data.push({
      type: 'scatter',
      mode: 'markers',
      x: xs,
      y: ys,
      name: labels.status.met,
      showlegend: false,
      marker: { size: 11, symbol: symbols, color: colors, line: { width: 1.5, color: colors } },
      text: texts,
      hovertemplate: '%{text}<extra></extra>',
    });
    const shown = new Set(targetGuides(plan, projection, targets, indicator.id, basis).filter((g) => g.value !== null).map((g) => g.status));
    for (const st of ['met', 'missed', 'needs-base'] as const) {
      if (shown.has(st)) legend.push({ name: labels.status[st], color: STATUS_COLORS[st], kind: 'marker', style: STATUS_SYMBOL[st] });
    }
  }

  const base = plan.baseYear;
  const layout = {
    autosize: true,
    height: 300,
    margin: { l: 70, r: 10, t: 8, b: 28 },
    font: { family: FONT_FAMILY, size: 11, color: '#262626' },
    paper_bgcolor: '#ffffff',
    plot_bgcolor: '#ffffff',
    hovermode: 'closest',
    uirevision: `fan-${indicator.id}`,
    showlegend: false,
    xaxis: { range: [base - 0.5, plan.horizon + 0.5], dtick: 5, tick0: base, gridcolor: '#f0f0f0', zeroline: false, tickformat: 'd' },
    yaxis: { title: { text: labels.axis, font: { size: 11 } }, gridcolor: '#f0f0f0', zeroline: false, tickformat: ',.0f', automargin: false },
  };
  return { data, layout, legend };
}

/** A sentence for screen readers: the last year's median and 90% range. */
export function fanSummary(
  result: MonteCarloResult,
  indicator: Indicator,
  basis: DisplayBasis,
  format: (v: number | null) => string,
  sentence: (values: { year: number; median: string; lo: string; hi: string }) => string,
): string {
  const dist = result.series[indicator.id];
  if (dist === undefined) return '';
  const table = basis === 'real' ? dist.real : dist.nominal;
  const i = result.years.length - 1;
  return sentence({
    year: result.years[i] ?? 0,
    median: format(table.p50?.[i] ?? null),
    lo: format(table.p5?.[i] ?? null),
    hi: format(table.p95?.[i] ?? null),
  });
}
