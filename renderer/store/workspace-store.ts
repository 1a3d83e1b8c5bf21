/**
 * The workspace store: only what the user put in. The plan (with the user's scenarios),
 * the selection, the compare set, the display choices, the file and the undo history.
 * Projections and target results are derived from it elsewhere and never stored here.
 */
import { createStore, type StoreApi } from 'zustand/vanilla';
import type { Span, SpanWrite } from '../../models/engine/period-assumptions';
import { pathSegmentsOf, spanEquals } from '../../models/engine/period-assumptions';
import type { ActualChange } from '../../models/plan/actuals-input';
import { applyActualsTakingBases, type BaseProposal } from '../../models/plan/base-from-reported';
import type { Bilingual, Plan, Scenario } from '../../models/plan/plan-schema';
import * as edits from './plan-edits';
import type { UncertaintyMap } from './uncertainty-slice';

export type Basis = 'real' | 'nominal';
export type Lang = 'zh' | 'en';

export const MAX_COMPARE = 4;
export const MIN_COMPARE = 2;
export const MAX_HISTORY = 200;

export type EditResult =
  | { ok: true }
  | { ok: false; reason: 'no-plan' | 'unknown-scenario' | 'built-in' | 'last-scenario' | 'compare-limit' | 'unchanged' };

/** One undo step: the plan and the uncertainty settings as they were. */
export interface HistoryEntry {
  plan: Plan;
  uncertainty: UncertaintyMap;
}

export interface WorkspaceData {
  plan: Plan | null;
  /** The plan as last opened or saved: what "dirty" and "reset to stored value" refer to. */
  savedPlan: Plan | null;
  /** Scenarios as they were created in this session (new, duplicated): their reset reference. */
  created: Record<string, Scenario>;
  selectedId: string;
  compareIds: string[];
  compareMode: boolean;
  basis: Basis;
  lang: Lang;
  /** The charts the user chose (chart ids, in order); null: the plan's default (models/charts/chart-plan.ts). */
  chartIds: string[] | null;
  fileName: string;
  filePath: string | undefined;
  dirty: boolean;
  past: HistoryEntry[];
  future: HistoryEntry[];
  /** Key of the edit gesture in progress (a slider drag, typing in a field): one undo step. */
  gesture: string | null;
  /**
   * The gesture key of the last edit, kept while edits go on with the same key (a slider
   * stepped or dragged, typing in one field), also between their undo steps; null after
   * any other change of the plan (undo, redo, another edit, a file). Charts hold their y
   * range through such a run of edits, and take their own again after it.
   */
  editRun: string | null;
  /**
   * The uncertainty a user set per scenario id (Monte Carlo inputs): user input, undoable,
   * autosaved with the workspace but not part of the plan file. A scenario without an
   * entry uses the defaults (uncertainty-slice.ts).
   */
  uncertainty: UncertaintyMap;
}

export interface LoadOptions {
  fileName: string;
  filePath?: string | undefined;
  /** The saved reference; defaults to the plan itself (clean). null: unknown, dirty until saved. */
  savedPlan?: Plan | null;
  selectedId?: string;
  compareIds?: string[];
  compareMode?: boolean;
  basis?: Basis;
  lang?: Lang;
  uncertainty?: UncertaintyMap;
  chartIds?: string[] | null;
}

export interface WorkspaceActions {
  loadPlan(plan: Plan, options: LoadOptions): void;
  selectScenario(id: string): void;
  setBasis(basis: Basis): void;
  setLang(lang: Lang): void;
  /** Choose the charts shown (chart ids, in order); null goes back to the plan's default. */
  setCharts(ids: string[] | null): void;
  /** Change one span of an assumption (or the deflator) of a scenario. */
  setSpan(scenarioId: string, key: string, span: Span, write: SpanWrite, gesture?: string): EditResult;
  /** Put a span back to the stored value. */
  resetSpan(scenarioId: string, key: string, span: Span): EditResult;
  /** The stored segments a span resets to, if the scenario has a stored version. */
  referenceOf(scenarioId: string): Scenario | undefined;
  endGesture(): void;
  duplicateScenario(id: string): string | null;
  newScenario(name: Bilingual): string | null;
  renameScenario(id: string, name: Bilingual): EditResult;
  /** Add a complete scenario (e.g. written by goal seek) and select it; null if its id is taken. */
  addScenario(scenario: Scenario): string | null;
  /** Set a scenario's uncertainty settings (built-in scenarios too: they are not part of the plan). */
  setUncertainty(scenarioId: string, inputs: UncertaintyMap[string], gesture?: string): EditResult;
  deleteScenario(id: string): EditResult;
  /**
   * Set or remove reported figures (indicators[].actuals): one undo step per call (a paste,
   * an import). A base-year figure becomes the base value where that was missing or an
   * estimate, in the same step (`basesTaken`); where the user's own base differs, it is
   * left and returned (`basesDiffer`).
   */
  applyActuals(changes: readonly ActualChange[]): ActualsResult;
  /**
   * Replace the plan by an edited one (e.g. targets accepted from a text): one undo step.
   * With a gesture key (typing in one field of the plan editor), successive calls with
   * the same key make one undo step until endGesture.
   */
  applyPlan(next: Plan, gesture?: string): EditResult;
  toggleCompare(id: string): EditResult;
  setCompareMode(on: boolean): void;
  undo(): boolean;
  redo(): boolean;
  markSaved(fileName: string, filePath: string | undefined): void;
}

/** What applyActuals did to base values besides the figures. */
export type ActualsResult = EditResult & { basesTaken?: string[]; basesDiffer?: BaseProposal[] };

export type WorkspaceState = WorkspaceData & WorkspaceActions;
export type WorkspaceStore = StoreApi<WorkspaceState>;

export const initialData = (): WorkspaceData => ({
  plan: null,
  savedPlan: null,
  created: {},
  selectedId: '',
  compareIds: [],
  compareMode: false,
  basis: 'nominal',
  lang: 'zh',
  chartIds: null,
  fileName: '',
  filePath: undefined,
  dirty: false,
  past: [],
  future: [],
  gesture: null,
  editRun: null,
  uncertainty: {},
});

const isDirty = (plan: Plan | null, savedPlan: Plan | null) => plan !== null && plan !== savedPlan;

/** Selection and compare set that still exist in `plan`. */
function fixSelection(plan: Plan, selectedId: string, compareIds: readonly string[]) {
  const ids = new Set(plan.scenarios.map((s) => s.id));
  const selected = ids.has(selectedId) ? selectedId : (plan.scenarios[0]?.id ?? '');
  const compare = [...new Set(compareIds)].filter((id) => ids.has(id)).slice(0, MAX_COMPARE);
  return { selectedId: selected, compareIds: compare };
}

export function createWorkspaceStore(data: Partial<WorkspaceData> = {}): WorkspaceStore {
  return createStore<WorkspaceState>()((set, get) => {
    /** Replace the plan as one undoable step (or as part of the gesture in progress). */
    const commit = (next: Plan, gesture: string | null = null, extra: Partial<WorkspaceData> = {}) => {
      const s = get();
      if (s.plan === null) return;
      const continuing = gesture !== null && s.gesture === gesture;
      const past = continuing ? s.past : [...s.past, { plan: s.plan, uncertainty: s.uncertainty }].slice(-MAX_HISTORY);
      const sel = fixSelection(next, extra.selectedId ?? s.selectedId, extra.compareIds ?? s.compareIds);
      set({ ...extra, plan: next, past, future: [], gesture, editRun: gesture, dirty: isDirty(next, s.savedPlan), ...sel });
    };

    const editable = (id: string): EditResult | Scenario => {
      const plan = get().plan;
      if (plan === null) return { ok: false, reason: 'no-plan' };
      const sc = edits.findScenario(plan, id);
      if (sc === undefined) return { ok: false, reason: 'unknown-scenario' };
      if (sc.builtIn === true) return { ok: false, reason: 'built-in' };
      return sc;
    };
    const isResult = (x: EditResult | Scenario): x is EditResult => 'ok' in x;

    const moveHistory = (from: 'past' | 'future'): boolean => {
      const s = get();
      const stack = s[from];
      const target = stack[stack.length - 1];
      if (target === undefined || s.plan === null) return false;
      const rest = stack.slice(0, -1);
      const now = { plan: s.plan, uncertainty: s.uncertainty };
      const other = from === 'past' ? [...s.future, now] : [...s.past, now];
      const sel = fixSelection(target.plan, s.selectedId, s.compareIds);
      set({
        plan: target.plan,
        uncertainty: target.uncertainty,
        past: from === 'past' ? rest : other,
        future: from === 'past' ? other : rest,
        gesture: null,
        editRun: null,
        dirty: isDirty(target.plan, s.savedPlan),
        ...sel,
      });
      return true;
    };

    return {
      ...initialData(),
      ...data,

      loadPlan(plan, o) {
        const savedPlan = o.savedPlan === undefined ? plan : o.savedPlan;
        const sel = fixSelection(plan, o.selectedId ?? plan.scenarios[0]?.id ?? '', o.compareIds ?? []);
        set({
          plan,
          savedPlan,
          created: {},
          fileName: o.fileName,
          filePath: o.filePath,
          compareMode: o.compareMode ?? false,
          basis: o.basis ?? get().basis,
          lang: o.lang ?? get().lang,
          dirty: isDirty(plan, savedPlan),
          past: [],
          future: [],
          gesture: null,
          editRun: null,
          uncertainty: o.uncertainty ?? {},
          chartIds: o.chartIds ?? null,
          ...sel,
        });
      },

      selectScenario(id) {
        const plan = get().plan;
        if (plan && edits.findScenario(plan, id)) set({ selectedId: id, gesture: null });
      },
      setBasis: (basis) => set({ basis }),
      setLang: (lang) => set({ lang }),
      setCharts: (ids) => set({ chartIds: ids === null ? null : [...new Set(ids)] }),

      setSpan(scenarioId, key, span, write, gesture) {
        const sc = editable(scenarioId);
        if (isResult(sc)) return sc;
        const plan = get().plan as Plan;
        const next = edits.setSpan(plan, sc, key, span, write);
        if (spanEquals(plan, pathSegmentsOf(plan, sc, key), pathSegmentsOf(plan, next, key), span)) return { ok: false, reason: 'unchanged' };
        commit(edits.replaceScenario(plan, scenarioId, next), gesture ?? null);
        return { ok: true };
      },

      referenceOf(scenarioId) {
        const s = get();
        return (s.savedPlan && edits.findScenario(s.savedPlan, scenarioId)) ?? s.created[scenarioId];
      },

      resetSpan(scenarioId, key, span) {
        const sc = editable(scenarioId);
        if (isResult(sc)) return sc;
        const plan = get().plan as Plan;
        const ref = get().referenceOf(scenarioId);
        if (ref === undefined) return { ok: false, reason: 'unchanged' };
        const refSegments = pathSegmentsOf(plan, ref, key);
        if (spanEquals(plan, pathSegmentsOf(plan, sc, key), refSegments, span)) return { ok: false, reason: 'unchanged' };
        commit(edits.replaceScenario(plan, scenarioId, edits.resetSpan(plan, sc, refSegments, key, span)));
        return { ok: true };
      },

      endGesture: () => {
        if (get().gesture !== null) set({ gesture: null });
      },

      duplicateScenario(id) {
        const plan = get().plan;
        if (plan === null) return null;
        const out = edits.duplicateScenario(plan, id);
        if (out === null) return null;
        const copy = edits.findScenario(out.plan, out.id) as Scenario;
        // The copy starts with the original's uncertainty settings too (same undo step).
        const settings = get().uncertainty[id];
        const uncertainty = settings === undefined ? {} : { uncertainty: { ...get().uncertainty, [out.id]: settings } };
        commit(out.plan, null, { selectedId: out.id, created: { ...get().created, [out.id]: copy }, ...uncertainty });
        return out.id;
      },

      newScenario(name) {
        const plan = get().plan;
        if (plan === null) return null;
        const out = edits.newScenario(plan, name);
        const sc = edits.findScenario(out.plan, out.id) as Scenario;
        commit(out.plan, null, { selectedId: out.id, created: { ...get().created, [out.id]: sc } });
        return out.id;
      },

      renameScenario(id, name) {
        const sc = editable(id);
        if (isResult(sc)) return sc;
        if (sc.name.zh === name.zh && sc.name.en === name.en) return { ok: false, reason: 'unchanged' };
        commit(edits.renameScenario(get().plan as Plan, id, name));
        return { ok: true };
      },

      addScenario(scenario) {
        const plan = get().plan;
        if (plan === null || edits.findScenario(plan, scenario.id)) return null;
        commit({ ...plan, scenarios: [...plan.scenarios, scenario] }, null, {
          selectedId: scenario.id,
          created: { ...get().created, [scenario.id]: scenario },
        });
        return scenario.id;
      },

      setUncertainty(scenarioId, inputs, gesture) {
        const s = get();
        if (s.plan === null) return { ok: false, reason: 'no-plan' };
        if (!edits.findScenario(s.plan, scenarioId)) return { ok: false, reason: 'unknown-scenario' };
        if (JSON.stringify(s.uncertainty[scenarioId]) === JSON.stringify(inputs)) return { ok: false, reason: 'unchanged' };
        commit(s.plan, gesture ?? null, { uncertainty: { ...s.uncertainty, [scenarioId]: inputs } });
        return { ok: true };
      },

      deleteScenario(id) {
        const sc = editable(id);
        if (isResult(sc)) return sc;
        const plan = get().plan as Plan;
        if (plan.scenarios.length <= 1) return { ok: false, reason: 'last-scenario' };
        const s = get();
        const index = plan.scenarios.findIndex((x) => x.id === id);
        const next = edits.deleteScenario(plan, id);
        const neighbour = next.scenarios[Math.max(0, index - 1)]?.id ?? '';
        commit(next, null, {
          selectedId: s.selectedId === id ? neighbour : s.selectedId,
          compareIds: s.compareIds.filter((c) => c !== id),
        });
        return { ok: true };
      },

      applyPlan(next, gesture) {
        const plan = get().plan;
        if (plan === null) return { ok: false, reason: 'no-plan' };
        if (next === plan) return { ok: false, reason: 'unchanged' };
        commit(next, gesture ?? null);
        return { ok: true };
      },

      applyActuals(changes) {
        const plan = get().plan;
        if (plan === null) return { ok: false, reason: 'no-plan' };
        const next = applyActualsTakingBases(plan, changes);
        if (next.plan === plan) return { ok: false, reason: 'unchanged' };
        commit(next.plan);
        return { ok: true, ...(next.taken.length > 0 ? { basesTaken: next.taken } : {}), ...(next.differs.length > 0 ? { basesDiffer: next.differs } : {}) };
      },

      toggleCompare(id) {
        const s = get();
        if (s.plan === null) return { ok: false, reason: 'no-plan' };
        if (!edits.findScenario(s.plan, id)) return { ok: false, reason: 'unknown-scenario' };
        if (s.compareIds.includes(id)) {
          set({ compareIds: s.compareIds.filter((c) => c !== id) });
          return { ok: true };
        }
        if (s.compareIds.length >= MAX_COMPARE) return { ok: false, reason: 'compare-limit' };
        set({ compareIds: [...s.compareIds, id] });
        return { ok: true };
      },

      setCompareMode(on) {
        const s = get();
        if (!on || s.plan === null) {
          set({ compareMode: false });
          return;
        }
        let ids = s.compareIds.filter((id) => s.plan?.scenarios.some((x) => x.id === id));
        if (ids.length < MIN_COMPARE) {
          const seed = [s.selectedId, ...ids, ...s.plan.scenarios.map((x) => x.id)];
          ids = [...new Set(seed)].filter(Boolean).slice(0, MIN_COMPARE);
        }
        set({ compareMode: true, compareIds: ids });
      },

      undo: () => moveHistory('past'),
      redo: () => moveHistory('future'),

      markSaved(fileName, filePath) {
        const plan = get().plan;
        set({ savedPlan: plan, fileName, filePath, dirty: false, gesture: null });
      },
    };
  });
}

/** The app's one store. Tests make their own with createWorkspaceStore(). */
export const workspaceStore = createWorkspaceStore();
