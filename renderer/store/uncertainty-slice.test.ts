import { describe, expect, it } from 'vitest';
import { runMonteCarlo } from '../../models/uncertainty/monte-carlo';
import type { Plan } from '../../models/plan/plan-schema';
import { loadDefault } from '../bootstrap';
import { createMcResultsStore, currentRunInputs, sameInputs } from './mc-results';
import { fromSnapshot, toSnapshot } from './snapshot';
import { defaultInputsOf, inputsOf, parseUncertaintyMap } from './uncertainty-slice';
import { createWorkspaceStore } from './workspace-store';

const inputs = { shocks: [{ indicator: 'gdp', sd: 0.025, rho: 0.4, corr: 0 }], runs: 5000, seed: 77 };

function fresh() {
  const store = createWorkspaceStore();
  loadDefault(store);
  return store;
}

describe('uncertainty settings in the store', () => {
  it('default to the plan\'s calibrated GDP shock until set; set per scenario; one undo step each', () => {
    const store = fresh();
    const plan = store.getState().plan as Plan;
    expect(inputsOf(store.getState().uncertainty, plan, 'plan')).toBe(defaultInputsOf(plan));
    expect(store.getState().setUncertainty('plan', inputs)).toEqual({ ok: true });
    expect(store.getState().setUncertainty('plan', structuredClone(inputs))).toEqual({ ok: false, reason: 'unchanged' });
    expect(store.getState().setUncertainty('nope', inputs)).toEqual({ ok: false, reason: 'unknown-scenario' });
    expect(inputsOf(store.getState().uncertainty, plan, 'plan')).toEqual(inputs);
    expect(inputsOf(store.getState().uncertainty, plan, 'slower')).toBe(defaultInputsOf(plan));
    // built-in scenarios take settings (they are not part of the plan); the plan is unchanged
    expect(store.getState().plan).toBe(plan);
    expect(store.getState().dirty).toBe(false);
    expect(store.getState().past).toHaveLength(1);
    store.getState().undo();
    expect(store.getState().uncertainty).toEqual({});
    store.getState().redo();
    expect(store.getState().uncertainty.plan).toEqual(inputs);
  });

  it('are saved with the workspace (scenarios that exist) and read back; bad entries are dropped', () => {
    const store = fresh();
    store.getState().setUncertainty('plan', inputs);
    const snapshot = toSnapshot({ ...store.getState(), uncertainty: { ...store.getState().uncertainty, gone: inputs } });
    expect(snapshot?.ui?.uncertainty).toEqual({ plan: inputs });
    const back = fromSnapshot(snapshot!);
    expect(back?.options.uncertainty).toEqual({ plan: inputs });
    const other = createWorkspaceStore();
    other.getState().loadPlan(back!.plan, back!.options);
    expect(other.getState().uncertainty.plan).toEqual(inputs);
    expect(parseUncertaintyMap({ a: inputs, b: { ...inputs, runs: -1 }, c: 'x' })).toEqual({ a: inputs });
    expect(parseUncertaintyMap([inputs])).toEqual({});
  });

  it('a duplicated scenario starts with the original\'s settings, in the same undo step', () => {
    const store = fresh();
    store.getState().setUncertainty('plan', inputs);
    const copy = store.getState().duplicateScenario('plan') as string;
    const plan = store.getState().plan as Plan;
    expect(inputsOf(store.getState().uncertainty, plan, copy)).toEqual(inputs);
    store.getState().undo();
    expect(store.getState().uncertainty[copy]).toBeUndefined();
    expect(store.getState().uncertainty.plan).toEqual(inputs);
  });

  it('a new plan starts with no settings', () => {
    const store = fresh();
    store.getState().setUncertainty('plan', inputs);
    loadDefault(store);
    expect(store.getState().uncertainty).toEqual({});
  });
});

describe('Monte Carlo results store', () => {
  const plan = (() => {
    const s = fresh();
    return s.getState().plan as Plan;
  })();
  const sc = plan.scenarios[0]!;
  const result = runMonteCarlo(plan, sc, { shocks: [{ indicator: 'gdp', sd: 0.02 }] }, { runs: 200, seed: 1 });

  it('keeps a result only when its run completes; a cancelled or superseded run is ignored', () => {
    const r = createMcResultsStore();
    const run = { ...currentRunInputs(plan, sc, {}), runId: 1, runs: 200, fraction: 0, startedAt: 0 };
    r.getState().start(run);
    r.getState().progress(1, 0.5);
    expect(r.getState().running?.fraction).toBe(0.5);
    r.getState().cancel(1);
    expect(r.getState().finish(1, result, 1, 1)).toBe(false);
    expect(r.getState().results).toEqual({});
    expect(r.getState().cancelled).toEqual({ scenarioId: sc.id, key: run.key });
    r.getState().start({ ...run, runId: 2 });
    r.getState().start({ ...run, runId: 3 });
    expect(r.getState().finish(2, result, 1, 1)).toBe(false);
    expect(r.getState().finish(3, result, 5, 6)).toBe(true);
    expect(r.getState().results[sc.id]).toMatchObject({ result, workerMs: 5, wallMs: 6, key: run.key });
    r.getState().start({ ...run, runId: 4 });
    r.getState().fail(4, 'bad-sd', 'shocks[0]');
    expect(r.getState().error).toEqual({ scenarioId: sc.id, code: 'bad-sd', detail: 'shocks[0]' });
    expect(r.getState().results[sc.id]?.result).toBe(result);
  });

  it('a result is current for the same scenario assumptions, uncertainty and plan; a rename keeps it current', () => {
    const a = currentRunInputs(plan, sc, {});
    expect(sameInputs(a, currentRunInputs(plan, structuredClone(sc), {}))).toBe(true);
    expect(sameInputs(a, currentRunInputs(plan, { ...sc, name: { zh: '新', en: 'new' } }, {}))).toBe(true);
    expect(sameInputs(a, currentRunInputs(plan, { ...sc, deflator: [{ from: 2021, to: 2035, value: 0.01 }] }, {}))).toBe(false);
    expect(sameInputs(a, currentRunInputs(plan, sc, { [sc.id]: inputs }))).toBe(false);
    expect(sameInputs(a, currentRunInputs({ ...plan, targets: [...plan.targets] }, sc, {}))).toBe(false);
  });
});
