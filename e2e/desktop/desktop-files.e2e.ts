/**
 * Issue 13: the desktop app's files, through the real main bundle, preload and page.
 * Start on the embedded plan; File → Open a plan file (scripted dialog), edit, Ctrl+S
 * (the file is replaced by a rename: a new inode, no temporary file left); Save As and
 * Open Recent; closing with unsaved changes asks first (Cancel keeps the window, Save
 * saves and closes, and the app quits cleanly).
 */
import { existsSync, readdirSync, readFileSync, statSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { parsePlanText } from '../../models/plan/validate-plan';
import { until } from '../support/until';
import { DESKTOP_STEP_TIMEOUT, launchDesktop, PROJECT_ROOT, type DesktopApp, USE_HARNESS } from './desktop-app';
import { findItem, plainLabel } from './stand-in/menu';

let d: DesktopApp;
let planFile = '';
let copyId = '';

function savedPlan(file: string) {
  const parsed = parsePlanText(readFileSync(file, 'utf8'), 'en');
  if (!parsed.ok) throw new Error(`${file} is not a valid plan: ${JSON.stringify(parsed.issues.slice(0, 3))}`);
  return parsed.plan;
}

beforeAll(async () => {
  if (!USE_HARNESS) return;
  d = await launchDesktop();
  planFile = path.join(d.documents, 'city-plan.json');
  // With the reference to its JSON Schema an editor uses: it must survive load and save.
  const text = readFileSync(path.join(PROJECT_ROOT, 'scenarios', 'xuzhou-14th-fyp.json'), 'utf8');
  writeFileSync(planFile, text.replace(/^\{/, '{\n  "$schema": "./plan.schema.json",'));
});
afterAll(async () => {
  await d?.dispose();
});

describe.skipIf(!USE_HARNESS)('desktop: files', () => {
  it('starts on the embedded plan, with the preload API in the page', async () => {
    expect(await d.app().fileName.textContent()).toBe('xuzhou-14th-fyp.json');
    expect(d.title()).toBe('xuzhou-14th-fyp.json — PlanPath');
    const info = await d.page().evaluate(() => window.planpath.info());
    const version = (JSON.parse(readFileSync(path.join(PROJECT_ROOT, 'package.json'), 'utf8')) as { version: string }).version;
    expect(info).toEqual({ kind: 'electron', version, menuShortcuts: true });
    expect(d.control.flags.sandboxEnabled).toBe(true);
    expect(d.problems()).toEqual([]);
  });

  it('File → Open: the scripted dialog picks a plan file, and the app shows it', async () => {
    d.control.dialogs.pickFiles(planFile);
    await d.clickMenu('文件', '打开…');
    await until(() => d.app().fileName.textContent(), (t) => t === 'city-plan.json', 'the opened file in the header');
    const [call] = d.control.dialogs.calls;
    expect(call?.kind).toBe('open');
    expect(call?.options).toMatchObject({ properties: ['openFile'], filters: [{ extensions: ['json', 'ppath'] }] });
    await until(async () => d.title(), (t) => t === 'city-plan.json — PlanPath', 'the title bar');
  });

  it('edit, then Ctrl+S: the file is replaced atomically, without a dialog', async () => {
    const before = statSync(planFile).ino;
    const dialogsBefore = d.control.dialogs.calls.length;
    copyId = await d.app().scenarios.duplicateSelected();
    await d.app().assumptions.set('gdp', '15th', 5.5);
    await until(async () => d.title(), (t) => t === '• city-plan.json — PlanPath', 'the unsaved mark in the title');

    await d.press('Control+s');
    await until(async () => savedPlan(planFile).scenarios.some((s) => s.id === copyId), (ok) => ok, 'the copy in the saved file', DESKTOP_STEP_TIMEOUT);
    // Written to a temporary file and renamed over the original: a new inode, nothing left behind.
    expect(statSync(planFile).ino).not.toBe(before);
    expect(savedPlan(planFile).$schema).toBe('./plan.schema.json');
    expect(readFileSync(planFile, 'utf8')).toMatch(/^\{\s*"\$schema": "\.\/plan\.schema\.json",/);
    expect(readdirSync(d.documents).sort()).toEqual(['city-plan.json']);
    expect(d.control.dialogs.calls.length).toBe(dialogsBefore);
    await until(async () => d.title(), (t) => t === 'city-plan.json — PlanPath', 'the clean title');
  });

  it('Save As writes a new file; Open Recent lists both and opens one', async () => {
    const copyFile = path.join(d.documents, 'city-plan-copy.json');
    d.control.dialogs.saveTo(copyFile);
    await d.clickMenu('文件', '另存为…');
    await until(async () => existsSync(copyFile), (ok) => ok, 'the Save As file');
    expect(savedPlan(copyFile).scenarios.some((s) => s.id === copyId)).toBe(true);
    await until(async () => d.title(), (t) => t === 'city-plan-copy.json — PlanPath', 'the new name in the title');

    const menu = d.control.applicationMenu();
    if (!menu) throw new Error('no menu');
    const recent = await until(
      async () => (findItem(menu, ['文件', '最近打开']).submenu?.items ?? []).filter((i) => i.id?.startsWith('recent:') && i.id !== 'recent:clear').map((i) => plainLabel(i.label)),
      (labels) => labels.length === 2,
      'two recent files',
    );
    expect(recent).toEqual(['city-plan-copy.json', 'city-plan.json']);
    expect(d.control.recentDocuments).toEqual(expect.arrayContaining([planFile, copyFile]));

    await d.clickMenu('文件', '最近打开', 'city-plan.json');
    await until(() => d.app().fileName.textContent(), (t) => t === 'city-plan.json', 'the recent file opened');
  });

  it('closing with unsaved changes asks first: Cancel keeps the window, Save saves and the app quits', async () => {
    await d.app().scenarios.select(copyId);
    await d.app().assumptions.set('gdp', '15th', 5.2);
    await until(async () => d.title(), (t) => t.startsWith('• '), 'the unsaved mark');

    d.control.dialogs.clickButton(2); // 取消
    const shown = d.control.dialogs.calls.length;
    d.window().close();
    const calls = await d.control.dialogs.waitForCalls(shown + 1);
    expect(calls[shown]?.options).toMatchObject({ message: '是否保存对“city-plan.json”的更改？', buttons: ['保存', '不保存', '取消'] });
    // Cancel answered: the close guard has settled (no prompt pending) and the window is still there.
    await until(async () => d.control.dialogs.pending('message'), (n) => n === 0, 'the prompt answered');
    await until(() => d.page().evaluate(() => document.readyState), (s) => s === 'complete', 'the page still there');
    expect(d.window().isDestroyed()).toBe(false);

    d.control.dialogs.clickButton(0); // 保存
    d.window().close();
    const code = await d.control.exited;
    expect(code).toBe(0);
    const plan = savedPlan(planFile);
    const copy = plan.scenarios.find((s) => s.id === copyId);
    expect(JSON.stringify(copy)).toContain('0.052');
    // A clean quit ends the session: no lock left, so the next start offers no recovery.
    expect(existsSync(path.join(d.userData, 'session.lock'))).toBe(false);
    expect(d.problems()).toEqual([]);
  });
});
