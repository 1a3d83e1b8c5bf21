/**
 * The messages between the app and its Monte Carlo worker, and the worker's side of
 * them as a plain function (so it is tested without a worker, and can run in the page
 * where no worker can be made).
 *
 * The app posts a run (plan, scenario, uncertainty, runs, seed) with an id; the worker
 * answers with progress (fraction done, after each simulated year), then exactly one of
 * done (the whole result), cancelled, or error. A cancel message with the run's id
 * stops the run between two years (runMonteCarloAsync hands control back each year, so
 * the message is received while the run is going).
 */
import { runMonteCarloAsync } from '../../models/uncertainty/monte-carlo';
import { MonteCarloCancelled, UncertaintyError, type MonteCarloResult, type UncertaintySpec } from '../../models/uncertainty/monte-carlo-types';
import type { Plan, Scenario } from '../../models/plan/plan-schema';

export interface RunRequest {
  type: 'run';
  id: number;
  plan: Plan;
  scenario: Scenario;
  spec: UncertaintySpec;
  runs: number;
  seed: number;
}

export type ToWorker = RunRequest | { type: 'cancel'; id: number };

export type FromWorker =
  | { type: 'progress'; id: number; fraction: number }
  | { type: 'done'; id: number; result: MonteCarloResult; ms: number }
  | { type: 'cancelled'; id: number }
  | { type: 'error'; id: number; code: string; detail: string };

export interface HandlerDeps {
  run: typeof runMonteCarloAsync;
  now: () => number;
}

const DEFAULT_DEPS: HandlerDeps = { run: runMonteCarloAsync, now: () => performance.now() };

/**
 * The worker's message handler. `post` sends a message back. Returns a promise that
 * settles when the message has been dealt with (a run: when it ended, however).
 */
export function createMcHandler(post: (message: FromWorker) => void, deps: HandlerDeps = DEFAULT_DEPS): (message: ToWorker) => Promise<void> {
  const active = new Map<number, AbortController>();
  return async (message) => {
    if (message.type === 'cancel') {
      active.get(message.id)?.abort();
      return;
    }
    const { id } = message;
    const controller = new AbortController();
    active.set(id, controller);
    const t0 = deps.now();
    try {
      const result = await deps.run(message.plan, message.scenario, message.spec, {
        runs: message.runs,
        seed: message.seed,
        signal: controller.signal,
        onProgress: (fraction) => post({ type: 'progress', id, fraction }),
      });
      if (controller.signal.aborted) post({ type: 'cancelled', id });
      else post({ type: 'done', id, result, ms: deps.now() - t0 });
    } catch (error) {
      if (error instanceof MonteCarloCancelled || controller.signal.aborted) post({ type: 'cancelled', id });
      else if (error instanceof UncertaintyError) post({ type: 'error', id, code: error.code, detail: error.detail });
      else post({ type: 'error', id, code: 'internal', detail: error instanceof Error ? error.message : String(error) });
    } finally {
      active.delete(id);
    }
  };
}
