/**
 * Monte Carlo runs of a scenario: many paths of every indicator, with shocks on the
 * indicators the user makes uncertain, summarized as percentile bands per indicator
 * and year (fan charts) and a probability per target.
 *
 * The model is the projection engine's (projection.ts), path by path, with shocks
 * (see ShockSpec in monte-carlo-types.ts):
 * - level:    G[t] = g[t] + (1 + g[t])·expm1(e[t])  (so 1 + G = (1 + g)·exp(e)),
 *             real[t] = real[t−1]·(1 + G[t]), nominal[t] = nominal[t−1]·(1 + G[t])·(1 + D[t]);
 *             a level linked to another (g = elasticity × its growth) follows that
 *             indicator's growth on the same path, plus its own shock if it has one;
 * - share:    v[t] = clamp(v[t−1] + points[t] + e[t], 0, 100);
 * - flow:     amount[t]·(1 + expm1(e[t]));
 * - deflator: D[t] = d[t] + (1 + d[t])·expm1(e[t]); price index P[t] = P[t−1]·(1 + D[t]);
 * - derived:  the compiled formula over whole arrays (CompiledFormula.evaluateArrays):
 *             no expression evaluator runs per path and year.
 * With a zero shock every step reduces, bit for bit, to the deterministic engine's
 * arithmetic (x + 0 = x, x·1 = x), so zero volatility reproduces `project()` exactly.
 *
 * Years fixed by an anchored scenario's reported path (reported-path.ts) are not
 * shocked: the reported (or interpolated) figure stands on every path, and the
 * indicator's AR(1) state is reset to 0 there (the deviation from the scenario is known
 * to be nil in a reported year). A level linked to a fixed one still spreads in its own
 * years without a figure: it follows the link's reported growth plus the shock the link
 * would have had that year (drawn from the link's stream as in any year; see fillFixed),
 * so every year without a figure has a spread wherever a shock reaches it. A derived
 * indicator with official figures takes the deterministic projection's values up to its
 * last official year and is spliced at its formula's growth after it, path by path, as
 * project() does.
 *
 * Work is done year by year over all paths at once, in one Float64Array of `runs` values
 * per indicator and basis, updated in place from last year's values; an indicator no shock
 * reaches, which nothing reads path by path, is computed once (an array of length 1), as
 * are consumer prices and an unshocked deflator. A target is judged as soon as the years
 * it reads are simulated: only values read in a later year are copied (one number for a
 * value the same on every path). So 1,000,000 paths of the Xuzhou plan stay under 400 MB
 * (bench/monte-carlo-memory.ts), and progress and cancellation are checked between
 * years. The draws: each shock has its own stream (random-normal.ts); per year, `runs`
 * normals are drawn from each stream in path order, then correlated (Cholesky factor of
 * the correlation matrix).
 */
import type { YearlyAssumption } from '../engine/assumption-path';
import { cholesky, correlationMatrix } from './correlation';
import { dependencyOrder } from '../engine/dependency-order';
import { detExpm1 } from '../engine/det-math';
import type { CompiledFormula } from '../engine/formula';
import {
  DEFLATOR,
  MonteCarloCancelled,
  UncertaintyError,
  percentileKey,
  type CollectedValues,
  type IndicatorDistribution,
  type MonteCarloOptions,
  type MonteCarloResult,
  type PercentileTable,
  type ShockCorrelation,
  type ShockSpec,
  type TargetProbability,
  type UncertaintySpec,
} from './monte-carlo-types';
import { FAN_PERCENTILES, percentilesInto } from './percentiles';
import type { Indicator, Plan, Scenario } from '../plan/plan-schema';
import {
  effectiveAssumptions,
  fixedFor,
  findScenario,
  preparePlan,
  priceChanges,
  statedPrices,
  projectPrepared,
  type PreparedPlan,
  type SeriesProjection,
} from '../engine/projection';
import { priceIndexOf, reportedPath, type FixedSeries } from '../engine/reported-path';
import { makeNormalStream, MAX_SEED, type NormalStream } from './random-normal';
import { targetKernel, type PathNeed, type TargetKernel } from '../targets/target-probability';

export const MAX_RUNS = 1_000_000;
/** Upper bound of a shock's sd: 1 (log units) for levels, flows and the deflator, 100 points for shares. */
const MAX_LOG_SD = 1;
const MAX_POINTS_SD = 100;

interface Source {
  readonly id: string;
  readonly sd: number;
  readonly rho: number;
  /** Shares take the shock in points; everything else through expm1. */
  readonly additive: boolean;
  readonly stream: NormalStream;
  /** The year's normals; after drawShocks, correlated in place. */
  readonly z: Float64Array;
  /**
   * This year's shock e[t] (0 in a fixed year or without volatility). Applied as points
   * by shares, through shockFactor (expm1) by everything else, where it is used.
   */
  readonly e: Float64Array;
  /** Per year: 1 where the indicator is fixed by a reported figure. */
  readonly fixed: Uint8Array;
  /**
   * Levels follow this indicator's growth: in its fixed years the shock it would have
   * had is drawn all the same (into `xs`) for them, though it moves nothing of its own.
   */
  readonly followed: boolean;
  /** The shock a follower takes in a fixed year (as applied: expm1, or points for shares); empty if not followed. */
  readonly xs: Float64Array;
}

interface Node {
  readonly ind: Indicator;
  readonly id: string;
  /** real and nominal are one array (basis "none", or a derived one whose inputs all are). */
  readonly shared: boolean;
  /** This year's values on every path; a step updates them in place from last year's. */
  readonly curR: Float64Array;
  readonly curN: Float64Array;
  /**
   * Real growth this year, kept for indicators other levels link to (in a fixed year: the
   * reported growth plus the deviation the indicator would have had, see fillFixed).
   */
  readonly growth: Float64Array | null;
  /** This year's kept growth deviates from the reported one (a fixed year, see fillFixed). */
  deviates: boolean;
  /** That deviation, per path (for levels fixed in some year that others follow). */
  readonly dev: Float64Array | null;
  readonly a: YearlyAssumption | null;
  /** Anchored: the reported path of a non-derived indicator. */
  readonly fixed: FixedSeries | undefined;
  /** Uses consumer prices rather than the GDP deflator. */
  readonly cpi: boolean;
  /** Derived with official figures (anchored): the deterministic series up to the last one, then spliced. */
  readonly spliced: Splice | null;
  readonly source: Source | null;
  readonly kernel: ArrayKernel | null;
  readonly inputs: Node[];
  // summaries
  readonly tableR: Record<string, (number | null)[]>;
  readonly tableN: Record<string, (number | null)[]>;
  readonly meanR: (number | null)[];
  readonly meanN: (number | null)[];
  varies: boolean;
}

/** State of a derived indicator spliced onto its official figures. */
interface Splice {
  readonly det: SeriesProjection;
  /** Index of the last official year. */
  readonly last: number;
  /** The formula's values last year (this year's, once the step is done). */
  readonly fPrevN: Float64Array;
  readonly fPrevR: Float64Array;
  /** This year's formula values, shared by every spliced indicator (one at a time). */
  readonly fNow: Float64Array;
}

/** A checked uncertainty spec with rho filled in. */
export interface NormalizedUncertainty {
  shocks: Required<ShockSpec>[];
  correlations: ShockCorrelation[];
}

/** Check an uncertainty spec against a plan; throws UncertaintyError naming the field. */
export function normalizeUncertainty(plan: Plan, spec: UncertaintySpec): NormalizedUncertainty {
  const byId = new Map(plan.indicators.map((i) => [i.id, i]));
  const seen = new Set<string>();
  const shocks = spec.shocks.map((s, k): Required<ShockSpec> => {
    const where = `shocks[${k}] (${s.indicator})`;
    const ind = byId.get(s.indicator);
    if (s.indicator !== DEFLATOR && ind === undefined) throw new UncertaintyError('unknown-indicator', where);
    if (ind?.kind === 'derived') {
      throw new UncertaintyError('derived-indicator', `${where}: a derived indicator follows its inputs; shock those`);
    }
    if (seen.has(s.indicator)) throw new UncertaintyError('duplicate-shock', where);
    seen.add(s.indicator);
    const maxSd = ind?.kind === 'share' ? MAX_POINTS_SD : MAX_LOG_SD;
    if (!Number.isFinite(s.sd) || s.sd < 0 || s.sd > maxSd) {
      throw new UncertaintyError('bad-sd', `${where}: sd must be from 0 to ${maxSd}, got ${String(s.sd)}`);
    }
    const rho = s.rho ?? 0;
    if (!Number.isFinite(rho) || rho <= -1 || rho >= 1) {
      throw new UncertaintyError('bad-persistence', `${where}: rho must be above −1 and below 1, got ${String(rho)}`);
    }
    return { indicator: s.indicator, sd: s.sd, rho };
  });
  const correlations = (spec.correlations ?? []).map((c) => ({ a: c.a, b: c.b, rho: c.rho }));
  // checks ids, ranges, duplicates and positive definiteness
  if (correlations.length > 0) {
    const ids = shocks.map((s) => s.indicator);
    cholesky(correlationMatrix(ids, correlations), ids.length, ids);
  }
  return { shocks, correlations };
}

/** Evaluates a derived indicator's formula over whole arrays of paths. */
type ArrayKernel = CompiledFormula['evaluateArrays'];
function kernelOf(formula: CompiledFormula): ArrayKernel {
  return formula.evaluateArrays;
}

function emptyTable(keys: readonly string[], n: number): Record<string, (number | null)[]> {
  return Object.fromEntries(keys.map((k) => [k, new Array<number | null>(n).fill(null)]));
}

const orNull = (v: number): number | null => (Number.isFinite(v) ? v : null);

/**
 * Arrays of `runs` values reused from one run to the next (the UI runs the same size again
 * and again: a changed input, goal seek, the CLI's sensitivity), so a run allocates almost
 * nothing and leaves little for the garbage collector. A run takes zeroed arrays, as new
 * ones would be, and gives them back once its result is built; none is in the result. A
 * cancelled run's arrays are simply collected. At most POOL_BYTES are kept, of one length.
 */
const POOL_BYTES = 64 * 1024 * 1024;
let poolLength = -1;
const pool: Float64Array[] = [];

function takeBuffer(length: number): Float64Array {
  if (length === poolLength) {
    const reused = pool.pop();
    if (reused !== undefined) return reused.fill(0);
  }
  return new Float64Array(length);
}

function giveBack(buffers: readonly Float64Array[], length: number): void {
  if (length !== poolLength) {
    pool.length = 0;
    poolLength = length;
  }
  const room = Math.floor(POOL_BYTES / (8 * Math.max(1, length))) - pool.length;
  for (let k = 0; k < buffers.length && k < room; k++) pool.push(buffers[k] as Float64Array);
}

/** True if every value equals the first (or all are NaN): percentiles are then that value. */
function isConstant(values: Float64Array): boolean {
  const v0 = values[0] as number;
  if (v0 !== v0) {
    for (let p = 1; p < values.length; p++) if (values[p] === values[p]) return false;
    return true;
  }
  for (let p = 1; p < values.length; p++) if (values[p] !== v0) return false;
  return true;
}

/**
 * One Monte Carlo run, step by step: yields the fraction done after each year and
 * returns the result. `runMonteCarlo` and `runMonteCarloAsync` drive it.
 */
export function* monteCarloSteps(
  plan: Plan,
  scenario: Scenario | string,
  spec: UncertaintySpec,
  options: MonteCarloOptions,
): Generator<number, MonteCarloResult, void> {
  const sc = typeof scenario === 'string' ? findScenario(plan, scenario) : scenario;
  if (sc === undefined) throw new Error(`unknown scenario "${String(scenario)}"`);
  const { runs, seed } = options;
  if (!Number.isInteger(runs) || runs < 1 || runs > MAX_RUNS) {
    throw new UncertaintyError('bad-runs', `runs must be an integer from 1 to ${MAX_RUNS}, got ${String(runs)}`);
  }
  if (!Number.isInteger(seed) || seed < 0 || seed > MAX_SEED) {
    throw new UncertaintyError('bad-seed', `seed must be an integer from 0 to ${MAX_SEED}, got ${String(seed)}`);
  }
  const ps = [...(options.percentiles ?? FAN_PERCENTILES)];
  ps.forEach((p, i) => {
    if (!Number.isFinite(p) || p < 0 || p > 100 || (i > 0 && p <= (ps[i - 1] as number))) {
      throw new UncertaintyError('bad-percentile', `percentiles must ascend within 0–100, got ${ps.join(', ')}`);
    }
  });
  const keys = ps.map(percentileKey);
  const uncertainty = normalizeUncertainty(plan, spec);
  const pp: PreparedPlan = preparePlan(plan);
  const { baseYear, horizon } = plan;
  const n = horizon - baseYear + 1;
  const years = Array.from({ length: n }, (_, i) => baseYear + i);
  // Every scenario follows the reported figures (projection.ts).
  const anchored = true;
  const rp = reportedPath(plan);
  const byId = new Map(plan.indicators.map((i) => [i.id, i]));

  const collect = options.collect ?? [];
  for (const c of collect) {
    if (!byId.has(c.indicator) || !(c.year >= baseYear && c.year <= horizon) || (c.basis !== 'real' && c.basis !== 'nominal')) {
      throw new UncertaintyError('bad-collect', `${c.indicator} ${String(c.year)} ${String(c.basis)}`);
    }
  }

  const taken: Float64Array[] = [];
  const buffer = (): Float64Array => {
    const b = takeBuffer(runs);
    taken.push(b);
    return b;
  };

  const assumptions = effectiveAssumptions(pp, sc);
  const nonDerived = plan.indicators.filter((i) => i.kind !== 'derived').map((i) => i.id);
  const linkOrder = dependencyOrder(nonDerived, (id) => (assumptions.get(id)?.link ?? []).filter((l): l is string => l !== null));
  if (!linkOrder.ok) throw new Error(`circular link: ${linkOrder.cycle.join(' → ')}`);
  const linkedTo = new Set<string>();
  for (const a of assumptions.values()) for (const l of a.link) if (l !== null) linkedTo.add(l);

  // ---- shocks -------------------------------------------------------------------
  const sources = new Map<string, Source>();
  const sourceList: Source[] = [];
  for (const s of uncertainty.shocks) {
    const ind = byId.get(s.indicator);
    const fixed = new Uint8Array(n);
    const path = ind ? rp?.series.get(ind.id) : undefined;
    if (path) for (let i = 0; i < n; i++) if (path.origin[i] !== null) fixed[i] = 1;
    if (s.indicator === DEFLATOR && rp) {
      for (let i = 1; i < n; i++) if (Number.isFinite(rp.prices['gdp-deflator'][i] as number)) fixed[i] = 1;
    }
    const additive = ind?.kind === 'share';
    const e = buffer();
    const followed = ind !== undefined && linkedTo.has(ind.id) && fixed.includes(1);
    const source: Source = {
      id: s.indicator,
      sd: s.sd,
      rho: s.rho,
      additive,
      stream: makeNormalStream(seed, s.indicator),
      z: buffer(),
      e,
      fixed,
      followed,
      xs: followed ? buffer() : new Float64Array(0),
    };
    sources.set(s.indicator, source);
    sourceList.push(source);
  }
  let chol: Float64Array | null = null;
  if (uncertainty.correlations.length > 0) {
    const ids = sourceList.map((s) => s.id);
    chol = cholesky(correlationMatrix(ids, uncertainty.correlations), ids.length, ids);
  }

  // ---- indicators -----------------------------------------------------------------

  const nodes = new Map<string, Node>();
  const makeNode = (ind: Indicator, shared: boolean, extra: Partial<Node>, uniform = false): Node => {
    const array = () => (uniform ? new Float64Array(1) : buffer());
    const curR = array();
    const node: Node = {
      ind,
      id: ind.id,
      shared,
      curR,
      curN: shared ? curR : array(),
      growth: null,
      a: null,
      fixed: undefined,
      cpi: false,
      spliced: null,
      source: null,
      kernel: null,
      inputs: [],
      tableR: emptyTable(keys, n),
      tableN: emptyTable(keys, n),
      meanR: new Array<number | null>(n).fill(null),
      meanN: new Array<number | null>(n).fill(null),
      varies: false,
      deviates: false,
      dev: null,
      ...extra,
    };
    return node;
  };
  const stated = statedPrices(sc, priceChanges(pp, sc, rp));
  // An indicator no shock reaches, which no other reads path by path (no level follows
  // it, no formula takes it), has one value on every path: it is computed once (arrays of
  // length 1), with the same arithmetic, and spread over the paths only where a target
  // or a caller reads it.
  const formulaInputs = new Set<string>();
  for (const id of pp.derivedOrder) for (const inp of (pp.formulas.get(id) as CompiledFormula).inputs) formulaInputs.add(inp);
  const shocked = (id: string) => (sources.get(id)?.sd ?? 0) !== 0;
  const levelOrder: Node[] = [];
  for (const id of linkOrder.order) {
    const ind = byId.get(id) as Indicator;
    const a = assumptions.get(id) as YearlyAssumption;
    // shares are never deflated (project() sets real = nominal for them)
    const shared = ind.basis === 'none' || ind.kind === 'share';
    const cpi = ind.basis !== 'none' && priceIndexOf(ind) === 'cpi';
    const uniform =
      !linkedTo.has(id) && !formulaInputs.has(id) && !shocked(id) && a.link.every((l) => l === null) && (shared || cpi || !shocked(DEFLATOR));
    const fixed = fixedFor(rp, id, stated[priceIndexOf(ind)]);
    const node = makeNode(ind, shared, {
      a,
      fixed,
      cpi,
      source: sources.get(id) ?? null,
      growth: linkedTo.has(id) ? buffer() : null,
      dev: linkedTo.has(id) && (fixed?.origin.some((o, i) => i > 0 && o !== null) ?? false) ? buffer() : null,
    }, uniform);
    nodes.set(id, node);
    levelOrder.push(node);
  }
  const derivedOrder: Node[] = [];
  let det: ReturnType<typeof projectPrepared> | null = null;
  let fNow: Float64Array | null = null;
  for (const id of pp.derivedOrder) {
    const ind = byId.get(id) as Indicator;
    const formula = pp.formulas.get(id) as CompiledFormula;
    const inputs = formula.inputs.map((i) => nodes.get(i) as Node);
    const officials = rp?.officials.get(id);
    let last = -1;
    for (const y of officials?.keys() ?? []) last = Math.max(last, y - baseYear);
    const shared = inputs.every((i) => i.shared) && (ind.basis !== 'nominal' || last < 0);
    let spliced: Splice | null = null;
    if (last >= 0) {
      det ??= projectPrepared(pp, sc);
      fNow ??= buffer();
      spliced = { det: det.series[id] as SeriesProjection, last, fPrevN: buffer(), fPrevR: shared ? fNow : buffer(), fNow };
    }
    const node = makeNode(ind, shared, { kernel: kernelOf(formula), inputs, spliced });
    nodes.set(id, node);
    derivedOrder.push(node);
  }

  // ---- deflator and price index ----------------------------------------------------
  const changes = priceChanges(pp, sc, rp);
  const deflatorPath = changes['gdp-deflator'];
  const cpiPath = changes.cpi;
  // Consumer prices take no shock, nor the deflator without one: one value for every path
  // (arrays of length 1, read as such by levelStep and flowStep).
  const onePlusC = new Float64Array(1);
  const cpiPrice = new Float64Array(1).fill(1);
  const deflatorSource = sources.get(DEFLATOR) ?? null;
  const deflatorShocked = deflatorSource !== null && deflatorSource.sd !== 0;
  const priceCur = (deflatorShocked ? buffer() : new Float64Array(1)).fill(1);
  const onePlusD = deflatorShocked ? buffer() : new Float64Array(1);

  // ---- targets and kept values -----------------------------------------------------
  const kernels = plan.targets.map((t) => targetKernel(plan, t, anchored));
  const kept = new Map<string, Float64Array>();
  const needKey = (need: PathNeed) => `${need.indicator}|${need.basis}|${need.year}`;
  const wanted = new Map<number, PathNeed[]>();
  const inRange = (need: PathNeed) => need.year >= baseYear && need.year <= horizon && nodes.has(need.indicator);
  const want = (need: PathNeed) => {
    if (!inRange(need)) return;
    const list = wanted.get(need.year) ?? [];
    if (!list.some((w) => needKey(w) === needKey(need))) list.push(need);
    wanted.set(need.year, list);
  };
  for (const k of kernels) for (const need of k.needs) want(need);
  for (const c of collect) want(c);
  // Each target is judged as soon as the last year it reads is simulated; a kept value is
  // given back (for the next one kept) once no target still to be judged reads it.
  // Collected values are the caller's: they stay.
  const collectKeys = new Set(collect.map(needKey));
  const readers = new Map<string, number>();
  /** The last year in which a target reads a value: values read only in their own year are not copied. */
  const lastRead = new Map<string, number>();
  const dueAt = new Map<number, number[]>();
  kernels.forEach((k, idx) => {
    let due = baseYear;
    for (const need of k.needs) if (inRange(need)) due = Math.max(due, need.year);
    for (const need of k.needs) {
      if (!inRange(need)) continue;
      const key = needKey(need);
      readers.set(key, (readers.get(key) ?? 0) + 1);
      lastRead.set(key, Math.max(lastRead.get(key) ?? baseYear, due));
    }
    dueAt.set(due, [...(dueAt.get(due) ?? []), idx]);
  });
  // A value the same on every path is kept as one number (an array of length 1) and
  // spread over a full array when read; as many such arrays, in turn, as the most values
  // one target reads at once (two for most kinds, four for an in-step target: the
  // indicator and its reference at both ends of the window).
  const spreadCount = kernels.reduce((most, k) => Math.max(most, k.needs.length), 2);
  const spread: (Float64Array | undefined)[] = new Array<Float64Array | undefined>(spreadCount);
  let spreadNext = 0;
  const read = (need: PathNeed): Float64Array | undefined => {
    const values = kept.get(needKey(need));
    if (values === undefined || values.length === runs) return values;
    const full = spread[spreadNext] ?? (spread[spreadNext] = buffer());
    spreadNext = (spreadNext + 1) % spreadCount;
    return full.fill(values[0] as number);
  };
  const spare: Float64Array[] = [];
  const targets = new Array<TargetProbability>(kernels.length);
  const projected = buffer();

  const scratch = buffer();
  const pctOut = new Float64Array(ps.length);
  const stats = new Float64Array(4);
  const gScratch = buffer();
  /** Last year's real values of a fixed indicator others follow (see fillFixed). */
  const lastReal = levelOrder.some((node) => node.growth !== null && node.fixed !== undefined) ? buffer() : new Float64Array(0);
  const followsNothing = levelOrder.some((node) => node.a?.link.some((l) => l !== null && !nodes.get(l)?.growth) === true);
  const nanArray = followsNothing ? buffer().fill(Number.NaN) : new Float64Array(0);

  const summarize = (node: Node, i: number) => {
    const record = (values: Float64Array, table: Record<string, (number | null)[]>, means: (number | null)[]) => {
      if (isConstant(values)) {
        // No shock reaches this series this year: every percentile and the mean are the
        // one value (what percentilesInto gives for it, without its passes).
        const v = orNull(values[0] as number);
        means[i] = v;
        for (let q = 0; q < keys.length; q++) (table[keys[q] as string] as (number | null)[])[i] = v;
        return;
      }
      percentilesInto(values, ps, pctOut, scratch, stats);
      const count = stats[0] as number;
      const sum = stats[1] as number;
      const min = stats[2] as number;
      const max = stats[3] as number;
      if (count > 0 && (min !== max || count !== runs)) node.varies = true;
      means[i] = count > 0 ? orNull(min === max ? min : sum / count) : null;
      for (let q = 0; q < keys.length; q++) (table[keys[q] as string] as (number | null)[])[i] = orNull(pctOut[q] as number);
    };
    record(node.curR, node.tableR, node.meanR);
    if (node.shared) {
      for (const k of keys) (node.tableN[k] as (number | null)[])[i] = (node.tableR[k] as (number | null)[])[i] ?? null;
      node.meanN[i] = node.meanR[i] ?? null;
    } else {
      record(node.curN, node.tableN, node.meanN);
    }
  };

  const judge = (idx: number) => {
    const k = kernels[idx] as TargetKernel;
    const t = k.target;
    const count = k.evaluate(read, runs, projected);
    percentilesInto(projected, ps, pctOut, scratch);
    targets[idx] = {
      id: t.id,
      indicator: t.indicator,
      type: t.type,
      comparison: t.comparison,
      year: k.year,
      probability: count.valid > 0 ? count.met / runs : null,
      metCount: count.met,
      validCount: count.valid,
      projected: Object.fromEntries(keys.map((key, q) => [key, orNull(pctOut[q] as number)])),
    };
    for (const need of k.needs) {
      if (!inRange(need)) continue;
      const key = needKey(need);
      const left = (readers.get(key) as number) - 1;
      readers.set(key, left);
      const values = kept.get(key);
      if (left === 0 && values !== undefined && !collectKeys.has(key)) {
        kept.delete(key);
        // a copy goes back for the next one; a live array or a single number does not
        if (values.length === runs && lastRead.get(key) !== need.year) spare.push(values);
      }
    }
  };

  const cancelled = () => options.signal?.aborted === true || options.shouldCancel?.() === true;

  // ---- the years ---------------------------------------------------------------------
  for (let i = 0; i < n; i++) {
    if (cancelled()) throw new MonteCarloCancelled();
    const year = baseYear + i;

    if (i === 0) {
      for (const node of levelOrder) {
        if (node.fixed) {
          fillFixed(node, 0, nodes, lastReal);
        } else {
          const v0 = node.ind.base?.value ?? Number.NaN;
          node.curR.fill(v0);
          if (!node.shared) node.curN.fill(v0);
        }
        node.growth?.fill(Number.NaN);
      }
    } else {
      drawShocks(sourceList, chol, scratch, runs, i);

      // price index
      const d = deflatorPath[i] as number;
      if (deflatorShocked) {
        const e = (deflatorSource as Source).e;
        for (let p = 0; p < runs; p++) onePlusD[p] = 1 + (d + (1 + d) * detExpm1(e[p] as number));
      } else {
        onePlusD.fill(1 + d);
      }
      for (let p = 0; p < priceCur.length; p++) priceCur[p] = (priceCur[p] as number) * (onePlusD[p] as number);
      onePlusC[0] = 1 + (cpiPath[i] as number);
      cpiPrice[0] = (cpiPrice[0] as number) * (onePlusC[0] as number);

      for (const node of levelOrder) {
        if (node.fixed && node.fixed.origin[i] !== null) {
          fillFixed(node, i, nodes, lastReal);
          continue;
        }
        node.deviates = false;
        const paths = node.curR.length; // 1 for an indicator no shock reaches
        switch (node.ind.kind) {
          case 'level':
            levelStep(node, i, nodes, node.cpi ? onePlusC : onePlusD, paths, gScratch, nanArray);
            break;
          case 'share':
            shareStep(node, i, paths);
            break;
          case 'flow':
            flowStep(node, i, node.cpi ? cpiPrice : priceCur, paths);
            break;
          default:
            break;
        }
      }
    }

    for (const node of derivedOrder) derivedStep(node, i, runs);

    for (const node of levelOrder) summarize(node, i);
    for (const node of derivedOrder) summarize(node, i);
    for (const need of wanted.get(year) ?? []) {
      const node = nodes.get(need.indicator) as Node;
      const values = need.basis === 'real' ? node.curR : node.curN;
      const key = needKey(need);
      if (collectKeys.has(key)) kept.set(key, values.length === runs ? Float64Array.from(values) : new Float64Array(runs).fill(values[0] as number));
      else if (lastRead.get(key) === year) kept.set(key, values); // read this year, before the next step
      else if (isConstant(values)) kept.set(key, values.slice(0, 1));
      else {
        const copy = spare.pop() ?? buffer();
        copy.set(values);
        kept.set(key, copy);
      }
    }
    for (const idx of dueAt.get(year) ?? []) judge(idx);

    options.onProgress?.((i + 1) / n);
    if (i < n - 1) yield (i + 1) / n;
  }

  // ---- results -------------------------------------------------------------------------
  const series: Record<string, IndicatorDistribution> = {};
  for (const ind of plan.indicators) {
    const node = nodes.get(ind.id) as Node;
    const real: PercentileTable = node.tableR;
    series[ind.id] = {
      indicator: ind.id,
      unit: ind.unit,
      basis: ind.basis,
      real,
      nominal: node.shared ? real : node.tableN,
      meanReal: node.meanR,
      meanNominal: node.meanN,
      varies: node.varies,
    };
  }
  const collected: CollectedValues[] = collect.map((request) => ({
    request: { ...request },
    values: kept.get(needKey(request)) as Float64Array,
  }));

  giveBack(taken, runs);
  return {
    planId: plan.id,
    scenarioId: sc.id,
    runs,
    seed,
    years,
    percentiles: ps,
    shocks: uncertainty.shocks,
    correlations: uncertainty.correlations,
    series,
    order: plan.indicators.map((i) => i.id),
    targets,
    collected,
  };
}

/** Draw this year's shocks of every source: z, correlate, AR(1), transform. */
function drawShocks(sources: readonly Source[], chol: Float64Array | null, out: Float64Array, runs: number, i: number): void {
  for (const s of sources) s.stream.fill(s.z, 0, runs);
  if (chol !== null) {
    // correlated in place, last row first: row r reads only rows c ≤ r, not yet replaced
    const m = sources.length;
    for (let r = m - 1; r >= 0; r--) {
      out.fill(0);
      for (let c = 0; c <= r; c++) {
        const w = chol[r * m + c] as number;
        if (w === 0) continue;
        const z = (sources[c] as Source).z;
        for (let p = 0; p < runs; p++) out[p] = (out[p] as number) + w * (z[p] as number);
      }
      (sources[r] as Source).z.set(out);
    }
  }
  for (const s of sources) {
    const { e, z: zc, sd, rho } = s;
    if (s.fixed[i] === 1 && s.followed && sd !== 0) {
      // A reported year of an indicator others follow: its own value is a fact, but the
      // shock it would have had is drawn for its followers (into xs); its AR state restarts at 0.
      const xs = s.xs;
      for (let p = 0; p < runs; p++) {
        const es = rho * (e[p] as number) + sd * (zc[p] as number);
        xs[p] = s.additive ? es : detExpm1(es);
      }
      e.fill(0);
      continue;
    }
    if (s.fixed[i] === 1 || sd === 0) {
      // a reported year, or no volatility: no shock (the AR state restarts at 0)
      e.fill(0);
      continue;
    }
    if (rho === 0) {
      for (let p = 0; p < runs; p++) e[p] = sd * (zc[p] as number);
    } else {
      for (let p = 0; p < runs; p++) e[p] = rho * (e[p] as number) + sd * (zc[p] as number);
    }
  }
}

/**
 * A year fixed by the reported path: the same values on every path.
 *
 * The growth kept for followers (levels linked to this one) is the reported growth, plus
 * the deviation this indicator would have had in a year without a figure: the reported
 * growth is a fact about this indicator, not about those that follow it, whose own
 * values in the year are unknown. So a follower spreads in every year without its own
 * figure: by its link's deviation (if the link follows another in turn) and its link's
 * shock, drawn as in any year (xs, see drawShocks), on top of the link's reported growth.
 */
function fillFixed(node: Node, i: number, nodes: ReadonlyMap<string, Node>, lastReal: Float64Array): void {
  const f = node.fixed as FixedSeries;
  const { curR, curN, growth } = node;
  const keep = growth !== null && i > 0;
  if (keep) lastReal.set(curR);
  const prevR = lastReal;
  curR.fill(f.real[i] as number);
  if (!node.shared) curN.fill(f.nominal[i] as number);
  if (!keep) return;
  const runs = curR.length;
  for (let p = 0; p < runs; p++) growth[p] = (curR[p] as number) / (prevR[p] as number) - 1;
  node.deviates = false;
  const link = node.a?.link[i] ?? null;
  const ln = link === null ? undefined : nodes.get(link);
  if (ln !== undefined && ln.deviates && ln.dev !== null) {
    // the link is fixed this year too, and its kept growth carries a deviation from its
    // reported growth: this indicator would have moved by the elasticity times that
    const el = (node.a as YearlyAssumption).elasticity[i] as number;
    const ld = ln.dev;
    for (let p = 0; p < runs; p++) growth[p] = (growth[p] as number) + el * (ld[p] as number);
    node.deviates = true;
  }
  const src = node.source;
  if (src !== null && src.followed && src.sd !== 0) {
    const xs = src.xs;
    if (src.additive) {
      // a share's shock is in points: its growth moves by points / last year's value
      for (let p = 0; p < runs; p++) growth[p] = (growth[p] as number) + (xs[p] as number) / (prevR[p] as number);
    } else {
      for (let p = 0; p < runs; p++) {
        const gl = growth[p] as number;
        growth[p] = gl + (1 + gl) * (xs[p] as number);
      }
    }
    node.deviates = true;
  }
  const dev = node.dev;
  if (node.deviates && dev !== null) {
    for (let p = 0; p < runs; p++) dev[p] = (growth[p] as number) - ((curR[p] as number) / (prevR[p] as number) - 1);
  }
}

function levelStep(
  node: Node,
  i: number,
  nodes: ReadonlyMap<string, Node>,
  onePlusD: Float64Array,
  runs: number,
  gScratch: Float64Array,
  nanArray: Float64Array,
): void {
  const a = node.a as YearlyAssumption;
  const g = node.growth ?? gScratch;
  const link = a.link[i] ?? null;
  if (link !== null) {
    // the linked indicator's growth on the same path (NaN if it keeps none, as in project())
    const lg = nodes.get(link)?.growth ?? nanArray;
    const el = a.elasticity[i] as number;
    for (let p = 0; p < runs; p++) g[p] = el * (lg[p] as number);
  } else {
    g.fill(a.value[i] as number, 0, runs);
  }
  const src = node.source;
  if (src !== null && src.sd !== 0 && src.fixed[i] !== 1) {
    const e = src.e;
    for (let p = 0; p < runs; p++) {
      const gl = g[p] as number;
      g[p] = gl + (1 + gl) * detExpm1(e[p] as number);
    }
  }
  const { curR, curN } = node;
  for (let p = 0; p < runs; p++) curR[p] = (curR[p] as number) * (1 + (g[p] as number));
  if (!node.shared) {
    if (onePlusD.length === 1) {
      const f = onePlusD[0] as number; // the same price change on every path
      for (let p = 0; p < runs; p++) curN[p] = (curN[p] as number) * (1 + (g[p] as number)) * f;
    } else {
      for (let p = 0; p < runs; p++) curN[p] = (curN[p] as number) * (1 + (g[p] as number)) * (onePlusD[p] as number);
    }
  }
}

function shareStep(node: Node, i: number, runs: number): void {
  const { curR: cur, growth } = node; // shares: basis none, one array
  const points = (node.a as YearlyAssumption).value[i] as number;
  const src = node.source;
  const x = src !== null && src.sd !== 0 && src.fixed[i] !== 1 ? src.e : null; // points
  for (let p = 0; p < runs; p++) {
    const prev = cur[p] as number;
    const v = x !== null ? Math.min(100, Math.max(0, prev + points + (x[p] as number))) : Math.min(100, Math.max(0, prev + points));
    cur[p] = v;
    if (growth) growth[p] = v / prev - 1;
  }
}

function flowStep(node: Node, i: number, price: Float64Array, runs: number): void {
  const { curR, curN, growth } = node;
  // last year's real amounts, kept in growth until this year's are known
  if (growth) growth.set(curR);
  const basis = node.ind.basis;
  // the amount, into the array of its own basis
  const amounts = basis === 'real' ? curR : curN;
  // No amount assumed and none reported: unknown on every path, as in project() (a cap
  // summed over zeros would read as met).
  const a = node.a as YearlyAssumption;
  const amount = a.unset ? Number.NaN : (a.value[i] as number);
  const src = node.source;
  if (src !== null && src.sd !== 0 && src.fixed[i] !== 1) {
    const e = src.e;
    for (let p = 0; p < runs; p++) amounts[p] = amount * (1 + detExpm1(e[p] as number));
  } else {
    amounts.fill(amount);
  }
  const one = price.length === 1; // the same price level on every path
  if (basis === 'nominal') for (let p = 0; p < runs; p++) curR[p] = (curN[p] as number) / (price[one ? 0 : p] as number);
  else if (basis === 'real') for (let p = 0; p < runs; p++) curN[p] = (curR[p] as number) * (price[one ? 0 : p] as number);
  if (growth) for (let p = 0; p < runs; p++) growth[p] = (curR[p] as number) / (growth[p] as number) - 1;
}

function derivedStep(node: Node, i: number, runs: number): void {
  const { curR, curN } = node;
  const kernel = node.kernel as ArrayKernel;
  const sp = node.spliced;
  if (sp === null) {
    kernel(
      node.inputs.map((inp) => inp.curN),
      curN,
    );
    if (!node.shared) {
      kernel(
        node.inputs.map((inp) => inp.curR),
        curR,
      );
    }
    return;
  }
  // the formula this year (into fNow), beside last year's, for the splice's growth;
  // curN and curR still hold last year's spliced values
  const { fNow, fPrevN, fPrevR } = sp;
  const inN = node.inputs.map((inp) => inp.curN);
  const inR = node.inputs.map((inp) => inp.curR);
  kernel(inN, fNow);
  if (i <= sp.last) curN.fill(sp.det.nominal[i] as number);
  else for (let p = 0; p < runs; p++) curN[p] = (curN[p] as number) * ((fNow[p] as number) / (fPrevN[p] as number));
  fPrevN.set(fNow);
  if (node.shared) return; // curR is curN
  kernel(inR, fNow);
  if (i <= sp.last) curR.fill(sp.det.real[i] as number);
  else for (let p = 0; p < runs; p++) curR[p] = (curR[p] as number) * ((fNow[p] as number) / (fPrevR[p] as number));
  fPrevR.set(fNow);
}

/** Run a Monte Carlo simulation synchronously (a Web Worker or the CLI). */
export function runMonteCarlo(
  plan: Plan,
  scenario: Scenario | string,
  spec: UncertaintySpec,
  options: MonteCarloOptions,
): MonteCarloResult {
  const steps = monteCarloSteps(plan, scenario, spec, options);
  for (;;) {
    const step = steps.next();
    if (step.done) return step.value;
  }
}

/**
 * Let queued events (a cancel message in a worker) run: a macrotask, not a microtask.
 * A MessageChannel message where there is one (browsers, workers, Node), since nested
 * setTimeout(0) calls are clamped to 4 ms each; setTimeout otherwise.
 */
export function yieldToEventLoop(): Promise<void> {
  if (typeof MessageChannel === 'function') {
    return new Promise((resolve) => {
      const channel = new MessageChannel();
      channel.port1.onmessage = () => {
        channel.port1.close();
        resolve();
      };
      channel.port2.postMessage(null);
    });
  }
  return new Promise((resolve) => setTimeout(resolve, 0));
}

/**
 * Run a Monte Carlo simulation, handing control back between years so that a worker
 * can receive a cancel message (set the AbortSignal from its message handler).
 */
export async function runMonteCarloAsync(
  plan: Plan,
  scenario: Scenario | string,
  spec: UncertaintySpec,
  options: MonteCarloOptions & { pause?: () => Promise<void> },
): Promise<MonteCarloResult> {
  const pause = options.pause ?? yieldToEventLoop;
  const steps = monteCarloSteps(plan, scenario, spec, options);
  for (;;) {
    const step = steps.next();
    if (step.done) return step.value;
    await pause();
  }
}
