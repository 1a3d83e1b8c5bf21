/**
 * Which charts a plan shows: the plan file's `charts` list, or when it has none a rule
 * (every indicator with a target, money first, then other levels, shares and flows).
 * The app, the report, the fan chart and the CLI's montecarlo tables all start here,
 * so no view names an indicator of one plan.
 */
import type { ChartSpec, Indicator, Plan, Target } from '../plan/plan-schema';

export type { ChartSpec } from '../plan/plan-schema';

/** At most this many charts come from the rule (a plan's own list may hold up to 50). */
export const MAX_RULE_CHARTS = 12;
/** Without targets, the rule charts this many of the first non-flow indicators. */
export const MAX_UNTARGETED_CHARTS = 6;

const MONEY_UNITS: ReadonlySet<string> = new Set(['万亿元', '亿元', '万元', '元']);

/** 0 money, 1 other levels, 2 shares, 3 flows: the order the rule charts in. */
function group(ind: Indicator): number {
  if (ind.kind === 'flow') return 3;
  if (ind.kind === 'share') return 2;
  return MONEY_UNITS.has(ind.unit) ? 0 : 1;
}

const single = (ind: Indicator): ChartSpec => ({ id: ind.id, indicators: [ind.id] });

/** The charts the rule gives a plan with no `charts` list. */
export function ruleCharts(plan: Plan): ChartSpec[] {
  const targeted = new Set(plan.targets.map((t) => t.indicator));
  const withTarget = plan.indicators.filter((i) => targeted.has(i.id));
  if (withTarget.length === 0) {
    return plan.indicators.filter((i) => i.kind !== 'flow').slice(0, MAX_UNTARGETED_CHARTS).map(single);
  }
  return withTarget
    .map((ind, order) => ({ ind, order }))
    .sort((a, b) => group(a.ind) - group(b.ind) || a.order - b.order)
    .slice(0, MAX_RULE_CHARTS)
    .map(({ ind }) => single(ind));
}

/** Keeps the indicators the plan has; drops charts left with none. */
function known(plan: Plan, charts: readonly ChartSpec[]): ChartSpec[] {
  const ids = new Set(plan.indicators.map((i) => i.id));
  return charts
    .map((c) => ({ ...c, indicators: c.indicators.filter((i) => ids.has(i)) }))
    .filter((c) => c.indicators.length > 0);
}

/** The plan's default charts: its own list, else the rule. */
export function defaultCharts(plan: Plan): ChartSpec[] {
  return plan.charts === undefined ? ruleCharts(plan) : known(plan, plan.charts);
}

/** Every chart a user can add: the default ones, then one per indicator not already a chart id. */
export function chartCandidates(plan: Plan): ChartSpec[] {
  const defaults = defaultCharts(plan);
  const ids = new Set(defaults.map((c) => c.id));
  return [...defaults, ...plan.indicators.filter((i) => !ids.has(i.id)).map(single)];
}

/**
 * The charts shown: the user's choice (chart ids, in their order) where there is one,
 * else the plan's default. Ids the plan no longer has are dropped.
 */
export function chartsOf(plan: Plan, chosen?: readonly string[] | null): ChartSpec[] {
  if (chosen === undefined || chosen === null) return defaultCharts(plan);
  const byId = new Map(chartCandidates(plan).map((c) => [c.id, c]));
  const out: ChartSpec[] = [];
  for (const id of new Set(chosen)) {
    const c = byId.get(id);
    if (c !== undefined) out.push(c);
  }
  return out;
}

/** The indicators of some charts, each once, in chart order. */
export function chartedIndicators(charts: readonly ChartSpec[]): string[] {
  return [...new Set(charts.flatMap((c) => c.indicators))];
}

/** The year a target is judged in. */
export function targetYear(t: Target): number {
  return t.type === 'threshold' || t.type === 'multiple' ? t.year : t.to;
}

/** The years the plan's targets are judged in, ascending; the horizon where there are none. */
export function targetYears(plan: Plan): number[] {
  const years = [...new Set(plan.targets.map(targetYear))].filter((y) => y > plan.baseYear && y <= plan.horizon).sort((a, b) => a - b);
  return years.length > 0 ? years : [plan.horizon];
}

/**
 * The indicators a fan chart is offered for: every level, derived and share indicator,
 * the charted ones first (in chart order), then the rest in plan order.
 */
export function fanChoices(plan: Plan, charts: readonly ChartSpec[] = defaultCharts(plan)): Indicator[] {
  const fan = plan.indicators.filter((i) => i.kind !== 'flow');
  const first = chartedIndicators(charts);
  const rank = (ind: Indicator) => {
    const k = first.indexOf(ind.id);
    return k < 0 ? first.length : k;
  };
  return fan.map((ind, order) => ({ ind, order })).sort((a, b) => rank(a.ind) - rank(b.ind) || a.order - b.order).map(({ ind }) => ind);
}

/** The indicator a view starts on (compare view, fan chart): the first charted one, else the first indicator. */
export function firstCharted(plan: Plan): string | null {
  return chartedIndicators(defaultCharts(plan))[0] ?? plan.indicators[0]?.id ?? null;
}

/** The assumption groups open at first: the charted indicators that carry assumptions (not derived), in chart order. */
export function openAssumptions(plan: Plan): string[] {
  const kinds = new Map(plan.indicators.map((i) => [i.id, i.kind]));
  return chartedIndicators(defaultCharts(plan)).filter((id) => kinds.get(id) !== 'derived');
}

/** The years a summary table shows: the plan's target years and the ends of its periods, ascending. */
export function tableYears(plan: Plan): number[] {
  const ends = plan.periods.map((p) => p.end).filter((y) => y > plan.baseYear && y <= plan.horizon);
  return [...new Set([...targetYears(plan), ...ends])].sort((a, b) => a - b);
}
