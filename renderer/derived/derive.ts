/**
 * Derived data, computed from the store's input and cached by object identity. An edit
 * replaces only the scenario it touches, so the projections of the other scenarios (and
 * the compiled plan) are reused rather than recomputed.
 */
import { checkConsistency, type ConsistencyNote } from '../../models/targets/consistency';
import type { Plan, Scenario } from '../../models/plan/plan-schema';
import { preparePlan, projectPrepared, type Projection } from '../../models/engine/projection';
import { evaluateTargets, type TargetResult } from '../../models/targets/evaluate-targets';

const cores = new WeakMap<object, Plan>();

/**
 * The plan as the engine sees it: edits of scenarios make new plan objects, but leave
 * indicators, targets and periods as they were; one plan object per such triple keeps
 * preparePlan's cache (compiled formulas) warm.
 */
export function corePlan(plan: Plan): Plan {
  const cached = cores.get(plan.indicators);
  if (
    cached !== undefined &&
    cached.targets === plan.targets &&
    cached.periods === plan.periods &&
    cached.baseYear === plan.baseYear &&
    cached.horizon === plan.horizon
  ) {
    return cached;
  }
  cores.set(plan.indicators, plan);
  return plan;
}

const projections = new WeakMap<Scenario, { core: Plan; projection: Projection }>();
const targetResults = new WeakMap<Projection, TargetResult[]>();
const notes = new WeakMap<Plan, ConsistencyNote[]>();

export function projectionOf(plan: Plan, scenario: Scenario): Projection {
  const core = corePlan(plan);
  const hit = projections.get(scenario);
  if (hit !== undefined && hit.core === core) return hit.projection;
  const projection = projectPrepared(preparePlan(core), scenario);
  projections.set(scenario, { core, projection });
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
  if (hit !== undefined) return hit;
  const results = evaluateTargets(corePlan(plan), scenario, projection);
  targetResults.set(projection, results);
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
