/**
 * PlanPathApi in a plain browser: a hidden file input to open, a download to save and
 * export, IndexedDB for the workspace autosave (localStorage where IndexedDB is
 * missing; workspace-slots.ts), and a "session open" marker for crash recovery. A
 * damaged autosave is never overwritten silently: loadWorkspace() rejects with
 * CorruptWorkspaceError and setAsideWorkspace() moves it to a slot of its own.
 *
 * Recovery: each page session keeps a marker `planpath:session:<id>` with a heartbeat
 * and removes it on `pagehide`. A marker found at start whose heartbeat is stale belongs
 * to a session that did not end cleanly; if the workspace it left had unsaved changes,
 * that workspace is moved to `planpath:recovery` and offered by getRecovery(). A fresh
 * marker is another open tab, not a crash. (If a crash is mistaken for a live tab, the
 * work is not lost either: loadWorkspace() still returns it, unsaved flag and all.)
 *
 * Nothing typed is lost (issue 22): every change is written ahead, synchronously, to
 * localStorage (journalWorkspace, workspace-journal.ts) before its IndexedDB write; one
 * tab at a time writes (tab-coordinator.ts), the others are readers until they take
 * over; a database deleted or closed under the page is reopened and this tab's
 * workspace written into it again (onWorkspaceStatus says so, with the cause).
 */
import { MAX_FILE_BYTES } from '../../models/plan/plan-limits';
import { formatMessage } from '../../models/plan/validation-messages';
import { version as packageVersion } from '../../package.json';
import { MAX_DATA_FILE_BYTES } from './platform-api';
import { parsePlan } from '../workers/parse-plan';
import { CHANNEL_NAME, createTabCoordinator, type ChannelLike, type LockManagerLike, type TabState } from './tab-coordinator';
import { clearJournal, readJournal, writeJournal } from './workspace-journal';
import { indexedDbSlots, localStorageSlots, type ConnectionLoss, type WorkspaceSlots } from './workspace-slots';
import type {
  OpenedDataFile,
  OpenedFile,
  PlanPathApi,
  Recovery,
  SavedFile,
  UiLanguage,
  WorkspaceSnapshot,
  WorkspaceStatus,
} from './platform-api';

export const STORAGE_KEYS = {
  workspace: 'planpath:workspace',
  recovery: 'planpath:recovery',
  sessionPrefix: 'planpath:session:',
} as const;

/** How often a live page renews its marker, and when a marker counts as abandoned. */
export const HEARTBEAT_MS = 15_000;
/** Generous: browsers throttle timers in background tabs to about once a minute. */
export const STALE_AFTER_MS = 3 * 60_000;

export interface BrowserPlatformOptions {
  window?: Window;
  /** Session markers (always), and the workspace where IndexedDB is missing. */
  storage?: Storage;
  /** Where the workspace is kept; IndexedDB by default, else `storage`. */
  slots?: WorkspaceSlots;
  now?: () => number;
  sessionId?: string;
  version?: string;
  /** Tab coordination (tab-coordinator.ts): navigator.locks and a BroadcastChannel by default; null for none. */
  locks?: LockManagerLike | null;
  channel?: ChannelLike | null;
}

const APP_NAME = 'PlanPath';

export function documentTitle(name: string, dirty: boolean): string {
  const doc = name.trim();
  if (doc === '') return dirty ? `• ${APP_NAME}` : APP_NAME;
  return `${dirty ? '• ' : ''}${doc} — ${APP_NAME}`;
}

export function isHttpUrl(url: string): boolean {
  try {
    const { protocol } = new URL(url);
    return protocol === 'http:' || protocol === 'https:';
  } catch {
    return false;
  }
}

function isSnapshot(value: unknown): value is WorkspaceSnapshot {
  if (typeof value !== 'object' || value === null) return false;
  const v = value as Record<string, unknown>;
  return (
    typeof v.planText === 'string' &&
    typeof v.fileName === 'string' &&
    typeof v.dirty === 'boolean' &&
    typeof v.savedAt === 'string' &&
    (v.filePath === undefined || typeof v.filePath === 'string') &&
    (v.ui === undefined || (typeof v.ui === 'object' && v.ui !== null && !Array.isArray(v.ui)))
  );
}

/** loadWorkspace() rejects with this when something is stored but cannot be read as a workspace. */
export class CorruptWorkspaceError extends Error {
  override name = 'CorruptWorkspaceError';
}

const CAUSES: Record<string, { zh: string; en: string }> = {
  InvalidStateError: { zh: '浏览器关闭了 PlanPath 的数据库（网站数据被清除，或数据库被另一个标签页删除）', en: "the browser closed PlanPath's database (site data cleared, or the database deleted from another tab)" },
  UnknownError: { zh: '浏览器的存储出错（磁盘错误或存储已损坏）', en: "the browser's storage failed (a disk error or damaged storage)" },
  BlockedError: { zh: '另一个标签页仍打开着旧版本的数据库', en: 'another tab still holds an older version of the database open' },
  NotFoundError: { zh: '数据库中缺少工作区存储区', en: 'the workspace store is missing from the database' },
  SecurityError: { zh: '浏览器不允许此页面使用存储（隐私设置或无痕模式）', en: 'the browser does not let this page use storage (privacy settings or a private window)' },
  AbortError: { zh: '浏览器中止了写入', en: 'the browser aborted the write' },
  TimeoutError: { zh: '浏览器的存储没有响应', en: "the browser's storage did not answer" },
};

/** The cause of a storage error in words, with the browser's own name and message after it. */
export function storageCause(error: unknown, lang: UiLanguage): string {
  const name = typeof error === 'object' && error !== null && 'name' in error ? String((error as { name: unknown }).name) : '';
  const message = error instanceof Error || error instanceof DOMException ? error.message : String(error);
  const words = CAUSES[name]?.[lang];
  const raw = [name, message].filter((x) => x !== '' && x !== 'Error').join(': ');
  if (words === undefined) return raw === '' ? (lang === 'zh' ? '浏览器没有给出原因' : 'the browser gave no reason') : raw;
  return raw === '' ? words : `${words}${lang === 'zh' ? '；' : '; '}${raw}`;
}

function storageError(error: unknown, lang: UiLanguage): Error {
  const name = typeof error === 'object' && error !== null && 'name' in error ? String((error as { name: unknown }).name) : '';
  const full = name === 'QuotaExceededError' || (error instanceof DOMException && error.code === 22);
  // The message is the cause only: the UI puts its own title ("autosave failed") before it.
  const message = full
    ? lang === 'zh'
      ? '浏览器存储空间已满，工作区未能自动保存。请保存文件。'
      : "The browser's storage is full: the workspace was not autosaved. Save the file."
    : storageCause(error, lang);
  return Object.assign(new Error(message, { cause: error }), { name: full ? 'QuotaExceededError' : 'AutosaveError' });
}

function randomId(): string {
  const bytes = new Uint8Array(8);
  globalThis.crypto.getRandomValues(bytes);
  return Array.from(bytes, (b) => b.toString(16).padStart(2, '0')).join('');
}

/** Reads a picked file the way the Electron host does: size first, then the plan check. */
export async function readPickedFile(file: File, lang: UiLanguage): Promise<OpenedFile> {
  if (file.size > MAX_FILE_BYTES) {
    return {
      name: file.name,
      text: '',
      issues: [{ path: '', code: 'file-too-large', message: formatMessage(lang, 'file-too-large', { size: file.size, limit: MAX_FILE_BYTES }) }],
    };
  }
  let text = await file.text();
  if (text.charCodeAt(0) === 0xfeff) text = text.slice(1);
  // Large files are checked in a worker: the page stays responsive.
  const result = await parsePlan(text, lang);
  return result.ok ? { name: file.name, text } : { name: file.name, text, issues: result.issues };
}

/**
 * What the web file picker offers for Open: plan files as JSON and as PlanPath's own
 * registered type (.ppath, JSON inside; the desktop app's file association), with their
 * MIME types for browsers that filter by type.
 */
export const PLAN_FILE_ACCEPT = '.json,.ppath,application/json,application/x-planpath+json';

function withExtension(name: string, ext: string): string {
  return /\.[A-Za-z0-9]+$/.test(name) ? name : `${name}${ext}`;
}

export function createBrowserPlatform(options: BrowserPlatformOptions = {}): PlanPathApi {
  const win = options.window ?? window;
  const doc = win.document;
  const storage = options.storage ?? win.localStorage;
  const now = options.now ?? (() => Date.now());
  const sessionKey = `${STORAGE_KEYS.sessionPrefix}${options.sessionId ?? randomId()}`;
  const version = options.version ?? packageVersion;
  let lang: UiLanguage = 'zh';
  let dirty = false;

  // --- one writing tab (tab-coordinator.ts) -------------------------------------------
  const statusListeners = new Set<(status: WorkspaceStatus) => void>();
  const tell = (status: WorkspaceStatus) => {
    for (const l of statusListeners) l(status);
  };
  const roleStatus = (state: TabState): WorkspaceStatus => (state.role === 'writer' ? { kind: 'writer', why: state.why } : { kind: 'reader', why: state.why });
  type WithTabApis = { navigator?: { locks?: LockManagerLike }; BroadcastChannel?: new (name: string) => ChannelLike };
  const tabWin = win as unknown as WithTabApis;
  const coordinator = createTabCoordinator({
    locks: options.locks === null ? undefined : (options.locks ?? tabWin.navigator?.locks),
    channel: options.channel === null ? undefined : (options.channel ?? (tabWin.BroadcastChannel ? new tabWin.BroadcastChannel(CHANNEL_NAME) : undefined)),
    id: sessionKey,
    setTimeout: (fn, ms) => win.setTimeout(fn, ms),
    setInterval: (fn, ms) => win.setInterval(fn, ms),
  });
  const isWriter = () => coordinator.state().role === 'writer';

  // --- the database, and what happens to it under the page -----------------------------
  /** The latest workspace this tab wrote or wrote ahead: what a lost database gets back. */
  let latest: WorkspaceSnapshot | null = null;
  /** Bumped by every write-ahead; a save clears the record only if none came after it started. */
  let journalSeq = 0;
  /** A newer PlanPath upgraded the database: this tab no longer writes. */
  let upgraded = false;
  const inFlight = new Set<Promise<unknown>>();
  const track = <T,>(p: Promise<T>): Promise<T> => {
    inFlight.add(p);
    void p.finally(() => inFlight.delete(p)).catch(() => undefined);
    return p;
  };

  const onConnectionLost = (why: ConnectionLoss) => {
    if (why === 'upgraded') {
      upgraded = true;
      tell({ kind: 'database-upgraded' });
      return;
    }
    if (!isWriter()) return;
    const snapshot = latest;
    void (async () => {
      // Nothing loaded or edited in this tab yet: it has nothing of its own to lose.
      if (snapshot === null) return { rewritten: true };
      // Site data cleared: the write-ahead record and this session's marker went too.
      writeJournal(storage, snapshot);
      beat();
      await track(slots.put('workspace', snapshot));
      if (latest === snapshot) clearJournal(storage);
      return { rewritten: true };
    })().then(
      ({ rewritten }) => tell({ kind: 'database-lost', why, rewritten }),
      (error: unknown) => tell({ kind: 'database-lost', why, rewritten: false, detail: storageCause(error, lang) }),
    );
  };
  const slots = options.slots ?? (win.indexedDB ? indexedDbSlots(win.indexedDB, { onConnectionLost }) : localStorageSlots(storage));

  /** A write-ahead record left by this or an earlier page goes into the database first (writer only). */
  const carryJournal = async () => {
    const record = readJournal(storage);
    if (record === undefined) return;
    if (isSnapshot(record)) await slots.put('workspace', record);
    clearJournal(storage);
  };

  // --- crash detection, once at start -------------------------------------------------
  const abandoned: string[] = [];
  for (let i = 0; i < storage.length; i += 1) {
    const key = storage.key(i);
    if (key === null || !key.startsWith(STORAGE_KEYS.sessionPrefix) || key === sessionKey) continue;
    const beat = Number(storage.getItem(key));
    if (!Number.isFinite(beat) || now() - beat > STALE_AFTER_MS) abandoned.push(key);
  }
  for (const key of abandoned) storage.removeItem(key);
  // The workspace is read asynchronously: every workspace call waits for this first.
  let ready: Promise<void> = (async () => {
    await coordinator.ready;
    // A reader leaves the storage as the writing tab keeps it.
    if (!isWriter()) return;
    // Versions before IndexedDB kept the workspace in localStorage: carry it over once.
    if (options.slots === undefined && win.indexedDB) {
      for (const [slot, key] of [['workspace', STORAGE_KEYS.workspace], ['recovery', STORAGE_KEYS.recovery]] as const) {
        const text = storage.getItem(key);
        if (text === null || (await slots.get(slot)) !== undefined) continue;
        let value: unknown = text;
        try {
          value = JSON.parse(text);
        } catch {
          // Kept as text: loadWorkspace() then finds it damaged and it is set aside.
        }
        await slots.put(slot, value);
        storage.removeItem(key);
      }
    }
    await carryJournal();
    if (abandoned.length > 0) {
      const last = await slots.get('workspace');
      if (isSnapshot(last) && last.dirty) {
        await slots.put('recovery', last);
        await slots.delete('workspace');
      }
    }
  })().catch(() => undefined);

  // A new role: a writer carries the last record of the other tab over before anyone reads.
  coordinator.setBeforeHandOver(async () => {
    await Promise.allSettled([...inFlight]);
  });
  coordinator.onChange((state) => {
    if (state.role === 'writer') ready = ready.then(carryJournal).catch(() => undefined);
    void ready.then(() => tell(roleStatus(state)));
  });

  // --- this session's marker ------------------------------------------------------------
  let heartbeat: number | undefined;
  const beat = () => {
    try {
      storage.setItem(sessionKey, String(now()));
    } catch {
      // Storage full: recovery detection is best effort.
    }
  };
  const startMarker = () => {
    beat();
    if (heartbeat === undefined) heartbeat = win.setInterval(beat, HEARTBEAT_MS);
  };
  startMarker();
  // A clean end: the marker goes. (Not on beforeunload: the user may still stay.)
  win.addEventListener('pagehide', () => {
    if (heartbeat !== undefined) win.clearInterval(heartbeat);
    heartbeat = undefined;
    storage.removeItem(sessionKey);
  });
  // Back from the back/forward cache: the session is open again.
  win.addEventListener('pageshow', (event) => {
    if (event.persisted) startMarker();
  });
  doc.addEventListener('visibilitychange', () => {
    if (doc.visibilityState === 'visible' && heartbeat !== undefined) beat();
  });

  win.addEventListener('beforeunload', (event) => {
    // A reader tab holds nothing of its own: the writing tab keeps the unsaved work.
    if (!dirty || !isWriter()) return;
    event.preventDefault();
    // Older browsers show the prompt only when returnValue is set.
    event.returnValue = '';
  });

  // --- files ------------------------------------------------------------------------------
  function download(name: string, blob: Blob): SavedFile {
    const url = URL.createObjectURL(blob);
    const a = doc.createElement('a');
    a.href = url;
    a.download = name;
    a.rel = 'noopener';
    a.style.display = 'none';
    doc.body.append(a);
    a.click();
    a.remove();
    // The download starts asynchronously; give it time before the URL goes.
    win.setTimeout(() => URL.revokeObjectURL(url), 60_000);
    return { name };
  }

  function openPlanFile(): Promise<OpenedFile | null> {
    return new Promise<OpenedFile | null>((resolve, reject) => {
      const input = doc.createElement('input');
      input.type = 'file';
      input.accept = PLAN_FILE_ACCEPT;
      input.style.display = 'none';
      let settled = false;
      const settle = (fn: () => void) => {
        if (settled) return;
        settled = true;
        input.remove();
        fn();
      };
      input.addEventListener('change', () => {
        const file = input.files?.[0];
        if (!file) {
          settle(() => resolve(null));
          return;
        }
        readPickedFile(file, lang).then(
          (opened) => settle(() => resolve(opened)),
          (error: unknown) => settle(() => reject(error instanceof Error ? error : new Error(String(error)))),
        );
      });
      input.addEventListener('cancel', () => settle(() => resolve(null)));
      doc.body.append(input);
      input.click();
    });
  }

  /** A hidden file input: the picked file, or null when the dialog is cancelled. */
  function pickFile(accept: string): Promise<File | null> {
    return new Promise<File | null>((resolve) => {
      const input = doc.createElement('input');
      input.type = 'file';
      input.accept = accept;
      input.style.display = 'none';
      let settled = false;
      const settle = (file: File | null) => {
        if (settled) return;
        settled = true;
        input.remove();
        resolve(file);
      };
      input.addEventListener('change', () => settle(input.files?.[0] ?? null));
      input.addEventListener('cancel', () => settle(null));
      doc.body.append(input);
      input.click();
    });
  }

  async function openDataFile(): Promise<OpenedDataFile | null> {
    const file = await pickFile('.xlsx,.csv,.txt,.tsv,application/vnd.openxmlformats-officedocument.spreadsheetml.sheet,text/csv');
    if (file === null) return null;
    if (file.size > MAX_DATA_FILE_BYTES) {
      throw new Error(
        lang === 'zh'
          ? `“${file.name}”过大：${file.size} 字节，上限为 ${MAX_DATA_FILE_BYTES} 字节（5 MB）`
          : `"${file.name}" is too large: ${file.size} bytes, the limit is ${MAX_DATA_FILE_BYTES} bytes (5 MB)`,
      );
    }
    return { name: file.name, bytes: new Uint8Array(await file.arrayBuffer()) };
  }

  return {
    info: () => ({ kind: 'browser', version, menuShortcuts: false }),
    openDataFile,
    openPlanFile,
    openRecent: async () => null,
    recentFiles: async () => [],
    async savePlanFile(text, saveOptions) {
      const name = withExtension(saveOptions.suggestedName.trim() || 'plan', '.json');
      return download(name, new Blob([text], { type: 'application/json' }));
    },
    async exportFile(request) {
      // Copy bytes into a plain ArrayBuffer-backed array (a Blob part cannot be shared memory).
      const part = typeof request.data === 'string' ? request.data : new Uint8Array(request.data);
      return download(request.suggestedName, new Blob([part], { type: request.mimeType }));
    },
    journalWorkspace(snapshot) {
      if (!isWriter() || upgraded) return;
      latest = snapshot;
      journalSeq += 1;
      writeJournal(storage, snapshot);
    },
    async saveWorkspace(snapshot) {
      // What was written ahead until now is in this snapshot (the UI hands over its state as it is).
      const seq = journalSeq;
      await ready;
      // Another tab writes: this one's saves would overwrite that tab's later edits.
      if (!isWriter()) return;
      if (upgraded) {
        throw Object.assign(
          new Error(
            lang === 'zh'
              ? '另一个标签页中更新版本的 PlanPath 升级了浏览器中的数据库，此标签页不再自动保存；请刷新页面'
              : 'a newer PlanPath in another tab upgraded the database; this tab no longer autosaves: reload the page',
          ),
          { name: 'AutosaveError' },
        );
      }
      if (journalSeq === seq) latest = snapshot;
      try {
        await track(slots.put('workspace', snapshot));
      } catch (error) {
        throw storageError(error, lang);
      }
      // The database now holds all that was written ahead before this save began.
      if (journalSeq === seq) clearJournal(storage);
      beat();
    },
    async loadWorkspace() {
      await ready;
      // A reader sees the writing tab's last edit, also one not yet in the database.
      const record = isWriter() ? undefined : readJournal(storage);
      const value = isSnapshot(record) ? record : await slots.get('workspace');
      if (value === undefined || value === null) return null;
      if (isSnapshot(value)) {
        // What this tab holds until its next edit: what a lost database gets back.
        if (isWriter() && latest === null) latest = value;
        return value;
      }
      throw new CorruptWorkspaceError('the autosaved workspace is damaged');
    },
    async setAsideWorkspace() {
      await ready;
      if (!isWriter()) return null;
      const value = await slots.get('workspace');
      if (value === undefined) return null;
      const key = `corrupt:${new Date(now()).toISOString()}`;
      await slots.put(key, value);
      await slots.delete('workspace');
      return `${slots.where} › ${key}`;
    },
    async getRecovery(): Promise<Recovery | null> {
      await ready;
      // The writing tab offers a recovery; a reader does not.
      if (!isWriter()) return null;
      const value = await slots.get('recovery');
      return isSnapshot(value) ? { snapshot: value, reason: 'crash' } : null;
    },
    async clearRecovery() {
      await ready;
      if (!isWriter()) return;
      await slots.delete('recovery');
    },
    onWorkspaceStatus(listener) {
      statusListeners.add(listener);
      void ready.then(() => {
        if (statusListeners.has(listener)) listener(roleStatus(coordinator.state()));
      });
      return () => statusListeners.delete(listener);
    },
    async takeOverWorkspace() {
      await coordinator.takeOver();
      await ready;
    },
    setDocumentState(state) {
      dirty = state.dirty;
      doc.title = documentTitle(state.title, state.dirty);
    },
    // Keyboard shortcuts are the UI's own in the browser: there is no native menu.
    onMenuCommand: () => () => undefined,
    async openExternal(url) {
      if (!isHttpUrl(url)) throw new Error(`Refused to open "${url}": only http and https links open outside PlanPath.`);
      win.open(url, '_blank', 'noopener,noreferrer');
    },
    setLanguage(next) {
      lang = next;
    },
    // The browser's own "leave page?" prompt is all a page gets: no Save button to serve.
    onSaveBeforeClose: () => () => undefined,
    onOpenFileRequest: () => () => undefined,
    // The report view is in the page; the browser's print dialog saves it ("Save as PDF").
    // Its suggested file name is the document title, so the title is the report's name
    // while the dialog is open. Resolves when the dialog closes (afterprint).
    printReportToPdf(request) {
      return new Promise<null>((resolve) => {
        const title = doc.title;
        const done = () => {
          win.removeEventListener('afterprint', done);
          doc.title = title;
          resolve(null);
        };
        win.addEventListener('afterprint', done);
        doc.title = request.suggestedName.replace(/\.pdf$/i, '');
        win.print();
      });
    },
  };
}
