/**
 * Autosave: after each change to the workspace, wait `delay` ms of quiet, then hand a
 * snapshot to the host (one write per change). Where the host writes ahead
 * (journalWorkspace: the web build), every change is also handed over at once, before
 * the task that made it ends (while changes stream in, at most every JOURNAL_EVERY_MS,
 * and at once on flush, which the UI calls on pagehide), so a reload or a closed tab
 * right after an edit keeps it.
 * The title bar (file name, unsaved mark) follows at once. A failed autosave is reported
 * through `onStatus` with its reason, so the UI can say how to save by hand.
 */
import type { PlanPathApi } from '../platform/platform-api';
import { toSnapshot } from './snapshot-write';
import type { WorkspaceState, WorkspaceStore } from './workspace-store';
import { documentTitle } from './document-title';

const persisted = (s: WorkspaceState) =>
  [s.plan, s.selectedId, s.compareIds, s.compareMode, s.basis, s.lang, s.chartIds, s.fileName, s.filePath, s.dirty, s.uncertainty] as const;

/** While changes stream in, the write-ahead runs at most this often (flush() writes at once). */
export const JOURNAL_EVERY_MS = 100;

export interface Autosave {
  /** Write ahead at once (synchronously) and save now, if either is pending. */
  flush(): Promise<void>;
  stop(): void;
}

/** Why an autosave failed, for the message that says how to save by hand. */
export type AutosaveFailure = 'quota' | 'disk' | 'permission' | 'other';

/** Reads the reason from a browser storage error or a host (Node) error code in the message. */
export function autosaveFailureOf(error: unknown): AutosaveFailure {
  const name = typeof error === 'object' && error !== null && 'name' in error ? String((error as { name: unknown }).name) : '';
  const text = `${name} ${error instanceof Error ? error.message : String(error)} ${error instanceof Error && error.cause instanceof Error ? `${error.cause.name} ${error.cause.message}` : ''}`;
  if (/QuotaExceeded|quota/i.test(text)) return 'quota';
  if (/ENOSPC|EDQUOT|no space/i.test(text)) return 'disk';
  if (/EACCES|EPERM|EROFS|permission|read-only/i.test(text)) return 'permission';
  return 'other';
}

export interface AutosaveStatus {
  /** null: the last autosave succeeded (or none has run yet). */
  failure: AutosaveFailure | null;
  detail: string;
}

export function startAutosave(
  store: WorkspaceStore,
  api: Pick<PlanPathApi, 'saveWorkspace' | 'setDocumentState' | 'journalWorkspace'>,
  delay = 500,
  /** Told after every autosave whether it worked; a failure stays until one succeeds. */
  onStatus?: (status: AutosaveStatus) => void,
): Autosave {
  let timer: ReturnType<typeof setTimeout> | null = null;
  let last = persisted(store.getState());
  let lastTitle = '';
  let lastDirty: boolean | null = null;
  let journalQueued = false;
  let journalTimer: ReturnType<typeof setTimeout> | null = null;
  let lastJournal = -Infinity;
  let stopped = false;

  const journalNow = () => {
    journalQueued = false;
    if (journalTimer !== null) clearTimeout(journalTimer);
    journalTimer = null;
    if (stopped) return;
    lastJournal = Date.now();
    const snapshot = toSnapshot(store.getState());
    if (snapshot !== null) api.journalWorkspace?.(snapshot);
  };
  /**
   * Every change is written ahead before the task that made it ends (a microtask runs
   * before any unload) — but at most once per JOURNAL_EVERY_MS while changes stream in
   * (a slider dragged: each write-ahead serializes the workspace), the last of them then
   * at the end of that interval, or at once by flush() (pagehide).
   */
  const journal = () => {
    if (journalQueued || journalTimer !== null || api.journalWorkspace === undefined) return;
    const wait = lastJournal + JOURNAL_EVERY_MS - Date.now();
    if (wait > 0) {
      journalTimer = setTimeout(journalNow, wait);
      return;
    }
    journalQueued = true;
    queueMicrotask(() => {
      if (journalQueued) journalNow();
    });
  };

  const save = async () => {
    timer = null;
    const snapshot = toSnapshot(store.getState());
    if (snapshot === null) return;
    try {
      await api.saveWorkspace(snapshot);
      onStatus?.({ failure: null, detail: '' });
    } catch (error) {
      console.error('autosave failed', error);
      onStatus?.({ failure: autosaveFailureOf(error), detail: error instanceof Error ? error.message : String(error) });
    }
  };

  const documentState = (s: WorkspaceState) => {
    if (s.plan === null) return;
    const title = documentTitle(s.fileName, s.lang);
    if (title === lastTitle && s.dirty === lastDirty) return;
    lastTitle = title;
    lastDirty = s.dirty;
    api.setDocumentState({ title, dirty: s.dirty });
  };
  documentState(store.getState());

  const unsubscribe = store.subscribe((s) => {
    documentState(s);
    const now = persisted(s);
    if (now.every((v, i) => v === last[i])) return;
    last = now;
    journal();
    if (timer !== null) clearTimeout(timer);
    timer = setTimeout(() => void save(), delay);
  });

  return {
    async flush() {
      // Synchronous: done before a page that is going away (pagehide) goes.
      if (journalQueued || journalTimer !== null) journalNow();
      if (timer === null) return;
      clearTimeout(timer);
      await save();
    },
    stop() {
      stopped = true;
      if (journalTimer !== null) clearTimeout(journalTimer);
      journalTimer = null;
      unsubscribe();
      if (timer !== null) clearTimeout(timer);
      timer = null;
    },
  };
}
