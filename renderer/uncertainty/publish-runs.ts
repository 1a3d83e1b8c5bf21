/**
 * Hands the current Monte Carlo results to the export (renderer/export/monte-carlo-runs.ts):
 * every result that is fresh (computed from the scenario's assumptions and uncertainty
 * settings as they are now), with the scenario object of the plan as it is now, which
 * is how the export tells a current run from a stale one. Republished whenever the
 * workspace or the results change.
 */
import { forgetMonteCarloRuns, publishMonteCarloRun } from '../export/monte-carlo-runs';
import { currentRunInputs, sameInputs, type McResultsStore } from '../store/mc-results';
import type { WorkspaceStore } from '../store/workspace-store';

export function publishFreshRuns(workspace: WorkspaceStore, results: McResultsStore): () => void {
  let last = '';
  const publish = () => {
    const { plan, uncertainty } = workspace.getState();
    const fresh = [];
    if (plan !== null) {
      for (const entry of Object.values(results.getState().results)) {
        const sc = plan.scenarios.find((s) => s.id === entry.scenarioId);
        if (sc !== undefined && sameInputs(entry, currentRunInputs(plan, sc, uncertainty))) fresh.push({ sc, entry });
      }
    }
    // Republish only when what is published changes (scenario objects or results).
    const sig = fresh.map(({ sc, entry }) => `${sc.id}:${entry.key}:${entry.workerMs}`).join('|');
    const same = sig === last && fresh.every(({ sc }) => published.get(sc.id) === sc);
    if (same) return;
    last = sig;
    published.clear();
    forgetMonteCarloRuns();
    for (const { sc, entry } of fresh) {
      published.set(sc.id, sc);
      publishMonteCarloRun(sc, entry.result);
    }
  };
  const published = new Map<string, unknown>();
  publish();
  const offWorkspace = workspace.subscribe((s, prev) => {
    if (s.plan !== prev.plan || s.uncertainty !== prev.uncertainty) publish();
  });
  const offResults = results.subscribe((s, prev) => {
    if (s.results !== prev.results) publish();
  });
  return () => {
    offWorkspace();
    offResults();
  };
}
