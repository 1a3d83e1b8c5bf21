/**
 * `montecarlo`: many paths of one scenario with shocks on the indicators made uncertain
 * (--sd, --rho, --corr; by default the lead indicator, GDP in the Xuzhou plan, with a volatility
 * calibrated from the plan file),
 * summarized per target as the probability of meeting it and per indicator and year as
 * the percentiles 5/25/50/75/95.
 *
 * JSON (the field names are a published interface: keep them):
 *   { plan, scenario, runs, seed,
 *     uncertainty: { shocks: [{indicator, sd, rho}], correlations: [{a, b, rho}],
 *                    calibration: null | {indicator, measure, count, years, sd, sdLog, mean} },
 *     targets: [{id, indicator, year, probability, validCount, metCount, deterministicMet}],
 *     indicators: { <id>: { unit, basis, years, p5, p25, p50, p75, p95, real: {p5 … p95}, varies } } }
 * Top-level percentiles are at current prices (nominal), `real` at base-year prices (the
 * same numbers for basis "none"). Unknown values are null, never NaN.
 */
import {
  DEFLATOR,
  formatNumber,
  formatPoints,
  formatRate,
  project,
  resolvedAssumption,
  runMonteCarlo,
  unitLabel,
  UncertaintyError,
  type Lang,
  type MonteCarloResult,
  type Plan,
  type PriceBasis,
  type Projection,
  type Scenario,
  type VolatilityCalibration,
} from '../../models';
import { chartedIndicators, defaultCharts, tableYears } from '../../models/charts/chart-plan';
import { builtInDecimals } from '../../models/plan/built-in-unit';
import type { Basis, CommandArgs } from './args';
import { evaluatePlan, type EvaluatedTarget } from './check-report';
import { statusWord } from './check-table';
import { t } from './cli-messages';
import { truncateDisplay, truncateDistinct } from './display-width';
import { EXIT_BAD_INPUT, EXIT_OK, type CliIo } from './io';
import { finiteOrNull, stringifyJson } from './json-safe';
import { loadPlanScenario } from './load-plan';
import type { SimulationArgs } from './simulation-args';
import { renderTable, type Column } from './text-table';
import { buildUncertainty, followers, uncertaintyErrorMessage, type Uncertainty } from './uncertainty-flags';

export const MC_PERCENTILES = [5, 25, 50, 75, 95] as const;
type PercentileKey = 'p5' | 'p25' | 'p50' | 'p75' | 'p95';
const KEYS: readonly PercentileKey[] = ['p5', 'p25', 'p50', 'p75', 'p95'];
/** The indicators of the table's percentile block: the plan's charted ones (models/charts/chart-plan.ts). */
export function mainIndicators(plan: Plan): string[] {
  return chartedIndicators(defaultCharts(plan));
}

const LABEL_WIDTH = 40;
const NAME_WIDTH = 24;

export type PercentilesJson = Record<PercentileKey, (number | null)[]>;

export interface MonteCarloIndicatorJson extends PercentilesJson {
  unit: string;
  basis: PriceBasis;
  years: number[];
  /** At base-year prices. */
  real: PercentilesJson;
  /** False when every path has the same value in every year. */
  varies: boolean;
}

export interface MonteCarloTargetJson {
  id: string;
  indicator: string;
  year: number;
  /** Paths meeting the target / all paths; null when no path has a value (needs a base value). */
  probability: number | null;
  /** Paths with a value (the others count as not met). */
  validCount: number;
  metCount: number;
  /** `check`'s verdict on the scenario's own path (null: needs a base value). */
  deterministicMet: boolean | null;
}

export interface CalibrationJson {
  indicator: string;
  measure: VolatilityCalibration['measure'];
  count: number;
  /** The years whose reported real growth it rests on. */
  years: number[];
  /** Sample sd of the growth rates. */
  sd: number | null;
  /** Sample sd of ln(1 + growth): the shock's sd. */
  sdLog: number | null;
  mean: number | null;
}

export interface MonteCarloJson {
  plan: string;
  scenario: string;
  runs: number;
  seed: number;
  uncertainty: {
    shocks: { indicator: string; sd: number; rho: number }[];
    correlations: { a: string; b: string; rho: number }[];
    calibration: CalibrationJson | null;
  };
  targets: MonteCarloTargetJson[];
  indicators: Record<string, MonteCarloIndicatorJson>;
}

function percentiles(table: Readonly<Record<string, (number | null)[]>>): PercentilesJson {
  const out = {} as PercentilesJson;
  for (const k of KEYS) out[k] = (table[k] ?? []).map((v) => finiteOrNull(v));
  return out;
}

export function monteCarloJson(
  plan: Plan,
  result: MonteCarloResult,
  uncertainty: Uncertainty,
  evaluated: readonly EvaluatedTarget[],
): MonteCarloJson {
  const c = uncertainty.calibration;
  const indicators: Record<string, MonteCarloIndicatorJson> = {};
  for (const id of result.order) {
    const s = result.series[id];
    if (s === undefined) continue;
    indicators[id] = {
      unit: s.unit,
      basis: s.basis,
      years: [...result.years],
      ...percentiles(s.nominal),
      real: percentiles(s.real),
      varies: s.varies,
    };
  }
  return {
    plan: plan.id,
    scenario: result.scenarioId,
    runs: result.runs,
    seed: result.seed,
    uncertainty: {
      shocks: result.shocks.map((s) => ({ indicator: s.indicator, sd: s.sd, rho: s.rho })),
      correlations: result.correlations.map((k) => ({ a: k.a, b: k.b, rho: k.rho })),
      calibration:
        c === null
          ? null
          : { indicator: c.indicator, measure: c.measure, count: c.count, years: [...c.years], sd: c.sd, sdLog: c.sdLog, mean: c.mean },
    },
    targets: result.targets.map((tp, i) => ({
      id: tp.id,
      indicator: tp.indicator,
      year: tp.year,
      probability: finiteOrNull(tp.probability),
      validCount: tp.validCount,
      metCount: tp.metCount,
      deterministicMet: evaluated[i]?.json.met ?? null,
    })),
    indicators,
  };
}

/** 2015, 2016, 2017, 2019 → "2015–2017, 2019". */
export function yearRanges(years: readonly number[], separator = ', '): string {
  const sorted = [...years].sort((a, b) => a - b);
  const parts: string[] = [];
  for (let i = 0; i < sorted.length; ) {
    let j = i;
    while (j + 1 < sorted.length && (sorted[j + 1] as number) === (sorted[j] as number) + 1) j++;
    parts.push(i === j ? String(sorted[i]) : `${sorted[i]}–${sorted[j]}`);
    i = j + 1;
  }
  return parts.join(separator);
}

function indicatorName(plan: Plan, id: string, lang: Lang): string {
  if (id === DEFLATOR) return t(lang, 'deflator');
  const ind = plan.indicators.find((i) => i.id === id);
  return ind ? `${ind.name[lang]} (${id})` : id;
}

function shockSd(plan: Plan, id: string, sd: number, lang: Lang): string {
  const kind = plan.indicators.find((i) => i.id === id)?.kind;
  return kind === 'share' ? formatPoints(sd, lang, 2) : formatRate(sd, 2);
}

/** For each non-derived indicator, the indicators its assumption links to in some year. */
function linksOf(plan: Plan, scenario: Scenario): Map<string, Set<string>> {
  const links = new Map<string, Set<string>>();
  for (const ind of plan.indicators) {
    if (ind.kind === 'derived') continue;
    const to = new Set(resolvedAssumption(plan, scenario, ind.id).link.filter((l): l is string => l !== null));
    if (to.size > 0) links.set(ind.id, to);
  }
  return links;
}

function decimalsOf(unit: string): number {
  return builtInDecimals(unit, 2);
}

export function monteCarloTable(
  plan: Plan,
  scenario: Scenario,
  result: MonteCarloResult,
  uncertainty: Uncertainty,
  evaluated: readonly EvaluatedTarget[],
  projection: Projection,
  basis: Basis,
  lang: Lang,
): string {
  const out: string[] = [
    plan.title[lang],
    t(lang, 'scenario', { name: `${scenario.name[lang]} (${scenario.id})` }),
    t(lang, 'mc-runs', { runs: formatNumber(result.runs, 0), seed: result.seed }),
    '',
    t(lang, 'mc-uncertainty'),
  ];
  const c = uncertainty.calibration;
  for (const s of result.shocks) {
    out.push(t(lang, 'mc-shock', { name: indicatorName(plan, s.indicator, lang), sd: shockSd(plan, s.indicator, s.sd, lang), rho: s.rho }));
    if (c !== null && c.indicator === s.indicator) {
      out.push(t(lang, 'mc-calibrated', { count: c.count, years: yearRanges(c.years, lang === 'zh' ? '、' : ', '), sdRate: formatRate(c.sd, 2) }));
    }
  }
  const follow = followers(plan, linksOf(plan, scenario), result.shocks.map((s) => s.indicator));
  if (follow.length > 0) out.push(t(lang, 'mc-followers', { names: follow.map((id) => indicatorName(plan, id, lang)).join(lang === 'zh' ? '、' : ', ') }));
  for (const k of result.correlations) {
    out.push(t(lang, 'mc-correlation', { a: indicatorName(plan, k.a, lang), b: indicatorName(plan, k.b, lang), rho: k.rho }));
  }

  // targets
  out.push('', t(lang, 'mc-targets'));
  const rows = result.targets.map((tp, i) => {
    const e = evaluated[i] as EvaluatedTarget;
    return [
      truncateDisplay(e.target.label?.[lang] ?? e.target.id, LABEL_WIDTH),
      String(tp.year),
      tp.probability === null ? '—' : formatRate(tp.probability, 1),
      statusWord(e.result.status, lang),
    ];
  });
  out.push(
    renderTable(
      [
        { header: t(lang, 'col-target'), align: 'left' },
        { header: t(lang, 'col-year'), align: 'right' },
        { header: t(lang, 'col-probability'), align: 'right' },
        { header: t(lang, 'col-deterministic'), align: 'left' },
      ],
      rows,
    ),
  );
  out.push(t(lang, 'mc-probability-note', { se: formatNumber(50 / Math.sqrt(result.runs), 2) }));

  // percentiles of the main indicators
  out.push('', t(lang, 'mc-percentiles', { basis: t(lang, basis === 'real' ? 'basis-real' : 'basis-nominal') }));
  const years = tableYears(plan);
  const main = mainIndicators(plan);
  if (main.length === 0 || years.length === 0) {
    out.push(t(lang, 'mc-no-main'));
  } else {
    const columns: Column[] = [
      { header: t(lang, 'col-indicator'), align: 'left' },
      { header: t(lang, 'col-year'), align: 'right' },
      { header: t(lang, 'col-unit'), align: 'left' },
      ...KEYS.map((k): Column => ({ header: k.toUpperCase(), align: 'right' })),
      { header: t(lang, 'col-path'), align: 'right' },
    ];
    const pRows: string[][] = [];
    const cut = truncateDistinct(main.map((id) => plan.indicators.find((i) => i.id === id)?.name[lang] ?? id), NAME_WIDTH);
    const shortNames = new Map(main.map((id, k) => [id, cut[k] as string]));
    for (const id of main) {
      const ind = plan.indicators.find((i) => i.id === id);
      const s = result.series[id];
      const path = projection.series[id];
      if (ind === undefined || s === undefined || path === undefined) continue;
      const table = basis === 'real' ? s.real : s.nominal;
      const own = basis === 'real' ? path.real : path.nominal;
      const d = decimalsOf(ind.unit);
      years.forEach((year, k) => {
        const i = year - plan.baseYear;
        pRows.push([
          k === 0 ? (shortNames.get(id) ?? '') : '',
          String(year),
          k === 0 ? unitLabel(ind.unit, lang, plan.units) || ind.unit : '',
          ...KEYS.map((key) => formatNumber(table[key]?.[i], d)),
          formatNumber(own[i], d),
        ]);
      });
    }
    out.push(renderTable(columns, pRows));
  }
  return `${out.join('\n')}\n`;
}

export function simulate(plan: Plan, scenario: Scenario, sim: SimulationArgs, uncertainty: Uncertainty): MonteCarloResult {
  return runMonteCarlo(
    plan,
    scenario,
    { shocks: uncertainty.shocks, correlations: uncertainty.correlations },
    { runs: sim.runs, seed: sim.seed, percentiles: MC_PERCENTILES },
  );
}

export async function runMonteCarloCommand(args: CommandArgs, io: CliIo): Promise<number> {
  const sim = args.simulation as SimulationArgs;
  const loaded = await loadPlanScenario(args.file, args.scenario, io, args.lang);
  if (!loaded.ok) {
    io.stderr(`${loaded.lines.join('\n')}\n`);
    return EXIT_BAD_INPUT;
  }
  const { plan, scenario } = loaded;
  const built = buildUncertainty(plan, sim, args.lang);
  if (!built.ok) {
    io.stderr(`${built.message}\n`);
    return EXIT_BAD_INPUT;
  }
  let result: MonteCarloResult;
  try {
    result = simulate(plan, scenario, sim, built.uncertainty);
  } catch (error) {
    if (!(error instanceof UncertaintyError)) throw error;
    io.stderr(`${uncertaintyErrorMessage(error, args.lang)}\n`);
    return EXIT_BAD_INPUT;
  }
  const projection = project(plan, scenario);
  const evaluated = evaluatePlan(plan, scenario, projection).targets;
  io.stdout(
    args.json
      ? stringifyJson(monteCarloJson(plan, result, built.uncertainty, evaluated))
      : monteCarloTable(plan, scenario, result, built.uncertainty, evaluated, projection, args.basis, args.lang),
  );
  return EXIT_OK;
}
