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
import { useEffect, useState } from 'react';
import { useFirstWindowUsable } from '../charts/first-chart';
import type { Plan, Scenario } from '../../models/plan/plan-schema';
import { currentRunInputs, mcResultsFor, sameInputs, useMcResults } from '../store/mc-results';
import { useWorkspace, useWorkspaceStore } from '../store/store-context';
import { runnerFor } from '../uncertainty/mc-runner';

/** Pause after the last change before a run starts (ms). */
const SETTLE_MS = 400;

/**
 * Returns whether a run is due: the first window is not usable yet or the pause after a
 * change is not over, and a run will start then (the headline says 计算中, not 未计算).
 */
export function useHeadlineRun(plan: Plan, scenario: Scenario | undefined): boolean {
  const store = useWorkspaceStore();
  const uncertainty = useWorkspace((s) => s.uncertainty);
  // Looked at again when a run ends (one of older inputs may have been running).
  const running = useMcResults((s) => s.running !== null);
  // Not before the first window is usable: the run (and its worker) is not part of it.
  const windowUsable = useFirstWindowUsable();
  const [due, setDue] = useState(false);
  useEffect(() => {
    if (scenario === undefined || running || typeof Worker !== 'function') return;
    const wanted = () => {
      const results = mcResultsFor(store).getState();
      const now = currentRunInputs(plan, scenario, uncertainty);
      const done = results.results[scenario.id];
      if (done !== undefined && sameInputs(done, now)) return false;
      if (results.running !== null) return false;
      if (results.error?.scenarioId === scenario.id) return false;
      if (results.cancelled !== null && results.cancelled.scenarioId === scenario.id && results.cancelled.key === now.key) return false;
      return true;
    };
    if (!wanted()) return;
    setDue(true);
    if (!windowUsable) return () => setDue(false);
    const timer = setTimeout(() => {
      setDue(false);
      if (wanted()) runnerFor(store).run(plan, scenario, uncertainty);
    }, SETTLE_MS);
    return () => {
      clearTimeout(timer);
      setDue(false);
    };
  }, [store, plan, scenario, uncertainty, running, windowUsable]);
  return due;
}
