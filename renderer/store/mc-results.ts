/**
 * Monte Carlo results and the run in progress: derived data, so a store of their own
 * beside the workspace store, never in its undo history or the autosaved workspace.
 *
 * One result per scenario id (the last completed run), with what it was computed from:
 * the run key (scenario, spec, runs, seed), the scenario's assumptions as text and the
 * plan's indicators, targets and periods (by identity). A result whose inputs differ
 * from the current ones is stale: shown as such, never as current numbers. A result is
 * only ever stored whole, when a run completes; a cancelled or failed run leaves the
 * previous result (or none).
 *
 * Also the panel's view choices (tab, indicator of the fan chart, target analysed):
 * not user data, not undoable, not saved.
 */
import { useMemo } from 'react';
import { useStore } from 'zustand';
import { createStore, type StoreApi } from 'zustand/vanilla';
import type { MonteCarloResult } from '../../models/uncertainty/monte-carlo-types';
import type { Plan, Scenario } from '../../models/plan/plan-schema';
import { runKey, toUncertaintySpec } from '../../models/uncertainty/uncertainty-inputs';
import { useWorkspaceStore } from './store-context';
import { inputsOf, type UncertaintyMap } from './uncertainty-slice';
import type { WorkspaceStore } from './workspace-store';

/** The plan's parts a run depends on, by identity (scenario edits leave them as they are). */
export interface PlanCore {
  indicators: Plan['indicators'];
  targets: Plan['targets'];
  periods: Plan['periods'];
  /** Price figures (a reported deflator or CPI changes real values and so the verdicts). */
  prices: Plan['prices'];
  baseYear: number;
  horizon: number;
}

export interface RunInputs {
  scenarioId: string;
  key: string;
  /** The scenario's assumptions as text (a rename does not make a result stale). */
  scenarioPrint: string;
  core: PlanCore;
}

export interface McEntry extends RunInputs {
  result: MonteCarloResult;
  /** Time the run took in the worker (ms) and from the click to the result (ms). */
  workerMs: number;
  wallMs: number;
}

export interface McRunning extends RunInputs {
  runId: number;
  /** Paths simulated. */
  runs: number;
  fraction: number;
  startedAt: number;
}

export interface McError {
  scenarioId: string;
  code: string;
  detail: string;
}

/** The main view's tabs: charts, uncertainty, the actuals grid, the plan review and the plan editor. */
export type UncertaintyTab = 'charts' | 'uncertainty' | 'actuals' | 'review' | 'plan';

export interface McResultsState {
  results: Readonly<Record<string, McEntry>>;
  running: McRunning | null;
  error: McError | null;
  /** The scenario and run key of the run cancelled last (for "cancelled" beside the button). */
  cancelled: { scenarioId: string; key: string } | null;
  tab: UncertaintyTab;
  fanIndicator: string | null;
  targetId: string | null;
  /** An indicator the plan editor is asked to show (its base value field focused); the editor clears it once shown. */
  editorIndicator: string | null;

  start(run: McRunning): void;
  progress(runId: number, fraction: number): void;
  finish(runId: number, result: MonteCarloResult, workerMs: number, wallMs: number): boolean;
  fail(runId: number, code: string, detail: string): void;
  /** The run stops counting at once: whatever it still sends is ignored. */
  cancel(runId: number): void;
  setTab(tab: UncertaintyTab): void;
  setFanIndicator(id: string): void;
  setTargetId(id: string): void;
  /** Open the plan editor (规划编辑 tab) at an indicator. */
  openEditorAt(indicator: string): void;
  /** The editor has shown the indicator asked for. */
  clearEditorIndicator(): void;
}

export type McResultsStore = StoreApi<McResultsState>;

export function createMcResultsStore(): McResultsStore {
  return createStore<McResultsState>()((set, get) => ({
    results: {},
    running: null,
    error: null,
    cancelled: null,
    tab: 'charts',
    fanIndicator: null,
    targetId: null,
    editorIndicator: null,

    start: (run) => set({ running: run, error: null, cancelled: null }),
    progress(runId, fraction) {
      const r = get().running;
      if (r !== null && r.runId === runId && fraction > r.fraction) set({ running: { ...r, fraction } });
    },
    finish(runId, result, workerMs, wallMs) {
      const r = get().running;
      if (r === null || r.runId !== runId) return false;
      const { runId: _id, runs: _r, fraction: _f, startedAt: _s, ...inputs } = r;
      set({ running: null, results: { ...get().results, [r.scenarioId]: { ...inputs, result, workerMs, wallMs } } });
      return true;
    },
    fail(runId, code, detail) {
      const r = get().running;
      if (r !== null && r.runId === runId) set({ running: null, error: { scenarioId: r.scenarioId, code, detail } });
    },
    cancel(runId) {
      const r = get().running;
      if (r !== null && r.runId === runId) set({ running: null, cancelled: { scenarioId: r.scenarioId, key: r.key } });
    },
    setTab: (tab) => set({ tab }),
    setFanIndicator: (fanIndicator) => set({ fanIndicator }),
    setTargetId: (targetId) => set({ targetId }),
    openEditorAt: (indicator) => set({ tab: 'plan', editorIndicator: indicator }),
    clearEditorIndicator: () => set({ editorIndicator: null }),
  }));
}

const stores = new WeakMap<WorkspaceStore, McResultsStore>();

/** The results store that goes with a workspace store (one each, made on first use). */
export function mcResultsFor(workspace: WorkspaceStore): McResultsStore {
  let s = stores.get(workspace);
  if (s === undefined) {
    s = createMcResultsStore();
    stores.set(workspace, s);
  }
  return s;
}

export function useMcResultsStore(): McResultsStore {
  return mcResultsFor(useWorkspaceStore());
}

export function useMcResults<T>(selector: (s: McResultsState) => T): T {
  return useStore(useMcResultsStore(), selector);
}

export function planCore(plan: Plan): PlanCore {
  return { indicators: plan.indicators, targets: plan.targets, periods: plan.periods, prices: plan.prices, baseYear: plan.baseYear, horizon: plan.horizon };
}

/** What of the scenario a run depends on; a trend scenario's fallback scenario too (it supplies the paths of indicators without a trend). */
export function scenarioPrint(sc: Scenario, plan?: Plan): string {
  const fallback = sc.trend?.fallback === undefined ? undefined : plan?.scenarios.find((x) => x.id === sc.trend?.fallback && x.id !== sc.id);
  const own = [sc.deflator, sc.cpi, sc.trend, sc.assumptions];
  return JSON.stringify(fallback === undefined ? own : [...own, [fallback.deflator, fallback.cpi, fallback.assumptions]]);
}

/** What a run of `scenario` with its current settings would be computed from. */
export function currentRunInputs(plan: Plan, scenario: Scenario, uncertainty: UncertaintyMap): RunInputs {
  const inputs = inputsOf(uncertainty, plan, scenario.id);
  return {
    scenarioId: scenario.id,
    key: runKey(scenario.id, toUncertaintySpec(plan, inputs), inputs.runs, inputs.seed),
    scenarioPrint: scenarioPrint(scenario, plan),
    core: planCore(plan),
  };
}

const sameCore = (a: PlanCore, b: PlanCore) =>
  a.indicators === b.indicators && a.targets === b.targets && a.periods === b.periods && a.prices === b.prices && a.baseYear === b.baseYear && a.horizon === b.horizon;

/** True when a result (or run) was computed from exactly the current inputs. */
export function sameInputs(a: RunInputs, b: RunInputs): boolean {
  return a.scenarioId === b.scenarioId && a.key === b.key && a.scenarioPrint === b.scenarioPrint && sameCore(a.core, b.core);
}

export type ResultView = ({ state: 'none' } | { state: 'fresh' | 'stale'; entry: McEntry }) & {
  /** The run key of the scenario's current inputs ('' without a scenario). */
  key: string;
};

/** The selected scenario's result, and whether it is still current. */
export function useResultView(plan: Plan | null, scenario: Scenario | undefined): ResultView {
  const uncertainty = useStore(useWorkspaceStore(), (s) => s.uncertainty);
  const entry = useMcResults((s) => (scenario ? s.results[scenario.id] : undefined));
  return useMemo((): ResultView => {
    if (plan === null || scenario === undefined) return { state: 'none', key: '' };
    const now = currentRunInputs(plan, scenario, uncertainty);
    if (entry === undefined) return { state: 'none', key: now.key };
    return { state: sameInputs(entry, now) ? 'fresh' : 'stale', entry, key: now.key };
  }, [plan, scenario, uncertainty, entry]);
}
