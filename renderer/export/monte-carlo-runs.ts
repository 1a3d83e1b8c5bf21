/**
 * Monte Carlo runs the export may include. The uncertainty panel publishes each run it
 * finishes, with the scenario object it ran on; a run counts as current only while the
 * scenario is that same object (an edit makes a new one), so a stale run is never
 * exported as if it described the scenario now.
 */
import type { MonteCarloResult } from '../../models/uncertainty/monte-carlo-types';
import type { Scenario } from '../../models/plan/plan-schema';

const runs = new Map<string, { scenario: Scenario; result: MonteCarloResult }>();
const listeners = new Set<() => void>();
let version = 0;

function changed(): void {
  version += 1;
  for (const l of listeners) l();
}

export function publishMonteCarloRun(scenario: Scenario, result: MonteCarloResult): void {
  runs.set(scenario.id, { scenario, result });
  changed();
}

export function forgetMonteCarloRuns(): void {
  runs.clear();
  changed();
}

/** The current run of a scenario, or null. */
export function monteCarloRunOf(scenario: Scenario): MonteCarloResult | null {
  const hit = runs.get(scenario.id);
  return hit !== undefined && hit.scenario === scenario ? hit.result : null;
}

export function onMonteCarloRuns(listener: () => void): () => void {
  listeners.add(listener);
  return () => void listeners.delete(listener);
}

/** Changes whenever a run is published or forgotten (for useSyncExternalStore). */
export function monteCarloRunsVersion(): number {
  return version;
}
