/**
 * main.ts wiring, with Electron replaced by a fake: what the process does at start,
 * for a second instance, on the IPC it receives, on close and on quit.
 */
import { existsSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { INVOKE_CHANNELS, SEND_CHANNELS } from '../ipc/ipc-contract';
import { CONTENT_SECURITY_POLICY } from './content-security-policy';
import { DONT_SAVE } from './unsaved-changes';

type Fn = (...args: never[]) => unknown;

const state = vi.hoisted(() => {
  const fresh = () => ({
    lock: true,
    packaged: false,
    userData: '',
    appHandlers: new Map<string, Fn[]>(),
    windows: [] as FakeWindow[],
    ipcHandles: new Map<string, Fn>(),
    ipcOns: new Map<string, Fn>(),
    menus: [] as unknown[],
    cspListener: undefined as Fn | undefined,
    /** registerSchemesAsPrivileged, protocol.handle and whenReady, in the order main called them. */
    order: [] as string[],
    privilegedSchemes: [] as unknown[],
    protocolHandlers: new Map<string, Fn>(),
    permissionRequestHandler: undefined as Fn | undefined,
    messageBoxAnswer: 0,
    messageBoxCalls: [] as unknown[],
    quit: 0,
  });
  interface FakeWindow {
    options: { webPreferences?: { preload?: string } };
    handlers: Map<string, Fn[]>;
    contentsHandlers: Map<string, Fn[]>;
    sent: unknown[][];
    title: string;
    loadedFile?: string;
    loadedUrl?: string;
    closed: boolean;
    focused: number;
    emit(event: string, ...args: unknown[]): void;
    emitContents(event: string, ...args: unknown[]): void;
    close(): void;
  }
  const s = { current: fresh(), reset: () => (s.current = fresh()) };
  return s;
});

vi.mock('electron', () => {
  const on = (map: Map<string, Fn[]>) => (event: string, handler: Fn) => {
    map.set(event, [...(map.get(event) ?? []), handler]);
  };
  class BrowserWindow {
    handlers = new Map<string, Fn[]>();
    contentsHandlers = new Map<string, Fn[]>();
    sent: unknown[][] = [];
    title = '';
    loadedFile?: string;
    closed = false;
    focused = 0;
    webContents = {
      on: on(this.contentsHandlers),
      setWindowOpenHandler: vi.fn(),
      send: (...args: unknown[]) => this.sent.push(args),
      isDestroyed: () => this.closed,
      reload: vi.fn(),
    };
    constructor(public options: unknown) {
      state.current.windows.push(this as never);
    }
    static getAllWindows = () => state.current.windows.filter((w) => !w.closed);
    on = on(this.handlers);
    once = on(this.handlers);
    emit(event: string, ...args: unknown[]) {
      for (const h of this.handlers.get(event) ?? []) (h as (...a: unknown[]) => void)(...args);
    }
    emitContents(event: string, ...args: unknown[]) {
      for (const h of this.contentsHandlers.get(event) ?? []) (h as (...a: unknown[]) => void)(...args);
    }
    setTitle(title: string) {
      this.title = title;
    }
    setDocumentEdited() {}
    loadFile = async (file: string) => {
      this.loadedFile = file;
    };
    loadedUrl?: string;
    loadURL = async (url: string) => {
      this.loadedUrl = url;
    };
    isDestroyed = () => this.closed;
    isMinimized = () => false;
    isMaximized = () => false;
    isFullScreen = () => false;
    maximize() {}
    getNormalBounds = () => ({ x: 10, y: 20, width: 1300, height: 800 });
    restore() {}
    show() {}
    focus() {
      this.focused += 1;
    }
    close() {
      const event = { defaultPrevented: false, preventDefault: () => (event.defaultPrevented = true) };
      this.emit('close', event);
      if (!event.defaultPrevented) {
        this.closed = true;
        this.emit('closed');
      }
    }
  }
  const app = {
    enableSandbox: vi.fn(),
    requestSingleInstanceLock: () => state.current.lock,
    quit: () => {
      state.current.quit += 1;
    },
    on: (event: string, handler: Fn) => on(state.current.appHandlers)(event, handler),
    whenReady: () => {
      state.current.order.push('whenReady');
      return Promise.resolve();
    },
    isReady: () => true,
    get isPackaged() {
      return state.current.packaged;
    },
    getAppPath: () => '/app',
    getPath: (name: string) => (name === 'userData' ? state.current.userData : '/home/u/Documents'),
    getVersion: () => '0.1.0',
    addRecentDocument: vi.fn(),
    clearRecentDocuments: vi.fn(),
  };
  return {
    app,
    BrowserWindow,
    dialog: {
      showOpenDialog: vi.fn(async () => ({ canceled: true, filePaths: [] })),
      showSaveDialog: vi.fn(async () => ({ canceled: true })),
      showMessageBox: vi.fn(async (...args: unknown[]) => {
        state.current.messageBoxCalls.push(args);
        return { response: state.current.messageBoxAnswer };
      }),
    },
    ipcMain: {
      handle: (channel: string, handler: Fn) => state.current.ipcHandles.set(channel, handler),
      removeHandler: (channel: string) => state.current.ipcHandles.delete(channel),
      on: (channel: string, handler: Fn) => state.current.ipcOns.set(channel, handler),
      removeListener: (channel: string) => state.current.ipcOns.delete(channel),
    },
    Menu: {
      buildFromTemplate: (template: unknown) => template,
      setApplicationMenu: (menu: unknown) => state.current.menus.push(menu),
    },
    session: {
      defaultSession: {
        webRequest: { onHeadersReceived: (listener: Fn) => (state.current.cspListener = listener) },
        setPermissionRequestHandler: (handler: Fn) => (state.current.permissionRequestHandler = handler),
        setPermissionCheckHandler: vi.fn(),
      },
    },
    protocol: {
      registerSchemesAsPrivileged: (schemes: unknown[]) => {
        state.current.order.push('registerSchemesAsPrivileged');
        state.current.privilegedSchemes.push(...schemes);
      },
      handle: (scheme: string, handler: Fn) => {
        state.current.order.push(`handle:${scheme}`);
        state.current.protocolHandlers.set(scheme, handler);
      },
    },
    shell: { openExternal: vi.fn(async () => undefined) },
    screen: { getAllDisplays: () => [{ workArea: { x: 0, y: 0, width: 1920, height: 1080 } }] },
  };
});

const APP_URL = 'app://planpath/index.html';
const fromApp = { senderFrame: { url: APP_URL, parent: null } };

function emitApp(event: string, ...args: unknown[]) {
  for (const h of state.current.appHandlers.get(event) ?? []) (h as (...a: unknown[]) => void)(...args);
}

async function boot() {
  vi.resetModules();
  await import('./main');
  if (state.current.lock) await vi.waitFor(() => expect(state.current.windows).toHaveLength(1));
  return state.current.windows[0];
}

beforeEach(() => {
  state.reset();
  state.current.userData = mkdtempSync(path.join(tmpdir(), 'planpath-main-'));
  vi.spyOn(console, 'warn').mockImplementation(() => undefined);
});
afterEach(() => {
  rmSync(state.current.userData, { recursive: true, force: true });
  vi.restoreAllMocks();
});

describe('Electron main process', () => {
  it('starts: CSP, permissions, IPC, menu, session lock, and a secure window on app://planpath/index.html', async () => {
    const window = await boot();
    expect(state.current.cspListener).toBeTypeOf('function');
    const callback = vi.fn();
    (state.current.cspListener as (d: unknown, cb: unknown) => void)({ responseHeaders: {} }, callback);
    expect(callback).toHaveBeenCalledWith({ responseHeaders: { 'Content-Security-Policy': [CONTENT_SECURITY_POLICY] } });
    expect(state.current.permissionRequestHandler).toBeTypeOf('function');
    expect([...state.current.ipcHandles.keys()].sort()).toEqual([...INVOKE_CHANNELS].sort());
    expect([...state.current.ipcOns.keys()].sort()).toEqual([...SEND_CHANNELS].sort());
    expect(state.current.menus).toHaveLength(1);
    expect(existsSync(path.join(state.current.userData, 'session.lock'))).toBe(true);
    expect(window?.options.webPreferences).toMatchObject({
      preload: path.join('/app', 'dist-electron', 'preload.cjs'),
      contextIsolation: true,
      sandbox: true,
      nodeIntegration: false,
      webSecurity: true,
    });
    await vi.waitFor(() => expect(window?.loadedUrl).toBe('app://planpath/index.html'));
    expect(window?.loadedFile).toBeUndefined();
  });

  it('serves the UI over app://planpath/: the scheme privileged before ready, its handler after, with the CSP', async () => {
    await boot();
    expect(state.current.order.indexOf('registerSchemesAsPrivileged')).toBeLessThan(state.current.order.indexOf('whenReady'));
    expect(state.current.order).toContain('handle:app');
    expect(state.current.privilegedSchemes).toEqual([
      { scheme: 'app', privileges: expect.objectContaining({ standard: true, secure: true, supportFetchAPI: true, bypassCSP: false, corsEnabled: false }) },
    ]);
    // The handler reads from /app/dist-web, which this fake app does not have: a 404, with the policy.
    const handler = state.current.protocolHandlers.get('app') as (request: Request) => Promise<Response>;
    const missing = await handler(new Request('app://planpath/index.html'));
    expect(missing.status).toBe(404);
    expect(missing.headers.get('Content-Security-Policy')).toBe(CONTENT_SECURITY_POLICY);
    expect((await handler(new Request('app://planpath/..%2F..%2Fetc%2Fpasswd'))).status).toBe(403);
  });

  it('VITE_DEV_SERVER_URL: loaded with the development CSP when unpackaged, ignored when packaged (app:// and the strict CSP)', async () => {
    vi.stubEnv('VITE_DEV_SERVER_URL', 'http://localhost:5173/');
    try {
      const dev = await boot();
      await vi.waitFor(() => expect(dev?.loadedUrl).toBe('http://localhost:5173/'));

      rmSync(state.current.userData, { recursive: true, force: true });
      state.reset();
      state.current.userData = mkdtempSync(path.join(tmpdir(), 'planpath-main-'));
      state.current.packaged = true;
      vi.stubEnv('VITE_DEV_SERVER_URL', 'https://attacker.example/');
      const packaged = await boot();
      await vi.waitFor(() => expect(packaged?.loadedUrl).toBe('app://planpath/index.html'));
      const callback = vi.fn();
      (state.current.cspListener as (d: unknown, cb: unknown) => void)({ responseHeaders: {} }, callback);
      expect(callback).toHaveBeenCalledWith({ responseHeaders: { 'Content-Security-Policy': [CONTENT_SECURITY_POLICY] } });
      expect(console.warn).toHaveBeenCalledWith(expect.stringContaining('VITE_DEV_SERVER_URL ignored'));
    } finally {
      vi.unstubAllEnvs();
    }
  });

  it('a second process leaves at once when another holds the lock', async () => {
    state.current.lock = false;
    await boot();
    expect(state.current.quit).toBe(1);
    expect(state.current.windows).toHaveLength(0);
    expect(state.current.ipcHandles.size).toBe(0);
  });

  it('a second instance focuses the window and asks the UI to open its file', async () => {
    const window = await boot();
    window?.emitContents('did-finish-load');
    emitApp('second-instance', {}, ['/usr/bin/electron', '.', 'plans/nanjing.json'], '/home/u');
    expect(window?.focused).toBe(1);
    expect(window?.sent).toContainEqual(['app:open-file', '/home/u/plans/nanjing.json']);
    // And now that path may be read by the UI.
    const open = state.current.ipcHandles.get('file:open-recent') as (e: unknown, p: string) => Promise<unknown>;
    await expect(open(fromApp, '/home/u/plans/nanjing.json')).resolves.toBeNull(); // allowed; just not there
  });

  it('menu items reach the renderer as commands', async () => {
    const window = await boot();
    const template = state.current.menus[0] as { id?: string; submenu?: { id?: string; click?: () => void }[] }[];
    const save = template.flatMap((m) => m.submenu ?? []).find((i) => i.id === 'file:save');
    save?.click?.();
    expect(window?.sent).toContainEqual(['menu:command', 'file:save']);
  });

  it('the title follows the document state the UI reports', async () => {
    const window = await boot();
    const setState = state.current.ipcOns.get('document:set-state') as (e: unknown, s: unknown) => void;
    setState(fromApp, { title: 'xuzhou.json', dirty: true });
    expect(window?.title).toBe('• xuzhou.json — PlanPath');
    setState({ senderFrame: { url: 'https://evil.example/', parent: null } }, { title: 'pwned', dirty: false });
    expect(window?.title).toBe('• xuzhou.json — PlanPath');
  });

  it("closing with unsaved changes asks; Don't Save closes and drops the autosave", async () => {
    const window = await boot();
    const saveWorkspace = state.current.ipcHandles.get('workspace:save') as (e: unknown, s: unknown) => Promise<void>;
    await saveWorkspace(fromApp, { planText: '{}', fileName: 'x.json', dirty: true, savedAt: 'now' });
    expect(existsSync(path.join(state.current.userData, 'workspace.json'))).toBe(true);
    (state.current.ipcOns.get('document:set-state') as (e: unknown, s: unknown) => void)(fromApp, { title: 'x.json', dirty: true });

    state.current.messageBoxAnswer = DONT_SAVE;
    window?.close();
    expect(window?.closed).toBe(false);
    await vi.waitFor(() => expect(window?.closed).toBe(true));
    expect(state.current.messageBoxCalls).toHaveLength(1);
    expect(existsSync(path.join(state.current.userData, 'workspace.json'))).toBe(false);
  });

  it('closing with unsaved changes and Save asks the UI to save, and closes when it did', async () => {
    const window = await boot();
    (state.current.ipcOns.get('document:set-state') as (e: unknown, s: unknown) => void)(fromApp, { title: 'x.json', dirty: true });
    state.current.messageBoxAnswer = 0;
    window?.close();
    await vi.waitFor(() => expect(window?.sent.some(([channel]) => channel === 'document:save-before-close')).toBe(true));
    const [, requestId] = window?.sent.find(([channel]) => channel === 'document:save-before-close') ?? [];
    expect(window?.closed).toBe(false);
    const answer = state.current.ipcHandles.get('document:save-before-close-result') as (e: unknown, r: unknown) => unknown;
    answer(fromApp, { requestId, saved: true });
    await vi.waitFor(() => expect(window?.closed).toBe(true));
  });

  it('still opens its window when the user-data folder cannot be written', async () => {
    const blocker = path.join(state.current.userData, 'not-a-folder');
    writeFileSync(blocker, '');
    const real = state.current.userData;
    state.current.userData = path.join(blocker, 'userData');
    try {
      const window = await boot();
      await vi.waitFor(() => expect(window?.loadedUrl).toBe('app://planpath/index.html'));
    } finally {
      state.current.userData = real;
    }
  });

  it('a clean quit removes the session lock', async () => {
    await boot();
    const event = { preventDefault: vi.fn() };
    emitApp('will-quit', event);
    expect(event.preventDefault).toHaveBeenCalled();
    await vi.waitFor(() => expect(existsSync(path.join(state.current.userData, 'session.lock'))).toBe(false));
    await vi.waitFor(() => expect(state.current.quit).toBe(1));
  });
});
