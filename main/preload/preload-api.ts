/**
 * PlanPathApi implemented over IPC, for the Electron preload. Every call goes through
 * the typed channel map (ipc-contract.ts); nothing of ipcRenderer itself reaches the
 * page — listeners get the payload, never the IPC event.
 */
import type { MenuCommand, PlanPathApi } from '../../renderer/platform/platform-api';
import {
  VERSION_ARGUMENT_PREFIX,
  type EventChannel,
  type EventChannels,
  type InvokeArgs,
  type InvokeChannel,
  type InvokeResult,
  type SendChannel,
  type SendChannels,
} from '../ipc/ipc-contract';

type Listener = (event: unknown, ...args: unknown[]) => void;

/** The part of Electron's ipcRenderer used here; tests pass a fake. */
export interface IpcRendererLike {
  invoke(channel: string, ...args: unknown[]): Promise<unknown>;
  send(channel: string, ...args: unknown[]): void;
  on(channel: string, listener: Listener): unknown;
  removeListener(channel: string, listener: Listener): unknown;
}

const REMOTE_ERROR = /^Error invoking remote method '[^']+': (?:[A-Za-z]*Error: )?/;

export function createPreloadApi(ipc: IpcRendererLike, argv: readonly string[]): PlanPathApi {
  const version = argv.find((a) => a.startsWith(VERSION_ARGUMENT_PREFIX))?.slice(VERSION_ARGUMENT_PREFIX.length) ?? '0.0.0';

  async function invoke<C extends InvokeChannel>(channel: C, ...args: InvokeArgs<C>): Promise<InvokeResult<C>> {
    try {
      // Main's handler for C is typed to return InvokeResult<C> (ipc-handlers.ts); IPC itself is untyped.
      return (await ipc.invoke(channel, ...args)) as InvokeResult<C>;
    } catch (error) {
      // Electron prefixes the remote message; the UI shows the message alone.
      const message = error instanceof Error ? error.message.replace(REMOTE_ERROR, '') : String(error);
      throw new Error(message, { cause: error });
    }
  }

  function send<C extends SendChannel>(channel: C, ...args: SendChannels[C]): void {
    ipc.send(channel, ...args);
  }

  function subscribe<C extends EventChannel>(channel: C, listener: (...args: EventChannels[C]) => void): () => void {
    // Main sends EventChannels[C] on channel C (typed where it sends); IPC itself is untyped.
    const wrapped: Listener = (_event, ...args) => listener(...(args as EventChannels[C]));
    ipc.on(channel, wrapped);
    return () => void ipc.removeListener(channel, wrapped);
  }

  // Open-file requests can come before the UI subscribes (a file given on the command
  // line arrives as soon as the page has loaded): keep them until someone listens.
  const openListeners = new Set<(path: string) => void>();
  const pendingOpens: string[] = [];
  subscribe('app:open-file', (path) => {
    if (openListeners.size === 0) pendingOpens.push(path);
    else for (const listener of openListeners) listener(path);
  });

  let saveBeforeClose: (() => Promise<boolean>) | null = null;
  subscribe('document:save-before-close', (requestId) => {
    void (async () => {
      let saved: boolean;
      try {
        saved = saveBeforeClose !== null && (await saveBeforeClose()) === true;
      } catch {
        saved = false;
      }
      await invoke('document:save-before-close-result', { requestId, saved }).catch(() => undefined);
    })();
  });

  return {
    info: () => ({ kind: 'electron', version, menuShortcuts: true }),
    openPlanFile: () => invoke('file:open'),
    openDataFile: () => invoke('file:open-data'),
    openRecent: (path) => invoke('file:open-recent', path),
    recentFiles: () => invoke('file:recent-list'),
    savePlanFile: (text, options) =>
      invoke('file:save', text, options.path === undefined ? { suggestedName: options.suggestedName } : { path: options.path, suggestedName: options.suggestedName }),
    exportFile: (request) => invoke('file:export', request),
    printReportToPdf: (request) =>
      invoke('report:print-to-pdf', request.footerText === undefined ? { suggestedName: request.suggestedName } : { suggestedName: request.suggestedName, footerText: request.footerText }),
    saveWorkspace: (snapshot) => invoke('workspace:save', snapshot),
    loadWorkspace: () => invoke('workspace:load'),
    getRecovery: () => invoke('workspace:get-recovery'),
    clearRecovery: () => invoke('workspace:clear-recovery'),
    setDocumentState: (state) => send('document:set-state', { title: state.title, dirty: state.dirty }),
    onMenuCommand: (listener: (command: MenuCommand) => void) => subscribe('menu:command', listener),
    openExternal: (url) => invoke('shell:open-external', url),
    setLanguage: (lang) => send('app:set-language', lang),
    onSaveBeforeClose(handler) {
      saveBeforeClose = handler;
      return () => {
        if (saveBeforeClose === handler) saveBeforeClose = null;
      };
    },
    onOpenFileRequest(listener) {
      openListeners.add(listener);
      if (pendingOpens.length > 0) {
        const paths = pendingOpens.splice(0);
        queueMicrotask(() => paths.forEach((p) => listener(p)));
      }
      return () => void openListeners.delete(listener);
    },
  };
}
