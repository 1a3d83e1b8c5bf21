// @vitest-environment jsdom
/**
 * Issue 22, item 1, in plain Node with fake-indexeddb and an in-memory Web Locks API and
 * BroadcastChannel: the write-ahead record survives a page that went before its
 * IndexedDB write; one tab writes, a second is a reader until it takes over; a database
 * deleted or upgraded under the page; a storage error named by its cause.
 */
import { IDBFactory } from 'fake-indexeddb';
import { describe, expect, it } from 'vitest';
import { createBrowserPlatform, storageCause } from './browser-platform';
import type { PlanPathApi, WorkspaceSnapshot, WorkspaceStatus } from './platform-api';
import type { ChannelLike, LockManagerLike } from './tab-coordinator';
import { JOURNAL_KEY } from './workspace-journal';
import { indexedDbSlots } from './workspace-slots';

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

function fakeWindow(storage: Storage, idb: IDBFactory): Window {
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

/** The Web Locks API for one lock, as the spec has it: exclusive, queued, ifAvailable, steal, signal. */
function fakeLocks(): LockManagerLike {
  type Waiter = { grant: () => void; reject: (e: unknown) => void };
  let holder: { reject: (e: unknown) => void } | null = null;
  const queue: Waiter[] = [];
  const next = () => {
    const w = queue.shift();
    if (w) w.grant();
  };
  return {
    request(_name, options, callback) {
      return new Promise((resolve, reject) => {
        const run = () => {
          const me = { reject };
          holder = me;
          Promise.resolve(callback({ name: _name, mode: 'exclusive' } as Lock)).then(
            (v) => {
              if (holder === me) {
                holder = null;
                next();
              }
              resolve(v);
            },
            reject,
          );
        };
        if (options.steal) {
          holder?.reject(new DOMException('stolen', 'AbortError'));
          run();
        } else if (holder === null && queue.length === 0) run();
        else if (options.ifAvailable) Promise.resolve(callback(null)).then(resolve, reject);
        else {
          const w: Waiter = { grant: run, reject };
          queue.push(w);
          options.signal?.addEventListener('abort', () => {
            const i = queue.indexOf(w);
            if (i >= 0) queue.splice(i, 1);
            reject(new DOMException('aborted', 'AbortError'));
          });
        }
      });
    },
  };
}

/** BroadcastChannel between the fake tabs: delivered to every other member, asynchronously. */
function fakeHub() {
  const members = new Set<{ deliver: (data: unknown) => void }>();
  return (): ChannelLike => {
    const listeners: ((e: MessageEvent) => void)[] = [];
    const me = { deliver: (data: unknown) => listeners.forEach((l) => l({ data } as MessageEvent)) };
    members.add(me);
    return {
      postMessage: (data) => {
        for (const m of members) if (m !== me) setTimeout(() => m.deliver(data), 0);
      },
      addEventListener: (_type, listener) => void listeners.push(listener),
      close: () => void members.delete(me),
    };
  };
}

const snap = (planText: string, dirty = true): WorkspaceSnapshot => ({ planText, fileName: 'p.json', dirty, savedAt: '2026-12-01T00:00:00.000Z' });

function statuses(api: PlanPathApi): WorkspaceStatus[] {
  const seen: WorkspaceStatus[] = [];
  api.onWorkspaceStatus?.((s) => seen.push(s));
  return seen;
}

const until = async (ok: () => boolean) => {
  for (let i = 0; i < 200 && !ok(); i += 1) await new Promise((r) => setTimeout(r, 10));
  expect(ok()).toBe(true);
};

describe('write-ahead', () => {
  it('an edit written ahead but never saved to IndexedDB (the page went) is in the next page', async () => {
    const idb = new IDBFactory();
    const storage = memoryStorage();
    const first = createBrowserPlatform({ window: fakeWindow(storage, idb), storage, sessionId: 'a' });
    await first.saveWorkspace(snap('{"v":1}'));
    first.journalWorkspace?.(snap('{"v":2}'));
    // Reload: no saveWorkspace of v2 ever finished.
    const second = createBrowserPlatform({ window: fakeWindow(storage, idb), storage, sessionId: 'b' });
    await expect(second.loadWorkspace()).resolves.toEqual(snap('{"v":2}'));
    expect(storage.getItem(JOURNAL_KEY)).toBeNull();
    await expect(indexedDbSlots(idb).get('workspace')).resolves.toEqual(snap('{"v":2}'));
  });

  it('a save clears the record, unless a newer one was written while it ran', async () => {
    const idb = new IDBFactory();
    const storage = memoryStorage();
    const api = createBrowserPlatform({ window: fakeWindow(storage, idb), storage });
    api.journalWorkspace?.(snap('{"v":1}'));
    await api.saveWorkspace(snap('{"v":1}'));
    expect(storage.getItem(JOURNAL_KEY)).toBeNull();
    api.journalWorkspace?.(snap('{"v":2}'));
    const saving = api.saveWorkspace(snap('{"v":2}'));
    api.journalWorkspace?.(snap('{"v":3}'));
    await saving;
    expect(JSON.parse(storage.getItem(JOURNAL_KEY) ?? 'null')).toEqual(snap('{"v":3}'));
  });
});

describe('one writing tab', () => {
  it('a second tab is a reader: it reads the first tab’s last edit, writes nothing, and offers no recovery', async () => {
    const idb = new IDBFactory();
    const storage = memoryStorage();
    const locks = fakeLocks();
    const hub = fakeHub();
    const a = createBrowserPlatform({ window: fakeWindow(storage, idb), storage, sessionId: 'a', locks, channel: hub() });
    const aSeen = statuses(a);
    await a.saveWorkspace(snap('{"a":1}'));
    a.journalWorkspace?.(snap('{"a":2}'));
    const b = createBrowserPlatform({ window: fakeWindow(storage, idb), storage, sessionId: 'b', locks, channel: hub() });
    const bSeen = statuses(b);
    await expect(b.loadWorkspace()).resolves.toEqual(snap('{"a":2}'));
    await b.saveWorkspace(snap('{"b":1}'));
    b.journalWorkspace?.(snap('{"b":1}'));
    await expect(b.getRecovery()).resolves.toBeNull();
    await until(() => bSeen.length > 0);
    expect(bSeen).toEqual([{ kind: 'reader', why: 'other-tab-open' }]);
    expect(aSeen).toEqual([{ kind: 'writer', why: 'first' }]);
    await expect(indexedDbSlots(idb).get('workspace')).resolves.toEqual(snap('{"a":1}'));
    expect(JSON.parse(storage.getItem(JOURNAL_KEY) ?? 'null')).toEqual(snap('{"a":2}'));
  });

  it('take-over: the writer stops, the reader writes and reads the writer’s last edit; the old writer’s saves go nowhere', async () => {
    const idb = new IDBFactory();
    const storage = memoryStorage();
    const locks = fakeLocks();
    const hub = fakeHub();
    const a = createBrowserPlatform({ window: fakeWindow(storage, idb), storage, sessionId: 'a', locks, channel: hub() });
    const aSeen = statuses(a);
    const b = createBrowserPlatform({ window: fakeWindow(storage, idb), storage, sessionId: 'b', locks, channel: hub() });
    const bSeen = statuses(b);
    await b.loadWorkspace();
    await a.saveWorkspace(snap('{"a":1}'));
    a.journalWorkspace?.(snap('{"a":2}'));
    await b.takeOverWorkspace?.();
    await until(() => aSeen.some((s) => s.kind === 'reader') && bSeen.some((s) => s.kind === 'writer'));
    expect(aSeen.at(-1)).toEqual({ kind: 'reader', why: 'taken-over' });
    expect(bSeen.at(-1)).toEqual({ kind: 'writer', why: 'took-over' });
    await expect(b.loadWorkspace()).resolves.toEqual(snap('{"a":2}'));
    await a.saveWorkspace(snap('{"a":3}'));
    await b.saveWorkspace(snap('{"b":1}'));
    await expect(indexedDbSlots(idb).get('workspace')).resolves.toEqual(snap('{"b":1}'));
  });
});

describe('the database under the page', () => {
  it('deleted from another tab: closed at once, reopened, this tab’s workspace written again, and said so', async () => {
    const idb = new IDBFactory();
    const storage = memoryStorage();
    const api = createBrowserPlatform({ window: fakeWindow(storage, idb), storage });
    const seen = statuses(api);
    await api.saveWorkspace(snap('{"v":1}'));
    api.journalWorkspace?.(snap('{"v":2}'));
    await new Promise<void>((resolve, reject) => {
      const req = idb.deleteDatabase('planpath');
      req.onsuccess = () => resolve();
      req.onerror = () => reject(req.error);
      req.onblocked = () => reject(new Error('blocked: the page did not close its connection'));
    });
    await until(() => seen.some((s) => s.kind === 'database-lost'));
    expect(seen.find((s) => s.kind === 'database-lost')).toEqual({ kind: 'database-lost', why: 'deleted', rewritten: true });
    await expect(indexedDbSlots(idb).get('workspace')).resolves.toEqual(snap('{"v":2}'));
    await api.saveWorkspace(snap('{"v":3}'));
    await expect(api.loadWorkspace()).resolves.toEqual(snap('{"v":3}'));
  });

  it('upgraded by a newer version in another tab: closed, said so, and autosaves refuse with the reason', async () => {
    const idb = new IDBFactory();
    const storage = memoryStorage();
    const api = createBrowserPlatform({ window: fakeWindow(storage, idb), storage });
    api.setLanguage?.('en');
    const seen = statuses(api);
    await api.saveWorkspace(snap('{"v":1}'));
    await new Promise<void>((resolve, reject) => {
      const req = idb.open('planpath', 2);
      req.onsuccess = () => {
        req.result.close();
        resolve();
      };
      req.onerror = () => reject(req.error);
      req.onblocked = () => reject(new Error('blocked'));
    });
    await until(() => seen.some((s) => s.kind === 'database-upgraded'));
    await expect(api.saveWorkspace(snap('{"v":2}'))).rejects.toThrow(/newer PlanPath in another tab upgraded the database/);
  });

  it('a storage error is named by its cause, in words and with the browser’s own name', () => {
    const closing = new DOMException('The database connection is closing.', 'InvalidStateError');
    expect(storageCause(closing, 'zh')).toBe('浏览器关闭了 PlanPath 的数据库（网站数据被清除，或数据库被另一个标签页删除）；InvalidStateError: The database connection is closing.');
    expect(storageCause(closing, 'en')).toMatch(/^the browser closed PlanPath's database .*; InvalidStateError: The database connection is closing\.$/);
    expect(storageCause(new DOMException('', 'WeirdError'), 'en')).toBe('WeirdError');
    expect(storageCause(new Error(''), 'zh')).toBe('浏览器没有给出原因');
  });
});
