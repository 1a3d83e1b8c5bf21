/**
 * ipcMain: handle/removeHandler for invokes, on/removeListener for sends. A message
 * from a page arrives through `receive` with the sender's webContents and frame, as
 * Electron's IpcMainInvokeEvent / IpcMainEvent carry them; the reply is packed
 * (structuredClone) on the way back. An error thrown by a handler reaches the page as
 * Electron sends it: "Error invoking remote method '<channel>': <String(error)>".
 */
import { EventEmitter } from 'node:events';
import { pack, type InvokeReply } from '../wire';

export interface SenderFrame {
  url: string;
  parent: SenderFrame | null;
  name: string;
}

export interface IpcEvent {
  sender: unknown;
  senderFrame: SenderFrame | null;
  processId: number;
  frameId: number;
  returnValue?: unknown;
}

type Handler = (event: IpcEvent, ...args: unknown[]) => unknown;

export interface IpcTraffic {
  direction: 'invoke' | 'send' | 'event';
  channel: string;
}

export class IpcMainStandIn extends EventEmitter {
  readonly handlers = new Map<string, Handler>();
  readonly traffic: IpcTraffic[] = [];

  handle(channel: string, handler: Handler): void {
    if (this.handlers.has(channel)) throw new Error(`Attempted to register a second handler for '${channel}'`);
    this.handlers.set(channel, handler);
  }

  handleOnce(channel: string, handler: Handler): void {
    this.handle(channel, (event, ...args) => {
      this.handlers.delete(channel);
      return handler(event, ...args);
    });
  }

  removeHandler(channel: string): void {
    this.handlers.delete(channel);
  }

  /** Channels with an ipcMain.on listener. */
  sendChannels(): string[] {
    return this.eventNames()
      .filter((n): n is string => typeof n === 'string')
      .filter((n) => this.listenerCount(n) > 0);
  }

  async receiveInvoke(channel: string, event: IpcEvent, args: unknown[]): Promise<InvokeReply> {
    this.traffic.push({ direction: 'invoke', channel });
    const handler = this.handlers.get(channel);
    if (!handler) return { ok: false, message: `Error: No handler registered for '${channel}'` };
    try {
      const value = await handler(event, ...args);
      return { ok: true, value: pack([value]) };
    } catch (error) {
      return { ok: false, message: String(error) };
    }
  }

  receiveSend(channel: string, event: IpcEvent, args: unknown[]): void {
    this.traffic.push({ direction: 'send', channel });
    this.emit(channel, event, ...args);
  }
}
