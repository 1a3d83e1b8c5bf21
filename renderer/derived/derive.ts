/**
 * Derived data, computed from the store's input and cached by object identity. An edit
 * replaces only the scenario it touches, so the projections of the other scenarios are
 * reused rather than recomputed. (The engine keys its own caches, compiled formulas and
 * the reported path, on the indicators, periods and prices, not on the plan object.)
 */
import { checkConsistency, type ConsistencyNote } from '../../models/targets/consistency';
import type { Plan, Scenario } from '../../models/plan/plan-schema';
import { preparePlan, projectPrepared, type Projection } from '../../models/engine/projection';
import { evaluateTargets, type TargetResult } from '../../models/targets/evaluate-targets';

const cores = new WeakMap<object, Plan>();

/**
 * The plan as the engine sees it: edits of scenarios make new plan objects, but leave
 * indicators, targets, periods, prices and units as they were; one plan object per such
 * set keeps preparePlan's cache (compiled formulas) warm. Its scenarios may be older than
 * the plan's: use it only for what does not read scenarios (formulas, consistency notes).
 */
export function corePlan(plan: Plan): Plan {
  const cached = cores.get(plan.indicators);
  if (
    cached !== undefined &&
    cached.targets === plan.targets &&
    cached.periods === plan.periods &&
    cached.prices === plan.prices &&
    cached.units === plan.units &&
    cached.baseYear === plan.baseYear &&
    cached.horizon === plan.horizon
  ) {
    return cached;
  }
  cores.set(plan.indicators, plan);
  return plan;
}

/**
 * Everything of the plan a scenario's projection is computed from: the indicators (their
 * base values and figures), the periods, the price figures, the years and, for a trend
 * scenario, its fallback scenario (the paths of indicators with too few figures for a
 * trend). Not the plan object: an edit of another scenario makes a new one.
 */
interface ProjectionInputs {
  readonly indicators: Plan['indicators'];
  readonly periods: Plan['periods'];
  readonly prices: Plan['prices'];
  readonly baseYear: number;
  readonly horizon: number;
  readonly fallback: Scenario | undefined;
}

function projectionInputs(plan: Plan, scenario: Scenario): ProjectionInputs {
  const fallbackId = scenario.trend?.fallback;
  const fallback = fallbackId === undefined ? undefined : plan.scenarios.find((s) => s.id === fallbackId);
  const { indicators, periods, prices, baseYear, horizon } = plan;
  return { indicators, periods, prices, baseYear, horizon, fallback };
}

function sameInputs(a: ProjectionInputs, b: ProjectionInputs): boolean {
  return (
    a.indicators === b.indicators &&
    a.periods === b.periods &&
    a.prices === b.prices &&
    a.baseYear === b.baseYear &&
    a.horizon === b.horizon &&
    a.fallback === b.fallback
  );
}

const projections = new WeakMap<Scenario, { inputs: ProjectionInputs; projection: Projection }>();
/** Target results by projection, with what else they are computed from: the targets and the units (conversions). */
const targetResults = new WeakMap<Projection, { targets: Plan['targets']; units: Plan['units']; results: TargetResult[] }>();
const notes = new WeakMap<Plan, ConsistencyNote[]>();

export function projectionOf(plan: Plan, scenario: Scenario): Projection {
  const inputs = projectionInputs(plan, scenario);
  const hit = projections.get(scenario);
  if (hit !== undefined && sameInputs(hit.inputs, inputs)) return hit.projection;
  const projection = projectPrepared(preparePlan(plan), scenario);
  projections.set(scenario, { inputs, projection });
  return projection;
}

/** The inputs of each derived indicator's formula (compiled once per set of indicators). */
export function formulaInputsOf(plan: Plan): (id: string) => readonly string[] {
  const formulas = preparePlan(corePlan(plan)).formulas;
  return (id) => formulas.get(id)?.inputs ?? [];
}

export function targetsOf(plan: Plan, scenario: Scenario): TargetResult[] {
  const projection = projectionOf(plan, scenario);
  const hit = targetResults.get(projection);
  if (hit !== undefined && hit.targets === plan.targets && hit.units === plan.units) return hit.results;
  const results = evaluateTargets(plan, scenario, projection);
  targetResults.set(projection, { targets: plan.targets, units: plan.units, results });
  return results;
}

export function consistencyOf(plan: Plan): ConsistencyNote[] {
  const core = corePlan(plan);
  const hit = notes.get(core);
  if (hit !== undefined) return hit;
  const out = checkConsistency(core);
  notes.set(core, out);
  return out;
}
