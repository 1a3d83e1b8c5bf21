/** An in-memory PlanPathApi for tests: records what the UI asked of the host. */
import type { MenuCommand, OpenedFile, PlanPathApi, Recovery, SavedFile, WorkspaceSnapshot } from '../platform/platform-api';

export interface FakePlatform extends PlanPathApi {
  saved: { text: string; options: { path?: string; suggestedName: string } }[];
  workspaces: WorkspaceSnapshot[];
  documentStates: { title: string; dirty: boolean }[];
  workspace: WorkspaceSnapshot | null;
  recovery: Recovery | null;
  nextOpen: OpenedFile | null;
  nextSave: SavedFile | null;
  sendMenu(command: MenuCommand): void;
}

export function fakePlatform(init: Partial<Pick<FakePlatform, 'workspace' | 'recovery' | 'nextOpen' | 'nextSave'>> = {}): FakePlatform {
  const listeners = new Set<(c: MenuCommand) => void>();
  const api: FakePlatform = {
    saved: [],
    workspaces: [],
    documentStates: [],
    workspace: init.workspace ?? null,
    recovery: init.recovery ?? null,
    nextOpen: init.nextOpen ?? null,
    nextSave: init.nextSave ?? { name: 'saved.json', path: '/tmp/saved.json' },
    info: () => ({ kind: 'browser', version: 'test' }),
    openPlanFile: async () => api.nextOpen,
    openRecent: async () => api.nextOpen,
    recentFiles: async () => [],
    savePlanFile: async (text, options) => {
      api.saved.push({ text, options });
      return api.nextSave;
    },
    exportFile: async () => null,
    saveWorkspace: async (snapshot) => {
      api.workspaces.push(snapshot);
      api.workspace = snapshot;
    },
    loadWorkspace: async () => api.workspace,
    getRecovery: async () => api.recovery,
    clearRecovery: async () => {
      api.recovery = null;
    },
    setDocumentState: (state) => {
      api.documentStates.push(state);
    },
    onMenuCommand: (listener) => {
      listeners.add(listener);
      return () => listeners.delete(listener);
    },
    openExternal: async () => undefined,
    sendMenu: (command) => listeners.forEach((l) => l(command)),
  };
  return api;
}
