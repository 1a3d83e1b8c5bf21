import type { Plan } from '../../models/plan-schema';

export interface ChartDef {
  /** For data-testid="chart-<id>". */
  id: string;
  indicators: string[];
}

/** The charts of the main view; those whose indicators the plan lacks are left out. */
export const MAIN_CHARTS: ChartDef[] = [
  { id: 'gdp', indicators: ['gdp'] },
  { id: 'gdp_per_capita', indicators: ['gdp_per_capita'] },
  { id: 'income', indicators: ['income_urban', 'income_rural', 'income_all'] },
  { id: 'retail_sales', indicators: ['retail_sales'] },
  { id: 'urbanization', indicators: ['urbanization'] },
];

export function chartsFor(plan: Plan): ChartDef[] {
  const ids = new Set(plan.indicators.map((i) => i.id));
  const known = MAIN_CHARTS.map((c) => ({ ...c, indicators: c.indicators.filter((i) => ids.has(i)) })).filter(
    (c) => c.indicators.length > 0,
  );
  if (known.length > 0) return known;
  // Another plan: chart its first non-flow indicators one by one.
  return plan.indicators
    .filter((i) => i.kind !== 'flow')
    .slice(0, 6)
    .map((i) => ({ id: i.id, indicators: [i.id] }));
}

export const SCENARIO_COLORS = ['#1d4ed8', '#c2410c', '#15803d', '#7e22ce'];
export const SERIES_COLORS = ['#1d4ed8', '#0f766e', '#b45309'];
export const STATUS_COLORS = { met: '#237804', missed: '#cf1322', 'needs-base': '#8c8c8c' } as const;
export const REQUIRED_COLOR = '#d46b08';
export const ACTUAL_COLOR = '#262626';
export const FONT_FAMILY =
  '"PingFang SC","Hiragino Sans GB","Microsoft YaHei","Noto Sans CJK SC","Source Han Sans SC","WenQuanYi Micro Hei",system-ui,sans-serif';
