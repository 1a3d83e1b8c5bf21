/**
 * The projection engine: plan + scenario → a value per indicator per year, at current
 * prices (nominal) and at base-year prices (real).
 *
 * - level:   real[t] = real[t−1] × (1 + g[t]);  nominal[t] = nominal[t−1] × (1 + g[t]) × (1 + d[t])
 *            (d = the scenario's deflator; for basis "none" nominal = real, no deflator)
 * - share:   v[t] = clamp(v[t−1] + points[t], 0, 100); never compounded
 * - flow:    v[t] = the scenario's annual amount for t
 * - derived: the formula evaluated on the inputs' nominal values and on their real values
 *
 * With anchor "actuals", reported figures replace the projection in the years they
 * cover (a derived indicator's official figures override its formula there), and the
 * path continues from them.
 *
 * A missing base value stays missing (NaN) until a reported figure anchors it: nothing
 * is invented.
 */
import { resolveSegments, type YearlyAssumption } from './assumption-path';
import { dependencyOrder } from './dependency-order';
import { compileFormula, type CompiledFormula } from './formula';
import { ownValue } from './own';
import type { ActualValue, Indicator, Plan, PriceBasis, Scenario } from './plan-schema';

export type Origin = 'base' | 'projected' | 'actual' | 'formula' | 'official' | 'missing';

export interface SeriesProjection {
  readonly indicator: Indicator;
  /** At current prices; for basis "none" the same numbers as `real`. NaN = unknown. */
  readonly nominal: Float64Array;
  /** At base-year prices. */
  readonly real: Float64Array;
  /** Real growth over the previous year (index 0: NaN). */
  readonly growth: Float64Array;
  readonly origin: Origin[];
}

export interface ProjectionWarning {
  code: 'no-assumption' | 'needs-base';
  indicator: string;
}

export interface Projection {
  readonly planId: string;
  readonly scenarioId: string;
  readonly baseYear: number;
  readonly horizon: number;
  readonly years: readonly number[];
  /** Cumulative price index, 1 in the base year. */
  readonly priceIndex: Float64Array;
  readonly deflator: Float64Array;
  readonly series: Readonly<Record<string, SeriesProjection>>;
  /** Indicator ids in the order they were computed. */
  readonly order: readonly string[];
  readonly warnings: readonly ProjectionWarning[];
}

/** A plan with its formulas compiled and its derived indicators ordered, done once. */
export interface PreparedPlan {
  readonly plan: Plan;
  readonly formulas: ReadonlyMap<string, CompiledFormula>;
  readonly derivedOrder: readonly string[];
  readonly periods: ReadonlyMap<string, Plan['periods'][number]>;
  readonly actuals: ReadonlyMap<string, ReadonlyMap<number, ActualValue>>;
}

const prepared = new WeakMap<Plan, PreparedPlan>();
/** Formulas depend on the indicators only: an edit to a scenario does not recompile them. */
const compiled = new WeakMap<Plan['indicators'], { formulas: Map<string, CompiledFormula>; order: string[] }>();

function compileIndicators(indicators: Plan['indicators']) {
  const cached = compiled.get(indicators);
  if (cached) return cached;
  const known = new Set(indicators.map((i) => i.id));
  const formulas = new Map<string, CompiledFormula>();
  for (const ind of indicators) {
    if (ind.kind === 'derived' && ind.formula) formulas.set(ind.id, compileFormula(ind.formula, known, ind.id));
  }
  const order = dependencyOrder([...formulas.keys()], (id) => formulas.get(id)?.inputs ?? []);
  if (!order.ok) throw new Error(`circular formula: ${order.cycle.join(' → ')}`);
  const result = { formulas, order: order.order };
  compiled.set(indicators, result);
  return result;
}

/** Compile a validated plan. Throws only on a plan that did not pass validation. */
export function preparePlan(plan: Plan): PreparedPlan {
  const cached = prepared.get(plan);
  if (cached) return cached;
  const { formulas, order } = compileIndicators(plan.indicators);
  const result: PreparedPlan = {
    plan,
    formulas,
    derivedOrder: order,
    periods: new Map(plan.periods.map((p) => [p.id, p])),
    actuals: new Map(plan.indicators.map((i) => [i.id, new Map((i.actuals ?? []).map((a) => [a.year, a]))])),
  };
  prepared.set(plan, result);
  return result;
}

export function findScenario(plan: Plan, scenarioId: string): Scenario | undefined {
  return plan.scenarios.find((s) => s.id === scenarioId);
}

/** Project one scenario of a plan. */
export function project(plan: Plan, scenario: Scenario | string): Projection {
  const sc = typeof scenario === 'string' ? findScenario(plan, scenario) : scenario;
  if (sc === undefined) throw new Error(`unknown scenario "${String(scenario)}"`);
  return projectPrepared(preparePlan(plan), sc);
}

export function projectPrepared(pp: PreparedPlan, sc: Scenario): Projection {
  const { plan } = pp;
  const { baseYear, horizon } = plan;
  const n = horizon - baseYear + 1;
  const years = Array.from({ length: n }, (_, i) => baseYear + i);
  const anchored = sc.anchor === 'actuals';
  const warnings: ProjectionWarning[] = [];

  const deflatorPath = resolveSegments(sc.deflator, baseYear, horizon, pp.periods, 0);
  const deflator = deflatorPath.value;
  deflator[0] = 0;
  const priceIndex = new Float64Array(n);
  priceIndex[0] = 1;
  for (let i = 1; i < n; i++) priceIndex[i] = (priceIndex[i - 1] as number) * (1 + (deflator[i] as number));

  const series: Record<string, SeriesProjection> = {};
  const order: string[] = [];
  const assumptions = new Map<string, YearlyAssumption>();
  for (const ind of plan.indicators) {
    if (ind.kind === 'derived') continue;
    const a = resolveSegments(ownValue(sc.assumptions, ind.id), baseYear, horizon, pp.periods, 0);
    assumptions.set(ind.id, a);
  }

  // Levels can be linked to other levels' growth: compute them in dependency order.
  const nonDerived = plan.indicators.filter((i) => i.kind !== 'derived').map((i) => i.id);
  const linkOrder = dependencyOrder(nonDerived, (id) =>
    (assumptions.get(id)?.link ?? []).filter((l): l is string => l !== null),
  );
  if (!linkOrder.ok) throw new Error(`circular link: ${linkOrder.cycle.join(' → ')}`);
  const byId = new Map(plan.indicators.map((i) => [i.id, i]));

  for (const id of linkOrder.order) {
    const ind = byId.get(id) as Indicator;
    const a = assumptions.get(id) as YearlyAssumption;
    const actuals = anchored ? pp.actuals.get(id) : undefined;
    if (a.unset && ind.kind === 'level' && ind.base?.value != null) warnings.push({ code: 'no-assumption', indicator: id });
    series[id] = projectOne(ind, a, actuals, series, deflator, priceIndex, baseYear);
    if (Number.isNaN(series[id].nominal[n - 1] as number)) warnings.push({ code: 'needs-base', indicator: id });
    order.push(id);
  }

  for (const id of pp.derivedOrder) {
    const ind = byId.get(id) as Indicator;
    const formula = pp.formulas.get(id) as CompiledFormula;
    series[id] = projectDerived(ind, formula, series, anchored ? pp.actuals.get(id) : undefined, priceIndex, baseYear);
    order.push(id);
  }

  return {
    planId: plan.id,
    scenarioId: sc.id,
    baseYear,
    horizon,
    years,
    priceIndex,
    deflator,
    series,
    order,
    warnings,
  };
}

function linkedGrowth(a: YearlyAssumption, i: number, series: Readonly<Record<string, SeriesProjection>>): number {
  const link = a.link[i];
  if (link === null || link === undefined) return a.value[i] as number;
  const g = series[link]?.growth[i] ?? Number.NaN;
  return (a.elasticity[i] as number) * g;
}

function projectOne(
  ind: Indicator,
  a: YearlyAssumption,
  actuals: ReadonlyMap<number, ActualValue> | undefined,
  series: Readonly<Record<string, SeriesProjection>>,
  deflator: Float64Array,
  priceIndex: Float64Array,
  baseYear: number,
): SeriesProjection {
  const n = deflator.length;
  const nominal = new Float64Array(n);
  const real = new Float64Array(n);
  const growth = new Float64Array(n);
  const origin: Origin[] = new Array<Origin>(n);
  const basis: PriceBasis = ind.basis;
  const base = ind.base?.value ?? null;

  // Base year.
  const baseActual = actuals?.get(baseYear);
  const v0 = baseActual ? baseActual.value : (base ?? Number.NaN);
  growth[0] = Number.NaN;
  origin[0] = baseActual ? 'actual' : base === null ? 'missing' : 'base';
  if (basis === 'real') {
    real[0] = v0;
    nominal[0] = v0;
  } else {
    nominal[0] = v0;
    real[0] = v0;
  }

  for (let i = 1; i < n; i++) {
    const actual = actuals?.get(baseYear + i);
    const prevN = nominal[i - 1] as number;
    const prevR = real[i - 1] as number;
    if (ind.kind === 'share') {
      if (actual) {
        nominal[i] = actual.value;
        origin[i] = 'actual';
      } else {
        nominal[i] = Math.min(100, Math.max(0, prevN + (a.value[i] as number)));
        origin[i] = Number.isNaN(prevN) ? 'missing' : 'projected';
      }
      real[i] = nominal[i] as number;
      growth[i] = (nominal[i] as number) / prevN - 1;
      continue;
    }
    if (ind.kind === 'flow') {
      const amount = actual ? actual.value : (a.value[i] as number);
      origin[i] = actual ? 'actual' : 'projected';
      if (basis === 'nominal') {
        nominal[i] = amount;
        real[i] = amount / (priceIndex[i] as number);
      } else if (basis === 'real') {
        real[i] = amount;
        nominal[i] = amount * (priceIndex[i] as number);
      } else {
        nominal[i] = amount;
        real[i] = amount;
      }
      growth[i] = (real[i] as number) / prevR - 1;
      continue;
    }
    // level
    const d = basis === 'none' ? 0 : (deflator[i] as number);
    if (actual) {
      origin[i] = 'actual';
      if (basis === 'none') {
        nominal[i] = actual.value;
        real[i] = actual.value;
      } else if (basis === 'nominal') {
        nominal[i] = actual.value;
        real[i] =
          actual.realGrowth !== undefined && !Number.isNaN(prevR)
            ? prevR * (1 + actual.realGrowth)
            : actual.value / (priceIndex[i] as number);
      } else {
        real[i] = actual.value;
        nominal[i] = actual.value * (priceIndex[i] as number);
      }
      growth[i] = (real[i] as number) / prevR - 1;
      continue;
    }
    const g = linkedGrowth(a, i, series);
    growth[i] = g;
    real[i] = prevR * (1 + g);
    nominal[i] = prevN * (1 + g) * (1 + d);
    origin[i] = Number.isNaN(prevN) ? 'missing' : 'projected';
  }
  return { indicator: ind, nominal, real, growth, origin };
}

function projectDerived(
  ind: Indicator,
  formula: CompiledFormula,
  series: Readonly<Record<string, SeriesProjection>>,
  officials: ReadonlyMap<number, ActualValue> | undefined,
  priceIndex: Float64Array,
  baseYear: number,
): SeriesProjection {
  const n = priceIndex.length;
  const nominal = new Float64Array(n);
  const real = new Float64Array(n);
  const growth = new Float64Array(n);
  const origin: Origin[] = new Array<Origin>(n);
  const inputs = formula.inputs.map((id) => series[id] as SeriesProjection);
  const args = new Array<number>(inputs.length).fill(0);
  for (let i = 0; i < n; i++) {
    const official = officials?.get(baseYear + i);
    if (official) {
      nominal[i] = official.value;
      real[i] = ind.basis === 'nominal' ? official.value / (priceIndex[i] as number) : official.value;
      origin[i] = 'official';
    } else {
      for (let k = 0; k < inputs.length; k++) args[k] = (inputs[k] as SeriesProjection).nominal[i] as number;
      nominal[i] = formula.evaluate(args);
      for (let k = 0; k < inputs.length; k++) args[k] = (inputs[k] as SeriesProjection).real[i] as number;
      real[i] = formula.evaluate(args);
      origin[i] = Number.isNaN(nominal[i] as number) ? 'missing' : 'formula';
    }
    growth[i] = i === 0 ? Number.NaN : (real[i] as number) / (real[i - 1] as number) - 1;
  }
  return { indicator: ind, nominal, real, growth, origin };
}

/** The value of a series in a year, in the basis asked for; NaN outside the range. */
export function valueAt(p: Projection, indicatorId: string, year: number, basis: 'nominal' | 'real'): number {
  const s = ownValue(p.series, indicatorId);
  const i = year - p.baseYear;
  if (s === undefined || i < 0 || i >= p.years.length) return Number.NaN;
  return (basis === 'real' ? s.real[i] : s.nominal[i]) as number;
}
