import { describe, expect, it, vi } from 'vitest';
import type { IpcMainEvent, IpcMainInvokeEvent } from 'electron';
import { INVOKE_CHANNELS, SEND_CHANNELS, type InvokeChannel } from '../ipc/ipc-contract';
import { createAppUrlMatcher } from './app-url';
import { registerIpcHandlers, sendEvent, type InvokeHandlers, type IpcMainLike, type SendHandlers } from './ipc-handlers';

const APP_URL = 'app://planpath/index.html';
const isAppUrl = createAppUrlMatcher();

type InvokeListener = (event: IpcMainInvokeEvent, ...args: unknown[]) => unknown;
type SendListener = (event: IpcMainEvent, ...args: unknown[]) => void;

function fakeIpcMain() {
  const handles = new Map<string, InvokeListener>();
  const ons = new Map<string, SendListener>();
  const ipcMain: IpcMainLike = {
    handle: (channel, listener) => void handles.set(channel, listener),
    removeHandler: (channel) => void handles.delete(channel),
    on: (channel, listener) => ons.set(channel, listener),
    removeListener: (channel) => ons.delete(channel),
  };
  /** An event as Electron would give it: only senderFrame is looked at. */
  const event = (url: string | null, top = true) =>
    ({ senderFrame: url === null ? null : { url, parent: top ? null : {} } }) as unknown as IpcMainInvokeEvent & IpcMainEvent;
  return {
    ipcMain,
    handles,
    ons,
    invoke: async (channel: string, url: string | null, ...args: unknown[]) => {
      const listener = handles.get(channel);
      if (!listener) throw new Error(`no handler for ${channel}`);
      return listener(event(url), ...args);
    },
    invokeFromIframe: async (channel: string, ...args: unknown[]) => handles.get(channel)?.(event(APP_URL, false), ...args),
    send: (channel: string, url: string | null, ...args: unknown[]) => ons.get(channel)?.(event(url), ...args),
  };
}

function handlers() {
  const invoke = Object.fromEntries(INVOKE_CHANNELS.map((c) => [c, vi.fn(async () => null)])) as unknown as InvokeHandlers & Record<InvokeChannel, ReturnType<typeof vi.fn>>;
  const send: SendHandlers = { 'document:set-state': vi.fn(), 'app:set-language': vi.fn() };
  return { invoke, send };
}

describe('IPC handlers', () => {
  it('registers every channel of the map, and removes them again', () => {
    const ipc = fakeIpcMain();
    const h = handlers();
    const dispose = registerIpcHandlers({ ipcMain: ipc.ipcMain, isAppUrl, ...h });
    expect([...ipc.handles.keys()].sort()).toEqual([...INVOKE_CHANNELS].sort());
    expect([...ipc.ons.keys()].sort()).toEqual([...SEND_CHANNELS].sort());
    dispose();
    expect(ipc.handles.size).toBe(0);
    expect(ipc.ons.size).toBe(0);
  });

  it('passes well-formed calls from our page to the handler', async () => {
    const ipc = fakeIpcMain();
    const h = handlers();
    registerIpcHandlers({ ipcMain: ipc.ipcMain, isAppUrl, ...h });
    await ipc.invoke('file:save', APP_URL, '{"x":1}', { path: '/plans/x.json', suggestedName: 'x.json' });
    expect(h.invoke['file:save']).toHaveBeenCalledWith('{"x":1}', { path: '/plans/x.json', suggestedName: 'x.json' });
    await ipc.invoke('file:export', APP_URL, { suggestedName: 'c.png', data: new Uint8Array([1, 2]), mimeType: 'image/png' });
    expect(h.invoke['file:export']).toHaveBeenCalledOnce();
    await ipc.invoke('workspace:load', APP_URL);
    expect(h.invoke['workspace:load']).toHaveBeenCalledWith();
    // An untitled plan (started with New, never saved) autosaves with an empty file name.
    const untitled = { planText: '{}', fileName: '', dirty: true, savedAt: '2026-12-01T08:00:00.000Z' };
    await ipc.invoke('workspace:save', APP_URL, untitled);
    expect(h.invoke['workspace:save']).toHaveBeenCalledWith(untitled);
  });

  it('hands the report printer the calling page, after its checked arguments', async () => {
    const ipc = fakeIpcMain();
    const h = handlers();
    registerIpcHandlers({ ipcMain: ipc.ipcMain, isAppUrl, ...h });
    const page = { printToPDF: vi.fn() };
    const listener = ipc.handles.get('report:print-to-pdf');
    await listener?.({ senderFrame: { url: APP_URL, parent: null }, sender: page } as unknown as IpcMainInvokeEvent, { suggestedName: 'r.pdf' });
    expect(h.invoke['report:print-to-pdf']).toHaveBeenCalledWith({ suggestedName: 'r.pdf' }, { sender: page });
    await expect(ipc.invoke('report:print-to-pdf', APP_URL, { suggestedName: 'r.pdf', footerText: 7 })).rejects.toThrow(/argument 1\.footerText/);
    await expect(ipc.invoke('report:print-to-pdf', 'https://evil.example/', { suggestedName: 'r.pdf' })).rejects.toThrow(/not PlanPath's own page/);
  });

  it('rejects wrong argument types with a message naming the channel, the argument and the reason', async () => {
    const ipc = fakeIpcMain();
    const h = handlers();
    const log = vi.fn();
    registerIpcHandlers({ ipcMain: ipc.ipcMain, isAppUrl, ...h, log });
    await expect(ipc.invoke('file:save', APP_URL, 42, { suggestedName: 'x.json' })).rejects.toThrow(/IPC 'file:save' refused: invalid arguments — argument 1: .*string/);
    await expect(ipc.invoke('file:save', APP_URL, '{}', { suggestedName: 7 })).rejects.toThrow(/argument 2\.suggestedName/);
    await expect(ipc.invoke('file:save', APP_URL, '{}')).rejects.toThrow(/invalid arguments/);
    await expect(ipc.invoke('file:open-recent', APP_URL, { path: '/x' })).rejects.toThrow(/argument 1/);
    await expect(ipc.invoke('file:open-recent', APP_URL, '/x\0y')).rejects.toThrow(/NUL/);
    await expect(ipc.invoke('file:open', APP_URL, 'extra')).rejects.toThrow(/invalid arguments/);
    await expect(ipc.invoke('shell:open-external', APP_URL, ['https://a.b'])).rejects.toThrow(/argument 1/);
    await expect(ipc.invoke('workspace:save', APP_URL, { planText: '{}', fileName: 'x', dirty: 'yes', savedAt: 'now' })).rejects.toThrow(/argument 1\.dirty/);
    await expect(ipc.invoke('file:export', APP_URL, { suggestedName: 'a.csv', data: { length: 3 }, mimeType: 'text/csv' })).rejects.toThrow(/argument 1\.data/);
    await expect(ipc.invoke('file:export', APP_URL, { suggestedName: 'a.csv', data: 'x', mimeType: 'text/csv', filters: [{ name: 'CSV', extensions: ['.csv'] }] })).rejects.toThrow(/without a dot/);
    await expect(ipc.invoke('file:save', APP_URL, 'x'.repeat(5 * 1024 * 1024 + 1), { suggestedName: 'x.json' })).rejects.toThrow(/at most/);
    for (const handler of Object.values(h.invoke)) expect(handler).not.toHaveBeenCalled();
    expect(log).toHaveBeenCalled();
  });

  it('rejects calls from any other page, from an iframe, or with no frame', async () => {
    const ipc = fakeIpcMain();
    const h = handlers();
    registerIpcHandlers({ ipcMain: ipc.ipcMain, isAppUrl, ...h });
    await expect(ipc.invoke('workspace:load', 'https://evil.example/')).rejects.toThrow(/not PlanPath's own page/);
    await expect(ipc.invoke('workspace:load', 'file:///tmp/evil.html')).rejects.toThrow(/not PlanPath's own page/);
    await expect(ipc.invoke('workspace:load', 'file:///app/dist-web/index.html')).rejects.toThrow(/not PlanPath's own page/);
    await expect(ipc.invoke('workspace:load', 'app://evil/index.html')).rejects.toThrow(/not PlanPath's own page/);
    await expect(ipc.invoke('workspace:load', null)).rejects.toThrow(/not PlanPath's own page/);
    await expect(ipc.invokeFromIframe('workspace:load')).rejects.toThrow(/not PlanPath's own page/);
    expect(h.invoke['workspace:load']).not.toHaveBeenCalled();
  });

  it('drops one-way messages that are malformed or from elsewhere', () => {
    const ipc = fakeIpcMain();
    const h = handlers();
    const log = vi.fn();
    registerIpcHandlers({ ipcMain: ipc.ipcMain, isAppUrl, ...h, log });
    ipc.send('document:set-state', APP_URL, { title: 'x.json', dirty: true });
    expect(h.send['document:set-state']).toHaveBeenCalledWith({ title: 'x.json', dirty: true });
    ipc.send('document:set-state', APP_URL, { title: 'x.json', dirty: 1 });
    ipc.send('document:set-state', 'https://evil.example/', { title: 'x', dirty: false });
    ipc.send('app:set-language', APP_URL, 'fr');
    expect(h.send['document:set-state']).toHaveBeenCalledOnce();
    expect(h.send['app:set-language']).not.toHaveBeenCalled();
    expect(log).toHaveBeenCalledTimes(3);
  });

  it('sends events only to a live page', () => {
    const target = { send: vi.fn(), isDestroyed: () => false };
    sendEvent(target, 'menu:command', 'file:save');
    expect(target.send).toHaveBeenCalledWith('menu:command', 'file:save');
    const gone = { send: vi.fn(), isDestroyed: () => true };
    sendEvent(gone, 'app:open-file', '/x.json');
    expect(gone.send).not.toHaveBeenCalled();
  });
});
