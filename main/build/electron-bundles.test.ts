/**
 * The esbuild bundles really are what Electron loads: CommonJS, self-contained
 * (only electron and Node built-ins left to require), and they run. Each bundle is
 * evaluated here with a fake `electron`, as Electron would evaluate it.
 */
import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { builtinModules, createRequire } from 'node:module';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it, vi } from 'vitest';
import { TIMEOUTS } from '../../test-timeouts';
import { buildBundles, externalImports, SANDBOX_PRELOAD_MODULES } from './electron-bundles';

let outdir: string;
let result: Awaited<ReturnType<typeof buildBundles>>;

beforeAll(async () => {
  outdir = mkdtempSync(path.join(tmpdir(), 'planpath-bundles-'));
  result = await buildBundles(outdir);
}, TIMEOUTS.slow);
afterAll(() => rmSync(outdir, { recursive: true, force: true }));

/** Evaluates a CommonJS bundle with `electron` replaced. */
function evaluate(file: string, electron: unknown, argv: string[] = []): void {
  const code = readFileSync(file, 'utf8');
  const realRequire = createRequire(file);
  const fakeRequire = (id: string) => (id === 'electron' ? electron : realRequire(id));
  const module = { exports: {} };
  const fakeProcess = Object.assign(Object.create(process) as NodeJS.Process, { argv });
  // The bundle is our own build output; Function is how a CommonJS wrapper is made.
  const run = new Function('require', 'module', 'exports', '__filename', '__dirname', 'process', code) as (...args: unknown[]) => void;
  run(fakeRequire, module, module.exports, file, path.dirname(file), fakeProcess);
}

describe('electron bundles', () => {
  it('leave only electron and Node built-ins to require', () => {
    const builtins = new Set([...builtinModules, ...builtinModules.map((m) => `node:${m}`)]);
    const mainExternals = externalImports(result.main.metafile ?? { inputs: {}, outputs: {} });
    expect(mainExternals).toContain('electron');
    expect(mainExternals.filter((m) => m !== 'electron' && !builtins.has(m))).toEqual([]);
    const preloadExternals = externalImports(result.preload.metafile ?? { inputs: {}, outputs: {} });
    expect(preloadExternals.filter((m) => !SANDBOX_PRELOAD_MODULES.has(m))).toEqual([]);
  });

  it('the main bundle runs as CommonJS: a second instance asks for the lock and quits', () => {
    const app = { enableSandbox: vi.fn(), requestSingleInstanceLock: vi.fn(() => false), quit: vi.fn() };
    // app:// is registered at load, before ready, as Electron requires (main/electron/app-protocol.ts).
    const protocol = { registerSchemesAsPrivileged: vi.fn() };
    evaluate(path.join(outdir, 'main.cjs'), { app, protocol });
    expect(app.enableSandbox).toHaveBeenCalled();
    expect(protocol.registerSchemesAsPrivileged).toHaveBeenCalledWith([expect.objectContaining({ scheme: 'app' })]);
    expect(app.requestSingleInstanceLock).toHaveBeenCalled();
    expect(app.quit).toHaveBeenCalled();
  });

  it('the preload bundle exposes window.planpath with the whole API', () => {
    const exposeInMainWorld = vi.fn();
    const ipcRenderer = { invoke: vi.fn(), send: vi.fn(), on: vi.fn(), removeListener: vi.fn() };
    evaluate(path.join(outdir, 'preload.cjs'), { contextBridge: { exposeInMainWorld }, ipcRenderer }, ['electron', '--planpath-version=9.9.9']);
    expect(exposeInMainWorld).toHaveBeenCalledOnce();
    const [key, api] = exposeInMainWorld.mock.calls[0] as [string, Record<string, unknown>];
    expect(key).toBe('planpath');
    expect(Object.keys(api).sort()).toEqual(
      [
        'info',
        'openPlanFile',
        'openRecent',
        'recentFiles',
        'savePlanFile',
        'exportFile',
        'printReportToPdf',
        'saveWorkspace',
        'loadWorkspace',
        'getRecovery',
        'clearRecovery',
        'setDocumentState',
        'onMenuCommand',
        'openExternal',
        'setLanguage',
        'onSaveBeforeClose',
        'onOpenFileRequest',
        'openDataFile',
      ].sort(),
    );
    expect((api.info as () => unknown)()).toEqual({ kind: 'electron', version: '9.9.9', menuShortcuts: true });
  });
});
