/**
 * The desktop user flows against a real Electron, where one is installed: set
 * ELECTRON_PATH (the stand-in specs still run beside this one). On Linux run the suite
 * under `xvfb-run -a`; as root Electron gets --no-sandbox (real-electron-host.ts). Open a plan file, edit, Ctrl+S,
 * Save As, Open Recent, a menu command, a CSV export, no Node in the page, the page on
 * app://planpath/ with the Monte Carlo worker started from it, and the close prompt. Without ELECTRON_PATH this file is skipped: the binary cannot be
 * fetched on the project's machines.
 */
import { copyFileSync, existsSync, mkdtempSync, readFileSync, rmSync, statSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { APP_INDEX_URL } from '../../main/electron/app-protocol';
import { CONTENT_SECURITY_POLICY } from '../../main/electron/content-security-policy';
import { TIMEOUTS } from '../../test-timeouts';
import { until } from '../support/until';
import { DESKTOP_STEP_TIMEOUT, PROJECT_ROOT } from './desktop-app';
import { ELECTRON_PATH, launchRealElectron, type RealElectron } from './real-electron';

const dir = mkdtempSync(path.join(tmpdir(), 'planpath-real-electron-'));
const userData = path.join(dir, 'user-data');
const planFile = path.join(dir, 'city-plan.json');
let e: RealElectron | undefined;

beforeAll(async () => {
  if (!ELECTRON_PATH) return;
  copyFileSync(path.join(PROJECT_ROOT, 'scenarios', 'xuzhou-14th-fyp.json'), planFile);
  e = await launchRealElectron({ userData });
});
afterAll(async () => {
  await e?.close().catch(() => undefined);
  rmSync(dir, { recursive: true, force: true });
});

function real(): RealElectron {
  if (!e) throw new Error('Electron did not start');
  return e;
}

describe.skipIf(!ELECTRON_PATH)('real Electron (ELECTRON_PATH)', () => {
  it('starts on the embedded plan with the preload API, and nothing of Node in the page', async () => {
    const { page } = real();
    expect(await page.evaluate(() => window.planpath.info().kind)).toBe('electron');
    const globals = await page.evaluate(() => {
      const w = window as unknown as Record<string, unknown>;
      return [typeof w.require, typeof w.process, typeof w.module];
    });
    expect(globals).toEqual(['undefined', 'undefined', 'undefined']);
  });

  it('the page is app://planpath/index.html, with the CSP header, and the Monte Carlo worker starts from it', async () => {
    const { page } = real();
    expect(page.url()).toBe(APP_INDEX_URL);
    const seen = await page.evaluate(async () => ({ origin: location.origin, secure: isSecureContext, csp: (await fetch('/index.html')).headers.get('content-security-policy') }));
    expect(seen).toEqual({ origin: 'app://planpath', secure: true, csp: CONTENT_SECURITY_POLICY });
    await page.getByTestId('view-tab-uncertainty').click();
    await page.getByTestId('mc-run').click();
    await page.locator('[data-testid="mc-status"][data-worker-ms]').waitFor({ timeout: TIMEOUTS.longWait });
    await page.getByTestId('view-tab-charts').click();
  });

  it('File → Open, edit, Ctrl+S replaces the file; Save As; Open Recent', async () => {
    const r = real();
    await r.answer('open', { canceled: false, filePaths: [planFile] });
    await r.clickMenu('文件', '打开…');
    await until(() => r.app.fileName.textContent(), (t) => t === 'city-plan.json', 'the opened file');
    const inode = statSync(planFile).ino;
    const copy = await r.app.scenarios.duplicateSelected();
    await r.app.blur();
    await r.page.keyboard.press('Control+s');
    await until(async () => readFileSync(planFile, 'utf8').includes(`"${copy}"`), (ok) => ok, 'the saved copy', DESKTOP_STEP_TIMEOUT);
    expect(statSync(planFile).ino).not.toBe(inode);

    const saveAs = path.join(dir, 'city-plan-copy.json');
    await r.answer('save', { canceled: false, filePath: saveAs });
    await r.clickMenu('文件', '另存为…');
    await until(async () => existsSync(saveAs), (ok) => ok, 'the Save As file');
    await r.clickMenu('文件', '最近打开', 'city-plan.json');
    await until(() => r.app.fileName.textContent(), (t) => t === 'city-plan.json', 'the recent file');
  });

  it('View → real / nominal reaches the page; File → Export writes a CSV', async () => {
    const r = real();
    const basis = await r.app.basis();
    await r.clickMenu('视图', '切换实际价格 / 名义价格');
    await until(() => r.app.basis(), (b) => b !== basis, 'the other basis');
    const csv = path.join(dir, 'projection.csv');
    await r.answer('save', { canceled: false, filePath: csv });
    await r.clickMenu('文件', '导出…');
    await r.page.getByTestId('export-csv').click();
    await until(async () => existsSync(csv), (ok) => ok, 'the CSV');
    expect(readFileSync(csv, 'utf8')).toContain('地区生产总值');
  });

  it('closing with unsaved changes asks first; Cancel keeps the window', async () => {
    const r = real();
    await r.app.scenarios.duplicateSelected();
    await r.answer('message', { response: 2, checkboxChecked: false });
    await r.electron.evaluate(({ BrowserWindow }) => BrowserWindow.getAllWindows()[0]?.close());
    await until(async () => (await r.dialogCalls()).some((c) => c.kind === 'message'), (ok) => ok, 'the close prompt');
    expect(await r.electron.evaluate(({ BrowserWindow }) => BrowserWindow.getAllWindows().length)).toBe(1);
    expect(await r.title()).toMatch(/^• /);
  });
});
