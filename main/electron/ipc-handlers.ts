/**
 * Registers the typed IPC handlers. Each call is checked before it reaches a handler:
 * the sender must be the top frame of our own page (file:// index or dev server),
 * and the arguments must match the channel's schema; otherwise the call is rejected
 * with an error that says which channel, which argument and why.
 */
import type { IpcMainEvent, IpcMainInvokeEvent, PrintToPDFOptions } from 'electron';
import type {
  EventChannel,
  EventChannels,
  InvokeArgs,
  InvokeChannel,
  InvokeResult,
  SendChannel,
  SendChannels,
  SenderChannel,
} from '../ipc/ipc-contract';
import { INVOKE_CHANNELS, SEND_CHANNELS, SENDER_CHANNELS } from '../ipc/ipc-contract';
import { describeZodError, invokeArgSchemas, sendArgSchemas } from '../ipc/ipc-schemas';
import type { AppUrlMatcher } from './app-url';

/** The part of the calling page's webContents that a handler may use. */
export interface SenderContents {
  printToPDF(options: PrintToPDFOptions): Promise<Uint8Array>;
}

/** Handed, after the arguments, to the handlers of SENDER_CHANNELS. */
export interface InvokeContext {
  sender: SenderContents;
}

export type InvokeHandlers = {
  [C in InvokeChannel]: C extends SenderChannel
    ? (...args: [...InvokeArgs<C>, context: InvokeContext]) => Promise<InvokeResult<C>> | InvokeResult<C>
    : (...args: InvokeArgs<C>) => Promise<InvokeResult<C>> | InvokeResult<C>;
};

export type SendHandlers = {
  [C in SendChannel]: (...args: SendChannels[C]) => void;
};

/** The bits of an IPC event we look at (Electron's events have these and more). */
export interface SenderFrameLike {
  url: string;
  parent: unknown;
}
export interface IpcEventLike {
  senderFrame: SenderFrameLike | null;
}

/** The part of Electron's ipcMain used here; tests pass a fake. */
export interface IpcMainLike {
  handle(channel: string, listener: (event: IpcMainInvokeEvent, ...args: unknown[]) => unknown): void;
  removeHandler(channel: string): void;
  on(channel: string, listener: (event: IpcMainEvent, ...args: unknown[]) => void): unknown;
  removeListener(channel: string, listener: (event: IpcMainEvent, ...args: unknown[]) => void): unknown;
}

export class IpcRejectedError extends Error {
  override name = 'IpcRejectedError';
}

export function isTrustedSender(event: IpcEventLike, isAppUrl: AppUrlMatcher): boolean {
  const frame = event.senderFrame;
  // Only the top frame of our page; an iframe (there are none) or another page is refused.
  return frame !== null && frame.parent === null && isAppUrl(frame.url);
}

export function checkInvoke<C extends InvokeChannel>(
  channel: C,
  event: IpcEventLike,
  args: unknown[],
  isAppUrl: AppUrlMatcher,
): InvokeArgs<C> {
  if (!isTrustedSender(event, isAppUrl)) {
    throw new IpcRejectedError(`IPC '${channel}' refused: the sender (${event.senderFrame?.url ?? 'unknown frame'}) is not PlanPath's own page.`);
  }
  const schema = invokeArgSchemas[channel];
  const parsed = schema.safeParse(args);
  if (!parsed.success) {
    throw new IpcRejectedError(`IPC '${channel}' refused: invalid arguments — ${describeZodError(parsed.error)}.`);
  }
  return parsed.data;
}

export function checkSend<C extends SendChannel>(
  channel: C,
  event: IpcEventLike,
  args: unknown[],
  isAppUrl: AppUrlMatcher,
): SendChannels[C] {
  if (!isTrustedSender(event, isAppUrl)) {
    throw new IpcRejectedError(`IPC '${channel}' refused: the sender (${event.senderFrame?.url ?? 'unknown frame'}) is not PlanPath's own page.`);
  }
  const parsed = sendArgSchemas[channel].safeParse(args);
  if (!parsed.success) {
    throw new IpcRejectedError(`IPC '${channel}' refused: invalid arguments — ${describeZodError(parsed.error)}.`);
  }
  return parsed.data;
}

export interface RegisterOptions {
  ipcMain: IpcMainLike;
  isAppUrl: AppUrlMatcher;
  invoke: InvokeHandlers;
  send: SendHandlers;
  log?: (message: string) => void;
}

/** Registers every channel; returns the function that removes them all again. */
export function registerIpcHandlers(options: RegisterOptions): () => void {
  const { ipcMain, isAppUrl, log } = options;

  const withSender = new Set<InvokeChannel>(SENDER_CHANNELS);
  const registerInvoke = <C extends InvokeChannel>(channel: C) => {
    // Typed per channel by InvokeHandlers; called here with the checked arguments.
    const handler = options.invoke[channel] as (...args: unknown[]) => unknown;
    ipcMain.handle(channel, (event, ...args) => {
      let checked: InvokeArgs<C>;
      try {
        checked = checkInvoke(channel, event, args, isAppUrl);
      } catch (error) {
        log?.(error instanceof Error ? error.message : String(error));
        throw error;
      }
      return withSender.has(channel) ? handler(...checked, { sender: event.sender } satisfies InvokeContext) : handler(...checked);
    });
  };
  for (const channel of INVOKE_CHANNELS) registerInvoke(channel);

  const sendListeners: [string, (event: IpcMainEvent, ...args: unknown[]) => void][] = [];
  const registerSend = <C extends SendChannel>(channel: C) => {
    const handler = options.send[channel];
    const listener = (event: IpcMainEvent, ...args: unknown[]) => {
      try {
        handler(...checkSend(channel, event, args, isAppUrl));
      } catch (error) {
        // A send has no answer to carry the error back: log it, and drop the message.
        log?.(error instanceof Error ? error.message : String(error));
      }
    };
    ipcMain.on(channel, listener);
    sendListeners.push([channel, listener]);
  };
  for (const channel of SEND_CHANNELS) registerSend(channel);

  return () => {
    for (const channel of INVOKE_CHANNELS) ipcMain.removeHandler(channel);
    for (const [channel, listener] of sendListeners) ipcMain.removeListener(channel, listener);
  };
}

/** The part of webContents used to send events; typed by the channel map. */
export interface EventSink {
  send(channel: string, ...args: unknown[]): void;
  isDestroyed(): boolean;
}

export function sendEvent<C extends EventChannel>(target: EventSink, channel: C, ...args: EventChannels[C]): void {
  if (!target.isDestroyed()) target.send(channel, ...args);
}
