/**
 * Issue 22 item 7: the stand-in keeps Electron's rules, and the suite catches a main
 * process or window that breaks them.
 *
 * - Calls Electron allows only before or only after `ready` (stand-in/ready-rules.ts)
 *   throw at the wrong time; the real main bundle with `app.enableSandbox()` moved into
 *   `whenReady` does not start.
 * - A window with contextIsolation off or nodeIntegration on is refused (the real main
 *   bundle, changed so): the stand-in cannot run it as Electron would.
 * - contextBridge: what the preload exposes is a frozen copy the page cannot change or
 *   replace; what its functions return are copies.
 */
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { findChromium } from '../support/find-chromium';
import { launchDesktop, PROJECT_ROOT, type DesktopApp, USE_HARNESS } from './desktop-app';
import { copyAcross, freezeDeep } from './page-bridge';
import { createElectronStandIn } from './stand-in/electron-stand-in';
import { READY_RULES } from './stand-in/ready-rules';

/** What these tests call on the stand-in's `electron` module. */
interface ElectronSurface {
  app: { enableSandbox(): void; disableHardwareAcceleration(): void };
  protocol: { registerSchemesAsPrivileged(schemes: { scheme: string }[]): void; handle(scheme: string, handler: () => Response): void };
  BrowserWindow: new (options?: object) => unknown;
  session: { readonly defaultSession: unknown };
  dialog: { showOpenDialog(options: object): Promise<unknown>; showErrorBox(title: string, content: string): void };
  Menu: { setApplicationMenu(menu: null): void };
  screen: { getPrimaryDisplay(): unknown };
}

/** The bundle with one statement of the top level moved to the start of the whenReady callback. */
function moveIntoWhenReady(source: string, statement: RegExp): string {
  const found = statement.exec(source);
  if (!found) throw new Error(`main.cjs: no ${String(statement)}`);
  const without = source.replace(found[0], '');
  return without.replace(/(\.app\.whenReady\(\)\.then\(async \(\) => \{)/, `$1\n${found[0]}`);
}

describe.skipIf(!USE_HARNESS)('desktop: calls Electron allows only before or after ready', () => {
  const dirs: string[] = [];
  afterAll(() => dirs.forEach((dir) => rmSync(dir, { recursive: true, force: true })));

  it('each guarded call throws at the wrong time and is listed as a problem; at the right time it works', async () => {
    const chromium = findChromium();
    if (!chromium) throw new Error('Chromium not found');
    const userData = mkdtempSync(path.join(tmpdir(), 'planpath-rules-'));
    dirs.push(userData);
    const { module, control } = createElectronStandIn({
      chromium,
      appPath: PROJECT_ROOT,
      userData,
      documents: userData,
      version: '0.0.0',
      argv: [chromium, '.'],
      cwd: PROJECT_ROOT,
      locks: new Map(),
      bridge: () => '',
    });
    // The stand-in's module has Electron's shape for these calls (checked by calling them).
    const electron = module as unknown as ElectronSurface;

    // Before ready.
    electron.app.enableSandbox();
    electron.app.disableHardwareAcceleration();
    electron.protocol.registerSchemesAsPrivileged([{ scheme: 'app' }]);
    electron.dialog.showErrorBox('early', 'allowed before ready');
    expect(() => new electron.BrowserWindow()).toThrow('new BrowserWindow() cannot be used before the app is ready');
    expect(() => electron.session.defaultSession).toThrow(/session\.defaultSession cannot be used before/);
    expect(() => electron.dialog.showOpenDialog({})).toThrow(/dialog\.showOpenDialog\(\) cannot be used before/);
    expect(() => electron.Menu.setApplicationMenu(null)).toThrow(/Menu\.setApplicationMenu\(\) cannot be used before/);
    expect(() => electron.screen.getPrimaryDisplay()).toThrow(/screen cannot be used before/);
    expect(() => electron.protocol.handle('app', () => new Response(''))).toThrow(/protocol\.handle\(\) cannot be used before/);

    await control.start();
    try {
      expect(() => electron.app.enableSandbox()).toThrow('app.enableSandbox() can only be called before app is ready');
      expect(() => electron.app.disableHardwareAcceleration()).toThrow(/can only be called before app is ready/);
      expect(() => electron.protocol.registerSchemesAsPrivileged([{ scheme: 'late' }])).toThrow(/can only be called before app is ready/);
      expect(electron.session.defaultSession).toBe(control.session);
      electron.Menu.setApplicationMenu(null);
      expect(electron.screen.getPrimaryDisplay()).toBeTruthy();
      electron.protocol.handle('app', () => new Response(''));
    } finally {
      await control.crash();
    }
    // Every refusal is a problem, so a suite that checks problems fails even when main swallowed the error.
    const refusals = control.runtime.problems.filter((p) => p.startsWith("Electron's rules: "));
    expect(refusals).toHaveLength(9);
    expect(control.runtime.problems).toContain('error box: early: allowed before ready');
    // Every rule the list names is one of the two kinds (the list is what ready-rules.ts cites).
    expect(new Set(Object.values(READY_RULES))).toEqual(new Set(['before-ready', 'after-ready']));
  });

  it('a main process that calls app.enableSandbox() after ready does not start', async () => {
    const launch = launchDesktop({ patchMain: (source) => moveIntoWhenReady(source, /^\w+\.app\.enableSandbox\(\);$/m) });
    await expect(launch).rejects.toThrow(/exited \(1\) before opening a window.*app\.enableSandbox\(\) can only be called before app is ready/);
  });

  it('a main process that registers its scheme after ready does not start', async () => {
    const launch = launchDesktop({ patchMain: (source) => moveIntoWhenReady(source, /^\w+\.protocol\.registerSchemesAsPrivileged\(.*\);$/m) });
    await expect(launch).rejects.toThrow(/protocol\.registerSchemesAsPrivileged\(\) can only be called before app is ready/);
  });
});

describe.skipIf(!USE_HARNESS)('desktop: a window without isolation or with Node is refused', () => {
  it('contextIsolation: false', async () => {
    const launch = launchDesktop({ patchMain: (source) => source.replace(/contextIsolation: true,/, 'contextIsolation: false,') });
    await expect(launch).rejects.toThrow(/refuses a BrowserWindow with contextIsolation: false/);
  });

  it('nodeIntegration: true', async () => {
    const launch = launchDesktop({ patchMain: (source) => source.replace(/nodeIntegration: false,/, 'nodeIntegration: true,') });
    await expect(launch).rejects.toThrow(/refuses a BrowserWindow with nodeIntegration: true/);
  });
});

describe('harness: contextBridge copies and freezes', () => {
  it('exposes a deep-frozen copy; a proxied function returns a fresh copy each call', () => {
    const kept = { list: [1, 2], nested: { a: 'x' } };
    const api = freezeDeep(copyAcross({ value: kept, get: () => kept })) as { value: typeof kept; get: () => typeof kept };
    expect(Object.isFrozen(api)).toBe(true);
    expect(Object.isFrozen(api.value.nested)).toBe(true);
    expect(Object.isFrozen(api.get)).toBe(true);
    expect(api.value).not.toBe(kept);
    const first = api.get();
    first.nested.a = 'changed by the page';
    first.list.push(3);
    expect(api.get()).toEqual({ list: [1, 2], nested: { a: 'x' } });
    expect(kept).toEqual({ list: [1, 2], nested: { a: 'x' } });
  });
});

describe.skipIf(!USE_HARNESS)('desktop: the page cannot change window.planpath or what it returns', () => {
  let d: DesktopApp;
  beforeAll(async () => {
    d = await launchDesktop();
  });
  afterAll(async () => {
    await d?.dispose();
  });

  it('the API object is frozen and cannot be replaced, extended or redefined; results are the page\'s own copies', async () => {
    const seen = await d.page().evaluate(async () => {
      'use strict';
      const api = window.planpath as unknown as Record<string, unknown>;
      const attempts: Record<string, boolean> = {};
      const attempt = (name: string, change: () => void) => {
        try {
          change();
          attempts[name] = true;
        } catch {
          attempts[name] = false;
        }
      };
      attempt('assign window.planpath', () => {
        (window as unknown as Record<string, unknown>).planpath = {};
      });
      attempt('delete window.planpath', () => {
        delete (window as unknown as Record<string, unknown>).planpath;
      });
      attempt('redefine window.planpath', () => Object.defineProperty(window, 'planpath', { value: {} }));
      attempt('replace a method', () => {
        api.openPlanFile = () => null;
      });
      attempt('add a method', () => {
        api.extra = () => null;
      });
      attempt('delete a method', () => {
        delete api.info;
      });
      const info = window.planpath.info() as unknown as Record<string, unknown>;
      info.kind = 'browser';
      const recent = await window.planpath.recentFiles();
      recent.push({ name: 'injected.ppath', path: '/tmp/injected.ppath', openedAt: '2026-01-01T00:00:00Z' });
      return {
        attempts,
        same: window.planpath === (api as unknown),
        frozen: Object.isFrozen(window.planpath),
        kindAfter: window.planpath.info().kind,
        recentAfter: (await window.planpath.recentFiles()).map((r) => r.name),
        node: [typeof (window as unknown as Record<string, unknown>).require, typeof (window as unknown as Record<string, unknown>).process],
      };
    });
    expect(seen.attempts).toEqual({
      'assign window.planpath': false,
      'delete window.planpath': false,
      'redefine window.planpath': false,
      'replace a method': false,
      'add a method': false,
      'delete a method': false,
    });
    expect(seen).toMatchObject({ same: true, frozen: true, kindAfter: 'electron', node: ['undefined', 'undefined'] });
    expect(seen.recentAfter).not.toContain('injected.ppath');
    expect(d.problems()).toEqual([]);
  });
});
