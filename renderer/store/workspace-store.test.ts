// @vitest-environment jsdom
import { describe, expect, it } from 'vitest';
import { planSpans, readSpan } from '../../models/engine/period-assumptions';
import type { Plan } from '../../models/plan/plan-schema';
import { loadDefault } from '../bootstrap';
import { createWorkspaceStore, MAX_COMPARE, type WorkspaceStore } from './workspace-store';

const span = (plan: Plan, id: string) => {
  const s = planSpans(plan).find((x) => x.id === id);
  if (!s) throw new Error(id);
  return s;
};

function fresh(): WorkspaceStore {
  const store = createWorkspaceStore();
  loadDefault(store);
  return store;
}

/** The GDP growth the store's plan has for a scenario and period. */
function gdpGrowth(store: WorkspaceStore, scenarioId: string, period: string): number {
  const plan = store.getState().plan as Plan;
  const sc = plan.scenarios.find((s) => s.id === scenarioId);
  const entry = readSpan(plan, sc?.assumptions.gdp, span(plan, period));
  return entry.kind === 'value' ? entry.value : Number.NaN;
}

function editableCopy(store: WorkspaceStore): string {
  const id = store.getState().duplicateScenario('plan');
  if (id === null) throw new Error('duplicate failed');
  return id;
}

describe('loading', () => {
  it('starts on the embedded plan with the plan scenario, clean, no history', () => {
    const s = fresh().getState();
    expect(s.plan?.id).toBe('xuzhou-14th-fyp');
    expect(s.selectedId).toBe('plan');
    expect(s.dirty).toBe(false);
    expect(s.past).toEqual([]);
    expect(s.fileName).toBe('xuzhou-14th-fyp.json');
  });
});

describe('built-in scenarios', () => {
  it('refuse edits, renames and deletion until duplicated', () => {
    const store = fresh();
    const plan = store.getState().plan as Plan;
    const before = store.getState().plan;
    expect(store.getState().setSpan('plan', 'gdp', span(plan, '15th'), { value: 0.055 })).toEqual({ ok: false, reason: 'built-in' });
    expect(store.getState().renameScenario('plan', { zh: 'x', en: 'x' })).toEqual({ ok: false, reason: 'built-in' });
    expect(store.getState().deleteScenario('plan')).toEqual({ ok: false, reason: 'built-in' });
    expect(store.getState().plan).toBe(before);
    expect(store.getState().dirty).toBe(false);
  });

  it('a duplicate is editable, selected, named as a copy and not built-in', () => {
    const store = fresh();
    const id = editableCopy(store);
    const s = store.getState();
    const copy = s.plan?.scenarios.find((x) => x.id === id);
    expect(id).toBe('plan-copy');
    expect(s.selectedId).toBe(id);
    expect(copy?.builtIn).toBeUndefined();
    expect(copy?.name.zh).toBe('规划假设情景（副本）');
    expect(s.setSpan(id, 'gdp', span(s.plan as Plan, '15th'), { value: 0.055 })).toEqual({ ok: true });
    expect(gdpGrowth(store, id, '15th')).toBe(0.055);
    expect(gdpGrowth(store, 'plan', '15th')).toBeCloseTo(0.065, 10);
    // A second copy gets a fresh id.
    expect(store.getState().duplicateScenario('plan')).toBe('plan-copy-2');
  });
});

describe('scenario CRUD', () => {
  it('creates, renames and deletes (with selection following), all undoable', () => {
    const store = fresh();
    const id = store.getState().newScenario({ zh: '新情景 1', en: 'New scenario 1' });
    expect(id).toBe('scenario');
    expect(store.getState().selectedId).toBe('scenario');
    expect(store.getState().renameScenario('scenario', { zh: '低增长', en: 'Low' })).toEqual({ ok: true });
    expect(store.getState().plan?.scenarios.find((s) => s.id === 'scenario')?.name).toEqual({ zh: '低增长', en: 'Low' });
    expect(store.getState().deleteScenario('scenario')).toEqual({ ok: true });
    expect(store.getState().plan?.scenarios.some((s) => s.id === 'scenario')).toBe(false);
    expect(store.getState().selectedId).toBe('trend');
    store.getState().undo();
    expect(store.getState().plan?.scenarios.find((s) => s.id === 'scenario')?.name.zh).toBe('低增长');
    store.getState().undo();
    store.getState().undo();
    expect(store.getState().plan?.scenarios.some((s) => s.id === 'scenario')).toBe(false);
    expect(store.getState().selectedId).not.toBe('scenario');
    expect(store.getState().dirty).toBe(false);
  });

  it('an unknown scenario is reported, not created', () => {
    const store = fresh();
    expect(store.getState().renameScenario('nope', { zh: 'a', en: 'a' })).toEqual({ ok: false, reason: 'unknown-scenario' });
    expect(store.getState().duplicateScenario('nope')).toBeNull();
  });
});

describe('undo and redo', () => {
  it('step back and forth through edits; a new edit clears redo', () => {
    const store = fresh();
    const id = editableCopy(store);
    const plan = store.getState().plan as Plan;
    const p15 = span(plan, '15th');
    store.getState().setSpan(id, 'gdp', p15, { value: 0.06 });
    store.getState().setSpan(id, 'gdp', p15, { value: 0.05 });
    expect(gdpGrowth(store, id, '15th')).toBe(0.05);
    expect(store.getState().undo()).toBe(true);
    expect(gdpGrowth(store, id, '15th')).toBe(0.06);
    expect(store.getState().redo()).toBe(true);
    expect(gdpGrowth(store, id, '15th')).toBe(0.05);
    store.getState().undo();
    store.getState().setSpan(id, 'gdp', p15, { value: 0.04 });
    expect(store.getState().redo()).toBe(false);
    expect(gdpGrowth(store, id, '15th')).toBe(0.04);
    // Back past the duplicate: the copy disappears and the selection falls back.
    store.getState().undo();
    store.getState().undo();
    store.getState().undo();
    expect(store.getState().plan?.scenarios.some((s) => s.id === id)).toBe(false);
    expect(store.getState().undo()).toBe(false);
  });

  it('groups a slider drag into one undo step', () => {
    const store = fresh();
    const id = editableCopy(store);
    const p15 = span(store.getState().plan as Plan, '15th');
    const steps = store.getState().past.length;
    for (const v of [0.07, 0.065, 0.06, 0.058, 0.055]) store.getState().setSpan(id, 'gdp', p15, { value: v }, 'drag-gdp-15th');
    store.getState().endGesture();
    expect(store.getState().past.length).toBe(steps + 1);
    expect(gdpGrowth(store, id, '15th')).toBe(0.055);
    // The next drag of the same slider is a step of its own.
    store.getState().setSpan(id, 'gdp', p15, { value: 0.05 }, 'drag-gdp-15th');
    store.getState().endGesture();
    expect(store.getState().past.length).toBe(steps + 2);
    store.getState().undo();
    expect(gdpGrowth(store, id, '15th')).toBe(0.055);
    store.getState().undo();
    expect(gdpGrowth(store, id, '15th')).toBeCloseTo(0.065, 10);
  });

  it('a different gesture starts a new step even without endGesture', () => {
    const store = fresh();
    const id = editableCopy(store);
    const plan = store.getState().plan as Plan;
    const steps = store.getState().past.length;
    store.getState().setSpan(id, 'gdp', span(plan, '15th'), { value: 0.06 }, 'a');
    store.getState().setSpan(id, 'gdp', span(plan, '16th'), { value: 0.06 }, 'b');
    expect(store.getState().past.length).toBe(steps + 2);
  });

  it('keeps the run of edits of one field (editRun) across its undo steps, and drops it after undo or another edit', () => {
    const store = fresh();
    const id = editableCopy(store);
    const p15 = span(store.getState().plan as Plan, '15th');
    expect(store.getState().editRun).toBeNull();
    // Arrow keys on a slider: each step ends its gesture (one undo step each), the run goes on.
    for (const v of [0.071, 0.072, 0.071]) {
      store.getState().setSpan(id, 'gdp', p15, { value: v }, 'gdp-15th:slider');
      store.getState().endGesture();
      expect(store.getState().editRun).toBe('gdp-15th:slider');
    }
    store.getState().setSpan(id, 'gdp', p15, { value: 0.06 }, 'gdp-15th:input');
    expect(store.getState().editRun).toBe('gdp-15th:input');
    store.getState().undo();
    expect(store.getState().editRun).toBeNull();
    store.getState().setSpan(id, 'gdp', p15, { value: 0.05 });
    expect(store.getState().editRun).toBeNull();
  });

  it('an edit that changes nothing is not a step', () => {
    const store = fresh();
    const id = editableCopy(store);
    const plan = store.getState().plan as Plan;
    const steps = store.getState().past.length;
    expect(store.getState().setSpan(id, 'gdp', span(plan, '14th'), { value: 0.065 })).toEqual({ ok: false, reason: 'unchanged' });
    expect(store.getState().past.length).toBe(steps);
  });
});

describe('reset to the stored value', () => {
  it('puts a period back to what the scenario had when it was created or saved', () => {
    const store = fresh();
    const id = editableCopy(store);
    const plan = store.getState().plan as Plan;
    store.getState().setSpan(id, 'gdp', span(plan, '15th'), { value: 0.05 });
    store.getState().setSpan(id, 'gdp', span(plan, '16th'), { value: 0.04 });
    expect(store.getState().resetSpan(id, 'gdp', span(plan, '15th'))).toEqual({ ok: true });
    expect(gdpGrowth(store, id, '15th')).toBeCloseTo(0.065, 10);
    expect(gdpGrowth(store, id, '16th')).toBe(0.04);
    expect(store.getState().resetSpan(id, 'gdp', span(plan, '15th'))).toEqual({ ok: false, reason: 'unchanged' });
    store.getState().markSaved('a.json', undefined);
    store.getState().setSpan(id, 'gdp', span(plan, '16th'), { value: 0.03 });
    store.getState().resetSpan(id, 'gdp', span(plan, '16th'));
    expect(gdpGrowth(store, id, '16th')).toBe(0.04);
  });
});

describe('dirty flag', () => {
  it('is set by edits, cleared by saving and by undoing back to the saved plan', () => {
    const store = fresh();
    const id = editableCopy(store);
    expect(store.getState().dirty).toBe(true);
    store.getState().undo();
    expect(store.getState().dirty).toBe(false);
    store.getState().redo();
    expect(store.getState().dirty).toBe(true);
    store.getState().markSaved('mine.json', '/x/mine.json');
    expect(store.getState()).toMatchObject({ dirty: false, fileName: 'mine.json', filePath: '/x/mine.json' });
    store.getState().setSpan(id, 'gdp', span(store.getState().plan as Plan, '15th'), { value: 0.05 });
    expect(store.getState().dirty).toBe(true);
    store.getState().undo();
    expect(store.getState().dirty).toBe(false);
  });

  it('selection, compare set, basis and language are not edits', () => {
    const store = fresh();
    store.getState().selectScenario('slower');
    store.getState().setBasis('real');
    store.getState().setLang('en');
    store.getState().setCompareMode(true);
    expect(store.getState().dirty).toBe(false);
    expect(store.getState().past).toEqual([]);
  });
});

describe('compare set', () => {
  it('entering compare mode seeds two scenarios, the selected first', () => {
    const store = fresh();
    store.getState().selectScenario('slower');
    store.getState().setCompareMode(true);
    expect(store.getState().compareMode).toBe(true);
    expect(store.getState().compareIds).toEqual(['slower', 'plan']);
  });

  it(`holds at most ${MAX_COMPARE} scenarios`, () => {
    const store = fresh();
    store.getState().duplicateScenario('plan');
    for (const id of ['plan', 'slower', 'faster', 'trend']) expect(store.getState().toggleCompare(id)).toEqual({ ok: true });
    expect(store.getState().toggleCompare('plan-copy')).toEqual({ ok: false, reason: 'compare-limit' });
    expect(store.getState().compareIds).toEqual(['plan', 'slower', 'faster', 'trend']);
    expect(store.getState().toggleCompare('slower')).toEqual({ ok: true });
    expect(store.getState().toggleCompare('plan-copy')).toEqual({ ok: true });
    expect(store.getState().compareIds).toEqual(['plan', 'faster', 'trend', 'plan-copy']);
  });

  it('drops a deleted scenario from the set', () => {
    const store = fresh();
    const id = editableCopy(store);
    store.getState().toggleCompare('plan');
    store.getState().toggleCompare(id);
    store.getState().deleteScenario(id);
    expect(store.getState().compareIds).toEqual(['plan']);
    expect(store.getState().toggleCompare('nope')).toEqual({ ok: false, reason: 'unknown-scenario' });
  });
});
