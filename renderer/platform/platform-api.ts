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
  /**
   * Problems the host already found (file too large, unreadable, not a valid plan),
   * worded in the language last given to `setLanguage`. When present, show them and
   * leave the open workspace untouched; `text` may then be empty. When absent the file
   * passed the host's check, and the UI still parses `text` itself to get the plan.
   */
  issues?: PlanFileIssue[];
}

/** Same shape as models' PlanIssue, repeated here so this file imports nothing. */
export interface PlanFileIssue {
  /** e.g. indicators[3].base.value; '' for the file as a whole. */
  path: string;
  code: string;
  message: string;
}

/** A table picked to import figures from (XLSX or CSV), as bytes: the UI reads it. */
export interface OpenedDataFile {
  name: string;
  bytes: Uint8Array;
}

/** Largest table the import reads (as large as a plan file may be). */
export const MAX_DATA_FILE_BYTES = 5 * 1024 * 1024;

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

/**
 * What the UI must know about where the workspace is kept (web build). `writer`: this
 * tab autosaves (`why`: it was the first tab, it took over, or the browser cannot
 * coordinate tabs). `reader`: another tab of PlanPath autosaves (or did, until it closed:
 * `other-tab-closed`); this one must not be edited (its saves are not written) until it
 * takes over. `database-lost`:
 * the browser's database went (deleted from another tab or by clearing site data, or
 * closed by the browser) and was reopened; `rewritten` says whether this tab's workspace
 * was written into it again (if not, `detail` names the reason). `database-upgraded`: a
 * newer PlanPath in another tab upgraded the database; this tab no longer autosaves.
 */
export type WorkspaceStatus =
  | { kind: 'writer'; why: 'first' | 'took-over' | 'no-coordination' }
  | { kind: 'reader'; why: 'other-tab-open' | 'taken-over' | 'other-tab-closed' }
  | { kind: 'database-lost'; why: 'deleted' | 'closed'; rewritten: boolean; detail?: string }
  | { kind: 'database-upgraded' };

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

/** The report view, printed to PDF by the host. */
export interface PrintReportRequest {
  /** e.g. "xuzhou-14th-fyp-report.pdf". */
  suggestedName: string;
  /**
   * A line for the foot of every page beside the page number (the source line), where
   * the host draws the footer itself. The report's own CSS page-margin boxes take
   * precedence where the engine supports them (Chromium 131+).
   */
  footerText?: string;
}

export interface PlatformInfo {
  kind: 'electron' | 'browser';
  version: string;
  /**
   * True when the host's native menu owns the standard shortcuts (Ctrl/Cmd+N, O, S,
   * Shift+S, E, Z, Shift+Z) and delivers them through `onMenuCommand`. The UI must then
   * not bind those keys itself, or each press would act twice. False/absent: the UI
   * binds them (browser).
   */
  menuShortcuts?: boolean;
}

export type UiLanguage = 'zh' | 'en';

export interface PlanPathApi {
  info(): PlatformInfo;
  /** Ask the user for a plan file; null when they cancel. */
  openPlanFile(): Promise<OpenedFile | null>;
  /** Open a recent file by path (Electron); null if it is gone. */
  openRecent(path: string): Promise<OpenedFile | null>;
  recentFiles(): Promise<RecentFile[]>;
  /**
   * Save to `path` when given (Save), else ask where (Save As). Null when cancelled.
   * Electron writes atomically (temporary file, then rename) and only to a path that
   * was opened or saved through the host (else it asks, as Save As). It rejects text
   * that is not a valid plan file, so a save can never produce a file that won't open.
   */
  savePlanFile(text: string, options: { path?: string; suggestedName: string }): Promise<SavedFile | null>;
  /** Write an export (chart, table, report). Null when cancelled. */
  exportFile(request: ExportFileRequest): Promise<SavedFile | null>;
  /** Autosave of the workspace; cheap enough to call after every change (debounced). */
  saveWorkspace(snapshot: WorkspaceSnapshot): Promise<void>;
  /**
   * The workspace the last session left when it ended normally, or null (first run,
   * after a crash — see getRecovery — or after the user chose "Don't Save" on close,
   * which discards the autosave too). Rejects (CorruptWorkspaceError in the browser)
   * when something is stored but cannot be read: the UI then calls setAsideWorkspace
   * and tells the user, and never overwrites the damaged autosave.
   */
  loadWorkspace(): Promise<WorkspaceSnapshot | null>;
  /**
   * Moves the stored workspace (damaged, or with a plan that no longer validates) to a
   * place of its own that autosaves never write, and says where ("IndexedDB
   * planpath/workspace › corrupt:2026-…"); null when nothing was stored.
   */
  setAsideWorkspace?(): Promise<string | null>;
  /**
   * What the last session left unsaved after a crash, if anything. Ask this first at
   * start-up: after a crash with unsaved changes the autosave is moved aside as the recovery, so
   * `loadWorkspace()` then returns null and the new session's autosaves cannot
   * overwrite it. If the user accepts, restore `snapshot` and `saveWorkspace` it; then
   * (accepted or declined) call `clearRecovery()`.
   */
  getRecovery(): Promise<Recovery | null>;
  /** Forget the recovery offer and the work it held. */
  clearRecovery(): Promise<void>;
  /**
   * Title bar and close prompt: the host asks before closing with unsaved changes.
   * `title` is the document's name (e.g. the file name); the host shows
   * "• name — PlanPath" when dirty and "name — PlanPath" when not.
   */
  setDocumentState(state: { title: string; dirty: boolean }): void;
  /** Subscribe to menu commands; returns the unsubscribe function. */
  onMenuCommand(listener: (command: MenuCommand) => void): () => void;
  /** Open an http(s) link in the system browser; other schemes are refused. */
  openExternal(url: string): Promise<void>;

  // Added for the Electron host. Optional so that existing fakes of this interface keep
  // compiling; both real hosts (preload and browser-platform) implement all of them, so
  // call them as `api.setLanguage?.('en')`.

  /** The UI's language, for the host's menus, dialogs and file-check messages. Default zh. */
  setLanguage?(lang: UiLanguage): void;
  /**
   * Register what "Save" in the host's close prompt (Save / Don't Save / Cancel) does:
   * save the document (asking where if it has no path) and resolve true when it was
   * saved, false when the user cancelled or the save failed (the window then stays open).
   * One handler at a time; returns the unregister function. The browser cannot offer
   * this prompt (it only has the generic "leave page?" one), so there it is never called.
   */
  onSaveBeforeClose?(handler: () => Promise<boolean>): () => void;
  /**
   * The host asks the UI to open a file: Open Recent in the menu, a file given on the
   * command line, double-clicked in the file manager, or passed to a second instance.
   * The UI checks its own unsaved changes first, then calls `openRecent(path)`.
   * Requests that arrive before anyone subscribes are kept and delivered on subscribe.
   */
  onOpenFileRequest?(listener: (path: string) => void): () => void;
  /**
   * Print the page as it is now (the UI has put the report view in place; its print CSS
   * hides everything else) to an A4 PDF. Electron: asks where (starting in the last
   * export folder), prints the page with webContents.printToPDF and writes the file
   * atomically; resolves to the file, or null when cancelled. Browser: opens the
   * browser's print dialog (window.print()), where the user picks "Save as PDF", and
   * resolves null when the dialog closes (the page cannot know what was saved).
   */
  printReportToPdf?(request: PrintReportRequest): Promise<SavedFile | null>;
  /**
   * Write-ahead of the autosave (web build): called on every change with the workspace
   * as it is now; synchronous, so a reload or a closed tab right after an edit keeps it.
   * The next saveWorkspace makes it durable. Hosts whose saves cannot be lost this way
   * (Electron) leave it out.
   */
  journalWorkspace?(snapshot: WorkspaceSnapshot): void;
  /**
   * Subscribe to WorkspaceStatus: the role of this tab (told at once on subscribing, and
   * on every change) and what happened to the database. Returns the unsubscribe function.
   */
  onWorkspaceStatus?(listener: (status: WorkspaceStatus) => void): () => void;
  /**
   * A reader tab becomes the writer: the other tab stops writing (its last edits are
   * already stored) and becomes a reader. Resolves once this tab writes; the UI then
   * loads the workspace again (loadWorkspace), which holds the other tab's last edit.
   */
  takeOverWorkspace?(): Promise<void>;
  /**
   * Ask the user for a table of reported figures to import (XLSX or CSV, at most
   * MAX_DATA_FILE_BYTES); null when they cancel. Rejects with a message that names the
   * file and the reason (too large, unreadable). The UI parses the bytes itself.
   */
  openDataFile?(): Promise<OpenedDataFile | null>;
}

declare global {
  interface Window {
    planpath: PlanPathApi;
  }
}
