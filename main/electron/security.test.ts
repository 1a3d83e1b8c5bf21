import { describe, expect, it, vi } from 'vitest';
import type { Session, WebContents } from 'electron';
import { createAppUrlMatcher } from './app-url';
import { CONTENT_SECURITY_POLICY, cspHeadersListener, devContentSecurityPolicy } from './content-security-policy';
import { hardenSession, hardenWebContents, isSafeExternalUrl, openExternalSafely } from './security';

const APP_URL = 'app://planpath/index.html';
const isAppUrl = createAppUrlMatcher();

type Handler = (...args: never[]) => unknown;

function fakeContents() {
  const handlers = new Map<string, Handler>();
  let openHandler: ((details: { url: string }) => { action: string }) | undefined;
  const contents = {
    on: vi.fn((event: string, handler: Handler) => {
      handlers.set(event, handler);
      return contents;
    }),
    setWindowOpenHandler: vi.fn((handler: (details: { url: string }) => { action: string }) => {
      openHandler = handler;
    }),
  };
  const emit = (event: string, url: string) => {
    const e = { url, preventDefault: vi.fn() };
    const handler = handlers.get(event) as ((e: { url: string; preventDefault(): void }) => void) | undefined;
    handler?.(e);
    return e.preventDefault.mock.calls.length > 0;
  };
  return {
    // A stand-in with the two methods hardenWebContents uses.
    contents: contents as unknown as WebContents,
    denied: (url: string) => emit('will-navigate', url),
    redirectDenied: (url: string) => emit('will-redirect', url),
    webviewDenied: () => emit('will-attach-webview', ''),
    open: (url: string) => openHandler?.({ url }),
  };
}

describe('navigation and new windows', () => {
  it('denies navigation away from our page; http(s) goes to the system browser', async () => {
    const openExternal = vi.fn();
    const page = fakeContents();
    hardenWebContents(page.contents, { isAppUrl, openExternal });
    expect(page.denied(APP_URL)).toBe(false);
    expect(page.denied(`${APP_URL}#/scenarios`)).toBe(false);
    expect(page.denied('https://www.xz.gov.cn/')).toBe(true);
    expect(page.denied('file:///etc/passwd')).toBe(true);
    // The built page opened from disk is not ours any more: the UI is served over app://.
    expect(page.denied('file:///app/dist-web/index.html')).toBe(true);
    expect(page.denied('app://planpath/assets/index.js')).toBe(true);
    expect(page.denied('javascript:alert(1)')).toBe(true);
    expect(page.redirectDenied('https://evil.example/')).toBe(true);
    expect(page.webviewDenied()).toBe(true);
    await Promise.resolve();
    expect(openExternal.mock.calls).toEqual([['https://www.xz.gov.cn/']]);
  });

  it('denies every window.open; only http(s) reaches the system browser', async () => {
    const openExternal = vi.fn();
    const page = fakeContents();
    hardenWebContents(page.contents, { isAppUrl, openExternal });
    for (const url of ['https://stats.gov.cn/', 'http://example.com/', APP_URL, 'file:///etc/passwd', 'smb://host/share', 'javascript:1']) {
      expect(page.open(url)).toEqual({ action: 'deny' });
    }
    await Promise.resolve();
    expect(openExternal.mock.calls).toEqual([['https://stats.gov.cn/'], ['http://example.com/']]);
  });

  it('opens only http and https links outside', async () => {
    expect(isSafeExternalUrl('https://a.b/c?d')).toBe(true);
    expect(isSafeExternalUrl('http://a.b/')).toBe(true);
    for (const bad of ['file:///C:/Windows/System32/calc.exe', 'javascript:alert(1)', 'data:text/html,x', 'ms-msdt:x', 'mailto:a@b.c', '', 'https//no-colon']) {
      expect(isSafeExternalUrl(bad)).toBe(false);
    }
    const openExternal = vi.fn();
    await expect(openExternalSafely('file:///etc/passwd', { openExternal })).rejects.toThrow(/only http and https/);
    await openExternalSafely('https://a.b/', { openExternal });
    expect(openExternal).toHaveBeenCalledExactlyOnceWith('https://a.b/');
  });
});

describe('permissions', () => {
  it('refuses every permission request but clipboard writes from our page', () => {
    let request: ((wc: unknown, permission: string, callback: (granted: boolean) => void, details: { requestingUrl: string }) => void) | undefined;
    let check: ((wc: unknown, permission: string, origin: string, details: { requestingUrl?: string }) => boolean) | undefined;
    const session = {
      setPermissionRequestHandler: vi.fn((h: typeof request) => (request = h)),
      setPermissionCheckHandler: vi.fn((h: typeof check) => (check = h)),
    };
    // A stand-in with the two methods hardenSession uses.
    hardenSession(session as unknown as Session, { isAppUrl });
    const ask = (permission: string, url: string) => {
      const callback = vi.fn();
      request?.(null, permission, callback, { requestingUrl: url });
      return callback.mock.calls[0]?.[0];
    };
    for (const p of ['media', 'geolocation', 'notifications', 'openExternal', 'fileSystem', 'clipboard-read', 'unknown']) {
      expect(ask(p, APP_URL)).toBe(false);
    }
    expect(ask('clipboard-sanitized-write', APP_URL)).toBe(true);
    expect(ask('clipboard-sanitized-write', 'https://evil.example/')).toBe(false);
    expect(check?.(null, 'media', 'file://', { requestingUrl: APP_URL })).toBe(false);
    expect(check?.(null, 'clipboard-sanitized-write', 'file://', { requestingUrl: APP_URL })).toBe(true);
    expect(check?.(null, 'clipboard-sanitized-write', 'file://', {})).toBe(false);
  });
});

describe('content security policy', () => {
  it('is the strict policy', () => {
    expect(CONTENT_SECURITY_POLICY.split('; ')).toEqual([
      "default-src 'self'",
      "script-src 'self'",
      "style-src 'self' 'unsafe-inline'",
      "img-src 'self' data: blob:",
      "font-src 'self' data:",
      "connect-src 'self'",
      "object-src 'none'",
      "base-uri 'none'",
      "frame-ancestors 'none'",
    ]);
    expect(CONTENT_SECURITY_POLICY).not.toMatch(/unsafe-eval/);
  });

  it('replaces whatever CSP a response had with ours', () => {
    const callback = vi.fn();
    cspHeadersListener(CONTENT_SECURITY_POLICY)(
      {
        responseHeaders: { 'content-security-policy': ["default-src *"], 'Content-Type': ['text/html'] },
      } as unknown as Parameters<ReturnType<typeof cspHeadersListener>>[0],
      callback,
    );
    expect(callback).toHaveBeenCalledWith({
      responseHeaders: { 'Content-Type': ['text/html'], 'Content-Security-Policy': [CONTENT_SECURITY_POLICY] },
    });
  });

  it('relaxes only inline scripts and the HMR socket for the dev server', () => {
    const dev = devContentSecurityPolicy('http://localhost:5173/');
    expect(dev).toContain("script-src 'self' 'unsafe-inline'");
    expect(dev).toContain("connect-src 'self' ws://localhost:5173");
    expect(dev).toContain("object-src 'none'");
    expect(dev).not.toMatch(/unsafe-eval/);
  });
});
