/**
 * The chart in view as a file (PNG at 2× for print, or SVG), and the charts of the
 * report: the app's figure (charts/chart-figure.ts) for the scenarios in scope, dressed
 * for a document (export-figure.ts) and drawn by Plotly.toImage.
 */
import { sourceLine } from '../../models/export/export-tables';
import type { Plan, Scenario } from '../../models/plan/plan-schema';
import type { TargetStatus } from '../../models/targets/evaluate-targets';
import { chartCandidates } from '../../models/charts/chart-plan';
import { chartName, SCENARIO_COLORS, shortLabels, type ChartDef } from '../charts/chart-defs';
import { buildFigure, historyLabels, type ChartLabels, type ChartRun } from '../charts/chart-figure';
import { projectionOf, targetsOf } from '../derived/derive';
import type { ExportFileRequest } from '../platform/platform-api';
import { renderChartImage, type ImageFormat } from './chart-image';
import { exportFigure, type ExportFigure } from './export-figure';
import { fileStem, type ExportScope } from './export-scope';

export type Translate = (key: string, options?: Record<string, unknown>) => string;

/** The chart size in CSS pixels; a PNG is drawn at `scale` times that. */
export const CHART_SIZE = { width: 1000, height: 560 };
export const PNG_SCALE = 2;

export function chartLabels(t: Translate): ChartLabels {
  return {
    projected: t('chart.projected'),
    short: shortLabels(t('chart.short', { returnObjects: true })),
    required: t('chart.required'),
    actual: t('chart.actual'),
    status: { met: t('status.met'), missed: t('status.missed'), 'needs-base': t('status.needs-base') } as Record<TargetStatus, string>,
    axis: (unit, basis, baseYear) => (basis === 'none' ? unit : basis === 'nominal' ? t('chart.axisNominal', { unit }) : t('chart.axisReal', { unit, year: baseYear })),
    history: historyLabels(t),
  };
}

/** The chart's title; `_t` is kept for callers written when one title came from the translations. */
export function chartTitle(plan: Plan, chart: ChartDef, lang: 'zh' | 'en', _t?: Translate): string {
  return chartName(plan, chart, lang);
}

export function chartRuns(plan: Plan, scenarios: readonly Scenario[]): ChartRun[] {
  return scenarios.map((scenario, i) => ({
    scenario,
    projection: projectionOf(plan, scenario),
    results: targetsOf(plan, scenario),
    color: SCENARIO_COLORS[i % SCENARIO_COLORS.length] ?? '#1d4ed8',
  }));
}

export function scenarioNames(scope: ExportScope): string {
  return scope.scenarios.map((s) => s.name[scope.lang]).join(scope.lang === 'zh' ? '、' : ', ');
}

/** The figure of one chart as it goes into a file. */
export function chartExportFigure(
  scope: ExportScope,
  chart: ChartDef,
  t: Translate,
  now: Date,
  options: { size?: { width: number; height: number }; withSource?: boolean } = {},
): ExportFigure {
  const size = options.size ?? CHART_SIZE;
  const { plan, lang } = scope;
  const figure = buildFigure(plan, chart, chartRuns(plan, scope.scenarios), scope.basis, lang, chartLabels(t), scope.compare);
  return exportFigure(figure, {
    title: chartTitle(plan, chart, lang, t),
    subtitle: t('export.chartSubtitle', { scenarios: scenarioNames(scope) }),
    sourceLine: options.withSource === false ? '' : sourceLine(plan, scope.scenarios, now, lang),
    xTitle: t('export.yearAxis'),
    width: size.width,
    height: size.height,
  });
}

export function findChart(plan: Plan, chartId: string): ChartDef | undefined {
  return chartCandidates(plan).find((c) => c.id === chartId);
}

/** The file of one chart: SVG text, or PNG bytes at 2×. */
export async function chartFile(scope: ExportScope, chart: ChartDef, format: ImageFormat, t: Translate, now = new Date()): Promise<ExportFileRequest> {
  const figure = chartExportFigure(scope, chart, t, now);
  const suggestedName = `${fileStem(scope)}-${chart.id}-${scope.basis}.${format}`;
  if (format === 'svg') {
    const svg = await renderChartImage(figure, 'svg');
    return { suggestedName, data: svg, mimeType: 'image/svg+xml', filters: [{ name: 'SVG', extensions: ['svg'] }] };
  }
  const png = await renderChartImage(figure, 'png', PNG_SCALE);
  return { suggestedName, data: png, mimeType: 'image/png', filters: [{ name: 'PNG', extensions: ['png'] }] };
}
