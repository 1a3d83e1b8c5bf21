import { chartsOf, type ChartSpec } from '../../models/charts/chart-plan';
import type { Plan } from '../../models/plan/plan-schema';

/** A chart of the main view: its id (for data-testid="chart-<id>"), its indicators, a title where they are several. */
export type ChartDef = ChartSpec;

/**
 * The charts of the main view, the report and the chart exports: the user's choice
 * (chart ids saved in the workspace) or the plan's default (models/charts/chart-plan.ts).
 */
export function chartsFor(plan: Plan, chosen?: readonly string[] | null): ChartDef[] {
  return chartsOf(plan, chosen);
}

/** The title of a chart: its own, else its first indicator's name. */
export function chartName(plan: Plan, chart: ChartDef, lang: 'zh' | 'en'): string {
  return chart.title?.[lang] ?? plan.indicators.find((i) => i.id === chart.indicators[0])?.name[lang] ?? chart.id;
}

export const SCENARIO_COLORS = ['#1d4ed8', '#c2410c', '#15803d', '#7e22ce'];
export const SERIES_COLORS = ['#1d4ed8', '#0f766e', '#b45309'];
export const STATUS_COLORS = { met: '#237804', missed: '#cf1322', 'needs-base': '#8c8c8c' } as const;
export const REQUIRED_COLOR = '#d46b08';
export const ACTUAL_COLOR = '#262626';
export const FONT_FAMILY =
  '"PingFang SC","Hiragino Sans GB","Microsoft YaHei","Noto Sans CJK SC","Source Han Sans SC","WenQuanYi Micro Hei",system-ui,sans-serif';

/**
 * Short names of the lines of a chart that draws several indicators (the translations'
 * `chart.short`, by indicator id); anything else found there is ignored.
 */
export function shortLabels(found: unknown): Record<string, string> {
  if (typeof found !== 'object' || found === null) return {};
  return Object.fromEntries(Object.entries(found).filter((e): e is [string, string] => typeof e[1] === 'string'));
}
