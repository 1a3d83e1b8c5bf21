/**
 * A stand-in for the `electron` module, for tests only: what main/ uses of app,
 * BrowserWindow, ipcMain, Menu/MenuItem, dialog, shell and session, on top of
 * playwright-core and Debian's Chromium. One stand-in is one "Electron process": its
 * own Chromium (fresh profile), its own windows and handlers. `control` is the test's
 * side: scripted dialogs, the menu as data, what main set on the session, quit, crash.
 */
import { EventEmitter } from 'node:events';
import { mkdtemp, readFile, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { chromium, type BrowserContext } from 'playwright-core';
import { CHROMIUM_ARGS } from '../../support/browser';
import { BrowserWindowStandIn } from './browser-window';
import { CustomSchemes } from './custom-schemes';
import { createShell, ScriptedDialogs, SessionStandIn, type ShellRecord } from './dialogs';
import { makeEvent } from './events';
import { IpcMainStandIn } from './ipc-main';
import { MenuItem, MenuStandIn, type MenuItemStandIn } from './menu';
import { checkReadyRule, type GuardedCall } from './ready-rules';
import type { AppSide, PreloadPrefs, Runtime } from './runtime';
import { refuseUnfaithfulWindow } from './web-preferences';

/**
 * The page is served over app:// (custom-schemes.ts), so no file:// access is granted: a
 * page or worker that still needed file:// would fail here as it should.
 */
export const DESKTOP_CHROMIUM_ARGS = [...CHROMIUM_ARGS];

/** Single-instance locks, shared by every stand-in of one test process (keyed by userData). */
export type LockRegistry = Map<string, StandInControl>;

/** What the page bridge of one window is told (page-bridge.ts BridgeConfig, less what desktop-app adds). */
export interface BridgeSettings {
  binding: string;
  argv: string[];
  platform: string;
  contextIsolation: boolean;
}

export interface StandInOptions {
  chromium: string;
  /** app.getAppPath(): where dist-web/ and dist-electron/ are. */
  appPath: string;
  userData: string;
  documents: string;
  version: string;
  /** process.argv of this "process" (for second-instance). */
  argv: string[];
  cwd: string;
  locks: LockRegistry;
  /** Builds the page's init script from the bridge bundle and a preload's source. */
  bridge: (config: BridgeSettings, preloadSource: string) => string;
  platform?: NodeJS.Platform;
  locale?: string;
}

export interface StandInControl {
  readonly runtime: Runtime;
  readonly dialogs: ScriptedDialogs;
  readonly shell: ShellRecord;
  readonly session: SessionStandIn;
  /** What main registered with protocol.*, and the app:// ⇄ stand-in origin mapping. */
  readonly schemes: CustomSchemes;
  readonly ipcMain: IpcMainStandIn;
  readonly windows: BrowserWindowStandIn[];
  readonly recentDocuments: string[];
  readonly flags: { sandboxEnabled: boolean; singleInstanceLock: boolean | null };
  applicationMenu(): MenuStandIn | null;
  /** Launches Chromium and makes the app ready (app.whenReady resolves). */
  start(): Promise<void>;
  /** Resolves with the exit code once the app has quit or exited. */
  readonly exited: Promise<number>;
  /** The process dies: Chromium goes without unload handlers, main gets no event. */
  crash(): Promise<void>;
  /** Clicks a menu item as the user would. */
  clickItem(item: MenuItemStandIn): Promise<void>;
  /** app.quit(). */
  quit(): void;
  /** Second-instance: this process is started again with `argv`. */
  secondInstance(argv: string[], cwd: string): void;
}

export interface ElectronStandIn {
  module: Record<string, unknown>;
  control: StandInControl;
}

class AppStandIn extends EventEmitter implements AppSide {
  isPackaged = false;
  name = 'PlanPath';
  ready = false;
  quitting = false;
  private quitRunning = false;
  private readonly readyWaiters: (() => void)[] = [];
  private paths: Record<string, string>;

  constructor(
    private readonly options: StandInOptions,
    private readonly control: () => StandInControlImpl,
  ) {
    super();
    this.paths = {
      userData: options.userData,
      appData: path.dirname(options.userData),
      documents: options.documents,
      home: path.dirname(options.documents),
      desktop: options.documents,
      downloads: options.documents,
      temp: tmpdir(),
      logs: path.join(options.userData, 'logs'),
      exe: options.chromium,
      module: options.chromium,
    };
  }

  enableSandbox(): void {
    this.control().guard('app.enableSandbox()');
    this.control().flags.sandboxEnabled = true;
  }
  disableHardwareAcceleration(): void {
    this.control().guard('app.disableHardwareAcceleration()');
  }
  disableDomainBlockingFor3DAPIs(): void {
    this.control().guard('app.disableDomainBlockingFor3DAPIs()');
  }
  requestSingleInstanceLock(): boolean {
    const c = this.control();
    const holder = this.options.locks.get(this.options.userData);
    if (holder && holder !== c && !holder.runtime.dead) {
      holder.secondInstance(this.options.argv, this.options.cwd);
      c.flags.singleInstanceLock = false;
      return false;
    }
    this.options.locks.set(this.options.userData, c);
    c.flags.singleInstanceLock = true;
    return true;
  }
  releaseSingleInstanceLock(): void {
    if (this.options.locks.get(this.options.userData) === this.control()) this.options.locks.delete(this.options.userData);
  }
  hasSingleInstanceLock(): boolean {
    return this.options.locks.get(this.options.userData) === this.control();
  }
  getAppPath(): string {
    return this.options.appPath;
  }
  getVersion(): string {
    return this.options.version;
  }
  getName(): string {
    return this.name;
  }
  setName(name: string): void {
    this.name = name;
  }
  getLocale(): string {
    return this.options.locale ?? 'zh-CN';
  }
  getSystemLocale(): string {
    return this.getLocale();
  }
  getPreferredSystemLanguages(): string[] {
    return [this.getLocale()];
  }
  getPath(name: string): string {
    const p = this.paths[name];
    if (p === undefined) throw new Error(`Failed to get '${name}' path`);
    return p;
  }
  setPath(name: string, value: string): void {
    this.paths[name] = value;
  }
  isReady(): boolean {
    return this.ready;
  }
  whenReady(): Promise<void> {
    if (this.ready) return Promise.resolve();
    return new Promise((resolve) => this.readyWaiters.push(resolve));
  }
  markReady(): void {
    this.ready = true;
    this.emit('will-finish-launching');
    this.emit('ready', makeEvent(), {});
    for (const resolve of this.readyWaiters.splice(0)) resolve();
  }
  addRecentDocument(p: string): void {
    this.control().recentDocuments.push(p);
  }
  clearRecentDocuments(): void {
    this.control().recentDocuments.length = 0;
  }
  setAppUserModelId(): void {}
  setAboutPanelOptions(): void {}
  focus(): void {}
  hide(): void {}
  show(): void {}
  relaunch(): void {}

  /** Electron's order: before-quit, close every window (any may refuse), will-quit, quit. */
  quit(): void {
    if (this.quitRunning || this.control().runtime.dead) return;
    this.quitRunning = true;
    void this.runQuit().finally(() => {
      this.quitRunning = false;
    });
  }

  private async runQuit(): Promise<void> {
    const c = this.control();
    const before = makeEvent();
    this.emit('before-quit', before);
    if (before.defaultPrevented) return;
    this.quitting = true;
    for (const window of [...c.windows]) {
      if (!(await window.tryClose())) {
        this.quitting = false;
        return;
      }
    }
    const will = makeEvent();
    this.emit('will-quit', will);
    if (will.defaultPrevented) {
      this.quitting = false;
      return;
    }
    this.emit('quit', makeEvent(), 0);
    await c.shutdown(0);
  }

  exit(code = 0): void {
    void this.control().shutdown(code);
  }

  allWindowsClosed(): void {
    if (this.quitting) return;
    if (this.listenerCount('window-all-closed') > 0) this.emit('window-all-closed');
    else this.quit();
  }
}

class StandInControlImpl implements StandInControl {
  readonly dialogs: ScriptedDialogs;
  readonly shell: ShellRecord = { openExternal: [], openPath: [], showItemInFolder: [] };
  readonly session: SessionStandIn;
  readonly schemes: CustomSchemes;
  readonly ipcMain = new IpcMainStandIn();
  readonly windows: BrowserWindowStandIn[] = [];
  readonly recentDocuments: string[] = [];
  readonly flags = { sandboxEnabled: false, singleInstanceLock: null as boolean | null };
  readonly runtime: Runtime;
  readonly app: AppStandIn;
  readonly exited: Promise<number>;
  menu: MenuStandIn | null = null;
  private resolveExit!: (code: number) => void;
  private browserContext: BrowserContext | null = null;
  private profile: string | null = null;
  private ids = 0;
  private bridgeCache = new Map<string, string>();

  constructor(private readonly options: StandInOptions) {
    const problems: string[] = [];
    this.dialogs = new ScriptedDialogs(problems);
    this.app = new AppStandIn(options, () => this);
    this.schemes = new CustomSchemes(() => this.app.ready, problems);
    this.session = new SessionStandIn(this.schemes.module());
    this.exited = new Promise((resolve) => (this.resolveExit = resolve));
    const context = () => {
      if (!this.browserContext) throw new Error('BrowserWindow before app ready: Chromium is not running yet');
      return this.browserContext;
    };
    this.runtime = {
      platform: options.platform ?? process.platform,
      problems,
      consoleLines: [],
      windows: this.windows,
      session: this.session,
      schemes: this.schemes,
      ipcMain: this.ipcMain,
      app: this.app,
      focused: null,
      dead: false,
      context,
      preloadScript: (preloadPath, binding, prefs) => this.preloadScript(preloadPath, binding, prefs),
      nextId: () => ++this.ids,
    };
  }

  applicationMenu(): MenuStandIn | null {
    return this.menu;
  }

  /** Electron's before/after-ready rules (ready-rules.ts): throws, and lists the refusal in problems. */
  guard(call: GuardedCall): void {
    checkReadyRule(call, this.app.ready, this.runtime.problems);
  }

  private async preloadScript(preloadPath: string, binding: string, prefs: PreloadPrefs): Promise<string> {
    let source = this.bridgeCache.get(preloadPath);
    if (source === undefined) {
      source = await readFile(preloadPath, 'utf8');
      this.bridgeCache.set(preloadPath, source);
    }
    return this.options.bridge(
      { binding, argv: [this.options.chromium, ...prefs.additionalArguments], platform: this.runtime.platform, contextIsolation: prefs.contextIsolation },
      source,
    );
  }

  async start(): Promise<void> {
    this.profile = await mkdtemp(path.join(tmpdir(), 'planpath-desktop-chromium-'));
    this.browserContext = await chromium.launchPersistentContext(this.profile, {
      executablePath: this.options.chromium,
      headless: true,
      args: DESKTOP_CHROMIUM_ARGS,
      viewport: { width: 1440, height: 900 },
      locale: this.options.locale ?? 'zh-CN',
      acceptDownloads: false,
    });
    // The persistent context opens with one blank page; windows bring their own.
    for (const page of this.browserContext.pages()) await page.close();
    this.app.markReady();
  }

  async clickItem(item: MenuItemStandIn): Promise<void> {
    if (!item.enabled) throw new Error(`menu: "${item.label}" is disabled`);
    const focused = this.runtime.focused ?? this.windows[0] ?? null;
    if (item.click) {
      item.click(item, focused, { triggeredByAccelerator: false });
      return;
    }
    const role = item.role?.toLowerCase();
    if (role === 'quit') this.app.quit();
    else if (role === 'close') focused?.close();
    else if (role === 'reload' || role === 'forcereload') focused?.webContents.reload();
    else if (role === 'minimize') focused?.minimize();
    else if (role === 'zoom') {
      if (focused?.isMaximized()) focused.unmaximize();
      else focused?.maximize();
    }
    else if (role === 'togglefullscreen') focused?.setFullScreen(!focused.isFullScreen());
    else if (role === 'selectall' || role === 'copy' || role === 'cut' || role === 'paste' || role === 'undo' || role === 'redo') {
      const page = await focused?.page();
      await page?.evaluate((command) => document.execCommand(command), role === 'selectall' ? 'selectAll' : role);
    } else if (role === 'front' || role === 'resetzoom' || role === 'zoomin' || role === 'zoomout' || role === 'toggledevtools') {
      // Nothing a headless page shows.
    } else throw new Error(`menu: the role "${item.role ?? ''}" is not emulated by the harness`);
  }

  quit(): void {
    this.app.quit();
  }

  secondInstance(argv: string[], cwd: string): void {
    this.app.emit('second-instance', makeEvent(), argv, cwd, {});
  }

  async shutdown(code: number): Promise<void> {
    if (this.runtime.dead) return;
    this.runtime.dead = true;
    this.app.releaseSingleInstanceLock();
    await this.browserContext?.close().catch(() => undefined);
    if (this.profile) await rm(this.profile, { recursive: true, force: true }).catch(() => undefined);
    this.resolveExit(code);
  }

  async crash(): Promise<void> {
    // No before-quit, no close, no unload: the process is simply gone.
    await this.shutdown(-1);
  }
}

export function createElectronStandIn(options: StandInOptions): ElectronStandIn {
  const control = new StandInControlImpl(options);
  const rt = control.runtime;

  class BrowserWindow extends BrowserWindowStandIn {
    constructor(windowOptions: ConstructorParameters<typeof BrowserWindowStandIn>[1] = {}) {
      control.guard('new BrowserWindow()');
      refuseUnfaithfulWindow(windowOptions.webPreferences ?? {}, control.flags.sandboxEnabled, rt.problems);
      super(rt, windowOptions);
    }
    static getAllWindows(): BrowserWindowStandIn[] {
      return [...control.windows];
    }
    static getFocusedWindow(): BrowserWindowStandIn | null {
      return rt.focused;
    }
    static fromWebContents(contents: unknown): BrowserWindowStandIn | null {
      return control.windows.find((w) => w.webContents === contents) ?? null;
    }
    static fromId(id: number): BrowserWindowStandIn | null {
      return control.windows.find((w) => w.id === id) ?? null;
    }
  }

  const Menu = Object.assign(MenuStandIn, {
    setApplicationMenu(menu: MenuStandIn | null) {
      control.guard('Menu.setApplicationMenu()');
      control.menu = menu;
    },
    getApplicationMenu() {
      return control.menu;
    },
  });

  // The dialogs that need a ready app; showErrorBox (allowed early) and the *Sync ones as they are.
  const dialog = control.dialogs.module();
  const dialogModule = {
    ...dialog,
    showOpenDialog: (...args: Parameters<typeof dialog.showOpenDialog>) => {
      control.guard('dialog.showOpenDialog()');
      return dialog.showOpenDialog(...args);
    },
    showSaveDialog: (...args: Parameters<typeof dialog.showSaveDialog>) => {
      control.guard('dialog.showSaveDialog()');
      return dialog.showSaveDialog(...args);
    },
    showMessageBox: (...args: Parameters<typeof dialog.showMessageBox>) => {
      control.guard('dialog.showMessageBox()');
      return dialog.showMessageBox(...args);
    },
  };
  const display = { workArea: { x: 0, y: 0, width: 1920, height: 1080 }, bounds: { x: 0, y: 0, width: 1920, height: 1080 }, scaleFactor: 1 };
  const onScreen = <T>(value: T): T => {
    control.guard('screen');
    return value;
  };
  const screen = {
    getPrimaryDisplay: () => onScreen(display),
    getAllDisplays: () => onScreen([display]),
    getDisplayMatching: () => onScreen(display),
  };
  const session = {
    get defaultSession() {
      control.guard('session.defaultSession');
      return control.session;
    },
    fromPartition: () => {
      control.guard('session.fromPartition()');
      return control.session;
    },
  };

  const module: Record<string, unknown> = {
    app: control.app,
    BrowserWindow,
    ipcMain: control.ipcMain,
    Menu,
    MenuItem,
    dialog: dialogModule,
    shell: createShell(control.shell),
    session,
    protocol: control.session.protocol,
    webContents: {
      getAllWebContents: () => control.windows.map((w) => w.webContents),
      getFocusedWebContents: () => rt.focused?.webContents ?? null,
    },
    nativeTheme: { shouldUseDarkColors: false, themeSource: 'light', on: () => undefined },
    screen,
  };
  module.default = module;
  return { module, control };
}
