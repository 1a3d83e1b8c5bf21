/**
 * Issue 13: a command from each menu reaches the renderer (File, Edit, View, Help, and
 * the menu rebuilt in English when the UI switches language), and the security
 * checklist as the running app holds it: the window's webPreferences, the session's
 * handlers, the page served over app://planpath/ by main's protocol handler (the CSP
 * header on every response, the workers started from it), navigation and new windows
 * denied (http(s) handed to the system browser), IPC from another page or with bad
 * arguments refused.
 */
import { readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { META_CONTENT_SECURITY_POLICY } from '../../main/build/csp-meta';
import { APP_INDEX_URL } from '../../main/electron/app-protocol';
import { CONTENT_SECURITY_POLICY } from '../../main/electron/content-security-policy';
import { until } from '../support/until';
import { INDEX_HTML, launchDesktop, PRELOAD_BUNDLE, type DesktopApp, USE_HARNESS } from './desktop-app';
import { plainLabel } from './stand-in/menu';
import { TIMEOUTS } from '../../test-timeouts';
import { dialogOpened } from '../support/dialog';

let d: DesktopApp;
let copy = '';

beforeAll(async () => {
  if (!USE_HARNESS) return;
  d = await launchDesktop();
});
afterAll(async () => {
  await d?.dispose();
});

function topLabels(): string[] {
  return (d.control.applicationMenu()?.items ?? []).map((i) => plainLabel(i.label));
}

describe.skipIf(!USE_HARNESS)('desktop: menus', () => {
  it('Edit → Undo and Redo reach the store', async () => {
    const before = await d.app().scenarios.ids();
    copy = await d.app().scenarios.duplicateSelected();
    await d.clickMenu('编辑', '撤销');
    await until(() => d.app().scenarios.ids(), (ids) => !ids.includes(copy), 'the copy undone');
    expect(await d.app().scenarios.ids()).toEqual(before);
    await d.clickMenu('编辑', '重做');
    await until(() => d.app().scenarios.ids(), (ids) => ids.includes(copy), 'the copy redone');
  });

  it('View → real / nominal switches the price basis', async () => {
    const basis = await d.app().basis();
    await d.clickMenu('视图', '切换实际价格 / 名义价格');
    await until(() => d.app().basis(), (b) => b !== basis, 'the other basis');
  });

  it('View → English: the UI and then the menu itself switch language', async () => {
    expect(topLabels()).toEqual(['文件', '编辑', '视图', '帮助']);
    await d.clickMenu('视图', 'English（切换语言）');
    await until(() => d.page().evaluate(() => document.documentElement.lang), (l) => l === 'en', 'the UI in English');
    await until(async () => topLabels(), (labels) => labels[0] === 'File', 'the menu in English');
    expect(topLabels()).toEqual(['File', 'Edit', 'View', 'Help']);
    await d.clickMenu('View', '中文（切换语言）');
    await until(async () => topLabels()[0], (l) => l === '文件', 'the menu in Chinese again');
  });

  it('Help → About shows the version', async () => {
    await d.clickMenu('帮助', '关于 PlanPath');
    const modal = d.page().locator('.ant-modal-confirm');
    await dialogOpened(modal);
    const version = await d.page().evaluate(() => window.planpath.info().version);
    expect(await modal.textContent()).toContain(version);
    await modal.getByRole('button').last().click();
    await modal.waitFor({ state: 'detached' });
  });

  it('File → New asks before discarding the unsaved copy, offers the starting points, then starts on the Xuzhou example untitled', async () => {
    expect(d.title()).toBe('• xuzhou-14th-fyp.json — PlanPath');
    await d.clickMenu('文件', '新建');
    await d.app().files.confirmDiscard();
    await d.app().files.chooseTemplate('xuzhou');
    await until(() => d.app().scenarios.ids(), (ids) => !ids.includes(copy), 'the copy gone');
    await until(async () => d.title(), (t) => t === '未命名规划 — PlanPath', 'a clean, untitled title');
    expect(d.problems()).toEqual([]);
  });

  it('Ctrl+O is the File → Open accelerator: it shows the open dialog', async () => {
    d.control.dialogs.expect('open', { canceled: true, filePaths: [] });
    const shown = d.control.dialogs.calls.length;
    await d.app().blur();
    await d.press('Control+o');
    const calls = await d.control.dialogs.waitForCalls(shown + 1);
    expect(calls[shown]?.kind).toBe('open');
  });
});

describe.skipIf(!USE_HARNESS)('desktop: the security checklist, as the running app holds it', () => {
  it('the window: context isolation, sandbox, no Node, no webview, the preload bundle; app-wide sandbox', () => {
    const prefs = d.window().options.webPreferences ?? {};
    expect(prefs).toMatchObject({
      preload: PRELOAD_BUNDLE,
      contextIsolation: true,
      sandbox: true,
      nodeIntegration: false,
      nodeIntegrationInWorker: false,
      nodeIntegrationInSubFrames: false,
      webSecurity: true,
      allowRunningInsecureContent: false,
      webviewTag: false,
    });
    expect(d.control.flags.sandboxEnabled).toBe(true);
  });

  it('the page sees window.planpath and nothing of Node or Electron; the API cannot be replaced', async () => {
    const seen = await d.page().evaluate(() => {
      const w = window as unknown as Record<string, unknown>;
      let replaced = true;
      try {
        w.planpath = {};
      } catch {
        replaced = false;
      }
      return {
        require: typeof w.require,
        process: typeof w.process,
        module: typeof w.module,
        replaced: replaced && w.planpath !== window.planpath,
        keys: Object.keys(window.planpath).sort(),
      };
    });
    expect(seen).toMatchObject({ require: 'undefined', process: 'undefined', module: 'undefined', replaced: false });
    expect(seen.keys).toEqual(expect.arrayContaining(['info', 'openPlanFile', 'savePlanFile', 'onMenuCommand']));
  });

  it("the UI is app://planpath/index.html, served by main's app:// handler: the scheme privileged before ready", async () => {
    expect(d.window().webContents.getURL()).toBe(APP_INDEX_URL);
    const schemes = d.control.schemes;
    expect(schemes.calls.slice(0, 2)).toEqual(['registerSchemesAsPrivileged:app', 'handle:app']);
    expect(schemes.privileged.get('app')).toMatchObject({ standard: true, secure: true, supportFetchAPI: true, bypassCSP: false, corsEnabled: false });
    const page = schemes.served.find((s) => s.url === APP_INDEX_URL);
    expect(page).toEqual({ url: APP_INDEX_URL, status: 200, contentType: 'text/html; charset=utf-8', csp: CONTENT_SECURITY_POLICY });
    const scripts = schemes.served.filter((s) => /^app:\/\/planpath\/assets\/.+\.js$/.test(s.url));
    expect(scripts.length).toBeGreaterThan(3);
    for (const s of scripts) expect(s, s.url).toMatchObject({ status: 200, contentType: 'text/javascript; charset=utf-8', csp: CONTENT_SECURITY_POLICY });
    // Seen from the page: its own origin, the header on a response, nothing outside dist-web/.
    const seen = await d.page().evaluate(async () => {
      const index = await fetch('/index.html');
      const outside = await fetch('/..%2F..%2Fpackage.json');
      const missing = await fetch('/assets/no-such-file.js');
      return { secure: isSecureContext, csp: index.headers.get('content-security-policy'), outside: outside.status, missing: missing.status };
    });
    expect(seen).toEqual({ secure: true, csp: CONTENT_SECURITY_POLICY, outside: 403, missing: 404 });
    // The browser logs the two refusals it was just given; they are this test's own doing.
    const problems = d.control.runtime.problems;
    for (const p of problems.filter((x) => /Failed to load resource: the server responded with a status of 40[34]/.test(x))) problems.splice(problems.indexOf(p), 1);
    expect(d.problems()).toEqual([]);
  });

  it("main's Content-Security-Policy is in force: no inline script, no eval", async () => {
    // The session's header listener, for any response that is not app:// (the dev server's).
    const headers: Record<string, string[]> = {};
    d.control.session.headersListener?.(
      { url: 'http://localhost:5173/', method: 'GET', resourceType: 'mainFrame', statusCode: 200, responseHeaders: { 'content-security-policy': ["default-src *"] } },
      (r) => Object.assign(headers, r.responseHeaders),
    );
    expect(Object.keys(headers)).toEqual(['Content-Security-Policy']);
    expect(String(headers['Content-Security-Policy'])).toContain("script-src 'self'");
    const result = await d.page().evaluate(async () => {
      const violations: string[] = [];
      document.addEventListener('securitypolicyviolation', (e) => violations.push(e.violatedDirective));
      const script = document.createElement('script');
      script.textContent = 'window.__inlineRan = true';
      document.head.append(script);
      // From a task of the page's own: DevTools evaluations are allowed eval whatever the CSP.
      const evalRan = await new Promise<boolean>((resolve) =>
        setTimeout(() => {
          try {
            resolve((0, eval)('true') === true);
          } catch {
            resolve(false);
          }
        }, 0),
      );
      await new Promise((r) => setTimeout(r, 50));
      return { inline: (window as unknown as { __inlineRan?: boolean }).__inlineRan === true, evalRan, violations };
    });
    expect(result.inline).toBe(false);
    expect(result.evalRan).toBe(false);
    expect(result.violations.some((v) => v.startsWith('script-src'))).toBe(true);
    // The console errors of these refusals are this test's own doing: take them off the list.
    const problems = d.control.runtime.problems;
    const own = problems.filter((p) => /violates the following Content Security Policy directive/.test(p));
    expect(own.length).toBeGreaterThan(0);
    for (const p of own) problems.splice(problems.indexOf(p), 1);
  });

  it('the built index.html carries the same policy as a <meta> (frame-ancestors aside), first in <head>', () => {
    const html = readFileSync(INDEX_HTML, 'utf8');
    const meta = html.match(/<meta http-equiv="Content-Security-Policy" content="([^"]+)"/);
    expect(meta?.[1]).toBe(META_CONTENT_SECURITY_POLICY);
    expect(html.indexOf('http-equiv="Content-Security-Policy"')).toBeLessThan(html.indexOf('<script'));
  });

  it('the Monte Carlo worker starts from app:// under the policy (a module worker, served by the handler)', async () => {
    const page = d.page();
    await page.getByTestId('view-tab-uncertainty').click();
    await page.getByTestId('mc-run').click();
    await page.locator('[data-testid="mc-status"][data-worker-ms]').waitFor({ timeout: TIMEOUTS.longWait });
    await page.getByTestId('view-tab-charts').click();
    const worker = d.control.schemes.served.find((s) => /^app:\/\/planpath\/assets\/monte-carlo\.worker-[\w-]+\.js$/.test(s.url));
    expect(worker).toMatchObject({ status: 200, contentType: 'text/javascript; charset=utf-8', csp: CONTENT_SECURITY_POLICY });
    expect(d.problems()).toEqual([]);
  });

  it('the plan-parse and extract workers start from app:// too and answer a real request', async () => {
    // The UI falls back to parsing on the page when a worker cannot start, so ask the built workers directly.
    const assets = readdirSync(path.join(path.dirname(INDEX_HTML), 'assets'));
    const script = (prefix: string) => {
      const name = assets.find((a) => a.startsWith(prefix) && a.endsWith('.js'));
      if (!name) throw new Error(`no ${prefix}*.js in dist-web/assets`);
      return `/assets/${name}`;
    };
    const replies = await d.page().evaluate(
      async ({ parseUrl, extractUrl, timeout }) => {
        const ask = (url: string, message: unknown) =>
          new Promise<unknown>((resolve) => {
            const worker = new Worker(url, { type: 'module' });
            const timer = setTimeout(() => resolve('no answer'), timeout);
            const end = (value: unknown) => {
              clearTimeout(timer);
              worker.terminate();
              resolve(value);
            };
            worker.addEventListener('message', (event: MessageEvent) => end(event.data));
            worker.addEventListener('error', (event) => end(`error: ${(event as ErrorEvent).message}`));
            worker.postMessage(message);
          });
        return {
          parse: await ask(parseUrl, { id: 7, text: '{"schemaVersion":', lang: 'en' }),
          extract: await ask(extractUrl, { id: 8, text: '到2025年，地区生产总值达到10000亿元。' }),
        };
      },
      { parseUrl: script('plan-parse.worker-'), extractUrl: script('extract.worker-'), timeout: TIMEOUTS.wait },
    );
    expect(replies.parse).toMatchObject({ id: 7, result: { ok: false } });
    expect(replies.extract).toMatchObject({ id: 8, result: expect.any(Object) });
    for (const prefix of ['plan-parse.worker-', 'extract.worker-']) {
      const served = d.control.schemes.served.find((s) => s.url.startsWith(`app://planpath/assets/${prefix}`));
      expect(served, prefix).toMatchObject({ status: 200, contentType: 'text/javascript; charset=utf-8', csp: CONTENT_SECURITY_POLICY });
    }
    expect(d.problems()).toEqual([]);
  });

  it('navigation away is denied and an https link goes to the system browser; new windows are denied', async () => {
    const page = d.page();
    const url = page.url();
    await page.evaluate(() => {
      location.href = 'https://example.com/elsewhere';
    });
    await until(async () => d.control.shell.openExternal, (urls) => urls.includes('https://example.com/elsewhere'), 'the link opened outside');
    expect(page.url()).toBe(url);
    // Another app:// URL is not a page of ours either (only index.html is): denied, not opened outside.
    await page.evaluate(() => {
      location.href = '/assets/other.html';
    });
    await until(async () => d.logs.join('\n'), (logs) => logs.includes('blocked: app://planpath/assets/other.html'), 'the app:// navigation refused');
    expect(page.url()).toBe(url);
    expect(d.window().webContents.navigationsAllowed).toEqual([]);

    expect(d.window().webContents.windowOpen('https://example.org/')).toEqual({ action: 'deny' });
    expect(d.control.shell.openExternal).toContain('https://example.org/');
    expect(d.window().webContents.windowOpen('file:///etc/passwd')).toEqual({ action: 'deny' });
    expect(d.control.shell.openExternal).not.toContain('file:///etc/passwd');
    // A link the user clicks that opens a new window (window.open without a click is the popup blocker's).
    await page.evaluate(() => {
      const a = document.createElement('a');
      a.href = 'https://example.net/';
      a.target = '_blank';
      a.textContent = 'external link';
      a.id = 'e2e-external-link';
      a.style.cssText = 'position:fixed;top:0;left:0;z-index:99999;background:#fff';
      document.body.append(a);
    });
    await page.locator('#e2e-external-link').click();
    await until(async () => d.control.shell.openExternal, (urls) => urls.includes('https://example.net/'), 'window.open sent outside');
    expect(d.window().webContents.popupsAllowed).toEqual([]);
    await until(async () => d.control.windows.length, (n) => n === 1, 'one window');
    await page.evaluate(() => document.getElementById('e2e-external-link')?.remove());
  });

  it('the session refuses every permission but clipboard writes from our own page', () => {
    const request = d.control.session.permissionRequestHandler;
    const check = d.control.session.permissionCheckHandler;
    if (!request || !check) throw new Error('main set no permission handlers');
    const appUrl = APP_INDEX_URL;
    const answers: Record<string, boolean> = {};
    for (const [permission, url] of [
      ['geolocation', appUrl],
      ['media', appUrl],
      ['notifications', appUrl],
      ['openExternal', appUrl],
      ['clipboard-sanitized-write', appUrl],
      ['clipboard-sanitized-write', 'https://evil.example/'],
    ] as const) {
      request(null, permission, (granted) => (answers[`${permission} ${url}`] = granted), { requestingUrl: url });
    }
    expect(Object.entries(answers).filter(([, granted]) => granted).map(([k]) => k)).toEqual([`clipboard-sanitized-write ${appUrl}`]);
    expect(check(null, 'geolocation', 'app://planpath', { requestingUrl: appUrl })).toBe(false);
    expect(check(null, 'clipboard-sanitized-write', 'app://planpath', { requestingUrl: appUrl })).toBe(true);
    // The built page opened from disk is not our page any more.
    expect(check(null, 'clipboard-sanitized-write', 'file://', { requestingUrl: `file://${INDEX_HTML}` })).toBe(false);
  });

  it('IPC from another page, with bad arguments, or with an uncloneable payload is refused', async () => {
    const forged = await d.control.ipcMain.receiveInvoke('file:recent-list', { sender: null, senderFrame: { url: 'https://evil.example/', parent: null, name: '' }, processId: 1, frameId: 1 }, []);
    expect(forged).toMatchObject({ ok: false });
    expect(forged.ok ? '' : forged.message).toContain("IPC 'file:recent-list' refused: the sender (https://evil.example/) is not PlanPath's own page.");
    const fromDisk = await d.control.ipcMain.receiveInvoke('file:recent-list', { sender: null, senderFrame: { url: `file://${INDEX_HTML}`, parent: null, name: '' }, processId: 1, frameId: 1 }, []);
    expect(fromDisk).toMatchObject({ ok: false });

    const errors = await d.page().evaluate(async () => {
      const api = window.planpath as unknown as Record<string, (...a: unknown[]) => Promise<unknown>>;
      const reason = (p: Promise<unknown>) => p.then(() => 'resolved', (e: unknown) => (e instanceof Error ? e.message : String(e)));
      return {
        badType: await reason(api.openRecent!(42)),
        notGranted: await reason(api.openRecent!('/etc/passwd')),
        uncloneable: await reason(api.exportFile!({ suggestedName: 'x.csv', data: () => 1, mimeType: 'text/csv' })),
        external: await reason(api.openExternal!('file:///etc/passwd')),
      };
    });
    expect(errors.badType).toMatch(/^IPC 'file:open-recent' refused: invalid arguments — argument 1: /);
    expect(errors.notGranted).toContain('PlanPath did not open "/etc/passwd"');
    expect(errors.uncloneable).toMatch(/could not be cloned/);
    expect(errors.external).toContain('only http and https links open outside PlanPath');
  });
});
