// @vitest-environment jsdom
/**
 * Web-mode autosave in IndexedDB (fake-indexeddb: the same API, in memory): one write
 * per autosave, crash recovery across sessions, the move from localStorage, a damaged
 * autosave kept aside, and a full store reported as such.
 */
import { IDBFactory } from 'fake-indexeddb';
import { describe, expect, it } from 'vitest';
import { createBrowserPlatform, STALE_AFTER_MS, STORAGE_KEYS } from './browser-platform';
import type { WorkspaceSnapshot } from './platform-api';
import { indexedDbSlots } from './workspace-slots';

function fakeWindow(storage: Storage, idb: IDBFactory) {
  const win = Object.assign(new EventTarget(), {
    document,
    localStorage: storage,
    indexedDB: idb,
    setInterval: (fn: () => void, ms: number) => window.setInterval(fn, ms),
    clearInterval: (id: number) => window.clearInterval(id),
    setTimeout: (fn: () => void, ms: number) => window.setTimeout(fn, ms),
    open: () => null,
  });
  return win as unknown as Window;
}

function memoryStorage(): Storage {
  const items = new Map<string, string>();
  return {
    get length() {
      return items.size;
    },
    clear: () => items.clear(),
    getItem: (k) => items.get(k) ?? null,
    key: (i) => [...items.keys()][i] ?? null,
    removeItem: (k) => void items.delete(k),
    setItem: (k, v) => void items.set(k, v),
  };
}

const snapshot = (dirty: boolean, planText = '{"x":1}'): WorkspaceSnapshot => ({ planText, fileName: 'p.json', dirty, savedAt: '2026-12-01T00:00:00.000Z' });

describe('the web build autosaves to IndexedDB', () => {
  it('round-trips the workspace there, not in localStorage', async () => {
    const idb = new IDBFactory();
    const storage = memoryStorage();
    const api = createBrowserPlatform({ window: fakeWindow(storage, idb), storage });
    await api.saveWorkspace(snapshot(true));
    await expect(api.loadWorkspace()).resolves.toEqual(snapshot(true));
    expect(storage.getItem(STORAGE_KEYS.workspace)).toBeNull();
    // A second page (after a reload) reads what the first wrote.
    const again = createBrowserPlatform({ window: fakeWindow(storage, idb), storage });
    await expect(again.loadWorkspace()).resolves.toEqual(snapshot(true));
  });

  it('a killed browser: the next session is offered the unsaved work, and new autosaves do not touch it', async () => {
    const idb = new IDBFactory();
    const storage = memoryStorage();
    let clock = 1_000_000;
    const now = () => clock;
    const first = createBrowserPlatform({ window: fakeWindow(storage, idb), storage, now, sessionId: 'one' });
    await first.saveWorkspace(snapshot(true, '{"edited":true}'));
    clock += STALE_AFTER_MS + 1; // no pagehide: the browser was killed
    const second = createBrowserPlatform({ window: fakeWindow(storage, idb), storage, now, sessionId: 'two' });
    await second.saveWorkspace(snapshot(false));
    await expect(second.getRecovery()).resolves.toEqual({ snapshot: snapshot(true, '{"edited":true}'), reason: 'crash' });
    await second.clearRecovery();
    await expect(second.getRecovery()).resolves.toBeNull();
  });

  it('carries a localStorage workspace of an older version over, once', async () => {
    const idb = new IDBFactory();
    const storage = memoryStorage();
    storage.setItem(STORAGE_KEYS.workspace, JSON.stringify(snapshot(false, '{"old":1}')));
    const api = createBrowserPlatform({ window: fakeWindow(storage, idb), storage });
    await expect(api.loadWorkspace()).resolves.toEqual(snapshot(false, '{"old":1}'));
    expect(storage.getItem(STORAGE_KEYS.workspace)).toBeNull();
  });

  it('keeps a damaged autosave aside, where later autosaves never write', async () => {
    const idb = new IDBFactory();
    const storage = memoryStorage();
    await indexedDbSlots(idb).put('workspace', { planText: 3 });
    const api = createBrowserPlatform({ window: fakeWindow(storage, idb), storage, now: () => Date.parse('2026-12-01T07:00:00Z') });
    await expect(api.loadWorkspace()).rejects.toMatchObject({ name: 'CorruptWorkspaceError' });
    await expect(api.setAsideWorkspace?.()).resolves.toBe('IndexedDB planpath/workspace › corrupt:2026-12-01T07:00:00.000Z');
    await api.saveWorkspace(snapshot(false));
    await expect(indexedDbSlots(idb).get('corrupt:2026-12-01T07:00:00.000Z')).resolves.toEqual({ planText: 3 });
  });

  it('a full store is reported as full, in the language set', async () => {
    const storage = memoryStorage();
    const full = {
      where: 'test',
      get: async () => undefined,
      put: async () => {
        throw new DOMException('quota', 'QuotaExceededError');
      },
      delete: async () => undefined,
    };
    const api = createBrowserPlatform({ window: fakeWindow(storage, new IDBFactory()), storage, slots: full });
    api.setLanguage?.('en');
    await expect(api.saveWorkspace(snapshot(true))).rejects.toMatchObject({ name: 'QuotaExceededError', message: expect.stringMatching(/storage is full/) });
  });
});
