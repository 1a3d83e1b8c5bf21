/**
 * Starts the Monte Carlo run the headline lines need (the selected scenario with its
 * current uncertainty settings, in the existing worker) when the plan opens and whenever
 * the scenario or the plan changes: only when no result of exactly these inputs exists
 * (results are cached per scenario and inputs in the results store), none is running and
 * the last one for these inputs was not cancelled or failed. Waits a moment after an edit,
 * so typing does not start a run per key, and the first run waits until the first window
 * is usable (charts/first-chart.ts). Only where a real Worker can be made: the run never
 * competes with the page.
 */
import { useEffect } from 'react';
import { useFirstWindowUsable } from '../charts/first-chart';
import type { Plan, Scenario } from '../../models/plan/plan-schema';
import { currentRunInputs, mcResultsFor, sameInputs, useMcResults } from '../store/mc-results';
import { useWorkspace, useWorkspaceStore } from '../store/store-context';
import { runnerFor } from '../uncertainty/mc-runner';

/** Pause after the last change before a run starts (ms). */
const SETTLE_MS = 400;

export function useHeadlineRun(plan: Plan, scenario: Scenario | undefined): void {
  const store = useWorkspaceStore();
  const uncertainty = useWorkspace((s) => s.uncertainty);
  // Looked at again when a run ends (one of older inputs may have been running).
  const running = useMcResults((s) => s.running !== null);
  // Not before the first window is usable: the run (and its worker) is not part of it.
  const windowUsable = useFirstWindowUsable();
  useEffect(() => {
    if (!windowUsable || scenario === undefined || running || typeof Worker !== 'function') return;
    const timer = setTimeout(() => {
      const results = mcResultsFor(store).getState();
      const now = currentRunInputs(plan, scenario, uncertainty);
      const done = results.results[scenario.id];
      if (done !== undefined && sameInputs(done, now)) return;
      if (results.running !== null) return;
      if (results.error?.scenarioId === scenario.id) return;
      if (results.cancelled !== null && results.cancelled.scenarioId === scenario.id && results.cancelled.key === now.key) return;
      runnerFor(store).run(plan, scenario, uncertainty);
    }, SETTLE_MS);
    return () => clearTimeout(timer);
  }, [store, plan, scenario, uncertainty, running, windowUsable]);
}
