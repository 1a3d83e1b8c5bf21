/**
 * Plotly traces and layout for one chart: the projected line(s), the target markers, the
 * required paths and the reported figures. All numbers come from models/ (projection,
 * target results, chart guides); this file only decides how they look.
 */
import { actualPoints, hasPriceBasis, seriesValues, targetGuides, type DisplayBasis } from '../../models/charts/chart-guides';
import { STATUS_LABELS } from '../../models/plan/actuals-input';
import { baseYearStatus, figureStatus, historyPoints, type HistoryPoint } from '../../models/charts/history-points';
import { historyStart } from '../../models/charts/history-range';
import { formatRate, formatValue } from '../../models/numbers/format';
import type { Indicator, Plan, Scenario, Target } from '../../models/plan/plan-schema';
import type { Projection } from '../../models/engine/projection';
import { targetName } from '../../models/targets/target-name';
import type { TargetResult, TargetStatus } from '../../models/targets/evaluate-targets';
import { heldRange, niceRange, tickDecimals } from './nice-range';
import { unitInfo } from '../../models/numbers/units';
import type { ChartDef } from './chart-defs';
import { ACTUAL_COLOR, FONT_FAMILY, REQUIRED_COLOR, SERIES_COLORS, STATUS_COLORS } from './chart-defs';
import { plotlyText } from './plotly-text';

export type Lang = 'zh' | 'en';

export interface ChartRun {
  scenario: Scenario;
  projection: Projection;
  results: readonly TargetResult[];
  color: string;
}

export interface ChartLabels {
  /** Legend name of the projected line when the chart has one indicator. */
  projected: string;
  /** Short legend names by indicator id (e.g. the three incomes). */
  short: Record<string, string>;
  required: string;
  actual: string;
  status: Record<TargetStatus, string>;
  axis(unit: string, basis: DisplayBasis | 'none', baseYear: number): string;
  /** Reported figures before the base year (models/charts/history-points.ts). */
  history: HistoryLabels;
}

export interface HistoryLabels {
  /** Over the part before the base year: 报告数 / Reported history. */
  zone: string;
  /** Over the part after it: 规划期 / Plan period. */
  plan: string;
  /** In the hover of the base-year point. */
  base: string;
  /** A derived value computed from its inputs' figures. */
  computed: string;
  /** A real value chained back from the base year by reported real growth. */
  chained: string;
  /** Rests on a price index (估). */
  estimated: string;
  /** Moved onto the new basis of a series break. */
  rebased: string;
}

export type Trace = Record<string, unknown>;
export interface LegendItem {
  name: string;
  color: string;
  /** A line (solid/dash/dot) or a marker symbol. */
  kind: 'line' | 'marker';
  style: string;
}

export interface Figure {
  data: Trace[];
  layout: Record<string, unknown>;
  /** Drawn as HTML beside the plot: cheaper than plotly's legend on every update. */
  legend: LegendItem[];
}

const DASHES = ['solid', 'dash', 'dot'];
const COMPARISON: Record<Target['comparison'], string> = { '>=': '≥', '>': '>', '<=': '≤', '<': '<' };
const STATUS_SYMBOL: Record<TargetStatus, string> = { met: 'diamond', missed: 'x', 'needs-base': 'circle-open' };

/** The history labels from the translations (`chart.history.*`). */
export function historyLabels(t: (key: string) => string): HistoryLabels {
  return {
    zone: t('chart.history.zone'),
    plan: t('chart.history.plan'),
    base: t('chart.history.base'),
    computed: t('chart.history.computed'),
    chained: t('chart.history.chained'),
    estimated: t('chart.history.estimated'),
    rebased: t('chart.history.rebased'),
  };
}

const HISTORY_FILL = 'rgba(0, 0, 0, 0.035)';
const BASE_LINE_COLOR = '#8c8c8c';
const ZONE_TEXT_COLOR = '#8c8c8c';

/** What the hover says of a history point after its value: status, how it was obtained, 估. */
function historyNote(p: HistoryPoint, lang: Lang, labels: HistoryLabels): string {
  const parts = [
    p.how !== 'reported' && p.status === 'implied' ? null : STATUS_LABELS[p.status][lang],
    p.how === 'computed' ? labels.computed : p.how === 'chained' ? labels.chained : null,
    p.rebased ? labels.rebased : null,
    p.estimated ? labels.estimated : null,
  ].filter((x): x is string => x !== null);
  return noteText(parts, lang);
}

function noteText(parts: readonly string[], lang: Lang): string {
  if (parts.length === 0) return '';
  return plotlyText(lang === 'zh' ? `（${parts.join('，')}）` : ` (${parts.join(', ')})`);
}

const nullIfNaN = (values: ArrayLike<number>): (number | null)[] =>
  Array.from(values, (v) => (Number.isFinite(v) ? v : null));

/** `own`: the plan's own units, so an English axis says "100m tce", not 亿吨标准煤. */
export function axisTitle(ind: Indicator, basis: DisplayBasis, baseYear: number, lang: Lang, labels: ChartLabels, own?: Plan['units']): string {
  const unit = unitInfo(ind.unit, own)[lang] || (lang === 'zh' ? '指数' : 'index');
  return labels.axis(unit, hasPriceBasis(ind) ? basis : 'none', baseYear);
}

export function buildFigure(
  plan: Plan,
  chart: ChartDef,
  runs: readonly ChartRun[],
  basis: DisplayBasis,
  lang: Lang,
  labels: ChartLabels,
  compare: boolean,
): Figure {
  const inds = chart.indicators
    .map((id) => plan.indicators.find((i) => i.id === id))
    .filter((i): i is Indicator => i !== undefined);
  const data: Trace[] = [];
  const first = runs[0];
  const lead = inds[0];
  if (first === undefined || lead === undefined) return { data, layout: {}, legend: [] };
  const years = [...first.projection.years];
  const multi = inds.length > 1;
  const decimals = Math.min(unitInfo(lead.unit, plan.units).decimals, 1);

  // Projected lines.
  runs.forEach((run) => {
    inds.forEach((ind, k) => {
      const values = seriesValues(run.projection, ind.id, basis);
      if (values === null) return;
      const scenarioName = run.scenario.name[lang];
      const short = labels.short[ind.id] ?? ind.name[lang];
      const name = compare ? scenarioName : multi ? short : labels.projected;
      const color = compare ? run.color : multi ? (SERIES_COLORS[k] ?? run.color) : run.color;
      data.push({
        type: 'scatter',
        mode: 'lines',
        x: years,
        y: nullIfNaN(values),
        name,
        legendgroup: compare ? run.scenario.id : ind.id,
        // Compare mode: one legend entry per scenario; the line style tells the series apart.
        showlegend: !(compare && multi && k > 0),
        line: { color, width: 2, dash: compare && multi ? (DASHES[k] ?? 'solid') : 'solid' },
        hovertemplate: `${plotlyText(compare && multi ? `${scenarioName} · ${short}` : name)}<br>%{x}: %{y:,.${decimals}f}<extra></extra>`,
      });
    });
  });

  // Required paths (single-scenario view) and target markers.
  let requiredShown = false;
  runs.forEach((run, runIndex) => {
    const xs: number[] = [];
    const ys: number[] = [];
    const symbols: string[] = [];
    const colors: string[] = [];
    const texts: string[] = [];
    // 左右 bands as bars through the markers (NaN: no band)
    const bandUp: number[] = [];
    const bandDown: number[] = [];
    for (const ind of inds) {
      const guides = targetGuides(plan, run.projection, run.results, ind.id, basis);
      for (const g of guides) {
        const target = plan.targets.find((t) => t.id === g.targetId);
        if (target === undefined) continue;
        if (!compare && g.requiredPath !== null) {
          data.push({
            type: 'scatter',
            mode: 'lines',
            x: g.requiredPath.years,
            y: g.requiredPath.values,
            name: labels.required,
            legendgroup: 'required',
            showlegend: !requiredShown,
            line: { color: REQUIRED_COLOR, width: 1.5, dash: 'dash' },
            hovertemplate: `${labels.required} · ${plotlyText(targetName(target, lang))}<br>%{x}: %{y:,.${decimals}f}<extra></extra>`,
          });
          requiredShown = true;
        }
        if (g.value === null) continue;
        const label = targetName(target, lang);
        const threshold = g.growth !== undefined && g.growth !== null ? formatRate(g.growth) : formatValue(g.value, ind.unit, lang, undefined, plan.units);
        // Compare mode: scenarios sharing a threshold would hide each other's markers.
        xs.push(compare ? g.year + (runIndex - (runs.length - 1) / 2) * 0.18 : g.year);
        ys.push(g.value);
        bandUp.push(g.band ? g.band[1] - g.value : Number.NaN);
        bandDown.push(g.band ? g.value - g.band[0] : Number.NaN);
        symbols.push(STATUS_SYMBOL[g.status]);
        colors.push(STATUS_COLORS[g.status]);
        const who = compare ? `${run.scenario.name[lang]} · ` : '';
        texts.push(`${plotlyText(who + label)}<br>${COMPARISON[target.comparison]} ${threshold} · ${labels.status[g.status]}`);
      }
    }
    if (xs.length === 0) return;
    data.push({
      type: 'scatter',
      mode: 'markers',
      x: xs,
      y: ys,
      name: compare ? `${run.scenario.name[lang]} · ${labels.status.met}/${labels.status.missed}` : `${labels.status.met}/${labels.status.missed}`,
      showlegend: false,
      marker: { size: 11, symbol: symbols, color: colors, line: { width: 1.5, color: compare ? run.color : colors } },
      ...(bandUp.some((v) => Number.isFinite(v))
        ? { error_y: { type: 'data', symmetric: false, array: bandUp, arrayminus: bandDown, visible: true, color: REQUIRED_COLOR, thickness: 6, width: 0 } }
        : {}),
      text: texts,
      hovertemplate: '%{text}<extra></extra>',
    });
  });

  // Reported figures before the base year (the same for every scenario: facts), ending in
  // the base-year value where no reported figure of that year is drawn below.
  let actualShown = false;
  let historyShown = false;
  inds.forEach((ind) => {
    const history = historyPoints(plan, ind.id, basis);
    if (history.length === 0) return;
    const xs = history.map((p) => p.year);
    const ys = history.map((p) => p.value);
    const notes = history.map((p) => historyNote(p, lang, labels.history));
    const baseValue = seriesValues(first.projection, ind.id, basis)?.[0];
    if (baseValue !== undefined && Number.isFinite(baseValue) && !actualPoints(plan, first.projection, ind.id, basis).years.includes(plan.baseYear)) {
      const status = baseYearStatus(plan, ind.id);
      xs.push(plan.baseYear);
      ys.push(baseValue);
      notes.push(noteText([labels.history.base, ...(status === null ? [] : [STATUS_LABELS[status][lang]])], lang));
    }
    data.push({
      type: 'scatter',
      mode: 'markers',
      x: xs,
      y: ys,
      text: notes,
      name: labels.actual,
      legendgroup: 'actual',
      showlegend: !actualShown,
      marker: { size: 7, symbol: 'circle-open', color: ACTUAL_COLOR, line: { width: 1.5 } },
      hovertemplate: `${labels.actual} · ${plotlyText(ind.name[lang])}<br>%{x}: %{y:,.${decimals}f}%{text}<extra></extra>`,
    });
    actualShown = true;
    historyShown = true;
  });

  // Reported figures from the base year on.
  inds.forEach((ind) => {
    const pts = actualPoints(plan, first.projection, ind.id, basis);
    if (pts.years.length === 0) return;
    data.push({
      type: 'scatter',
      mode: 'markers',
      x: pts.years,
      y: pts.values,
      // Each figure's status after its value, as before the base year.
      text: pts.years.map((year) => {
        const status = figureStatus(plan, ind.id, year);
        return noteText(status === null ? [] : [STATUS_LABELS[status][lang]], lang);
      }),
      name: labels.actual,
      legendgroup: 'actual',
      showlegend: !actualShown,
      marker: { size: 7, symbol: 'circle-open', color: ACTUAL_COLOR, line: { width: 1.5 } },
      hovertemplate: `${labels.actual} · ${plotlyText(ind.name[lang])}<br>%{x}: %{y:,.${decimals}f}%{text}<extra></extra>`,
    });
    actualShown = true;
  });

  const legend: LegendItem[] = [];
  const seen = new Set<string>();
  for (const tr of data) {
    const name = typeof tr.name === 'string' ? tr.name : '';
    if (tr.showlegend === false || name === '' || seen.has(name)) continue;
    seen.add(name);
    const line = tr.line as { color?: string; dash?: string } | undefined;
    const marker = tr.marker as { color?: string; symbol?: string } | undefined;
    legend.push(
      tr.mode === 'lines'
        ? { name, color: line?.color ?? '#000', kind: 'line', style: line?.dash ?? 'solid' }
        : { name, color: typeof marker?.color === 'string' ? marker.color : '#000', kind: 'marker', style: String(marker?.symbol ?? 'circle') },
    );
  }
  const statuses = new Set(runs.flatMap((run) => inds.flatMap((ind) => targetGuides(plan, run.projection, run.results, ind.id, basis).filter((g) => g.value !== null).map((g) => g.status))));
  for (const st of ['met', 'missed', 'needs-base'] as const) {
    if (statuses.has(st)) legend.push({ name: labels.status[st], color: STATUS_COLORS[st], kind: 'marker', style: STATUS_SYMBOL[st] });
  }

  const yRange = niceRange(data.flatMap((trace) => (Array.isArray(trace.y) ? (trace.y as (number | null)[]) : [])));
  const base = plan.baseYear;
  const boundaries = plan.periods.filter((p) => p.end > base && p.end < plan.horizon).map((p) => p.end + 0.5);
  const from = historyShown ? historyStart(plan) : base;
  const periodLines = boundaries.map((x) => ({
    type: 'line',
    xref: 'x',
    yref: 'paper',
    x0: x,
    x1: x,
    y0: 0,
    y1: 1,
    line: { color: '#d9d9d9', width: 1, dash: 'dot' },
    layer: 'below',
  }));
  // The history part shaded, the base year a solid guide, each part named above the plot.
  const historyShapes = historyShown
    ? [
        { type: 'rect', xref: 'x', yref: 'paper', x0: from - 0.5, x1: base, y0: 0, y1: 1, fillcolor: HISTORY_FILL, line: { width: 0 }, layer: 'below' },
        { type: 'line', xref: 'x', yref: 'paper', x0: base, x1: base, y0: 0, y1: 1, line: { color: BASE_LINE_COLOR, width: 1 }, layer: 'below' },
      ]
    : [];
  const zoneLabel = (text: string, xanchor: 'left' | 'right') => ({
    text: plotlyText(text),
    xref: 'x',
    yref: 'paper',
    x: base,
    xanchor,
    xshift: xanchor === 'left' ? 3 : -3,
    y: 1,
    yanchor: 'bottom',
    showarrow: false,
    font: { size: 10, color: ZONE_TEXT_COLOR },
  });
  const layout = {
    autosize: true,
    height: 230,
    // Room above the plot for the names of the history and plan parts.
    margin: { l: 66, r: 8, t: historyShown ? 20 : 8, b: 26 },
    font: { family: FONT_FAMILY, size: 11, color: '#262626' },
    paper_bgcolor: '#ffffff',
    plot_bgcolor: '#ffffff',
    hovermode: 'closest',
    uirevision: chart.id,
    showlegend: false,
    // ticklabeloverflow 'allow': no measuring of every tick label on each update.
    xaxis: {
      range: [from - 0.5, plan.horizon + 0.5],
      dtick: 5,
      tick0: base,
      gridcolor: '#f0f0f0',
      zeroline: false,
      tickformat: 'd',
      ticklabeloverflow: 'allow',
    },
    yaxis: {
      title: { text: axisTitle(lead, basis, base, lang, labels, plan.units), font: { size: 11 } },
      gridcolor: '#f0f0f0',
      zeroline: false,
      tickformat: `,.${tickDecimals(yRange)}f`,
      // Fixed margins: automargin makes every update measure and lay out the axes twice.
      automargin: false,
      // A round fixed range: the axis holds still while a slider moves (see nice-range.ts).
      ...(yRange ? { range: yRange, autorange: false } : {}),
      ticklabeloverflow: 'allow',
    },
    shapes: [...historyShapes, ...periodLines],
    ...(historyShown ? { annotations: [zoneLabel(labels.history.zone, 'right'), zoneLabel(labels.history.plan, 'left')] } : {}),
  };
  return { data, layout, legend };
}

const yRangeOf = (figure: Figure): [number, number] | null => {
  const range = (figure.layout.yaxis as { range?: unknown } | undefined)?.range;
  return Array.isArray(range) && range.length === 2 && range.every((v) => typeof v === 'number') ? (range as [number, number]) : null;
};

/**
 * Under what a chart may keep the y range it shows: a run of edits of one field (the
 * store's editRun: a slider stepped or dragged) on the same chart of the same scenarios,
 * basis and language. Null outside such a run: after an undo, another edit or a change of
 * view the chart takes its own range, so undo shows exactly what was there.
 */
export function holdKeyOf(editRun: string | null, chartId: string, basis: DisplayBasis, lang: Lang, compare: boolean, scenarioIds: readonly string[]): string | null {
  return editRun === null ? null : JSON.stringify([editRun, chartId, basis, lang, compare, scenarioIds]);
}

/**
 * The figure with the y range of the one shown before it where that still fits its data
 * (nice-range.ts heldRange), so that the axis holds still while a slider moves. The
 * figure itself when it keeps its own range (or either has none).
 */
export function withHeldYRange(figure: Figure, shown: Figure | null): Figure {
  const own = yRangeOf(figure);
  const before = shown === null ? null : yRangeOf(shown);
  const range = heldRange(own, before);
  if (own === null || range === null || (range[0] === own[0] && range[1] === own[1])) return figure;
  const yaxis = { ...(figure.layout.yaxis as Record<string, unknown>), range, tickformat: `,.${tickDecimals(range)}f` };
  return { ...figure, layout: { ...figure.layout, yaxis } };
}

/** True when two figures would draw the same thing (their data are small: compare as JSON). */
export function sameFigure(a: Figure, b: Figure): boolean {
  return JSON.stringify(a) === JSON.stringify(b);
}

/**
 * No mode bar: it added seven tab stops per chart, and its "send to cloud" button would
 * upload data to plotly's servers (PlanPath never leaves the machine). Export has its
 * own menu.
 */
export const PLOT_CONFIG = {
  displaylogo: false,
  displayModeBar: false,
  showSendToCloud: false,
  showEditInChartStudio: false,
  plotlyServerURL: '',
  responsive: true,
};
