/**
 * Runs Monte Carlo for the panel: posts the plan, the scenario and the uncertainty to
 * the worker, feeds progress and the result into the results store, and cancels.
 *
 * Cancel is immediate from the app's side: the run is dropped from the store at once
 * and anything the worker still sends for it is ignored (so a cancelled run never
 * leaves a partial result); the worker is told to stop between two simulated years.
 * A worker that fails to start (an error event before any answer) is replaced by the
 * same protocol run in the page, and the run is posted again there.
 */
import type { Plan, Scenario } from '../../models/plan/plan-schema';
import { toUncertaintySpec } from '../../models/uncertainty/uncertainty-inputs';
import { currentRunInputs, mcResultsFor, type McResultsStore } from '../store/mc-results';
import { inputsOf, type UncertaintyMap } from '../store/uncertainty-slice';
import { createInPageWorker, createMcWorker, type WorkerLike } from '../workers/create-mc-worker';
import type { FromWorker, RunRequest } from '../workers/mc-protocol';
import type { WorkspaceStore } from '../store/workspace-store';
import { publishFreshRuns } from './publish-runs';

export interface McRunner {
  run(plan: Plan, scenario: Scenario, uncertainty: UncertaintyMap): number;
  cancel(): void;
  dispose(): void;
}

export interface RunnerDeps {
  createWorker: () => WorkerLike;
  createFallback: () => WorkerLike;
  now: () => number;
}

export function createMcRunner(results: McResultsStore, deps: RunnerDeps = { createWorker: createMcWorker, createFallback: createInPageWorker, now: () => performance.now() }): McRunner {
  let worker: WorkerLike | null = null;
  let inPage = false;
  let nextId = 1;
  /** The request in flight (posted again in the page if the worker fails). */
  let pending: { request: RunRequest } | null = null;

  const onMessage = (m: FromWorker) => {
    const s = results.getState();
    switch (m.type) {
      case 'progress':
        return s.progress(m.id, m.fraction);
      case 'done': {
        const startedAt = s.running?.runId === m.id ? s.running.startedAt : deps.now();
        s.finish(m.id, m.result, m.ms, deps.now() - startedAt);
        if (pending?.request.id === m.id) pending = null;
        return;
      }
      case 'cancelled':
        s.cancel(m.id);
        if (pending?.request.id === m.id) pending = null;
        return;
      case 'error':
        s.fail(m.id, m.code, m.detail);
        if (pending?.request.id === m.id) pending = null;
    }
  };

  const attach = (w: WorkerLike) => {
    w.onmessage = (e) => onMessage(e.data);
    w.onerror = () => {
      // The worker could not start (or died): carry on in the page.
      w.terminate();
      if (worker === w) worker = null;
      if (inPage) return;
      inPage = true;
      const retry = pending;
      if (retry !== null && results.getState().running?.runId === retry.request.id) ensure().postMessage(retry.request);
    };
    return w;
  };

  const ensure = (): WorkerLike => {
    if (worker !== null) return worker;
    if (!inPage) {
      try {
        worker = attach(deps.createWorker());
        return worker;
      } catch {
        inPage = true;
      }
    }
    worker = attach(deps.createFallback());
    return worker;
  };

  const runner: McRunner = {
    run(plan, scenario, uncertainty) {
      runner.cancel();
      const inputs = inputsOf(uncertainty, plan, scenario.id);
      const id = nextId++;
      const request: RunRequest = {
        type: 'run',
        id,
        // Only what the run needs: the plan with this scenario (and a trend scenario's
        // fallback, whose paths it takes where an indicator has too few figures for a trend).
        plan: { ...plan, scenarios: [scenario, ...plan.scenarios.filter((s) => s.id !== scenario.id && s.id === scenario.trend?.fallback)] },
        scenario,
        spec: toUncertaintySpec(plan, inputs),
        runs: inputs.runs,
        seed: inputs.seed,
      };
      results.getState().start({ ...currentRunInputs(plan, scenario, uncertainty), runId: id, runs: inputs.runs, fraction: 0, startedAt: deps.now() });
      pending = { request };
      ensure().postMessage(request);
      return id;
    },
    cancel() {
      const r = results.getState().running;
      if (r === null) return;
      results.getState().cancel(r.runId);
      pending = null;
      worker?.postMessage({ type: 'cancel', id: r.runId });
    },
    dispose() {
      runner.cancel();
      worker?.terminate();
      worker = null;
    },
  };
  return runner;
}

const runners = new WeakMap<WorkspaceStore, McRunner>();

/**
 * The runner of a workspace (one worker per app, kept between runs); its fresh results
 * are handed to the export from then on.
 */
export function runnerFor(workspace: WorkspaceStore): McRunner {
  let r = runners.get(workspace);
  if (r === undefined) {
    const results = mcResultsFor(workspace);
    r = createMcRunner(results);
    publishFreshRuns(workspace, results);
    runners.set(workspace, r);
  }
  return r;
}
