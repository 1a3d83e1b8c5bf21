// @vitest-environment jsdom
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { planSpans } from '../../models/engine/period-assumptions';
import type { Plan } from '../../models/plan/plan-schema';
import { loadDefault, startWorkspace } from '../bootstrap';
import { fakePlatform } from '../test/fake-platform';
import { startAutosave } from './autosave';
import { fromSnapshot, toSnapshot } from './snapshot';
import { createWorkspaceStore, type WorkspaceStore } from './workspace-store';

function edited(): WorkspaceStore {
  const store = createWorkspaceStore();
  loadDefault(store);
  const id = store.getState().duplicateScenario('plan') as string;
  const p15 = planSpans(store.getState().plan as Plan).find((s) => s.id === '15th');
  if (p15) store.getState().setSpan(id, 'gdp', p15, { value: 0.055 });
  store.getState().setBasis('real');
  return store;
}

describe('autosave', () => {
  beforeEach(() => vi.useFakeTimers());
  afterEach(() => vi.useRealTimers());

  it('saves once, 500 ms after the last of several changes, and sets the title at once', async () => {
    const store = createWorkspaceStore();
    loadDefault(store);
    const api = fakePlatform();
    const autosave = startAutosave(store, api, 500);
    expect(api.documentStates).toEqual([{ title: 'xuzhou-14th-fyp.json', dirty: false }]);
    store.getState().duplicateScenario('plan');
    expect(api.documentStates.at(-1)).toEqual({ title: 'xuzhou-14th-fyp.json', dirty: true });
    vi.advanceTimersByTime(300);
    store.getState().setBasis('real');
    vi.advanceTimersByTime(300);
    expect(api.workspaces).toHaveLength(0);
    await vi.advanceTimersByTimeAsync(250);
    expect(api.workspaces).toHaveLength(1);
    expect(api.workspaces[0]?.dirty).toBe(true);
    expect(api.workspaces[0]?.ui?.basis).toBe('real');
    autosave.stop();
  });

  it('flush saves a pending change at once; nothing pending, nothing saved', async () => {
    const store = createWorkspaceStore();
    loadDefault(store);
    const api = fakePlatform();
    const autosave = startAutosave(store, api, 500);
    await autosave.flush();
    expect(api.workspaces).toHaveLength(0);
    store.getState().setLang('en');
    await autosave.flush();
    expect(api.workspaces).toHaveLength(1);
    autosave.stop();
  });
});

describe('snapshot', () => {
  it('round-trips the plan, the file, the UI choices, dirty and the saved reference', () => {
    const store = edited();
    const snapshot = toSnapshot(store.getState(), new Date('2026-01-02T03:04:05Z'));
    expect(snapshot?.savedAt).toBe('2026-01-02T03:04:05.000Z');
    const back = fromSnapshot(snapshot ?? { planText: '', fileName: '', dirty: false, savedAt: '' });
    expect(back).not.toBeNull();
    const again = createWorkspaceStore();
    if (back) again.getState().loadPlan(back.plan, back.options);
    const s = again.getState();
    expect(s.selectedId).toBe('plan-copy');
    expect(s.basis).toBe('real');
    expect(s.dirty).toBe(true);
    expect(s.plan?.scenarios.find((x) => x.id === 'plan-copy')?.assumptions.gdp).toEqual(
      store.getState().plan?.scenarios.find((x) => x.id === 'plan-copy')?.assumptions.gdp,
    );
    // The saved reference came along: the copy is not in it, the built-ins are.
    expect(s.savedPlan?.scenarios.some((x) => x.id === 'plan-copy')).toBe(false);
    expect(s.savedPlan?.scenarios.some((x) => x.id === 'plan')).toBe(true);
  });

  it('refuses a snapshot whose plan no longer validates', () => {
    expect(fromSnapshot({ planText: '{"schemaVersion": 1}', fileName: 'x.json', dirty: false, savedAt: '' })).toBeNull();
  });
});

describe('start-up', () => {
  it('offers a recovery and restores it when accepted', async () => {
    const snapshot = toSnapshot(edited().getState());
    if (!snapshot) throw new Error('no snapshot');
    const api = fakePlatform({ recovery: { snapshot, reason: 'crash' } });
    const store = createWorkspaceStore();
    const asked: string[] = [];
    const from = await startWorkspace(api, store, async (r) => {
      asked.push(r.snapshot.fileName);
      return true;
    });
    expect(from).toBe('recovery');
    expect(asked).toEqual(['xuzhou-14th-fyp.json']);
    expect(store.getState().selectedId).toBe('plan-copy');
    expect(store.getState().dirty).toBe(true);
    expect(api.recovery).toBeNull();
    expect(api.workspaces).toHaveLength(1);
  });

  it('discarding a recovery falls back to the workspace, then to the embedded plan', async () => {
    const snapshot = toSnapshot(edited().getState());
    if (!snapshot) throw new Error('no snapshot');
    const api = fakePlatform({ recovery: { snapshot, reason: 'crash' } });
    const store = createWorkspaceStore();
    expect(await startWorkspace(api, store, async () => false)).toBe('default');
    expect(api.recovery).toBeNull();
    expect(store.getState().selectedId).toBe('plan');
    expect(store.getState().dirty).toBe(false);
  });

  it('restores the autosaved workspace without asking', async () => {
    const snapshot = toSnapshot(edited().getState());
    const api = fakePlatform({ workspace: snapshot });
    const store = createWorkspaceStore();
    expect(await startWorkspace(api, store, async () => {
      throw new Error('must not ask');
    })).toBe('workspace');
    expect(store.getState().plan?.scenarios.some((s) => s.id === 'plan-copy')).toBe(true);
  });
});
