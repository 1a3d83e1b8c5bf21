/**
 * Autosave: after each change to the workspace, wait `delay` ms of quiet, then hand a
 * snapshot to the host. The title bar (file name, unsaved mark) follows at once.
 */
import type { PlanPathApi } from '../platform/platform-api';
import { toSnapshot } from './snapshot';
import type { WorkspaceState, WorkspaceStore } from './workspace-store';

const persisted = (s: WorkspaceState) =>
  [s.plan, s.selectedId, s.compareIds, s.compareMode, s.basis, s.lang, s.fileName, s.filePath, s.dirty, s.uncertainty] as const;

export interface Autosave {
  /** Save now if a save is pending. */
  flush(): Promise<void>;
  stop(): void;
}

export function startAutosave(
  store: WorkspaceStore,
  api: Pick<PlanPathApi, 'saveWorkspace' | 'setDocumentState'>,
  delay = 500,
): Autosave {
  let timer: ReturnType<typeof setTimeout> | null = null;
  let last = persisted(store.getState());
  let lastTitle = '';
  let lastDirty: boolean | null = null;

  const save = async () => {
    timer = null;
    const snapshot = toSnapshot(store.getState());
    if (snapshot === null) return;
    try {
      await api.saveWorkspace(snapshot);
    } catch (error) {
      console.error('autosave failed', error);
    }
  };

  const documentState = (s: WorkspaceState) => {
    if (s.plan === null) return;
    if (s.fileName === lastTitle && s.dirty === lastDirty) return;
    lastTitle = s.fileName;
    lastDirty = s.dirty;
    api.setDocumentState({ title: s.fileName, dirty: s.dirty });
  };
  documentState(store.getState());

  const unsubscribe = store.subscribe((s) => {
    documentState(s);
    const now = persisted(s);
    if (now.every((v, i) => v === last[i])) return;
    last = now;
    if (timer !== null) clearTimeout(timer);
    timer = setTimeout(() => void save(), delay);
  });

  return {
    async flush() {
      if (timer === null) return;
      clearTimeout(timer);
      await save();
    },
    stop() {
      unsubscribe();
      if (timer !== null) clearTimeout(timer);
      timer = null;
    },
  };
}
