/**
 * What each IPC channel does in main: dialogs, the file store, recent files, the
 * workspace autosave, external links. Every side effect comes in through `deps`, so
 * this is tested in plain Node; main.ts passes Electron's dialog and shell.
 */
import path from 'node:path';
import type { OpenDialogOptions, SaveDialogOptions } from 'electron';
import { parsePlanText } from '../../models/plan/validate-plan';
import type { OpenedFile, SavedFile, UiLanguage } from '../../renderer/platform/platform-api';
import { dataFileFilter, readDataFile, type DataFileFs } from './data-file';
import { PLAN_FILE_EXTENSIONS } from './command-line';
import type { ExportFolderStore } from './export-folder';
import { readPlanFile, writeFileAtomic, type FileSystem } from './file-store';
import type { InvokeHandlers, SendHandlers } from './ipc-handlers';
import type { ParsePlan } from './plan-parse-host';
import { printToPdfOptions } from './print-report';
import type { PathGrants } from './path-grants';
import type { RecentFilesStore } from './recent-files';
import type { SaveBeforeCloseBroker } from './save-before-close';
import { openExternalSafely } from './security';
import type { DocumentTracker } from './unsaved-changes';
import type { WorkspaceAutosave } from './workspace-autosave';
import { describeWriteError } from './write-errors';

export function planFileFilter(lang: UiLanguage): { name: string; extensions: string[] } {
  return { name: lang === 'zh' ? 'PlanPath 规划文件' : 'PlanPath plan', extensions: [...PLAN_FILE_EXTENSIONS] };
}

export interface DialogDeps {
  showOpenDialog(options: OpenDialogOptions): Promise<{ canceled: boolean; filePaths: string[] }>;
  showSaveDialog(options: SaveDialogOptions): Promise<{ canceled: boolean; filePath?: string | undefined }>;
}

export interface PlatformHandlerDeps {
  dialogs: DialogDeps;
  recent: RecentFilesStore;
  autosave: WorkspaceAutosave;
  document: DocumentTracker;
  grants: PathGrants;
  saveBeforeClose: SaveBeforeCloseBroker;
  getLanguage(): UiLanguage;
  setLanguage(lang: UiLanguage): void;
  openExternal(url: string): Promise<void>;
  /** Folder the save dialogs start in, e.g. app.getPath('documents'). */
  documentsDir: string;
  /** The folder the last export went to: where the next export's dialog starts. */
  exportFolder?: ExportFolderStore;
  fs?: FileSystem;
  /** Reads tables picked for an import (bytes); node:fs by default. */
  dataFs?: DataFileFs;
  platform?: NodeJS.Platform;
  log?: (message: string) => void;
  /** Parses and validates plan text (opened or about to be saved); off the main thread over 1 MB in the app. */
  parsePlan?: ParsePlan;
}

/** A file name the renderer suggests, made safe to put in a dialog's default path. */
export function safeFileName(suggested: string, fallback: string): string {
  const base = suggested.split(/[\\/]/).pop() ?? '';
  // eslint-disable-next-line no-control-regex -- control characters are exactly what is removed
  const cleaned = base.replace(/[<>:"|?*\u0000-\u001f]/g, '_').replace(/^\.+/, '').trim();
  return cleaned === '' ? fallback : cleaned.slice(0, 200);
}

function withJsonExtension(filePath: string): string {
  return path.extname(filePath) === '' ? `${filePath}.json` : filePath;
}

function exportFilters(suggestedName: string): { name: string; extensions: string[] }[] {
  const ext = path.extname(suggestedName).slice(1).toLowerCase();
  return ext ? [{ name: ext.toUpperCase(), extensions: [ext] }] : [];
}

export function createPlatformHandlers(deps: PlatformHandlerDeps): { invoke: InvokeHandlers; send: SendHandlers } {
  const fs = deps.fs;
  const platform = deps.platform ?? process.platform;
  const pathApi = platform === 'win32' ? path.win32 : path.posix;

  async function openChecked(filePath: string): Promise<OpenedFile | null> {
    const opened = await readPlanFile(filePath, { lang: deps.getLanguage(), ...(fs ? { fs } : {}), ...(deps.parsePlan ? { parse: deps.parsePlan } : {}) });
    if (opened === null) {
      await deps.recent.remove(filePath).catch(() => undefined);
      return null;
    }
    if (!opened.issues) await deps.recent.add(filePath).catch((e: unknown) => deps.log?.(`recent files: ${String(e)}`));
    return opened;
  }

  /** The save dialog of an export, starting in the last export folder (else Documents). */
  async function askExportPath(suggestedName: string, fallback: string, filters?: { name: string; extensions: string[] }[]): Promise<string | null> {
    const name = safeFileName(suggestedName, fallback);
    const folder = (await deps.exportFolder?.get().catch(() => undefined)) ?? deps.documentsDir;
    const result = await deps.dialogs.showSaveDialog({
      defaultPath: pathApi.join(folder, name),
      filters: filters ?? exportFilters(name),
      properties: ['showOverwriteConfirmation', 'createDirectory'],
    });
    return result.canceled || !result.filePath ? null : result.filePath;
  }

  /** Atomic write (nothing partial on failure, with a message that says why); remembers the folder. */
  async function writeExport(target: string, data: string | Uint8Array): Promise<SavedFile> {
    try {
      await writeFileAtomic(target, data, { platform, ...(fs ? { fs } : {}) });
    } catch (error) {
      throw new Error(describeWriteError(error, target, deps.getLanguage()), { cause: error });
    }
    await deps.exportFolder?.rememberFile(target).catch((e: unknown) => deps.log?.(`export folder: ${String(e)}`));
    return { name: pathApi.basename(target), path: target };
  }

  const invoke: InvokeHandlers = {
    async 'file:open'() {
      const lang = deps.getLanguage();
      const result = await deps.dialogs.showOpenDialog({
        properties: ['openFile'],
        filters: [planFileFilter(lang)],
      });
      const picked = result.filePaths[0];
      if (result.canceled || picked === undefined) return null;
      deps.grants.add(picked);
      return openChecked(picked);
    },

    async 'file:open-data'() {
      const lang = deps.getLanguage();
      const result = await deps.dialogs.showOpenDialog({ properties: ['openFile'], filters: [dataFileFilter(lang)] });
      const picked = result.filePaths[0];
      if (result.canceled || picked === undefined) return null;
      return readDataFile(picked, lang, deps.dataFs);
    },

    async 'file:open-recent'(filePath) {
      if (!deps.grants.has(filePath)) {
        throw new Error(`PlanPath did not open "${filePath}" through a dialog, the command line or the recent list; it will not read it.`);
      }
      return openChecked(filePath);
    },

    'file:recent-list'() {
      return deps.recent.list();
    },

    async 'file:save'(text, options): Promise<SavedFile | null> {
      const check = deps.parsePlan ? await deps.parsePlan(text, deps.getLanguage()) : parsePlanText(text, deps.getLanguage());
      if (!check.ok) {
        const first = check.issues[0];
        throw new Error(`Not saved: the text is not a valid plan file (${first ? `${first.path || 'file'}: ${first.message}` : 'invalid'}).`);
      }
      let target = options.path && deps.grants.has(options.path) ? options.path : undefined;
      if (target === undefined) {
        const result = await deps.dialogs.showSaveDialog({
          defaultPath: options.path ?? pathApi.join(deps.documentsDir, safeFileName(options.suggestedName, 'plan.json')),
          filters: [planFileFilter(deps.getLanguage())],
          properties: ['showOverwriteConfirmation', 'createDirectory'],
        });
        if (result.canceled || !result.filePath) return null;
        target = withJsonExtension(result.filePath);
      }
      await writeFileAtomic(target, text, { platform, ...(fs ? { fs } : {}) });
      deps.grants.add(target);
      await deps.recent.add(target).catch((e: unknown) => deps.log?.(`recent files: ${String(e)}`));
      return { name: pathApi.basename(target), path: target };
    },

    async 'file:export'(request) {
      const target = await askExportPath(request.suggestedName, 'export', request.filters);
      if (target === null) return null;
      return writeExport(target, request.data);
    },

    async 'report:print-to-pdf'(request, context) {
      const target = await askExportPath(request.suggestedName, 'report.pdf', [{ name: 'PDF', extensions: ['pdf'] }]);
      if (target === null) return null;
      let pdf: Uint8Array;
      try {
        pdf = await context.sender.printToPDF(printToPdfOptions(deps.getLanguage(), request.footerText));
      } catch (error) {
        const reason = error instanceof Error ? error.message : String(error);
        throw new Error(deps.getLanguage() === 'zh' ? `无法生成 PDF：${reason}。没有写入任何文件。` : `Cannot make the PDF: ${reason}. Nothing was written.`, { cause: error });
      }
      return writeExport(target, pdf);
    },

    'workspace:save': (snapshot) => deps.autosave.save(snapshot),
    'workspace:load': () => deps.autosave.load(),
    'workspace:get-recovery': () => deps.autosave.getRecovery(),
    'workspace:clear-recovery': () => deps.autosave.clearRecovery(),
    'shell:open-external': (url) => openExternalSafely(url, deps),
    'document:save-before-close-result': (result) => deps.saveBeforeClose.resolve(result),
  };

  const send: SendHandlers = {
    'document:set-state': (state) => deps.document.update(state),
    'app:set-language': (lang) => deps.setLanguage(lang),
  };

  return { invoke, send };
}
