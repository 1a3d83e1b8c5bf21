/**
 * The uncertainty of a run, from --sd, --rho and --corr checked against the plan, or
 * by default calibrated from the plan file: the lead indicator's shock (its first priced
 * level, GDP in the Xuzhou plan: `leadIndicator` in models/uncertainty/uncertainty-inputs.ts) gets the
 * standard deviation of the log of its reported real growth rates, and whatever is
 * linked to it in the scenario (urban and rural income in the Xuzhou plan) follows it
 * on each path.
 *
 * Every problem is one message naming the flag, the indicator and the reason. The
 * checks here come first, so that the messages speak the user's language;
 * `normalizeUncertainty` (models/) stays the authority, and an UncertaintyError it
 * still raises is turned into a message naming the flag its code belongs to.
 */
import {
  calibrateVolatility,
  DEFLATOR,
  normalizeUncertainty,
  UncertaintyError,
  type Lang,
  type NormalizedUncertainty,
  type Plan,
  type ShockCorrelation,
  type ShockSpec,
  type UncertaintyErrorCode,
  type VolatilityCalibration,
} from '../../models';
import { leadIndicator } from '../../models/uncertainty/uncertainty-inputs';
import { t, type CliMessageKey } from './cli-messages';
import type { SimulationArgs } from './simulation-args';

/** Largest sd: log units for levels, flows and the deflator, points for shares (as in models/uncertainty/monte-carlo.ts). */
const MAX_LOG_SD = 1;
const MAX_POINTS_SD = 100;

export interface Uncertainty extends NormalizedUncertainty {
  /** The calibration the default rests on; null when --sd was given. */
  calibration: VolatilityCalibration | null;
}

type Result = { ok: true; uncertainty: Uncertainty } | { ok: false; message: string };

/** An id as typed: an indicator of the plan, or the deflator (`@deflator`, or `deflator` if no indicator has that id). */
export function resolveShockId(plan: Plan, id: string): string | null {
  if (id === DEFLATOR) return DEFLATOR;
  if (plan.indicators.some((i) => i.id === id)) return id;
  if (id === 'deflator') return DEFLATOR;
  return null;
}

/** The ids a flag may name, for the message of an unknown one. */
function shockable(plan: Plan): string {
  return [...plan.indicators.filter((i) => i.kind !== 'derived').map((i) => i.id), 'deflator'].join(', ');
}

const CODE_FLAG: Record<UncertaintyErrorCode, string> = {
  'bad-runs': 'runs',
  'bad-seed': 'seed',
  'unknown-indicator': 'sd',
  'derived-indicator': 'sd',
  'duplicate-shock': 'sd',
  'bad-sd': 'sd',
  'bad-persistence': 'rho',
  'bad-correlation': 'corr',
  'correlation-without-shock': 'corr',
  'duplicate-correlation': 'corr',
  'not-positive-definite': 'corr',
  'bad-percentile': 'runs',
  'bad-collect': 'runs',
};

/** A message for an UncertaintyError from models/, naming the flag it belongs to. */
export function uncertaintyErrorMessage(error: UncertaintyError, lang: Lang): string {
  if (error.code === 'not-positive-definite') return t(lang, 'corr-not-positive-definite');
  return t(lang, 'uncertainty-rejected', { option: CODE_FLAG[error.code], detail: error.detail });
}

/** Why the default could not be calibrated, in words. */
function calibrationReason(c: VolatilityCalibration, lang: Lang): string {
  const key: CliMessageKey =
    c.reason === 'unknown-indicator'
      ? 'calibration-no-indicator'
      : c.reason === 'derived'
        ? 'calibration-derived'
        : c.reason === 'nominal-without-real-growth'
          ? 'calibration-no-real-growth'
          : 'calibration-too-few';
  return t(lang, key, { indicator: c.indicator, count: c.count });
}

export function buildUncertainty(plan: Plan, sim: SimulationArgs, lang: Lang): Result {
  const fail = (key: CliMessageKey, params: Record<string, string | number> = {}): Result => ({
    ok: false,
    message: t(lang, key, params),
  });
  const byId = new Map(plan.indicators.map((i) => [i.id, i]));
  const shocks: Required<ShockSpec>[] = [];
  let calibration: VolatilityCalibration | null = null;

  if (sim.sd === undefined) {
    const lead = leadIndicator(plan) ?? plan.indicators[0]?.id ?? '';
    calibration = calibrateVolatility(plan, lead);
    const sd = calibration.sdLog ?? calibration.sd;
    if (sd === null) return fail('no-default-uncertainty', { reason: calibrationReason(calibration, lang), id: lead });
    shocks.push({ indicator: lead, sd, rho: 0 });
  } else {
    for (const flag of sim.sd) {
      const id = resolveShockId(plan, flag.indicator);
      if (id === null) return fail('unknown-shock-indicator', { option: 'sd', id: flag.indicator, available: shockable(plan) });
      const ind = byId.get(id);
      if (ind?.kind === 'derived') return fail('derived-shock', { id });
      if (shocks.some((s) => s.indicator === id)) return fail('duplicate-flag', { option: 'sd', id: flag.indicator });
      const max = ind?.kind === 'share' ? MAX_POINTS_SD : MAX_LOG_SD;
      if (!(flag.value >= 0 && flag.value <= max)) {
        return fail(ind?.kind === 'share' ? 'bad-sd-points' : 'bad-sd-log', { id: flag.indicator, value: String(flag.value), max });
      }
      shocks.push({ indicator: id, sd: flag.value, rho: 0 });
    }
  }

  const rhoSeen = new Set<string>();
  for (const flag of sim.rho) {
    const id = resolveShockId(plan, flag.indicator);
    if (id === null) return fail('unknown-shock-indicator', { option: 'rho', id: flag.indicator, available: shockable(plan) });
    const shock = shocks.find((s) => s.indicator === id);
    if (shock === undefined) return fail('rho-without-shock', { id: flag.indicator });
    if (rhoSeen.has(id)) return fail('duplicate-flag', { option: 'rho', id: flag.indicator });
    rhoSeen.add(id);
    if (!(flag.value > -1 && flag.value < 1)) return fail('bad-rho', { id: flag.indicator, value: String(flag.value) });
    shock.rho = flag.value;
  }

  const correlations: ShockCorrelation[] = [];
  const pairs = new Set<string>();
  for (const flag of sim.corr) {
    const a = resolveShockId(plan, flag.a);
    const b = resolveShockId(plan, flag.b);
    if (a === null || b === null) {
      return fail('unknown-shock-indicator', { option: 'corr', id: a === null ? flag.a : flag.b, available: shockable(plan) });
    }
    if (a === b) return fail('corr-self', { item: flag.text });
    if (!(flag.rho >= -1 && flag.rho <= 1)) return fail('bad-corr', { item: flag.text, value: flag.rho });
    const missing = [flag.a, flag.b].filter((_, k) => !shocks.some((s) => s.indicator === (k === 0 ? a : b)));
    if (missing.length > 0) return fail('corr-without-shock', { item: flag.text, missing: missing.join(', ') });
    const key = [a, b].sort().join('\u0000');
    if (pairs.has(key)) return fail('duplicate-flag', { option: 'corr', id: `${flag.a}:${flag.b}` });
    pairs.add(key);
    correlations.push({ a, b, rho: flag.rho });
  }

  try {
    const normalized = normalizeUncertainty(plan, { shocks, correlations });
    return { ok: true, uncertainty: { ...normalized, calibration } };
  } catch (error) {
    if (error instanceof UncertaintyError) return { ok: false, message: uncertaintyErrorMessage(error, lang) };
    throw error;
  }
}

/** Indicators that follow a shocked one through a link in the scenario (directly or not), without a shock of their own. */
export function followers(plan: Plan, links: ReadonlyMap<string, ReadonlySet<string>>, shocked: readonly string[]): string[] {
  const moving = new Set(shocked);
  let grew = true;
  while (grew) {
    grew = false;
    for (const [id, targets] of links) {
      if (moving.has(id)) continue;
      if ([...targets].some((x) => moving.has(x))) {
        moving.add(id);
        grew = true;
      }
    }
  }
  return plan.indicators.map((i) => i.id).filter((id) => moving.has(id) && !shocked.includes(id));
}
