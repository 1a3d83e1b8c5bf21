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
 * Every scenario follows the reported figures (DESIGN rules 9, 13): the reported path
 * (reported-path.ts: reported figures, the years between them interpolated, real values
 * from reported real growth, series breaks rebased) replaces the projection up to each
 * indicator's last fixed year, and the path continues from there with the scenario's
 * assumptions. A scenario's `anchor` field (old files) is read and ignored. A derived indicator's
 * official figures override its formula in their years; between two of them it is
 * interpolated at a constant rate, and after the last one it continues from the
 * official level at the formula's growth rate (a splice, never a jump back). Before the
 * first official figure the formula's values are scaled to the official level (rule 15:
 * one definition, so an official figure moves the level, not the growth achieved).
 *
 * Prices: nominal money is deflated by its own index (indicator.priceIndex): the GDP
 * deflator (scenario.deflator) or consumer prices (scenario.cpi, the deflator where
 * absent). Every scenario takes the plan's reported price changes in their years.
 *
 * A missing base value stays missing (NaN) until a reported figure anchors it: nothing
 * is invented.
 */
import { resolveSegments, type YearlyAssumption } from './assumption-path';
import { dependencyOrder } from './dependency-order';
import { floatArena } from './float-arena';
import { compileFormula, type CompiledFormula } from './formula';
import { ownValue } from '../plan/own';
import type { ActualValue, Indicator, Plan, PriceBasis, PriceIndexKind, Scenario } from '../plan/plan-schema';
import { priceIndexOf, reportedPath, withScenarioPrices, type FixedSeries, type ReportedPath } from './reported-path';
import { resolvedSegments } from './resolved-segments';
import { cachedOn, tupleCache } from './tuple-cache';
import { effectiveSegments } from './trend';

export type Origin = 'base' | 'projected' | 'actual' | 'interpolated' | 'formula' | 'official' | 'spliced' | 'missing';

export interface SeriesProjection {
  readonly indicator: Indicator;
  /** At current prices; for basis "none" the same numbers as `real`. NaN = unknown. */
  readonly nominal: Float64Array;
  /** At base-year prices. */
  readonly real: Float64Array;
  /** Real growth over the previous year (index 0: NaN). */
  readonly growth: Float64Array;
  readonly origin: Origin[];
  /** 1 where a reported year's real value is estimated (no reported real growth). */
  readonly realEstimated: Uint8Array;
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
  /** Cumulative GDP-deflator price index, 1 in the base year. */
  readonly priceIndex: Float64Array;
  /** The GDP deflator per year (fraction). */
  readonly deflator: Float64Array;
  /** Consumer prices: yearly change and cumulative index. */
  readonly cpi: Float64Array;
  readonly cpiIndex: Float64Array;
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
  readonly byId: ReadonlyMap<string, Indicator>;
  /** The ids of the indicators that are not derived, in the plan's order. */
  readonly nonDerived: readonly string[];
}

/** What the engine derives from a plan's indicators alone. */
interface CompiledIndicators {
  readonly formulas: ReadonlyMap<string, CompiledFormula>;
  readonly order: readonly string[];
  readonly actuals: ReadonlyMap<string, ReadonlyMap<number, ActualValue>>;
  readonly byId: ReadonlyMap<string, Indicator>;
  readonly nonDerived: readonly string[];
}

const prepared = new WeakMap<Plan, PreparedPlan>();
/**
 * Formulas, lookups and orders depend on the indicators only, periods on the periods: an
 * edit to a scenario (a new plan object that keeps both arrays) does not redo them.
 */
const compiled = new WeakMap<Plan['indicators'], CompiledIndicators>();
const periodMaps = new WeakMap<Plan['periods'], ReadonlyMap<string, Plan['periods'][number]>>();

function compileIndicators(indicators: Plan['indicators']): CompiledIndicators {
  const cached = compiled.get(indicators);
  if (cached) return cached;
  const known = new Set(indicators.map((i) => i.id));
  const formulas = new Map<string, CompiledFormula>();
  for (const ind of indicators) {
    if (ind.kind === 'derived' && ind.formula) formulas.set(ind.id, compileFormula(ind.formula, known, ind.id));
  }
  const order = dependencyOrder([...formulas.keys()], (id) => formulas.get(id)?.inputs ?? []);
  if (!order.ok) throw new Error(`circular formula: ${order.cycle.join(' → ')}`);
  const result: CompiledIndicators = {
    formulas,
    order: order.order,
    actuals: new Map(indicators.map((i) => [i.id, new Map((i.actuals ?? []).map((a) => [a.year, a]))])),
    byId: new Map(indicators.map((i) => [i.id, i])),
    nonDerived: indicators.filter((i) => i.kind !== 'derived').map((i) => i.id),
  };
  compiled.set(indicators, result);
  return result;
}

function periodMap(periods: Plan['periods']): ReadonlyMap<string, Plan['periods'][number]> {
  let map = periodMaps.get(periods);
  if (map === undefined) {
    map = new Map(periods.map((p) => [p.id, p]));
    periodMaps.set(periods, map);
  }
  return map;
}

/** Compile a validated plan. Throws only on a plan that did not pass validation. */
export function preparePlan(plan: Plan): PreparedPlan {
  const cached = prepared.get(plan);
  if (cached) return cached;
  const { formulas, order, actuals, byId, nonDerived } = compileIndicators(plan.indicators);
  const result: PreparedPlan = { plan, formulas, derivedOrder: order, periods: periodMap(plan.periods), actuals, byId, nonDerived };
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

/** The yearly price changes of a scenario (index 0 is 0), reported years replaced by the reported changes. */
export function priceChanges(pp: PreparedPlan, sc: Scenario, rp: ReportedPath | null): Record<PriceIndexKind, Float64Array> {
  const { baseYear, horizon } = pp.plan;
  const gdp = resolveSegments(sc.deflator, baseYear, horizon, pp.periods, 0).value;
  const cpi = sc.cpi === undefined ? Float64Array.from(gdp) : resolveSegments(sc.cpi, baseYear, horizon, pp.periods, 0).value;
  gdp[0] = 0;
  cpi[0] = 0;
  if (rp) {
    for (let i = 1; i < gdp.length; i++) {
      const g = rp.prices['gdp-deflator'][i] as number;
      const c = rp.prices.cpi[i] as number;
      if (Number.isFinite(g)) gdp[i] = g;
      if (Number.isFinite(c)) cpi[i] = c;
    }
  }
  return { 'gdp-deflator': gdp, cpi };
}

/**
 * The price paths a scenario states itself (null where it states none: no deflator
 * segments, and for consumer prices neither cpi nor deflator segments). A reported
 * year whose real value rests on an assumed price change takes these (reported-path.ts).
 */
export function statedPrices(sc: Scenario, changes: Record<PriceIndexKind, Float64Array>): Record<PriceIndexKind, Float64Array | null> {
  return {
    'gdp-deflator': sc.deflator.length > 0 ? changes['gdp-deflator'] : null,
    cpi: (sc.cpi ?? sc.deflator).length > 0 ? changes.cpi : null,
  };
}

/** An indicator's reported path under a scenario's stated prices (undefined when not anchored). */
export function fixedFor(rp: ReportedPath | null, id: string, stated: Float64Array | null): FixedSeries | undefined {
  const f = rp?.series.get(id);
  return f === undefined ? undefined : withScenarioPrices(f, stated);
}

/** A scenario's price paths under a plan's reported path. Shared between projections: never written. */
interface ScenarioPrices {
  readonly changes: Record<PriceIndexKind, Float64Array>;
  readonly stated: Record<PriceIndexKind, Float64Array | null>;
  readonly indices: Record<PriceIndexKind, Float64Array>;
}

const scenarioPriceCache = tupleCache();
/** The key of a scenario without consumer prices of its own. */
const NO_CPI: object = {};

/**
 * priceChanges, statedPrices and the cumulative indices, once per what they are computed
 * from: the reported path (its prices and years), the periods, the scenario's deflator and
 * consumer-price segments. An edit of a growth assumption leaves all four as they were.
 */
function scenarioPrices(pp: PreparedPlan, sc: Scenario, rp: ReportedPath): ScenarioPrices {
  return cachedOn(scenarioPriceCache, [rp, pp.periods, sc.deflator, sc.cpi ?? NO_CPI], () => {
    const changes = priceChanges(pp, sc, rp);
    return {
      changes,
      stated: statedPrices(sc, changes),
      indices: { 'gdp-deflator': cumulativeIndex(changes['gdp-deflator']), cpi: cumulativeIndex(changes.cpi) },
    };
  });
}

export function cumulativeIndex(changes: Float64Array): Float64Array {
  const index = new Float64Array(changes.length);
  index[0] = 1;
  for (let i = 1; i < changes.length; i++) index[i] = (index[i - 1] as number) * (1 + (changes[i] as number));
  return index;
}

/**
 * The indicators `id` is computed from, itself included: a derived indicator's formula
 * inputs, a level's linked indicators, and theirs.
 */
function upstreamOf(pp: PreparedPlan, assumptions: ReadonlyMap<string, YearlyAssumption>, id: string): Set<string> {
  const out = new Set<string>();
  const walk = (node: string) => {
    if (out.has(node)) return;
    out.add(node);
    for (const input of pp.formulas.get(node)?.inputs ?? []) walk(input);
    for (const link of assumptions.get(node)?.link ?? []) if (link !== null) walk(link);
  };
  walk(id);
  return out;
}

/**
 * Project a scenario. With `only`, just the series of that indicator and of those it is
 * computed from (the target solvers, which read one series many times): each is computed
 * exactly as in a full projection, so it has the same bits; the others are left out.
 */
export function projectPrepared(pp: PreparedPlan, sc: Scenario, only?: string): Projection {
  const { plan } = pp;
  const { baseYear, horizon } = plan;
  const n = horizon - baseYear + 1;
  const years = Array.from({ length: n }, (_, i) => baseYear + i);
  const rp = reportedPath(plan);
  const warnings: ProjectionWarning[] = [];

  const { changes, stated, indices } = scenarioPrices(pp, sc, rp);
  const alloc = floatArena(n);

  // No prototype: an indicator id such as "constructor" must not find Object.prototype members.
  const series: Record<string, SeriesProjection> = Object.create(null) as Record<string, SeriesProjection>;
  const order: string[] = [];
  const assumptions = effectiveAssumptions(pp, sc);

  // Levels can be linked to other levels' growth: compute them in dependency order.
  const linkOrder = dependencyOrder(pp.nonDerived, (id) =>
    (assumptions.get(id)?.link ?? []).filter((l): l is string => l !== null),
  );
  if (!linkOrder.ok) throw new Error(`circular link: ${linkOrder.cycle.join(' → ')}`);
  const { byId } = pp;
  const needed = only === undefined ? null : upstreamOf(pp, assumptions, only);

  for (const id of linkOrder.order) {
    if (needed !== null && !needed.has(id)) continue;
    const ind = byId.get(id) as Indicator;
    const a = assumptions.get(id) as YearlyAssumption;
    const kind = priceIndexOf(ind);
    const fixed = fixedFor(rp, id, stated[kind]);
    if (a.unset && ind.kind === 'level' && ind.base?.value != null) warnings.push({ code: 'no-assumption', indicator: id });
    series[id] = projectOne(ind, a, fixed, series, changes[kind], indices[kind], alloc);
    if (Number.isNaN(series[id].nominal[n - 1] as number)) warnings.push({ code: 'needs-base', indicator: id });
    order.push(id);
  }

  for (const id of pp.derivedOrder) {
    if (needed !== null && !needed.has(id)) continue;
    const ind = byId.get(id) as Indicator;
    const formula = pp.formulas.get(id) as CompiledFormula;
    series[id] = projectDerived(ind, formula, series, rp?.officials.get(id), baseYear, n, alloc);
    order.push(id);
  }

  return {
    planId: plan.id,
    scenarioId: sc.id,
    baseYear,
    horizon,
    years,
    priceIndex: indices['gdp-deflator'],
    deflator: changes['gdp-deflator'],
    cpi: changes.cpi,
    cpiIndex: indices.cpi,
    series,
    order,
    warnings,
  };
}

/**
 * The yearly assumptions of every non-derived indicator. A trend scenario lays the trend
 * of each indicator's last reported years (or its fallback scenario's path) under the
 * segments it sets itself, which win in their years. The paths are shared (one per
 * segments array, resolved-segments.ts): read them, never write into them.
 */
export function effectiveAssumptions(pp: PreparedPlan, sc: Scenario): Map<string, YearlyAssumption> {
  const { plan } = pp;
  const out = new Map<string, YearlyAssumption>();
  for (const ind of plan.indicators) {
    if (ind.kind === 'derived') continue;
    const segments = effectiveSegments(plan, sc, ind.id);
    out.set(ind.id, resolvedSegments(segments, plan.baseYear, plan.horizon, pp.periods));
  }
  return out;
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
  fixed: FixedSeries | undefined,
  series: Readonly<Record<string, SeriesProjection>>,
  deflator: Float64Array,
  priceIndex: Float64Array,
  alloc: () => Float64Array,
): SeriesProjection {
  const n = deflator.length;
  const nominal = alloc();
  const real = alloc();
  const growth = alloc();
  const origin: Origin[] = new Array<Origin>(n);
  const realEstimated = new Uint8Array(n);
  const basis: PriceBasis = ind.basis;
  const base = ind.base?.value ?? null;
  const out = { nominal, real, growth, origin, realEstimated };

  // Base year.
  growth[0] = Number.NaN;
  if (isFixedYear(fixed, 0)) copyFixedYear(fixed, 0, out);
  else if (fixed !== undefined) {
    // anchored, but no base figure: the series starts at its first reported year
    nominal[0] = Number.NaN;
    real[0] = Number.NaN;
    origin[0] = 'missing';
  } else {
    const v0 = base ?? Number.NaN;
    nominal[0] = v0;
    real[0] = v0;
    origin[0] = base === null ? 'missing' : 'base';
  }

  for (let i = 1; i < n; i++) {
    const prevN = nominal[i - 1] as number;
    const prevR = real[i - 1] as number;
    if (isFixedYear(fixed, i)) {
      copyFixedYear(fixed, i, out);
      growth[i] = ind.kind === 'share' ? (nominal[i] as number) / prevN - 1 : (real[i] as number) / prevR - 1;
      continue;
    }
    if (ind.kind === 'share') {
      nominal[i] = Math.min(100, Math.max(0, prevN + (a.value[i] as number)));
      origin[i] = Number.isNaN(prevN) ? 'missing' : 'projected';
      real[i] = nominal[i] as number;
      growth[i] = (nominal[i] as number) / prevN - 1;
      continue;
    }
    if (ind.kind === 'flow') {
      // No amount assumed and none reported: unknown, never a silent 0 (a cap would read as met).
      const amount = a.unset ? Number.NaN : (a.value[i] as number);
      origin[i] = a.unset ? 'missing' : 'projected';
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
    const g = linkedGrowth(a, i, series);
    growth[i] = g;
    real[i] = prevR * (1 + g);
    nominal[i] = prevN * (1 + g) * (1 + d);
    origin[i] = Number.isNaN(prevN) ? 'missing' : 'projected';
  }
  return { indicator: ind, ...out };
}

/** Whether year i of a series is fixed by the reported path. */
function isFixedYear(fixed: FixedSeries | undefined, i: number): fixed is FixedSeries {
  return fixed !== undefined && fixed.origin[i] !== null && fixed.origin[i] !== undefined;
}

/** A fixed year's values copied into a series. */
function copyFixedYear(f: FixedSeries, i: number, out: Omit<SeriesProjection, 'indicator' | 'growth'>): void {
  out.nominal[i] = f.nominal[i] as number;
  out.real[i] = f.real[i] as number;
  out.realEstimated[i] = f.realEstimated[i] as number;
  out.origin[i] = f.origin[i] as Origin;
}

function projectDerived(
  ind: Indicator,
  formula: CompiledFormula,
  series: Readonly<Record<string, SeriesProjection>>,
  officials: ReadonlyMap<number, ActualValue> | undefined,
  baseYear: number,
  n: number,
  alloc: () => Float64Array,
): SeriesProjection {
  const nominal = alloc();
  const real = alloc();
  const growth = alloc();
  const origin: Origin[] = new Array<Origin>(n);
  const realEstimated = new Uint8Array(n);
  const fNom = alloc();
  const fReal = alloc();
  const inputs = formula.inputs.map((id) => series[id] as SeriesProjection);
  const args = new Array<number>(inputs.length).fill(0);
  for (let i = 0; i < n; i++) {
    for (let k = 0; k < inputs.length; k++) args[k] = (inputs[k] as SeriesProjection).nominal[i] as number;
    fNom[i] = formula.evaluate(args);
    for (let k = 0; k < inputs.length; k++) args[k] = (inputs[k] as SeriesProjection).real[i] as number;
    fReal[i] = formula.evaluate(args);
  }
  const officialIdx: number[] = [];
  for (let i = 0; i < n; i++) if (officials?.has(baseYear + i)) officialIdx.push(i);
  const firstOfficial = officialIdx.length > 0 ? (officialIdx[0] as number) : n;
  const lastOfficial = officialIdx.length > 0 ? (officialIdx[officialIdx.length - 1] as number) : -1;
  const firstValue = firstOfficial < n ? (officials?.get(baseYear + firstOfficial)?.value ?? Number.NaN) : Number.NaN;
  const ratio = firstValue / (fNom[firstOfficial] as number);
  const splice = Number.isFinite(ratio) && ratio > 0 ? ratio : 1;
  let k = 0;
  for (let i = 0; i < n; i++) {
    const official = officials?.get(baseYear + i);
    if (official) {
      nominal[i] = official.value;
      real[i] = officialReal(ind, official.value, fNom[i] as number, fReal[i] as number);
      origin[i] = 'official';
      k++;
    } else if (i > firstOfficial && i < lastOfficial) {
      // Between two official figures: a constant rate from one to the next.
      const i0 = officialIdx[k - 1] as number;
      const i1 = officialIdx[k] as number;
      const t = (i - i0) / (i1 - i0);
      nominal[i] = (nominal[i0] as number) * ((officials?.get(baseYear + i1)?.value ?? Number.NaN) / (nominal[i0] as number)) ** t;
      const r1 = officialReal(ind, officials?.get(baseYear + i1)?.value ?? Number.NaN, fNom[i1] as number, fReal[i1] as number);
      real[i] = (real[i0] as number) * (r1 / (real[i0] as number)) ** t;
      origin[i] = 'interpolated';
    } else if (i > lastOfficial && lastOfficial >= 0) {
      // After the last official figure: its level, moved at the formula's growth.
      nominal[i] = (nominal[i - 1] as number) * ((fNom[i] as number) / (fNom[i - 1] as number));
      real[i] = (real[i - 1] as number) * ((fReal[i] as number) / (fReal[i - 1] as number));
      origin[i] = Number.isNaN(nominal[i] as number) ? 'missing' : 'spliced';
    } else if (i < firstOfficial && firstOfficial < n) {
      // Before the first official figure: the formula's values scaled to the official
      // level (rule 15), so growth runs on one definition and the official figure
      // moves the level, not the growth achieved.
      nominal[i] = (fNom[i] as number) * splice;
      real[i] = (fReal[i] as number) * splice;
      origin[i] = Number.isNaN(nominal[i] as number) ? 'missing' : 'spliced';
    } else {
      nominal[i] = fNom[i] as number;
      real[i] = fReal[i] as number;
      origin[i] = Number.isNaN(nominal[i] as number) ? 'missing' : 'formula';
    }
    growth[i] = i === 0 ? Number.NaN : (real[i] as number) / (real[i - 1] as number) - 1;
    // A real value computed from an estimated input is estimated too.
    for (const x of inputs) if (x.realEstimated[i] === 1) realEstimated[i] = 1;
  }
  return { indicator: ind, nominal, real, growth, origin, realEstimated };
}

/** An official nominal figure at base-year prices: deflated by the formula's own price ratio that year. */
function officialReal(ind: Indicator, value: number, fNom: number, fReal: number): number {
  if (ind.basis !== 'nominal') return value;
  const ratio = fReal / fNom;
  return value * (Number.isFinite(ratio) ? ratio : 1);
}

/** The value of a series in a year, in the basis asked for; NaN outside the range. */
export function valueAt(p: Projection, indicatorId: string, year: number, basis: 'nominal' | 'real'): number {
  const s = ownValue(p.series, indicatorId);
  const i = year - p.baseYear;
  if (s === undefined || i < 0 || i >= p.years.length) return Number.NaN;
  return (basis === 'real' ? s.real[i] : s.nominal[i]) as number;
}
