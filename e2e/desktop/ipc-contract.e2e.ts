/**
 * Issue 13: the IPC contract (main/ipc/ipc-contract.ts) checked both ways against the
 * built bundles. Every invoke and send channel has a handler in the running main, and
 * main registers none outside the contract; every channel has a caller in the real
 * preload (each PlanPathApi method is called once), and the preload calls or listens
 * on nothing else; every main → renderer event is sent by main and acted on in the page.
 */
import { copyFileSync, mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { compileFunction } from 'node:vm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { EVENT_CHANNELS, INVOKE_CHANNELS, SEND_CHANNELS } from '../../main/ipc/ipc-contract';
import type { PlanPathApi } from '../../renderer/platform/platform-api';
import { until } from '../support/until';
import { launchDesktop, PRELOAD_BUNDLE, PROJECT_ROOT, type DesktopApp, USE_HARNESS } from './desktop-app';

const sorted = (list: Iterable<string>) => [...new Set(list)].sort();
const documents = mkdtempSync(path.join(tmpdir(), 'planpath-contract-'));
const planFile = path.join(documents, 'from-command-line.ppath');
let d: DesktopApp;

beforeAll(async () => {
  if (!USE_HARNESS) return;
  copyFileSync(path.join(PROJECT_ROOT, 'scenarios', 'xuzhou-14th-fyp.json'), planFile);
  d = await launchDesktop({ documents, files: [planFile] });
});
afterAll(async () => {
  await d?.dispose();
  rmSync(documents, { recursive: true, force: true });
});

/** The real preload bundle, run in Node with an ipcRenderer that records every channel. */
function recordPreload() {
  const invoked: string[] = [];
  const sent: string[] = [];
  const listeners = new Map<string, (event: unknown, ...args: unknown[]) => void>();
  let api: PlanPathApi | null = null;
  const electron = {
    contextBridge: {
      exposeInMainWorld: (key: string, value: PlanPathApi) => {
        if (key === 'planpath') api = value;
      },
    },
    ipcRenderer: {
      invoke: async (channel: string) => {
        invoked.push(channel);
        return null;
      },
      send: (channel: string) => void sent.push(channel),
      on: (channel: string, listener: (event: unknown, ...args: unknown[]) => void) => void listeners.set(channel, listener),
      removeListener: () => undefined,
    },
  };
  const run = compileFunction(readFileSync(PRELOAD_BUNDLE, 'utf8'), ['require', 'process', 'module', 'exports'], { filename: PRELOAD_BUNDLE });
  const module = { exports: {} };
  run((id: string) => {
    if (id !== 'electron') throw new Error(`the preload required ${id}`);
    return electron;
  }, { argv: ['--planpath-version=1.2.3'] }, module, module.exports);
  if (api === null) throw new Error('the preload exposed no planpath API');
  return { api: api as PlanPathApi, invoked, sent, listeners };
}

describe.skipIf(!USE_HARNESS)('desktop: the IPC contract', () => {
  it('every invoke and send channel has a handler in the running main, and no handler is outside the contract', () => {
    expect(sorted(d.control.ipcMain.handlers.keys())).toEqual(sorted(INVOKE_CHANNELS));
    expect(sorted(d.control.ipcMain.sendChannels())).toEqual(sorted(SEND_CHANNELS));
  });

  it('every channel has a caller in the real preload, which uses no channel outside the contract', async () => {
    const { api, invoked, sent, listeners } = recordPreload();
    // One call of every method the preload exposes; a method added without a line here fails the test.
    const calls: { [K in keyof PlanPathApi]?: () => unknown } = {
      info: () => api.info(),
      openPlanFile: () => api.openPlanFile(),
      openRecent: () => api.openRecent('/tmp/a.json'),
      recentFiles: () => api.recentFiles(),
      savePlanFile: () => api.savePlanFile('{}', { suggestedName: 'a.json' }),
      exportFile: () => api.exportFile({ suggestedName: 'a.csv', data: 'x', mimeType: 'text/csv' }),
      saveWorkspace: () => api.saveWorkspace({ planText: '{}', fileName: 'a.json', dirty: false, savedAt: '2026-01-01T00:00:00Z' }),
      loadWorkspace: () => api.loadWorkspace(),
      getRecovery: () => api.getRecovery(),
      clearRecovery: () => api.clearRecovery(),
      setDocumentState: () => api.setDocumentState({ title: 'a.json', dirty: true }),
      onMenuCommand: () => api.onMenuCommand(() => undefined),
      openExternal: () => api.openExternal('https://example.com/'),
      setLanguage: () => api.setLanguage?.('en'),
      onSaveBeforeClose: () => api.onSaveBeforeClose?.(async () => true),
      onOpenFileRequest: () => api.onOpenFileRequest?.(() => undefined),
      printReportToPdf: () => api.printReportToPdf?.({ suggestedName: 'r.pdf' }),
      openDataFile: () => api.openDataFile?.(),
    };
    expect(Object.keys(api).filter((method) => !(method in calls))).toEqual([]);
    for (const method of Object.keys(api)) await calls[method as keyof PlanPathApi]?.();
    // The answer to main's save-before-close request is the one invoke the preload makes by itself.
    listeners.get('document:save-before-close')?.({}, 7);
    await until(async () => invoked.includes('document:save-before-close-result'), (ok) => ok, 'the save-before-close answer');

    expect(sorted(invoked)).toEqual(sorted(INVOKE_CHANNELS));
    expect(sorted(sent)).toEqual(sorted(SEND_CHANNELS));
    expect(sorted(listeners.keys())).toEqual(sorted(EVENT_CHANNELS));
  });

  it('every main → renderer event is sent by main and acted on in the page', async () => {
    // app:open-file: the file given on the command line (the registered .ppath type) was opened.
    await until(() => d.app().fileName.textContent(), (name) => name === 'from-command-line.ppath', 'the command-line file opened');
    // menu:command
    await d.clickMenu('视图', '切换实际价格 / 名义价格');
    // document:save-before-close: a dirty window closed with "Save"; the page saves to its file, and the app quits.
    const copy = await d.app().scenarios.duplicateSelected();
    d.control.dialogs.clickButton(0);
    d.window().close();
    expect(await d.control.exited).toBe(0);
    expect(d.control.ipcMain.traffic.some((t) => t.channel === 'document:save-before-close-result')).toBe(true);
    expect(readFileSync(planFile, 'utf8')).toContain(`"${copy}"`);

    const events = d.control.ipcMain.traffic.filter((t) => t.direction === 'event').map((t) => t.channel);
    expect(sorted(events)).toEqual(sorted(EVENT_CHANNELS));
    expect(d.problems()).toEqual([]);
  });
});
