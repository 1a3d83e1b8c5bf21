import { describe, expect, it, vi } from 'vitest';
import { createPreloadApi, type IpcRendererLike } from './preload-api';

type Listener = (event: unknown, ...args: unknown[]) => void;

function fakeIpc(answers: Record<string, unknown> = {}) {
  const listeners = new Map<string, Set<Listener>>();
  const invoke = vi.fn(async (channel: string, ..._args: unknown[]): Promise<unknown> => {
    const answer = answers[channel];
    if (answer instanceof Error) throw answer;
    return answer ?? null;
  });
  const send = vi.fn((_channel: string, ..._args: unknown[]) => undefined);
  const ipc: IpcRendererLike & { invoke: typeof invoke; send: typeof send } = {
    invoke,
    send,
    on: (channel, listener) => {
      if (!listeners.has(channel)) listeners.set(channel, new Set());
      listeners.get(channel)?.add(listener);
    },
    removeListener: (channel, listener) => listeners.get(channel)?.delete(listener),
  };
  const emit = (channel: string, ...args: unknown[]) => listeners.get(channel)?.forEach((l) => l({ sender: 'ipc-event' }, ...args));
  return { ipc, emit, count: (channel: string) => listeners.get(channel)?.size ?? 0 };
}

describe('preload API', () => {
  it('reports the Electron host, its version and that the menu owns the shortcuts', () => {
    const { ipc } = fakeIpc();
    expect(createPreloadApi(ipc, ['electron', '--planpath-version=1.4.0']).info()).toEqual({ kind: 'electron', version: '1.4.0', menuShortcuts: true });
  });

  it('maps each call to its channel', async () => {
    const { ipc } = fakeIpc({ 'file:recent-list': [{ name: 'a.json', path: '/a.json', openedAt: 'x' }] });
    const api = createPreloadApi(ipc, []);
    await api.openPlanFile();
    await api.openRecent('/a.json');
    await expect(api.recentFiles()).resolves.toEqual([{ name: 'a.json', path: '/a.json', openedAt: 'x' }]);
    await api.savePlanFile('{}', { suggestedName: 'a.json' });
    await api.savePlanFile('{}', { path: '/a.json', suggestedName: 'a.json' });
    await api.exportFile({ suggestedName: 'a.csv', data: 'x', mimeType: 'text/csv' });
    await api.saveWorkspace({ planText: '{}', fileName: 'a', dirty: false, savedAt: 'x' });
    await api.loadWorkspace();
    await api.getRecovery();
    await api.clearRecovery();
    await api.openExternal('https://a.b/');
    await api.printReportToPdf?.({ suggestedName: 'r.pdf' });
    await api.printReportToPdf?.({ suggestedName: 'r.pdf', footerText: '依据' });
    expect(ipc.invoke.mock.calls).toEqual([
      ['file:open'],
      ['file:open-recent', '/a.json'],
      ['file:recent-list'],
      ['file:save', '{}', { suggestedName: 'a.json' }],
      ['file:save', '{}', { path: '/a.json', suggestedName: 'a.json' }],
      ['file:export', { suggestedName: 'a.csv', data: 'x', mimeType: 'text/csv' }],
      ['workspace:save', { planText: '{}', fileName: 'a', dirty: false, savedAt: 'x' }],
      ['workspace:load'],
      ['workspace:get-recovery'],
      ['workspace:clear-recovery'],
      ['shell:open-external', 'https://a.b/'],
      ['report:print-to-pdf', { suggestedName: 'r.pdf' }],
      ['report:print-to-pdf', { suggestedName: 'r.pdf', footerText: '依据' }],
    ]);
    api.setDocumentState({ title: 't', dirty: true });
    api.setLanguage?.('en');
    expect(ipc.send.mock.calls).toEqual([
      ['document:set-state', { title: 't', dirty: true }],
      ['app:set-language', 'en'],
    ]);
  });

  it('gives the page the remote error message without Electron’s prefix', async () => {
    const { ipc } = fakeIpc({ 'shell:open-external': new Error("Error invoking remote method 'shell:open-external': Error: Refused to open \"file:///x\"") });
    const api = createPreloadApi(ipc, []);
    await expect(api.openExternal('file:///x')).rejects.toThrow(/^Refused to open "file:\/\/\/x"$/);
  });

  it('delivers menu commands without the IPC event, and unsubscribes', () => {
    const { ipc, emit, count } = fakeIpc();
    const api = createPreloadApi(ipc, []);
    const listener = vi.fn();
    const off = api.onMenuCommand(listener);
    emit('menu:command', 'file:save');
    expect(listener).toHaveBeenCalledExactlyOnceWith('file:save');
    off();
    expect(count('menu:command')).toBe(0);
    emit('menu:command', 'file:open');
    expect(listener).toHaveBeenCalledOnce();
  });

  it('keeps open-file requests that come before anyone listens', async () => {
    const { ipc, emit } = fakeIpc();
    const api = createPreloadApi(ipc, []);
    emit('app:open-file', '/early.json');
    const listener = vi.fn();
    const off = api.onOpenFileRequest?.(listener);
    await Promise.resolve();
    expect(listener).toHaveBeenCalledExactlyOnceWith('/early.json');
    emit('app:open-file', '/later.json');
    expect(listener).toHaveBeenLastCalledWith('/later.json');
    off?.();
    emit('app:open-file', '/queued.json');
    expect(listener).toHaveBeenCalledTimes(2);
  });

  it('answers a save-before-close request with what the UI’s handler did', async () => {
    const { ipc, emit } = fakeIpc();
    const api = createPreloadApi(ipc, []);
    emit('document:save-before-close', 1); // no handler yet: not saved
    await vi.waitFor(() => expect(ipc.invoke).toHaveBeenCalledWith('document:save-before-close-result', { requestId: 1, saved: false }));
    const off = api.onSaveBeforeClose?.(async () => true);
    emit('document:save-before-close', 2);
    await vi.waitFor(() => expect(ipc.invoke).toHaveBeenCalledWith('document:save-before-close-result', { requestId: 2, saved: true }));
    off?.();
    api.onSaveBeforeClose?.(async () => Promise.reject(new Error('disk full')));
    emit('document:save-before-close', 3);
    await vi.waitFor(() => expect(ipc.invoke).toHaveBeenCalledWith('document:save-before-close-result', { requestId: 3, saved: false }));
  });
});
