// @vitest-environment jsdom
/** Issue 22: every change is written ahead before the task that made it ends; the durable save follows after the quiet. */
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { loadDefault } from '../bootstrap';
import type { WorkspaceSnapshot } from '../platform/platform-api';
import { fakePlatform } from '../test/fake-platform';
import { startAutosave } from './autosave';
import { createWorkspaceStore } from './workspace-store';

describe('autosave write-ahead', () => {
  beforeEach(() => vi.useFakeTimers());
  afterEach(() => vi.useRealTimers());

  it('writes ahead once per task of changes, at once; saves after the quiet; not after stop', async () => {
    const store = createWorkspaceStore();
    loadDefault(store);
    const api = fakePlatform();
    const ahead: WorkspaceSnapshot[] = [];
    api.journalWorkspace = (s) => void ahead.push(s);
    const autosave = startAutosave(store, api, 500);
    store.getState().duplicateScenario('plan');
    store.getState().setBasis('real');
    expect(ahead).toHaveLength(0);
    await Promise.resolve();
    expect(ahead).toHaveLength(1);
    expect(ahead[0]?.dirty).toBe(true);
    expect(ahead[0]?.ui?.basis).toBe('real');
    expect(api.workspaces).toHaveLength(0);
    await vi.advanceTimersByTimeAsync(500);
    expect(api.workspaces).toHaveLength(1);
    store.getState().setLang('en');
    autosave.stop();
    await Promise.resolve();
    expect(ahead).toHaveLength(1);
  });

  it('while changes stream in (a slider dragged): at most every 100 ms, the last one kept; flush writes it at once', async () => {
    const store = createWorkspaceStore();
    loadDefault(store);
    const api = fakePlatform();
    const ahead: WorkspaceSnapshot[] = [];
    api.journalWorkspace = (s) => void ahead.push(s);
    const autosave = startAutosave(store, api, 500);
    store.getState().setBasis('real');
    await Promise.resolve();
    expect(ahead).toHaveLength(1);
    await vi.advanceTimersByTimeAsync(10);
    store.getState().setBasis('nominal');
    await vi.advanceTimersByTimeAsync(10);
    store.getState().setBasis('real');
    await Promise.resolve();
    expect(ahead).toHaveLength(1);
    await vi.advanceTimersByTimeAsync(80);
    expect(ahead).toHaveLength(2);
    expect(ahead[1]?.ui?.basis).toBe('real');
    // A page going away: pagehide calls flush, which writes ahead before it returns.
    await vi.advanceTimersByTimeAsync(10);
    store.getState().setBasis('nominal');
    void autosave.flush();
    expect(ahead).toHaveLength(3);
    expect(ahead[2]?.ui?.basis).toBe('nominal');
    autosave.stop();
  });
});
