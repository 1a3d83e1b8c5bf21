/**
 * Issue 13: a command from each menu reaches the renderer (File, Edit, View, Help, and
 * the menu rebuilt in English when the UI switches language), and the security
 * checklist as the running app holds it: the window's webPreferences, the session's
 * handlers, the CSP in force in the page, navigation and new windows denied (http(s)
 * handed to the system browser), IPC from another page or with bad arguments refused.
 */
import { readFileSync } from 'node:fs';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { META_CONTENT_SECURITY_POLICY } from '../../main/build/csp-meta';
import { until } from '../support/until';
import { INDEX_HTML, launchDesktop, PRELOAD_BUNDLE, type DesktopApp, USE_HARNESS } from './desktop-app';
import { plainLabel } from './stand-in/menu';
import { TIMEOUTS } from '../../test-timeouts';

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
    await modal.waitFor();
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

  it("main's Content-Security-Policy header is in force: no inline script, no eval", async () => {
    const headers: Record<string, string[]> = {};
    d.control.session.headersListener?.(
      { url: `file://${INDEX_HTML}`, method: 'GET', resourceType: 'mainFrame', statusCode: 200, responseHeaders: { 'content-security-policy': ["default-src *"] } },
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

  it('the Monte Carlo worker starts from file:// under the policy', async () => {
    const page = d.page();
    await page.getByTestId('view-tab-uncertainty').click();
    await page.getByTestId('mc-run').click();
    await page.locator('[data-testid="mc-status"][data-worker-ms]').waitFor({ timeout: TIMEOUTS.longWait });
    await page.getByTestId('view-tab-charts').click();
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
    const appUrl = `file://${INDEX_HTML}`;
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
    expect(check(null, 'geolocation', 'file://', { requestingUrl: appUrl })).toBe(false);
    expect(check(null, 'clipboard-sanitized-write', 'file://', { requestingUrl: appUrl })).toBe(true);
  });

  it('IPC from another page, with bad arguments, or with an uncloneable payload is refused', async () => {
    const forged = await d.control.ipcMain.receiveInvoke('file:recent-list', { sender: null, senderFrame: { url: 'https://evil.example/', parent: null, name: '' }, processId: 1, frameId: 1 }, []);
    expect(forged).toMatchObject({ ok: false });
    expect(forged.ok ? '' : forged.message).toContain("IPC 'file:recent-list' refused: the sender (https://evil.example/) is not PlanPath's own page.");

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
