// @vitest-environment jsdom
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { MAX_FILE_BYTES } from '../../models/plan/plan-schema';
import {
  createBrowserPlatform,
  documentTitle,
  readPickedFile,
  STALE_AFTER_MS,
  STORAGE_KEYS,
} from './browser-platform';
import type { WorkspaceSnapshot } from './platform-api';

const PLAN_TEXT = readFileSync(path.join(import.meta.dirname, '../../scenarios/xuzhou-14th-fyp.json'), 'utf8');

/** localStorage stand-in that a test can fill up. */
class MemoryStorage implements Storage {
  private items = new Map<string, string>();
  quota = Infinity;
  get length() {
    return this.items.size;
  }
  clear() {
    this.items.clear();
  }
  getItem(key: string) {
    return this.items.get(key) ?? null;
  }
  key(index: number) {
    return [...this.items.keys()][index] ?? null;
  }
  removeItem(key: string) {
    this.items.delete(key);
  }
  setItem(key: string, value: string) {
    const used = [...this.items.entries()].filter(([k]) => k !== key).reduce((n, [k, v]) => n + k.length + v.length, 0);
    if (used + key.length + value.length > this.quota) throw new DOMException('full', 'QuotaExceededError');
    this.items.set(key, value);
  }
}

/** A window of its own per test (own listeners), sharing jsdom's document. */
function fakeWindow(storage: Storage) {
  const target = new EventTarget();
  const open = vi.fn();
  const win = Object.assign(target, {
    document,
    localStorage: storage,
    setInterval: (fn: () => void, ms: number) => window.setInterval(fn, ms),
    clearInterval: (id: number) => window.clearInterval(id),
    setTimeout: (fn: () => void, ms: number) => window.setTimeout(fn, ms),
    open,
  });
  // The tests hand this to the platform where a Window is expected; it has what the platform uses.
  return { win: win as unknown as Window, target, open };
}

function snapshot(dirty: boolean, text = PLAN_TEXT): WorkspaceSnapshot {
  return { planText: text, fileName: 'xuzhou.json', dirty, savedAt: '2026-01-01T00:00:00.000Z', ui: { scenario: 'plan' } };
}

let clock = 1_000_000;
const now = () => clock;

beforeEach(() => {
  clock = 1_000_000;
});
afterEach(() => {
  vi.restoreAllMocks();
  document.body.innerHTML = '';
});

/** Captures the hidden file input the platform clicks. */
function captureFileInput(): Promise<HTMLInputElement> {
  return new Promise((resolve) => {
    vi.spyOn(HTMLInputElement.prototype, 'click').mockImplementation(function (this: HTMLInputElement) {
      resolve(this);
    });
  });
}

function pick(input: HTMLInputElement, files: File[]) {
  Object.defineProperty(input, 'files', { value: files, configurable: true });
  input.dispatchEvent(new Event('change'));
}

describe('open', () => {
  it('uses a hidden input for plan files (.json and .ppath) and resolves null on cancel', async () => {
    const { win } = fakeWindow(new MemoryStorage());
    const api = createBrowserPlatform({ window: win, storage: new MemoryStorage(), now });
    const inputPromise = captureFileInput();
    const result = api.openPlanFile();
    const input = await inputPromise;
    expect(input.type).toBe('file');
    expect(input.accept.split(',')).toEqual(['.json', '.ppath', 'application/json', 'application/x-planpath+json']);
    expect(input.isConnected).toBe(true);
    input.dispatchEvent(new Event('cancel'));
    await expect(result).resolves.toBeNull();
    expect(input.isConnected).toBe(false);
  });

  it('reads a valid plan file', async () => {
    const { win } = fakeWindow(new MemoryStorage());
    const api = createBrowserPlatform({ window: win, storage: new MemoryStorage(), now });
    const inputPromise = captureFileInput();
    const result = api.openPlanFile();
    pick(await inputPromise, [new File([PLAN_TEXT], 'xuzhou-14th-fyp.json', { type: 'application/json' })]);
    const opened = await result;
    expect(opened?.name).toBe('xuzhou-14th-fyp.json');
    expect(opened?.text).toBe(PLAN_TEXT);
    expect(opened?.issues).toBeUndefined();
    expect(opened?.path).toBeUndefined();
  });

  it('reads a .ppath file (JSON inside) as a plan and keeps its name', async () => {
    const { win } = fakeWindow(new MemoryStorage());
    const api = createBrowserPlatform({ window: win, storage: new MemoryStorage(), now });
    const inputPromise = captureFileInput();
    const result = api.openPlanFile();
    pick(await inputPromise, [new File([PLAN_TEXT], '徐州规划.ppath', { type: '' })]);
    const opened = await result;
    expect(opened?.name).toBe('徐州规划.ppath');
    expect(opened?.text).toBe(PLAN_TEXT);
    expect(opened?.issues).toBeUndefined();
  });

  it('reports a malformed file with the validator messages, in the language set', async () => {
    const { win } = fakeWindow(new MemoryStorage());
    const api = createBrowserPlatform({ window: win, storage: new MemoryStorage(), now });
    api.setLanguage?.('en');
    const inputPromise = captureFileInput();
    const result = api.openPlanFile();
    pick(await inputPromise, [new File(['{"schemaVersion": '], 'broken.json')]);
    const opened = await result;
    expect(opened?.issues?.[0]?.code).toBe('json-syntax');
    expect(opened?.issues?.[0]?.message).toMatch(/not valid JSON/);
  });

  it('refuses a file over 5 MB without reading it', async () => {
    const text = vi.fn();
    const huge = { name: 'huge.json', size: MAX_FILE_BYTES + 1, text } as unknown as File;
    const opened = await readPickedFile(huge, 'zh');
    expect(opened.issues?.[0]?.code).toBe('file-too-large');
    expect(opened.text).toBe('');
    expect(text).not.toHaveBeenCalled();
  });

  it('accepts a file that starts with a byte-order mark', async () => {
    const opened = await readPickedFile(new File([`\uFEFF${PLAN_TEXT}`], 'bom.json'), 'zh');
    expect(opened.issues).toBeUndefined();
    expect(opened.text.charCodeAt(0)).toBe('{'.charCodeAt(0));
  });

  it('has no recent files or paths', async () => {
    const api = createBrowserPlatform({ window: fakeWindow(new MemoryStorage()).win, storage: new MemoryStorage(), now });
    await expect(api.recentFiles()).resolves.toEqual([]);
    await expect(api.openRecent('/etc/passwd')).resolves.toBeNull();
    expect(api.info()).toMatchObject({ kind: 'browser', menuShortcuts: false });
  });
});

describe('save and export', () => {
  function captureDownload() {
    const blobs: Blob[] = [];
    vi.spyOn(URL, 'createObjectURL').mockImplementation((blob: Blob | MediaSource) => {
      blobs.push(blob as Blob);
      return `blob:planpath/${blobs.length}`;
    });
    vi.spyOn(URL, 'revokeObjectURL').mockImplementation(() => undefined);
    const clicked: HTMLAnchorElement[] = [];
    vi.spyOn(HTMLAnchorElement.prototype, 'click').mockImplementation(function (this: HTMLAnchorElement) {
      clicked.push(this);
    });
    return { blobs, clicked };
  }

  it('saves a plan as a download named like the document', async () => {
    const { blobs, clicked } = captureDownload();
    const api = createBrowserPlatform({ window: fakeWindow(new MemoryStorage()).win, storage: new MemoryStorage(), now });
    const saved = await api.savePlanFile(PLAN_TEXT, { suggestedName: 'my plan' });
    expect(saved).toEqual({ name: 'my plan.json' });
    expect(clicked).toHaveLength(1);
    expect(clicked[0]?.download).toBe('my plan.json');
    expect(clicked[0]?.getAttribute('href')).toBe('blob:planpath/1');
    expect(clicked[0]?.isConnected).toBe(false);
    expect(blobs[0]?.type).toBe('application/json');
    await expect(blobs[0]?.text()).resolves.toBe(PLAN_TEXT);
  });

  it('exports bytes with their MIME type', async () => {
    const { blobs, clicked } = captureDownload();
    const api = createBrowserPlatform({ window: fakeWindow(new MemoryStorage()).win, storage: new MemoryStorage(), now });
    const bytes = new Uint8Array([0x89, 0x50, 0x4e, 0x47]);
    await expect(api.exportFile({ suggestedName: 'chart.png', data: bytes, mimeType: 'image/png' })).resolves.toEqual({ name: 'chart.png' });
    expect(clicked[0]?.download).toBe('chart.png');
    expect(blobs[0]?.type).toBe('image/png');
    expect(new Uint8Array(await blobs[0]!.arrayBuffer())).toEqual(bytes);
  });
});

describe('report', () => {
  it('prints the page through the browser dialog, titled as the file, and resolves when it closes', async () => {
    const api = createBrowserPlatform({ storage: new MemoryStorage(), sessionId: 'p' });
    document.title = 'xuzhou.json — PlanPath';
    let titleWhilePrinting = '';
    const print = vi.spyOn(window, 'print').mockImplementation(() => {
      titleWhilePrinting = document.title;
    });
    const printed = api.printReportToPdf?.({ suggestedName: 'xuzhou-report.pdf' });
    expect(print).toHaveBeenCalledOnce();
    expect(titleWhilePrinting).toBe('xuzhou-report');
    window.dispatchEvent(new Event('afterprint'));
    await expect(printed).resolves.toBeNull();
    expect(document.title).toBe('xuzhou.json — PlanPath');
    print.mockRestore();
  });
});

describe('workspace autosave and recovery', () => {
  it('round-trips the workspace', async () => {
    const storage = new MemoryStorage();
    const api = createBrowserPlatform({ window: fakeWindow(storage).win, storage, now });
    await expect(api.loadWorkspace()).resolves.toBeNull();
    await api.saveWorkspace(snapshot(true));
    await expect(api.loadWorkspace()).resolves.toEqual(snapshot(true));
  });

  it('says clearly when the storage is full', async () => {
    const storage = new MemoryStorage();
    const api = createBrowserPlatform({ window: fakeWindow(storage).win, storage, now });
    api.setLanguage?.('en');
    storage.quota = 1000;
    await expect(api.saveWorkspace(snapshot(true))).rejects.toThrow(/storage is full/);
  });

  it('a session that ended cleanly (pagehide) offers no recovery; its workspace loads', async () => {
    const storage = new MemoryStorage();
    const first = fakeWindow(storage);
    const api1 = createBrowserPlatform({ window: first.win, storage, now, sessionId: 'one' });
    await api1.saveWorkspace(snapshot(true));
    expect(storage.getItem(`${STORAGE_KEYS.sessionPrefix}one`)).not.toBeNull();
    first.target.dispatchEvent(new Event('pagehide'));
    expect(storage.getItem(`${STORAGE_KEYS.sessionPrefix}one`)).toBeNull();

    clock += STALE_AFTER_MS * 10;
    const api2 = createBrowserPlatform({ window: fakeWindow(storage).win, storage, now, sessionId: 'two' });
    await expect(api2.getRecovery()).resolves.toBeNull();
    await expect(api2.loadWorkspace()).resolves.toEqual(snapshot(true));
  });

  it('a session that crashed with unsaved changes is offered as a recovery, safe from new autosaves', async () => {
    const storage = new MemoryStorage();
    const api1 = createBrowserPlatform({ window: fakeWindow(storage).win, storage, now, sessionId: 'one' });
    await api1.saveWorkspace(snapshot(true));
    // No pagehide: the tab crashed. Later, the user opens PlanPath again.
    clock += STALE_AFTER_MS + 1;
    const api2 = createBrowserPlatform({ window: fakeWindow(storage).win, storage, now, sessionId: 'two' });
    await expect(api2.getRecovery()).resolves.toEqual({ snapshot: snapshot(true), reason: 'crash' });
    await expect(api2.loadWorkspace()).resolves.toBeNull();
    expect(storage.getItem(`${STORAGE_KEYS.sessionPrefix}one`)).toBeNull();

    // The new session autosaves before the user answers: the recovery is untouched.
    await api2.saveWorkspace(snapshot(false, '{}'));
    await expect(api2.getRecovery()).resolves.toEqual({ snapshot: snapshot(true), reason: 'crash' });
    await api2.clearRecovery();
    await expect(api2.getRecovery()).resolves.toBeNull();
  });

  it('a crash with nothing unsaved offers no recovery and keeps the workspace', async () => {
    const storage = new MemoryStorage();
    const api1 = createBrowserPlatform({ window: fakeWindow(storage).win, storage, now, sessionId: 'one' });
    await api1.saveWorkspace(snapshot(false));
    clock += STALE_AFTER_MS + 1;
    const api2 = createBrowserPlatform({ window: fakeWindow(storage).win, storage, now, sessionId: 'two' });
    await expect(api2.getRecovery()).resolves.toBeNull();
    await expect(api2.loadWorkspace()).resolves.toEqual(snapshot(false));
  });

  it('another open tab (fresh marker) is not mistaken for a crash', async () => {
    const storage = new MemoryStorage();
    const api1 = createBrowserPlatform({ window: fakeWindow(storage).win, storage, now, sessionId: 'one' });
    await api1.saveWorkspace(snapshot(true));
    clock += 1000;
    const api2 = createBrowserPlatform({ window: fakeWindow(storage).win, storage, now, sessionId: 'two' });
    await expect(api2.getRecovery()).resolves.toBeNull();
    await expect(api2.loadWorkspace()).resolves.toEqual(snapshot(true));
  });

  it('a page back from the back/forward cache marks its session open again', () => {
    const storage = new MemoryStorage();
    const { win, target } = fakeWindow(storage);
    createBrowserPlatform({ window: win, storage, now, sessionId: 'one' });
    target.dispatchEvent(new Event('pagehide'));
    expect(storage.getItem(`${STORAGE_KEYS.sessionPrefix}one`)).toBeNull();
    target.dispatchEvent(Object.assign(new Event('pageshow'), { persisted: true }));
    expect(storage.getItem(`${STORAGE_KEYS.sessionPrefix}one`)).toBe(String(clock));
  });

  it('keeps a damaged workspace aside instead of ignoring it', async () => {
    const storage = new MemoryStorage();
    storage.setItem(STORAGE_KEYS.workspace, '{"planText": 3');
    const api = createBrowserPlatform({ window: fakeWindow(storage).win, storage, now });
    await expect(api.loadWorkspace()).rejects.toThrow(/damaged/);
    const where = await api.setAsideWorkspace?.();
    expect(where).toMatch(/^localStorage .* › corrupt:/);
    const key = `planpath:${String(where).split(' › ')[1]}`;
    expect(storage.getItem(key)).toBe('{"planText": 3');
    await expect(api.loadWorkspace()).resolves.toBeNull();
    // The next autosave writes its own slot; the damaged one stays.
    await api.saveWorkspace(snapshot(false));
    expect(storage.getItem(key)).toBe('{"planText": 3');
  });
});

describe('document state', () => {
  it('sets the title with a dot when dirty', () => {
    const api = createBrowserPlatform({ window: fakeWindow(new MemoryStorage()).win, storage: new MemoryStorage(), now });
    api.setDocumentState({ title: 'xuzhou.json', dirty: true });
    expect(document.title).toBe('• xuzhou.json — PlanPath');
    api.setDocumentState({ title: 'xuzhou.json', dirty: false });
    expect(document.title).toBe('xuzhou.json — PlanPath');
    expect(documentTitle('', false)).toBe('PlanPath');
  });

  it('asks before unloading only when dirty', () => {
    const { win, target } = fakeWindow(new MemoryStorage());
    const api = createBrowserPlatform({ window: win, storage: new MemoryStorage(), now });
    const unload = () => {
      const event = new Event('beforeunload', { cancelable: true });
      target.dispatchEvent(event);
      return event.defaultPrevented;
    };
    expect(unload()).toBe(false);
    api.setDocumentState({ title: 'x', dirty: true });
    expect(unload()).toBe(true);
    api.setDocumentState({ title: 'x', dirty: false });
    expect(unload()).toBe(false);
  });
});

describe('links and menus', () => {
  it('opens http(s) links in a new tab and refuses other schemes', async () => {
    const { win, open } = fakeWindow(new MemoryStorage());
    const api = createBrowserPlatform({ window: win, storage: new MemoryStorage(), now });
    await api.openExternal('https://www.xz.gov.cn/');
    expect(open).toHaveBeenCalledWith('https://www.xz.gov.cn/', '_blank', 'noopener,noreferrer');
    for (const bad of ['javascript:alert(1)', 'file:///etc/passwd', 'data:text/html,x', 'not a url']) {
      await expect(api.openExternal(bad)).rejects.toThrow(/only http and https/);
    }
    expect(open).toHaveBeenCalledTimes(1);
  });

  it('menu, close and open-file subscriptions are harmless no-ops', () => {
    const api = createBrowserPlatform({ window: fakeWindow(new MemoryStorage()).win, storage: new MemoryStorage(), now });
    const off = api.onMenuCommand(() => undefined);
    expect(typeof off).toBe('function');
    off();
    api.onSaveBeforeClose?.(async () => true)();
    api.onOpenFileRequest?.(() => undefined)();
  });
});
