/**
 * The typed map of every IPC channel between the preload and main, in the spirit of
 * Hyper's typings/common.d.ts: a channel name and its argument and result types are
 * written once, here, and both sides are checked against it. Main also validates the
 * arguments at run time (ipc-validation.ts), because a renderer is not trusted.
 */
import type {
  ExportFileRequest,
  MenuCommand,
  OpenedDataFile,
  OpenedFile,
  PrintReportRequest,
  RecentFile,
  Recovery,
  SavedFile,
  UiLanguage,
  WorkspaceSnapshot,
} from '../../renderer/platform/platform-api';

export interface SavePlanOptions {
  path?: string;
  suggestedName: string;
}

export interface DocumentState {
  title: string;
  dirty: boolean;
}

export interface SaveBeforeCloseResult {
  requestId: number;
  saved: boolean;
}

/** Renderer → main, request and answer (ipcRenderer.invoke / ipcMain.handle). */
export interface InvokeChannels {
  'file:open': { args: []; result: OpenedFile | null };
  'file:open-data': { args: []; result: OpenedDataFile | null };
  'file:open-recent': { args: [path: string]; result: OpenedFile | null };
  'file:recent-list': { args: []; result: RecentFile[] };
  'file:save': { args: [text: string, options: SavePlanOptions]; result: SavedFile | null };
  'file:export': { args: [request: ExportFileRequest]; result: SavedFile | null };
  'report:print-to-pdf': { args: [request: PrintReportRequest]; result: SavedFile | null };
  'workspace:save': { args: [snapshot: WorkspaceSnapshot]; result: void };
  'workspace:load': { args: []; result: WorkspaceSnapshot | null };
  'workspace:get-recovery': { args: []; result: Recovery | null };
  'workspace:clear-recovery': { args: []; result: void };
  'shell:open-external': { args: [url: string]; result: void };
  'document:save-before-close-result': { args: [result: SaveBeforeCloseResult]; result: void };
}

/** Renderer → main, no answer (ipcRenderer.send / ipcMain.on). */
export interface SendChannels {
  'document:set-state': [state: DocumentState];
  'app:set-language': [lang: UiLanguage];
}

/** Main → renderer (webContents.send / ipcRenderer.on). */
export interface EventChannels {
  'menu:command': [command: MenuCommand];
  'app:open-file': [path: string];
  'document:save-before-close': [requestId: number];
}

export type InvokeChannel = keyof InvokeChannels;
export type SendChannel = keyof SendChannels;
export type EventChannel = keyof EventChannels;
export type InvokeArgs<C extends InvokeChannel> = InvokeChannels[C]['args'];
export type InvokeResult<C extends InvokeChannel> = InvokeChannels[C]['result'];

/** Every invoke channel, as a run-time list (the preload and the tests walk it). */
export const INVOKE_CHANNELS = [
  'file:open',
  'file:open-data',
  'file:open-recent',
  'file:recent-list',
  'file:save',
  'file:export',
  'report:print-to-pdf',
  'workspace:save',
  'workspace:load',
  'workspace:get-recovery',
  'workspace:clear-recovery',
  'shell:open-external',
  'document:save-before-close-result',
] as const satisfies readonly InvokeChannel[];

/** Compile-time check that INVOKE_CHANNELS lists every channel of the map. */
type Unlisted = Exclude<InvokeChannel, (typeof INVOKE_CHANNELS)[number]>;
export const everyInvokeChannelListed: [Unlisted] extends [never] ? true : Unlisted = true;

/**
 * Invoke channels whose handler also gets the calling page (its webContents) after its
 * arguments: printing acts on the page that asked.
 */
export const SENDER_CHANNELS = ['report:print-to-pdf'] as const satisfies readonly InvokeChannel[];
export type SenderChannel = (typeof SENDER_CHANNELS)[number];

export const SEND_CHANNELS = ['document:set-state', 'app:set-language'] as const satisfies readonly SendChannel[];
type UnlistedSend = Exclude<SendChannel, (typeof SEND_CHANNELS)[number]>;
export const everySendChannelListed: [UnlistedSend] extends [never] ? true : UnlistedSend = true;

/** Every main → renderer channel, as a run-time list (the desktop e2e contract check walks it). */
export const EVENT_CHANNELS = ['menu:command', 'app:open-file', 'document:save-before-close'] as const satisfies readonly EventChannel[];
type UnlistedEvent = Exclude<EventChannel, (typeof EVENT_CHANNELS)[number]>;
export const everyEventChannelListed: [UnlistedEvent] extends [never] ? true : UnlistedEvent = true;

/** Passed to the renderer as `--planpath-version=…` so `info()` can stay synchronous. */
export const VERSION_ARGUMENT_PREFIX = '--planpath-version=';
