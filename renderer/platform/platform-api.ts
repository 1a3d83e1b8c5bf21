/**
 * The one object between the UI and its host. The renderer calls `window.planpath`
 * and nothing else host-specific. Two implementations: the Electron preload
 * (contextBridge → typed IPC → main/) and the browser one (file input, download,
 * localStorage/IndexedDB).
 */

/** A plan file as read from disk or picked in the browser. */
export interface OpenedFile {
  /** File name shown in the title bar, e.g. "xuzhou-14th-fyp.json". */
  name: string;
  /** Full path (Electron only): where Save writes without asking. */
  path?: string;
  text: string;
}

export interface SavedFile {
  name: string;
  path?: string;
}

export interface RecentFile {
  name: string;
  path: string;
  openedAt: string;
}

/** What the workspace autosave keeps: enough to restore the user's work exactly. */
export interface WorkspaceSnapshot {
  /** The plan (with the user's scenarios) as JSON text, valid plan-file format. */
  planText: string;
  fileName: string;
  filePath?: string;
  /** Unsaved changes relative to the file on disk. */
  dirty: boolean;
  /** UI state worth restoring: selected scenario, compare set, language, basis. */
  ui?: Record<string, unknown>;
  savedAt: string;
}

export interface Recovery {
  snapshot: WorkspaceSnapshot;
  /** Why it is offered: the last session did not end cleanly. */
  reason: 'crash';
}

/** Commands the native menu (Electron) sends to the UI. */
export type MenuCommand =
  | 'file:new'
  | 'file:open'
  | 'file:save'
  | 'file:save-as'
  | 'file:export'
  | 'edit:undo'
  | 'edit:redo'
  | 'view:toggle-language'
  | 'view:toggle-basis'
  | 'help:about';

export interface ExportFileRequest {
  suggestedName: string;
  /** Text (CSV, SVG, JSON) or bytes (PNG, XLSX, PDF). */
  data: string | Uint8Array;
  mimeType: string;
  filters?: { name: string; extensions: string[] }[];
}

export interface PlatformInfo {
  kind: 'electron' | 'browser';
  version: string;
}

export interface PlanPathApi {
  info(): PlatformInfo;
  /** Ask the user for a plan file; null when they cancel. */
  openPlanFile(): Promise<OpenedFile | null>;
  /** Open a recent file by path (Electron); null if it is gone. */
  openRecent(path: string): Promise<OpenedFile | null>;
  recentFiles(): Promise<RecentFile[]>;
  /** Save to `path` when given (Save), else ask where (Save As). Null when cancelled. */
  savePlanFile(text: string, options: { path?: string; suggestedName: string }): Promise<SavedFile | null>;
  /** Write an export (chart, table, report). Null when cancelled. */
  exportFile(request: ExportFileRequest): Promise<SavedFile | null>;
  /** Autosave of the workspace; cheap enough to call after every change (debounced). */
  saveWorkspace(snapshot: WorkspaceSnapshot): Promise<void>;
  loadWorkspace(): Promise<WorkspaceSnapshot | null>;
  /** What the last session left unsaved after a crash, if anything. */
  getRecovery(): Promise<Recovery | null>;
  clearRecovery(): Promise<void>;
  /** Title bar and close prompt: the host asks before closing with unsaved changes. */
  setDocumentState(state: { title: string; dirty: boolean }): void;
  /** Subscribe to menu commands; returns the unsubscribe function. */
  onMenuCommand(listener: (command: MenuCommand) => void): () => void;
  /** Open an http(s) link in the system browser; other schemes are refused. */
  openExternal(url: string): Promise<void>;
}

declare global {
  interface Window {
    planpath: PlanPathApi;
  }
}
