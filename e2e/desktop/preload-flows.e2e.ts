/**
 * Issue 22 item 7: every method of the platform API the real preload exposes
 * (window.planpath, main/preload/preload-api.ts) is called at least once from the page,
 * with a real payload, through the real main process, and its result is checked against
 * what main did (the file on disk, the dialog shown, the title, the shell call, the menu).
 * The contract test (ipc-contract.e2e.ts) checks channel names; this one fails when a
 * registered handler's implementation is gone. The methods are enumerated from the
 * preload's own object in the page: a method added without a flow here fails the test.
 */
import { copyFileSync, existsSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { PlanPathApi } from '../../renderer/platform/platform-api';
import { until } from '../support/until';
import { launchDesktop, PROJECT_ROOT, type DesktopApp, USE_HARNESS } from './desktop-app';
import { plainLabel } from './stand-in/menu';

const documents = mkdtempSync(path.join(tmpdir(), 'planpath-preload-flows-'));
const planFile = path.join(documents, '徐州规划.ppath');
const dataFile = path.join(documents, 'actuals.csv');
const DATA_CSV = '指标,2021,2022\n地区生产总值,8117.44,8457.84\n';
let d: DesktopApp;

beforeAll(async () => {
  if (!USE_HARNESS) return;
  copyFileSync(path.join(PROJECT_ROOT, 'scenarios', 'xuzhou-14th-fyp.json'), planFile);
  writeFileSync(dataFile, DATA_CSV);
  d = await launchDesktop({ documents });
});
afterAll(async () => {
  await d?.dispose();
  rmSync(documents, { recursive: true, force: true });
});

/** A page probe: `fn` runs in the page (it reaches window.planpath as the app does); its result comes back structured-cloned. */
function probe<R>(fn: () => R | Promise<R>): Promise<R>;
function probe<R, A>(fn: (arg: A) => R | Promise<R>, arg: A): Promise<R>;
function probe<R, A>(fn: (arg: A) => R | Promise<R>, arg?: A): Promise<R> {
  // Playwright types the argument as it arrives in the page (Unboxed<A>); the flows pass plain data, which arrives as it is.
  return d.page().evaluate(fn as (arg: unknown) => R | Promise<R>, arg as unknown);
}

type Flow = () => Promise<void>;

/** One flow per preload method, in the order they run (the close flow last: it ends the app). */
const FLOWS: [keyof PlanPathApi, Flow][] = [
  [
    'info',
    async () => {
      const version = (JSON.parse(readFileSync(path.join(PROJECT_ROOT, 'package.json'), 'utf8')) as { version: string }).version;
      expect(await probe(() => window.planpath.info())).toEqual({ kind: 'electron', version, menuShortcuts: true });
    },
  ],
  [
    'openPlanFile',
    async () => {
      d.control.dialogs.pickFiles(planFile);
      const opened = await probe(() => window.planpath.openPlanFile());
      expect(opened).toMatchObject({ name: '徐州规划.ppath', path: planFile, text: readFileSync(planFile, 'utf8') });
    },
  ],
  [
    'openDataFile',
    async () => {
      d.control.dialogs.pickFiles(dataFile);
      const opened = await probe(async () => {
        const file = await window.planpath.openDataFile?.();
        return file ? { name: file.name, text: new TextDecoder().decode(file.bytes), isBytes: file.bytes instanceof Uint8Array } : null;
      });
      expect(opened).toEqual({ name: 'actuals.csv', text: DATA_CSV, isBytes: true });
    },
  ],
  [
    'recentFiles',
    async () => {
      const recent = await probe(() => window.planpath.recentFiles());
      expect(recent.map((r) => r.path)).toContain(planFile);
      expect(recent.find((r) => r.path === planFile)).toMatchObject({ name: '徐州规划.ppath', openedAt: expect.stringMatching(/^\d{4}-\d\d-\d\dT/) });
    },
  ],
  [
    'openRecent',
    async () => {
      const opened = await probe((file) => window.planpath.openRecent(file), planFile);
      expect(opened).toMatchObject({ name: '徐州规划.ppath', path: planFile, text: readFileSync(planFile, 'utf8') });
      // A path main never granted is refused, not read.
      const refused = await probe(() => window.planpath.openRecent('/etc/passwd').then(() => 'read', (error: unknown) => String(error)));
      expect(refused).toMatch(/will not read it/);
    },
  ],
  [
    'savePlanFile',
    async () => {
      const target = path.join(documents, '另存为.ppath');
      d.control.dialogs.saveTo(target);
      const text = readFileSync(planFile, 'utf8');
      const saved = await probe((planText) => window.planpath.savePlanFile(planText, { suggestedName: '另存为.ppath' }), text);
      expect(saved).toMatchObject({ name: '另存为.ppath', path: target });
      expect(readFileSync(target, 'utf8')).toBe(text);
      // Not a plan: refused, nothing written.
      const refused = await probe((file) => window.planpath.savePlanFile('{"not":"a plan"}', { path: file, suggestedName: 'x.ppath' }).then(() => 'saved', (error: unknown) => String(error)), target);
      expect(refused).toMatch(/Not saved/);
      expect(readFileSync(target, 'utf8')).toBe(text);
    },
  ],
  [
    'exportFile',
    async () => {
      const target = path.join(documents, 'projection.csv');
      d.control.dialogs.saveTo(target);
      const saved = await probe(() => window.planpath.exportFile({ suggestedName: 'projection.csv', data: '年份,地区生产总值\n2025,10000\n', mimeType: 'text/csv' }));
      expect(saved).toMatchObject({ name: 'projection.csv' });
      expect(readFileSync(target, 'utf8')).toContain('年份,地区生产总值\n2025,10000');
      const bytesTarget = path.join(documents, 'bytes.bin');
      d.control.dialogs.saveTo(bytesTarget);
      await probe(() => window.planpath.exportFile({ suggestedName: 'bytes.bin', data: new Uint8Array([0, 1, 2, 255]), mimeType: 'application/octet-stream' }));
      expect([...readFileSync(bytesTarget)]).toEqual([0, 1, 2, 255]);
    },
  ],
  [
    'printReportToPdf',
    async () => {
      const target = path.join(documents, 'report.pdf');
      d.control.dialogs.saveTo(target);
      const saved = await probe(() => window.planpath.printReportToPdf?.({ suggestedName: 'report.pdf', footerText: 'PlanPath flow test' }));
      expect(saved).toMatchObject({ name: 'report.pdf' });
      expect(readFileSync(target).subarray(0, 5).toString('latin1')).toBe('%PDF-');
    },
  ],
  [
    'saveWorkspace',
    async () => {
      const snapshot = { planText: readFileSync(planFile, 'utf8'), fileName: 'workspace-flow.ppath', dirty: true, savedAt: '2026-12-07T01:00:00.000Z', ui: { flow: 'saveWorkspace' } };
      await probe((s) => window.planpath.saveWorkspace(s), snapshot);
      expect(await probe(() => window.planpath.loadWorkspace())).toMatchObject(snapshot);
    },
  ],
  [
    'loadWorkspace',
    async () => {
      const loaded = await probe(() => window.planpath.loadWorkspace());
      expect(loaded).toMatchObject({ fileName: 'workspace-flow.ppath', ui: { flow: 'saveWorkspace' } });
    },
  ],
  [
    'getRecovery',
    async () => {
      // This session started clean: nothing to recover (a crashed one is desktop-recovery.e2e.ts).
      expect(await probe(() => window.planpath.getRecovery())).toBeNull();
    },
  ],
  [
    'clearRecovery',
    async () => {
      expect(await probe(() => window.planpath.clearRecovery())).toBeUndefined();
      expect(await probe(() => window.planpath.getRecovery())).toBeNull();
      // The workspace itself is kept.
      expect(await probe(() => window.planpath.loadWorkspace())).toMatchObject({ fileName: 'workspace-flow.ppath' });
    },
  ],
  [
    'setDocumentState',
    async () => {
      await probe(() => window.planpath.setDocumentState({ title: '流程测试.ppath', dirty: true }));
      await until(async () => d.title(), (t) => t === '• 流程测试.ppath — PlanPath', 'the dirty title');
      await probe(() => window.planpath.setDocumentState({ title: '流程测试.ppath', dirty: false }));
      await until(async () => d.title(), (t) => t === '流程测试.ppath — PlanPath', 'the clean title');
    },
  ],
  [
    'onMenuCommand',
    async () => {
      await probe(() => {
        const w = window as unknown as { __flowCommands: string[]; __flowUnsubscribe: () => void };
        w.__flowCommands = [];
        w.__flowUnsubscribe = window.planpath.onMenuCommand((command) => w.__flowCommands.push(command));
      });
      await d.clickMenu('视图', '切换实际价格 / 名义价格');
      await until(() => probe(() => (window as unknown as { __flowCommands: string[] }).__flowCommands), (c) => c.length > 0, 'the menu command');
      expect(await probe(() => (window as unknown as { __flowCommands: string[] }).__flowCommands)).toEqual(['view:toggle-basis']);
      // Unsubscribed, the next command no longer arrives.
      await probe(() => (window as unknown as { __flowUnsubscribe: () => void }).__flowUnsubscribe());
      await d.clickMenu('视图', '切换实际价格 / 名义价格');
      await d.window().webContents.flushSends();
      expect(await probe(() => (window as unknown as { __flowCommands: string[] }).__flowCommands)).toEqual(['view:toggle-basis']);
    },
  ],
  [
    'openExternal',
    async () => {
      await probe(() => window.planpath.openExternal('https://www.ndrc.gov.cn/'));
      expect(d.control.shell.openExternal).toContain('https://www.ndrc.gov.cn/');
      const refused = await probe(() => window.planpath.openExternal('file:///etc/passwd').then(() => 'opened', (error: unknown) => String(error)));
      expect(refused).not.toBe('opened');
      expect(d.control.shell.openExternal).not.toContain('file:///etc/passwd');
    },
  ],
  [
    'setLanguage',
    async () => {
      const top = () => (d.control.applicationMenu()?.items ?? []).map((i) => plainLabel(i.label));
      await probe(() => window.planpath.setLanguage?.('en'));
      await until(async () => top(), (labels) => labels.includes('File'), 'the English menu');
      await probe(() => window.planpath.setLanguage?.('zh'));
      await until(async () => top(), (labels) => labels.includes('文件'), 'the Chinese menu');
    },
  ],
  [
    'onOpenFileRequest',
    async () => {
      const other = path.join(documents, '第二个文件.ppath');
      copyFileSync(planFile, other);
      await probe(() => {
        const w = window as unknown as { __flowOpens: string[] };
        w.__flowOpens = [];
        window.planpath.onOpenFileRequest?.((file) => w.__flowOpens.push(file));
      });
      d.control.secondInstance(['electron', '.', other], documents);
      await until(() => probe(() => (window as unknown as { __flowOpens: string[] }).__flowOpens), (o) => o.length > 0, 'the open-file request');
      expect(await probe(() => (window as unknown as { __flowOpens: string[] }).__flowOpens)).toEqual([other]);
      // The app's own listener opened it too; wait for it so its title does not race the next flow.
      await until(() => d.app().fileName.textContent(), (name) => name === '第二个文件.ppath', 'the file opened by the app');
    },
  ],
  [
    'onSaveBeforeClose',
    async () => {
      // The probe's handler replaces the app's; it answers "saved" by writing a marker file through exportFile.
      const marker = path.join(documents, 'saved-before-close.txt');
      d.control.dialogs.saveTo(marker);
      await probe(() => {
        window.planpath.onSaveBeforeClose?.(async () => {
          await window.planpath.exportFile({ suggestedName: 'saved-before-close.txt', data: 'saved', mimeType: 'text/plain' });
          return true;
        });
        window.planpath.setDocumentState({ title: '流程测试.ppath', dirty: true });
      });
      await until(async () => d.title(), (t) => t.startsWith('• '), 'the dirty title');
      d.control.dialogs.clickButton(0); // Save
      d.window().close();
      expect(await d.control.exited).toBe(0);
      expect(existsSync(marker) && readFileSync(marker, 'utf8')).toBe('saved');
    },
  ],
];

describe.skipIf(!USE_HARNESS)('desktop: every preload method, called from the page with a real payload', () => {
  it('has a flow for each method window.planpath has, and each flow checks what main did', async () => {
    const methods = await probe(() => Object.keys(window.planpath).sort());
    const flowed = FLOWS.map(([method]) => method);
    expect(methods.filter((m) => !flowed.includes(m as keyof PlanPathApi)), 'preload methods without a flow').toEqual([]);
    expect(flowed.filter((m) => !methods.includes(m)), 'flows for methods the preload lacks').toEqual([]);
    const ran: string[] = [];
    for (const [method, flow] of FLOWS) {
      try {
        await flow();
      } catch (error) {
        throw new Error(`the ${method} flow: ${error instanceof Error ? error.message : String(error)}`, { cause: error });
      }
      ran.push(method);
    }
    expect(ran.sort()).toEqual(methods);
    expect(d.problems()).toEqual([]);
  });

  it('fails when a registered handler does nothing (a deliberate breakage: file:open-data answers null without reading)', async () => {
    const healthy = d;
    const broken = await launchDesktop({
      documents,
      patchMain: (source) => source.replace(/(async "file:open-data"\(\) \{)/, '$1\n      return null;'),
    });
    try {
      d = broken;
      const flow = FLOWS.find(([method]) => method === 'openDataFile')?.[1];
      if (!flow) throw new Error('no openDataFile flow');
      await expect(flow()).rejects.toThrow(/expected null to deeply equal/);
    } finally {
      d = healthy;
      await broken.dispose();
    }
  });
});
