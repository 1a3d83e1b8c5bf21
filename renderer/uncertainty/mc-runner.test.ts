import { describe, expect, it } from 'vitest';
import type { Plan, Scenario } from '../../models/plan/plan-schema';
import { defaultPlan } from '../default-plan';
import { createMcResultsStore } from '../store/mc-results';
import type { WorkerLike } from '../workers/create-mc-worker';
import { createMcHandler, type FromWorker, type ToWorker } from '../workers/mc-protocol';
import { createMcRunner } from './mc-runner';
import { runMonteCarlo } from '../../models/uncertainty/monte-carlo';

const plan: Plan = defaultPlan();
const sc = plan.scenarios[0] as Scenario;
const settings = { [sc.id]: { shocks: [{ indicator: 'gdp', sd: 0.02, rho: 0, corr: 0 }], runs: 300, seed: 2 } };

/** A worker running the real protocol in the test (messages delivered asynchronously). */
function handlerWorker(log: ToWorker[] = []): WorkerLike {
  const w: WorkerLike = {
    onmessage: null,
    onerror: null,
    postMessage: (m) => {
      log.push(m);
      void handle(m);
    },
    terminate: () => undefined,
  };
  const handle = createMcHandler((data: FromWorker) => setTimeout(() => w.onmessage?.({ data }), 0));
  return w;
}

const settled = (store: ReturnType<typeof createMcResultsStore>) =>
  new Promise<void>((resolve) => {
    const off = store.subscribe((s) => {
      if (s.running === null) {
        off();
        resolve();
      }
    });
  });

describe('Monte Carlo runner', () => {
  it('posts the plan with the one scenario, the spec, runs and seed; stores the result when done', async () => {
    const results = createMcResultsStore();
    const log: ToWorker[] = [];
    const runner = createMcRunner(results, { createWorker: () => handlerWorker(log), createFallback: () => handlerWorker(), now: () => 0 });
    const done = settled(results);
    runner.run(plan, sc, settings);
    expect(results.getState().running?.runs).toBe(300);
    await done;
    expect(log[0]).toMatchObject({ type: 'run', runs: 300, seed: 2, spec: { shocks: [{ indicator: 'gdp', sd: 0.02, rho: 0 }] } });
    expect(results.getState().results[sc.id]?.result.runs).toBe(300);
  });

  it('a trend scenario is sent with its fallback scenario, and gets the probabilities of a run on the whole plan (incomes with too few figures for a trend follow the fallback)', async () => {
    const trend = plan.scenarios.find((s) => s.trend?.fallback !== undefined) as Scenario;
    const trendSettings = { [trend.id]: { shocks: [{ indicator: 'gdp', sd: 0.02, rho: 0, corr: 0 }], runs: 300, seed: 2 } };
    const results = createMcResultsStore();
    const log: ToWorker[] = [];
    const runner = createMcRunner(results, { createWorker: () => handlerWorker(log), createFallback: () => handlerWorker(), now: () => 0 });
    const done = settled(results);
    runner.run(plan, trend, trendSettings);
    await done;
    const sent = log[0];
    if (sent?.type !== 'run') throw new Error('no run posted');
    expect(sent.plan.scenarios.map((s) => s.id)).toEqual([trend.id, trend.trend?.fallback]);
    const whole = runMonteCarlo(plan, trend, sent.spec, { runs: 300, seed: 2 });
    const got = results.getState().results[trend.id]?.result;
    expect(got?.targets.map((t) => [t.id, t.probability])).toEqual(whole.targets.map((t) => [t.id, t.probability]));
    // the 2025 income target: projected 46,216 against 40,000
    expect(got?.targets.find((t) => t.id === 'income-2025')?.probability).toBe(1);
  });

  it('carries on in the page when no worker can be made, or the worker fails to start', async () => {
    for (const broken of ['throws', 'errors'] as const) {
      const results = createMcResultsStore();
      let fallbacks = 0;
      const failing: WorkerLike = {
        onmessage: null,
        onerror: null,
        postMessage: () => setTimeout(() => failing.onerror?.(new Event('error')), 0),
        terminate: () => undefined,
      };
      const runner = createMcRunner(results, {
        createWorker: () => {
          if (broken === 'throws') throw new Error('no workers here');
          return failing;
        },
        createFallback: () => {
          fallbacks++;
          return handlerWorker();
        },
        now: () => 0,
      });
      const done = settled(results);
      runner.run(plan, sc, settings);
      await done;
      expect(fallbacks).toBe(1);
      expect(results.getState().results[sc.id]?.result.runs).toBe(300);
    }
  });

  it('a new run cancels the one going', () => {
    const results = createMcResultsStore();
    const log: ToWorker[] = [];
    const quiet: WorkerLike = { onmessage: null, onerror: null, postMessage: (m) => void log.push(m), terminate: () => undefined };
    const runner = createMcRunner(results, { createWorker: () => quiet, createFallback: () => quiet, now: () => 0 });
    const a = runner.run(plan, sc, settings);
    const b = runner.run(plan, sc, settings);
    expect(log.map((m) => `${m.type}:${m.id}`)).toEqual([`run:${a}`, `cancel:${a}`, `run:${b}`]);
    expect(results.getState().running?.runId).toBe(b);
  });
});
