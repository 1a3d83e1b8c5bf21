import { useMemo } from 'react';
import type { ConsistencyNote } from '../../models/targets/consistency';
import type { Plan, Scenario } from '../../models/plan/plan-schema';
import type { Projection } from '../../models/engine/projection';
import type { TargetResult } from '../../models/targets/evaluate-targets';
import { useWorkspace } from '../store/store-context';
import { consistencyOf, projectionOf, targetsOf } from './derive';

export function usePlan(): Plan | null {
  return useWorkspace((s) => s.plan);
}

export function useScenario(id: string): Scenario | undefined {
  return useWorkspace((s) => s.plan?.scenarios.find((x) => x.id === id));
}

export function useSelectedScenario(): Scenario | undefined {
  return useWorkspace((s) => s.plan?.scenarios.find((x) => x.id === s.selectedId));
}

export function useProjection(scenario: Scenario | undefined): Projection | null {
  const plan = usePlan();
  return useMemo(() => (plan && scenario ? projectionOf(plan, scenario) : null), [plan, scenario]);
}

export function useTargetResults(scenario: Scenario | undefined): TargetResult[] {
  const plan = usePlan();
  return useMemo(() => (plan && scenario ? targetsOf(plan, scenario) : []), [plan, scenario]);
}

export function useConsistency(): ConsistencyNote[] {
  const plan = usePlan();
  return useMemo(() => (plan ? consistencyOf(plan) : []), [plan]);
}

/** The scenarios being compared, in compare-set order (those that exist). */
export function useCompareScenarios(): Scenario[] {
  const plan = usePlan();
  const ids = useWorkspace((s) => s.compareIds);
  return useMemo(
    () => (plan ? ids.map((id) => plan.scenarios.find((s) => s.id === id)).filter((s): s is Scenario => s !== undefined) : []),
    [plan, ids],
  );
}
