/**
 * The options of `montecarlo` and `sensitivity`, as far as they can be checked without
 * the plan: whole numbers for --runs and --seed, `id=number` lists for --sd and --rho,
 * `a:b=number` lists for --corr, the --step choice. Whether an id names an indicator of
 * the plan, and the ranges that depend on its kind, are checked by uncertainty-flags.ts.
 *
 * --sd, --rho and --corr may be repeated, and each value may list several items
 * separated by commas: `--sd gdp=0.02,income_urban=0.015` = `--sd gdp=0.02 --sd income_urban=0.015`.
 */
import { MAX_RUNS, MAX_SEED, type Lang } from '../../models';
import { t } from './cli-messages';

export const DEFAULT_RUNS = 10_000;
/** As many paths as the engine takes (1,000,000). */
export const MAX_CLI_RUNS = MAX_RUNS;
export const DEFAULT_SEED = 1;

export const STEPS = ['unit', 'sd'] as const;
export type StepMode = (typeof STEPS)[number];

/** `id=value` from --sd or --rho. */
export interface IndicatorValueFlag {
  indicator: string;
  value: number;
  /** The item as typed, for messages. */
  text: string;
}

/** `a:b=rho` from --corr. */
export interface CorrelationFlag {
  a: string;
  b: string;
  rho: number;
  text: string;
}

export interface SimulationArgs {
  runs: number;
  seed: number;
  /** undefined: no --sd given, so the default (calibrated) uncertainty applies. */
  sd: IndicatorValueFlag[] | undefined;
  rho: IndicatorValueFlag[];
  corr: CorrelationFlag[];
  /** `sensitivity` only. */
  target: string | undefined;
  step: StepMode;
}

/** The raw values of node's parseArgs for these options. */
export interface SimulationValues {
  runs?: string;
  seed?: string;
  sd?: string[];
  rho?: string[];
  corr?: string[];
  target?: string;
  step?: string;
}

type Parsed<T> = { ok: true; value: T } | { ok: false; message: string };

const DECIMAL = /^[+-]?(\d+(\.\d*)?|\.\d+)([eE][+-]?\d+)?$/;

/** A decimal number as typed (no hex, no "Infinity", no empty string); NaN otherwise. */
export function parseDecimal(text: string): number {
  return DECIMAL.test(text) ? Number(text) : Number.NaN;
}

function parseWhole(option: string, text: string | undefined, fallback: number, min: number, max: number, lang: Lang): Parsed<number> {
  if (text === undefined) return { ok: true, value: fallback };
  const value = /^\d+$/.test(text.trim()) ? Number(text.trim()) : Number.NaN;
  if (!Number.isSafeInteger(value) || value < min || value > max) {
    return { ok: false, message: t(lang, 'bad-whole-number', { option, value: text, min, max }) };
  }
  return { ok: true, value };
}

function items(values: readonly string[] | undefined): string[] {
  return (values ?? []).flatMap((v) => v.split(',')).map((s) => s.trim());
}

function parseIndicatorValues(option: 'sd' | 'rho', values: readonly string[] | undefined, lang: Lang): Parsed<IndicatorValueFlag[]> {
  const out: IndicatorValueFlag[] = [];
  const example = option === 'sd' ? 'gdp=0.02' : 'gdp=0.3';
  for (const item of items(values)) {
    const eq = item.indexOf('=');
    const indicator = eq < 0 ? '' : item.slice(0, eq).trim();
    if (indicator === '') return { ok: false, message: t(lang, 'bad-pair', { option, item, example }) };
    const number = item.slice(eq + 1).trim();
    const value = parseDecimal(number);
    if (!Number.isFinite(value)) return { ok: false, message: t(lang, 'bad-pair-number', { option, item, number }) };
    out.push({ indicator, value, text: item });
  }
  return { ok: true, value: out };
}

function parseCorrelations(values: readonly string[] | undefined, lang: Lang): Parsed<CorrelationFlag[]> {
  const out: CorrelationFlag[] = [];
  for (const item of items(values)) {
    const match = /^([^:=]+):([^:=]+)=(.*)$/.exec(item);
    const a = match?.[1]?.trim() ?? '';
    const b = match?.[2]?.trim() ?? '';
    if (match === null || a === '' || b === '') return { ok: false, message: t(lang, 'bad-corr-pair', { item }) };
    const number = (match[3] as string).trim();
    const rho = parseDecimal(number);
    if (!Number.isFinite(rho)) return { ok: false, message: t(lang, 'bad-pair-number', { option: 'corr', item, number }) };
    out.push({ a, b, rho, text: item });
  }
  return { ok: true, value: out };
}

export function parseSimulationArgs(
  command: 'montecarlo' | 'sensitivity',
  values: SimulationValues,
  lang: Lang,
): { ok: true; args: SimulationArgs } | { ok: false; message: string } {
  const runs = parseWhole('runs', values.runs, DEFAULT_RUNS, 1, MAX_CLI_RUNS, lang);
  if (!runs.ok) return runs;
  const seed = parseWhole('seed', values.seed, DEFAULT_SEED, 0, MAX_SEED, lang);
  if (!seed.ok) return seed;
  const sd = parseIndicatorValues('sd', values.sd, lang);
  if (!sd.ok) return sd;
  const rho = parseIndicatorValues('rho', values.rho, lang);
  if (!rho.ok) return rho;
  const corr = parseCorrelations(values.corr, lang);
  if (!corr.ok) return corr;

  let step: StepMode = values.sd !== undefined ? 'sd' : 'unit';
  if (values.step !== undefined) {
    if (!(STEPS as readonly string[]).includes(values.step)) {
      return { ok: false, message: t(lang, 'bad-choice', { option: 'step', value: values.step, choices: STEPS.join('|') }) };
    }
    step = values.step as StepMode;
  }
  if (command === 'sensitivity') {
    if (step === 'unit' && values.sd !== undefined) return { ok: false, message: t(lang, 'sd-with-unit-step') };
    if (values.target === undefined || values.target === '') return { ok: false, message: t(lang, 'needs-target') };
  }
  return {
    ok: true,
    args: {
      runs: runs.value,
      seed: seed.value,
      sd: values.sd === undefined ? undefined : sd.value,
      rho: rho.value,
      corr: corr.value,
      target: values.target,
      step,
    },
  };
}
