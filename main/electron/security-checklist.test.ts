/**
 * Electron's security checklist (electronjs.org/docs/latest/tutorial/security), one
 * test per item, against the main window's options, the session and webContents
 * handlers main installs, the CSP, the IPC checks, the preload API and the packaging
 * config. The README's security section lists the same items, with what is held and
 * how.
 */
import type { Session, WebContents } from 'electron';
import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import path from 'node:path';
import { getConfig } from 'app-builder-lib/out/util/config/config';
import { describe, expect, it, vi } from 'vitest';
import { cspMetaTag, META_CONTENT_SECURITY_POLICY } from '../build/csp-meta';
import { PROJECT_ROOT } from '../build/electron-bundles';
import { createPreloadApi, type IpcRendererLike } from '../preload/preload-api';
import { APP_INDEX_URL, APP_SCHEME_PRIVILEGES, createAppProtocolHandler } from './app-protocol';
import { createAppUrlMatcher } from './app-url';
import { CONTENT_SECURITY_POLICY, cspHeadersListener } from './content-security-policy';
import { isTrustedSender, registerIpcHandlers, type IpcMainLike } from './ipc-handlers';
import { hardenSession, hardenWebContents, openExternalSafely } from './security';
import { mainWindowOptions, rendererSource } from './window';

// window.ts imports BrowserWindow; the options are all this file needs of it.
vi.mock('electron', () => ({ BrowserWindow: class {} }));

const APP_URL = 'app://planpath/index.html';
const isAppUrl = createAppUrlMatcher();
const prefs = mainWindowOptions({ preloadPath: '/opt/PlanPath/resources/app.asar/dist-electron/preload.cjs', version: '1.0.0' }).webPreferences ?? {};

type Listener = (...args: never[]) => unknown;

function hardenedContents() {
  const handlers = new Map<string, Listener>();
  let openHandler: ((details: { url: string }) => { action: string }) | null = null;
  const contents = {
    on: (event: string, handler: Listener) => void handlers.set(event, handler),
    setWindowOpenHandler: (handler: (details: { url: string }) => { action: string }) => void (openHandler = handler),
  };
  const openExternal = vi.fn();
  hardenWebContents(contents as unknown as WebContents, { isAppUrl, openExternal });
  const prevented = (event: string, url: string) => {
    const e = { url, preventDefault: vi.fn() };
    (handlers.get(event) as ((e: { url: string; preventDefault(): void }) => void) | undefined)?.(e);
    return e.preventDefault.mock.calls.length > 0;
  };
  return { prevented, open: (url: string) => openHandler?.({ url }), openExternal };
}

function hardenedSession() {
  let request: ((c: unknown, p: string, cb: (granted: boolean) => void, d: { requestingUrl: string }) => void) | null = null;
  let check: ((c: unknown, p: string, o: string, d: { requestingUrl?: string }) => boolean) | null = null;
  const session = {
    setPermissionRequestHandler: (h: typeof request) => void (request = h),
    setPermissionCheckHandler: (h: typeof check) => void (check = h),
  };
  hardenSession(session as unknown as Session, { isAppUrl });
  const granted = (permission: string, url: string) => {
    let answer: boolean | null = null;
    request?.(null, permission, (g) => (answer = g), { requestingUrl: url });
    return answer;
  };
  return { granted, checked: (permission: string, url: string) => check?.(null, permission, 'file://', { requestingUrl: url }) };
}

describe("Electron's security checklist", () => {
  it('1. only secure content: the UI is our own file, and the CSP names no remote origin', () => {
    expect(rendererSource(undefined)).toEqual({ kind: 'app', url: APP_URL });
    expect(CONTENT_SECURITY_POLICY).not.toMatch(/https?:|\*/);
    expect(CONTENT_SECURITY_POLICY).toContain("connect-src 'self'");
  });

  it('2. no Node.js integration, in the page, its workers or frames', () => {
    expect(prefs).toMatchObject({ nodeIntegration: false, nodeIntegrationInWorker: false, nodeIntegrationInSubFrames: false });
  });

  it('3. context isolation', () => {
    expect(prefs.contextIsolation).toBe(true);
  });

  it('4. process sandboxing (and app.enableSandbox() in main.ts, checked by main.test.ts and the desktop e2e)', () => {
    expect(prefs.sandbox).toBe(true);
  });

  it('5. permission requests are handled: all refused but clipboard writes from our own page', () => {
    const s = hardenedSession();
    for (const permission of ['geolocation', 'media', 'notifications', 'midi', 'openExternal', 'fullscreen', 'pointerLock']) {
      expect(s.granted(permission, APP_URL)).toBe(false);
      expect(s.checked(permission, APP_URL)).toBe(false);
    }
    expect(s.granted('clipboard-sanitized-write', APP_URL)).toBe(true);
    expect(s.granted('clipboard-sanitized-write', 'https://evil.example/')).toBe(false);
  });

  it('6. webSecurity stays on', () => {
    expect(prefs.webSecurity).toBe(true);
  });

  it('7. a Content-Security-Policy: the header replaces any other, and the built page carries it as a <meta>', () => {
    for (const directive of ["default-src 'self'", "script-src 'self'", "object-src 'none'", "base-uri 'none'", "frame-ancestors 'none'"]) {
      expect(CONTENT_SECURITY_POLICY).toContain(directive);
    }
    expect(CONTENT_SECURITY_POLICY).not.toMatch(/unsafe-eval|script-src[^;]*unsafe-inline/);
    let headers: Record<string, string | string[]> | undefined;
    cspHeadersListener(CONTENT_SECURITY_POLICY)(
      { responseHeaders: { 'content-security-policy': ['default-src *'] } } as never,
      (response) => (headers = response.responseHeaders),
    );
    expect(headers).toEqual({ 'Content-Security-Policy': [CONTENT_SECURITY_POLICY] });
    expect(cspMetaTag()).toContain(META_CONTENT_SECURITY_POLICY);
  });

  it('8. no insecure content over a secure page', () => {
    expect(prefs.allowRunningInsecureContent).toBe(false);
  });

  it('9. no experimental features', () => {
    expect(prefs.experimentalFeatures ?? false).toBe(false);
  });

  it('10. no enableBlinkFeatures', () => {
    expect(prefs.enableBlinkFeatures).toBeUndefined();
  });

  it('11–12. no <webview> at all: the tag is off and attaching one is refused', () => {
    expect(prefs.webviewTag).toBe(false);
    expect(hardenedContents().prevented('will-attach-webview', '')).toBe(true);
  });

  it('13. navigation is limited to our page; redirects away are refused', () => {
    const c = hardenedContents();
    expect(c.prevented('will-navigate', APP_URL)).toBe(false);
    for (const url of ['https://example.com/', 'file:///etc/passwd', 'javascript:alert(1)', 'data:text/html,x']) expect(c.prevented('will-navigate', url)).toBe(true);
    expect(c.prevented('will-redirect', 'https://example.com/')).toBe(true);
    expect(prefs.navigateOnDragDrop).toBe(false);
  });

  it('14. no new windows: every window.open is denied', () => {
    const c = hardenedContents();
    for (const url of [APP_URL, 'https://example.com/', 'file:///etc/passwd', 'about:blank']) expect(c.open(url)).toEqual({ action: 'deny' });
  });

  it('15. shell.openExternal only for http(s)', async () => {
    const openExternal = vi.fn(async () => undefined);
    await openExternalSafely('https://www.xz.gov.cn/', { openExternal });
    for (const url of ['file:///etc/passwd', 'smb://host/share', 'javascript:alert(1)', 'ms-msdt:x', 'not a url']) {
      await expect(openExternalSafely(url, { openExternal })).rejects.toThrow(/only http and https/);
    }
    expect(openExternal.mock.calls).toEqual([['https://www.xz.gov.cn/']]);
  });

  it('16. a current Electron: a supported major, declared and installed', () => {
    // Electron supports its latest three stable majors; in December 2026 those are 43, 44
    // and 45. Raise this floor when a new major ships (electronjs.org/docs/latest/tutorial/electron-timelines).
    const OLDEST_SUPPORTED = 43;
    const pkg = JSON.parse(readFileSync(path.join(PROJECT_ROOT, 'package.json'), 'utf8')) as { devDependencies?: Record<string, string> };
    const declared = pkg.devDependencies?.electron ?? '';
    expect(Number(/^\^?(\d+)\./.exec(declared)?.[1])).toBeGreaterThanOrEqual(OLDEST_SUPPORTED);
    const installed = JSON.parse(readFileSync(createRequire(path.join(PROJECT_ROOT, 'package.json')).resolve('electron/package.json'), 'utf8')) as { version: string };
    expect(Number(installed.version.split('.')[0])).toBeGreaterThanOrEqual(OLDEST_SUPPORTED);
  });

  it('17. the sender of every IPC message is validated: our page, top frame only', async () => {
    expect(isTrustedSender({ senderFrame: { url: APP_URL, parent: null } }, isAppUrl)).toBe(true);
    expect(isTrustedSender({ senderFrame: { url: 'https://evil.example/', parent: null } }, isAppUrl)).toBe(false);
    expect(isTrustedSender({ senderFrame: { url: APP_URL, parent: {} } }, isAppUrl)).toBe(false);
    expect(isTrustedSender({ senderFrame: null }, isAppUrl)).toBe(false);
    const handles = new Map<string, (event: unknown, ...args: unknown[]) => unknown>();
    const ipcMain = { handle: (c: string, h: never) => void handles.set(c, h), removeHandler: vi.fn(), on: vi.fn(), removeListener: vi.fn() };
    const recentList = vi.fn(() => []);
    registerIpcHandlers({ ipcMain: ipcMain as unknown as IpcMainLike, isAppUrl, invoke: { 'file:recent-list': recentList } as never, send: {} as never });
    expect(() => handles.get('file:recent-list')?.({ senderFrame: { url: 'https://evil.example/', parent: null } })).toThrow(/refused/);
    expect(recentList).not.toHaveBeenCalled();
  });

  it('18. a custom protocol instead of file://: app://planpath/ serves dist-web/ only, with the CSP; no file:// page is ours', async () => {
    expect(APP_INDEX_URL).toBe(APP_URL);
    expect(APP_SCHEME_PRIVILEGES).toMatchObject({ standard: true, secure: true, supportFetchAPI: true, bypassCSP: false, corsEnabled: false });
    const files = new Map([['/opt/PlanPath/resources/app.asar/dist-web/index.html', new TextEncoder().encode('<!doctype html>')]]);
    const handler = createAppProtocolHandler({
      root: '/opt/PlanPath/resources/app.asar/dist-web',
      policy: CONTENT_SECURITY_POLICY,
      readFile: async (file) => files.get(file) ?? Promise.reject(Object.assign(new Error('ENOENT'), { code: 'ENOENT' })),
      stat: async (file) => (files.has(file) ? { isFile: () => true } : Promise.reject(Object.assign(new Error('ENOENT'), { code: 'ENOENT' }))),
      platform: 'linux',
    });
    const page = await handler(new Request(APP_URL));
    expect(page.status).toBe(200);
    expect(page.headers.get('Content-Security-Policy')).toBe(CONTENT_SECURITY_POLICY);
    expect((await handler(new Request('app://planpath/..%2F..%2F..%2Fetc%2Fpasswd'))).status).toBe(403);
    for (const url of ['file:///opt/PlanPath/resources/app.asar/dist-web/index.html', 'app://planpath/assets/x.js', 'app://other/index.html']) {
      expect(isAppUrl(url), url).toBe(false);
      expect(hardenedContents().prevented('will-navigate', url), url).toBe(true);
    }
  });

  it('19. fuses: no run-as-node, NODE_OPTIONS or --inspect; the app only from a checked app.asar', async () => {
    const config = await getConfig(PROJECT_ROOT, 'electron-builder.yml', null);
    expect(config.electronFuses).toMatchObject({
      runAsNode: false,
      enableNodeOptionsEnvironmentVariable: false,
      enableNodeCliInspectArguments: false,
      enableEmbeddedAsarIntegrityValidation: true,
      onlyLoadAppFromAsar: true,
      enableCookieEncryption: true,
    });
  });

  it('20. no Electron API reaches the page: the preload exposes PlanPath functions, listeners get payloads only', () => {
    const listeners = new Map<string, (event: unknown, ...args: unknown[]) => void>();
    const ipc: IpcRendererLike = {
      invoke: async () => null,
      send: () => undefined,
      on: (channel, listener) => void listeners.set(channel, listener),
      removeListener: () => undefined,
    };
    const api = createPreloadApi(ipc, []);
    expect(Object.values(api).every((value) => typeof value === 'function')).toBe(true);
    expect(Object.keys(api)).not.toEqual(expect.arrayContaining(['invoke', 'send', 'on', 'ipcRenderer']));
    const got: unknown[][] = [];
    api.onMenuCommand((...args: unknown[]) => got.push(args));
    listeners.get('menu:command')?.({ sender: 'the IPC event, with its sender' }, 'file:save');
    expect(got).toEqual([['file:save']]);
  });
});
