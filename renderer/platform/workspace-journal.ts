/**
 * The write-ahead record of the web build's autosave. IndexedDB writes are asynchronous:
 * one started in `pagehide` (or 100 ms before a reload) may never finish, and the edit
 * was lost. So every change is first written here, synchronously, to localStorage (which
 * a page that goes away keeps), and the IndexedDB write follows. The record is removed
 * once IndexedDB holds that same snapshot; one found at start is newer than IndexedDB's
 * workspace and is carried into it before anything reads the workspace.
 */
import type { WorkspaceSnapshot } from './platform-api';

export const JOURNAL_KEY = 'planpath:journal';

/** Writes the record; false when localStorage refused it (full): the IndexedDB write still follows. */
export function writeJournal(storage: Storage, snapshot: WorkspaceSnapshot): boolean {
  try {
    storage.setItem(JOURNAL_KEY, JSON.stringify(snapshot));
    return true;
  } catch {
    // A stale record must not win over the IndexedDB write that follows.
    clearJournal(storage);
    return false;
  }
}

/** The record as stored (any JSON value: the platform checks it is a snapshot), or undefined. */
export function readJournal(storage: Storage): unknown {
  const text = storage.getItem(JOURNAL_KEY);
  if (text === null) return undefined;
  try {
    return JSON.parse(text) as unknown;
  } catch {
    return undefined;
  }
}

export function clearJournal(storage: Storage): void {
  try {
    storage.removeItem(JOURNAL_KEY);
  } catch {
    // Nothing to do: a record left behind is carried over again, which is harmless.
  }
}
