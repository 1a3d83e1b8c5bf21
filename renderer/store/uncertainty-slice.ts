/**
 * The uncertainty settings in the workspace store: per scenario id, the Monte Carlo
 * inputs a user set (models/uncertainty/uncertainty-inputs.ts). They are user input, so they live
 * in the store's undo history and the autosaved workspace (under `ui.uncertainty`), but
 * not in the plan file: a plan file says what a plan and its scenarios are, not how
 * uncertain someone thinks they are. A scenario without an entry uses the defaults.
 */
import { defaultUncertaintyInputs, parseUncertaintyInputs, type UncertaintyInputs } from '../../models/uncertainty/uncertainty-inputs';
import type { Plan } from '../../models/plan/plan-schema';

export type UncertaintyMap = Readonly<Record<string, UncertaintyInputs>>;

const defaults = new WeakMap<Plan['indicators'], UncertaintyInputs>();

/** The defaults of a plan (cached per indicator list: a scenario edit does not change them). */
export function defaultInputsOf(plan: Plan): UncertaintyInputs {
  let d = defaults.get(plan.indicators);
  if (d === undefined) {
    d = defaultUncertaintyInputs(plan);
    defaults.set(plan.indicators, d);
  }
  return d;
}

/** A scenario's settings: what the user set, else the plan's defaults. */
export function inputsOf(map: UncertaintyMap, plan: Plan, scenarioId: string): UncertaintyInputs {
  return map[scenarioId] ?? defaultInputsOf(plan);
}

/** The settings of scenarios the plan has (for the autosaved workspace). */
export function pruneUncertainty(map: UncertaintyMap, plan: Plan): Record<string, UncertaintyInputs> {
  const ids = new Set(plan.scenarios.map((s) => s.id));
  return Object.fromEntries(Object.entries(map).filter(([id]) => ids.has(id)));
}

/** Settings read back from an autosaved workspace (untrusted): entries out of shape are dropped. */
export function parseUncertaintyMap(value: unknown): Record<string, UncertaintyInputs> {
  if (typeof value !== 'object' || value === null || Array.isArray(value)) return {};
  const out: Record<string, UncertaintyInputs> = {};
  for (const [id, v] of Object.entries(value as Record<string, unknown>).slice(0, 100)) {
    const inputs = parseUncertaintyInputs(v);
    if (inputs !== null) out[id] = inputs;
  }
  return out;
}
