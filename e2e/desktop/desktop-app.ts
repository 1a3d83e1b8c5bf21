/**
 * The desktop app as a test drives it: the real dist-electron/main.cjs, with the
 * `electron` stand-in, the real preload in every window, the real dist-web/ page in
 * Debian's Chromium. `launchDesktop` starts one "process"; the same userData folder
 * can be started again after `quit()` or `crash()`.
 */
import { existsSync, mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { build } from 'esbuild';
import type { Page } from 'playwright-core';
import { APP_INDEX_URL } from '../../main/electron/app-protocol';
import { PlanPathApp } from '../pages/planpath-app';
import { E2E_APP_ROOT, E2E_ELECTRON_DIR, E2E_WEB_ROOT } from '../support/app-build';
import { findChromium, INSTALL_HINT } from '../support/find-chromium';
import { runMainBundle } from './load-main';
import type { BrowserWindowStandIn } from './stand-in/browser-window';
import { createElectronStandIn, type BridgeSettings, type LockRegistry, type StandInControl } from './stand-in/electron-stand-in';
import { acceleratorItems, acceleratorKey, findItem, sameKey } from './stand-in/menu';
import { TIMEOUTS } from '../../test-timeouts';

export const PROJECT_ROOT = fileURLToPath(new URL('../../', import.meta.url));
// The build under test: the e2e runner's own folder, or the project's (app-build.ts).
export const MAIN_BUNDLE = path.join(E2E_ELECTRON_DIR, 'main.cjs');
export const PRELOAD_BUNDLE = path.join(E2E_ELECTRON_DIR, 'preload.cjs');
export const INDEX_HTML = path.join(E2E_WEB_ROOT, 'index.html');

/**
 * The stand-in specs always run; with a real Electron (ELECTRON_PATH) real-electron.e2e.ts
 * runs beside them, not instead of them.
 */
export const USE_HARNESS = true;

/** Every step of a desktop test waits at most this long (test-timeouts.ts, scaled). */
export const DESKTOP_STEP_TIMEOUT = TIMEOUTS.wait;

const locks: LockRegistry = new Map();
let bridgeBundle: Promise<string> | null = null;

/** The page bridge (page-bridge.ts + wire.ts) as one script, built once per test run. */
function pageBridgeBundle(): Promise<string> {
  bridgeBundle ??= build({
    entryPoints: [fileURLToPath(new URL('./page-bridge.ts', import.meta.url))],
    bundle: true,
    format: 'iife',
    globalName: 'PlanPathBridge',
    platform: 'browser',
    target: 'chrome120',
    write: false,
    logLevel: 'silent',
  }).then((result) => result.outputFiles[0]?.text ?? '');
  return bridgeBundle;
}

function initScript(bridge: string, config: BridgeSettings, preloadSource: string): string {
  // Electron runs a preload in the top frame only (nodeIntegrationInSubFrames is off).
  return `(() => {\nif (window !== window.top) return;\n${bridge}\nPlanPathBridge.install(${JSON.stringify({ ...config, versions: { electron: 'stand-in' } })}, function (require, process, module, exports) {\n${preloadSource}\n});\n})();`;
}

export interface LaunchOptions {
  /** The user-data folder; a fresh one when absent. Reuse it to restart after a crash. */
  userData?: string;
  /** Where save dialogs start (app.getPath('documents')). */
  documents?: string;
  /** Files given on the command line. */
  files?: string[];
  /** Wait for the first window to show the plan (default true). */
  waitReady?: boolean;
  /**
   * A deliberate breakage: main runs this change of dist-electron/main.cjs's code (which
   * must change it, or the launch fails), to show that the suite catches the broken app.
   */
  patchMain?: (source: string) => string;
}

export interface DesktopApp {
  readonly control: StandInControl;
  readonly userData: string;
  readonly documents: string;
  /** What main wrote to its console. */
  readonly logs: string[];
  window(): BrowserWindowStandIn;
  page(): Page;
  app(): PlanPathApp;
  /** Click File → Open… etc. by labels (mnemonics ignored) or ids. */
  clickMenu(...labels: (string | RegExp)[]): Promise<void>;
  /** A key press in the window; a menu accelerator fires its item, as Electron's menu does. */
  press(key: string): Promise<void>;
  /** The window's title bar. */
  title(): string;
  /** Menu → Quit (or the last window closed); resolves with the exit code. */
  quit(): Promise<number>;
  /** Kill the process: no unload, no quit events. */
  crash(): Promise<void>;
  /** Console errors, page errors, unscripted dialogs seen so far. */
  problems(): string[];
  /** Closes everything and removes the temporary folders it made. */
  dispose(): Promise<void>;
}

export async function launchDesktop(options: LaunchOptions = {}): Promise<DesktopApp> {
  const chromiumPath = findChromium();
  if (!chromiumPath) throw new Error(`Chromium not found. Install it: ${INSTALL_HINT}`);
  for (const file of [MAIN_BUNDLE, PRELOAD_BUNDLE, INDEX_HTML]) {
    if (!existsSync(file)) throw new Error(`${path.relative(PROJECT_ROOT, file)} is missing: run npm run build:web && npm run build:electron`);
  }
  const made: string[] = [];
  const temp = (prefix: string) => {
    const dir = mkdtempSync(path.join(tmpdir(), prefix));
    made.push(dir);
    return dir;
  };
  const userData = options.userData ?? temp('planpath-userdata-');
  const documents = options.documents ?? temp('planpath-documents-');
  const bridge = await pageBridgeBundle();
  const version = (JSON.parse(readFileSync(path.join(PROJECT_ROOT, 'package.json'), 'utf8')) as { version: string }).version;
  const argv = [chromiumPath, '.', ...(options.files ?? [])];

  const { module, control } = createElectronStandIn({
    chromium: chromiumPath,
    appPath: E2E_APP_ROOT,
    userData,
    documents,
    version,
    argv,
    cwd: PROJECT_ROOT,
    locks,
    bridge: (config, preloadSource) => initScript(bridge, config, preloadSource),
  });
  const logs: string[] = [];
  let source: string | undefined;
  if (options.patchMain) {
    const original = readFileSync(MAIN_BUNDLE, 'utf8');
    source = options.patchMain(original);
    if (source === original) throw new Error('patchMain changed nothing in dist-electron/main.cjs: the breakage it stands for is not applied');
  }
  const firstWindow = (): BrowserWindowStandIn => {
    const w = control.windows[0];
    if (!w) throw new Error('the app has no window');
    return w;
  };
  let planPathApp: PlanPathApp | null = null;
  let page: Page | null = null;

  try {
    runMainBundle({ mainFile: MAIN_BUNDLE, ...(source !== undefined ? { source } : {}), electron: module, argv, cwd: PROJECT_ROOT, logs, echo: process.env.PLANPATH_DESKTOP_DEBUG === '1' });
    if (control.flags.singleInstanceLock !== false) await control.start();

    if (control.flags.singleInstanceLock !== false) {
      const end = Date.now() + DESKTOP_STEP_TIMEOUT;
      while (control.windows.length === 0) {
        if (control.runtime.dead || Date.now() > end) {
          const why = control.runtime.dead ? `the app exited (${await control.exited}) before opening a window` : 'no window opened';
          throw new Error(`${why}; problems: ${control.runtime.problems.join(' | ')}; main said: ${logs.join(' | ')}`);
        }
        await new Promise((r) => setTimeout(r, 25));
      }
      page = await firstWindow().page();
      page.setDefaultTimeout(DESKTOP_STEP_TIMEOUT);
      planPathApp = new PlanPathApp(page, page.url());
      // The page main loaded, app://planpath/index.html (Chromium shows its stand-in origin).
      await page.waitForURL((url) => control.schemes.fromPageUrl(url.href) === APP_INDEX_URL, { waitUntil: 'load' });
      if (options.waitReady !== false) await planPathApp.waitReady();
    }
  } catch (error) {
    // A launch that failed leaves nothing running and no folder behind.
    if (!control.runtime.dead) await control.crash();
    for (const dir of made) rmSync(dir, { recursive: true, force: true });
    throw error;
  }

  return {
    control,
    userData,
    documents,
    logs,
    window: firstWindow,
    page: () => {
      if (!page) throw new Error(NO_WINDOW);
      return page;
    },
    app: () => {
      if (!planPathApp) throw new Error(NO_WINDOW);
      return planPathApp;
    },
    async clickMenu(...labels) {
      const menu = control.applicationMenu();
      if (!menu) throw new Error('no application menu');
      await control.clickItem(findItem(menu, labels));
    },
    async press(key) {
      const menu = control.applicationMenu();
      const item = menu ? acceleratorItems(menu).find((i) => i.accelerator && sameKey(acceleratorKey(i.accelerator, control.runtime.platform), key)) : undefined;
      const p = await firstWindow().page();
      await p.keyboard.press(key);
      if (item) await control.clickItem(item);
    },
    title: () => firstWindow().getTitle(),
    async quit() {
      const menu = control.applicationMenu();
      const quitItem = menu ? findRole(menu.items, 'quit') : null;
      if (quitItem) await control.clickItem(quitItem);
      else control.quit();
      return control.exited;
    },
    crash: () => control.crash(),
    problems: () => [...control.runtime.problems],
    async dispose() {
      if (!control.runtime.dead) await control.crash();
      for (const dir of made) rmSync(dir, { recursive: true, force: true });
    },
  };
}

const NO_WINDOW = 'this app has no window: another one on the same user-data folder holds the single-instance lock and got its arguments';

type Item = { role: string | undefined; submenu: { items: Item[] } | undefined };
function findRole<T extends Item>(items: T[], role: string): T | null {
  for (const item of items) {
    if (item.role?.toLowerCase() === role) return item;
    const found = item.submenu ? findRole(item.submenu.items as T[], role) : null;
    if (found) return found;
  }
  return null;
}
