import { mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import type { UiLanguage } from '../../renderer/platform/platform-api';
import { createPathGrants } from './path-grants';
import { createPlatformHandlers, safeFileName, type DialogDeps } from './platform-handlers';
import { openRecentFilesStore, type RecentFilesStore } from './recent-files';
import { createSaveBeforeCloseBroker } from './save-before-close';
import { createDocumentTracker } from './unsaved-changes';
import { createWorkspaceAutosave } from './workspace-autosave';

const PLAN_TEXT = readFileSync(path.join(import.meta.dirname, '../../scenarios/xuzhou-14th-fyp.json'), 'utf8');

let dir: string;
beforeEach(() => {
  dir = mkdtempSync(path.join(tmpdir(), 'planpath-handlers-'));
});
afterEach(() => {
  rmSync(dir, { recursive: true, force: true });
});

async function setup(dialogs: Partial<DialogDeps> = {}) {
  const recent: RecentFilesStore = await openRecentFilesStore({ file: path.join(dir, 'recent.json'), platform: 'linux' });
  const grants = createPathGrants('linux', (p) => recent.has(p));
  const openDialog = vi.fn<DialogDeps['showOpenDialog']>(async () => ({ canceled: true, filePaths: [] }));
  const saveDialog = vi.fn<DialogDeps['showSaveDialog']>(async () => ({ canceled: true }));
  const openExternal = vi.fn(async () => undefined);
  const onState = vi.fn();
  const sent: number[] = [];
  const broker = createSaveBeforeCloseBroker((id) => sent.push(id));
  let lang: UiLanguage = 'en';
  const handlers = createPlatformHandlers({
    dialogs: { showOpenDialog: dialogs.showOpenDialog ?? openDialog, showSaveDialog: dialogs.showSaveDialog ?? saveDialog },
    recent,
    autosave: createWorkspaceAutosave({ dir: path.join(dir, 'userData') }),
    document: createDocumentTracker(onState),
    grants,
    saveBeforeClose: broker,
    getLanguage: () => lang,
    setLanguage: (l) => (lang = l),
    openExternal,
    documentsDir: '/home/u/Documents',
    platform: 'linux',
  });
  return { ...handlers, recent, grants, openDialog, saveDialog, openExternal, onState, broker, sent, lang: () => lang };
}

describe('opening', () => {
  it('asks with a dialog filtered to plan files; cancel gives null', async () => {
    const h = await setup();
    await expect(h.invoke['file:open']()).resolves.toBeNull();
    expect(h.openDialog).toHaveBeenCalledWith({ properties: ['openFile'], filters: [{ name: 'PlanPath plan', extensions: ['json', 'ppath'] }] });
  });

  it('reads the picked file, remembers it as recent and allows it by path afterwards', async () => {
    const file = path.join(dir, 'xuzhou.json');
    writeFileSync(file, PLAN_TEXT);
    const h = await setup({ showOpenDialog: async () => ({ canceled: false, filePaths: [file] }) });
    await expect(h.invoke['file:open']()).resolves.toEqual({ name: 'xuzhou.json', path: file, text: PLAN_TEXT });
    expect(h.recent.list().map((f) => f.path)).toEqual([file]);
    await expect(h.invoke['file:open-recent'](file)).resolves.toMatchObject({ path: file });
  });

  it('returns the validator messages for a bad file and keeps it off the recent list', async () => {
    const file = path.join(dir, 'bad.json');
    writeFileSync(file, '[]');
    const h = await setup({ showOpenDialog: async () => ({ canceled: false, filePaths: [file] }) });
    const opened = await h.invoke['file:open']();
    expect(opened?.issues?.[0]?.code).toBe('not-object');
    expect(h.recent.list()).toEqual([]);
  });

  it('opens a table to import (XLSX/CSV) with its own filter and hands over its bytes', async () => {
    const file = path.join(dir, 'figures.csv');
    writeFileSync(file, 'gdp,2022,8457.84');
    const h = await setup({ showOpenDialog: async (options) => ({ canceled: false, filePaths: options.filters?.[0]?.extensions.includes('xlsx') ? [file] : [] }) });
    const opened = await h.invoke['file:open-data']();
    expect(opened?.name).toBe('figures.csv');
    expect(new TextDecoder().decode(opened?.bytes)).toBe('gdp,2022,8457.84');
    expect(h.recent.list()).toEqual([]);
  });

  it('will not read a path the user never chose', async () => {
    const h = await setup();
    await expect(h.invoke['file:open-recent']('/etc/passwd.json')).rejects.toThrow(/will not read it/);
    await expect(h.invoke['file:open-recent']('relative.json')).rejects.toThrow(/will not read it/);
  });

  it('drops a recent file that is gone', async () => {
    const h = await setup();
    const gone = path.join(dir, 'gone.json');
    await h.recent.add(gone);
    await expect(h.invoke['file:open-recent'](gone)).resolves.toBeNull();
    expect(h.recent.list()).toEqual([]);
  });
});

describe('saving', () => {
  it('Save As: asks where, writes atomically, adds .json and remembers the file', async () => {
    const target = path.join(dir, 'my plan');
    const h = await setup({ showSaveDialog: async () => ({ canceled: false, filePath: target }) });
    const saved = await h.invoke['file:save'](PLAN_TEXT, { suggestedName: 'my plan.json' });
    expect(saved).toEqual({ name: 'my plan.json', path: `${target}.json` });
    expect(readFileSync(`${target}.json`, 'utf8')).toBe(PLAN_TEXT);
    expect(readdirSync(dir).filter((f) => f.includes('.tmp-'))).toEqual([]);
    expect(h.grants.has(`${target}.json`)).toBe(true);
  });

  it('Save to a known path writes without asking', async () => {
    const file = path.join(dir, 'xuzhou.json');
    writeFileSync(file, '{}');
    const h = await setup();
    h.grants.add(file);
    await expect(h.invoke['file:save'](PLAN_TEXT, { path: file, suggestedName: 'xuzhou.json' })).resolves.toEqual({ name: 'xuzhou.json', path: file });
    expect(h.saveDialog).not.toHaveBeenCalled();
    expect(readFileSync(file, 'utf8')).toBe(PLAN_TEXT);
  });

  it('Save to a path the user never chose asks first, starting there', async () => {
    const h = await setup();
    await expect(h.invoke['file:save'](PLAN_TEXT, { path: '/etc/cron.d/x.json', suggestedName: 'x.json' })).resolves.toBeNull();
    expect(h.saveDialog).toHaveBeenCalledWith(expect.objectContaining({ defaultPath: '/etc/cron.d/x.json', filters: [{ name: 'PlanPath plan', extensions: ['json', 'ppath'] }] }));
  });

  it('refuses to save text that is not a valid plan', async () => {
    const h = await setup({ showSaveDialog: async () => ({ canceled: false, filePath: path.join(dir, 'x.json') }) });
    await expect(h.invoke['file:save']('{"not":"a plan"}', { suggestedName: 'x.json' })).rejects.toThrow(/not a valid plan file/);
    expect(readdirSync(dir).filter((f) => f.startsWith('x.json'))).toEqual([]);
  });

  it('exports bytes to where the user says, in their documents folder by default', async () => {
    const target = path.join(dir, 'chart.png');
    const showSaveDialog = vi.fn<DialogDeps['showSaveDialog']>(async () => ({ canceled: false, filePath: target }));
    const h = await setup({ showSaveDialog });
    const bytes = new Uint8Array([137, 80, 78, 71]);
    await expect(h.invoke['file:export']({ suggestedName: '../../chart.png', data: bytes, mimeType: 'image/png' })).resolves.toEqual({ name: 'chart.png', path: target });
    expect(showSaveDialog).toHaveBeenCalledWith(expect.objectContaining({ defaultPath: '/home/u/Documents/chart.png', filters: [{ name: 'PNG', extensions: ['png'] }] }));
    expect(new Uint8Array(readFileSync(target))).toEqual(bytes);
  });

  it('makes suggested names safe', () => {
    expect(safeFileName('a/b\\c:d?.csv', 'x')).toBe('c_d_.csv');
    expect(safeFileName('...', 'fallback.json')).toBe('fallback.json');
    expect(safeFileName('..\\..\\evil.json', 'x')).toBe('evil.json');
  });
});

describe('the rest', () => {
  it('opens only http(s) links outside', async () => {
    const h = await setup();
    await h.invoke['shell:open-external']('https://www.xz.gov.cn/');
    await expect(h.invoke['shell:open-external']('file:///etc/passwd')).rejects.toThrow(/only http and https/);
    expect(h.openExternal).toHaveBeenCalledExactlyOnceWith('https://www.xz.gov.cn/');
  });

  it('tracks the document state and the language', () => {
    return setup().then((h) => {
      h.send['document:set-state']({ title: 'x.json', dirty: true });
      expect(h.onState).toHaveBeenCalledWith({ title: 'x.json', dirty: true });
      h.send['app:set-language']('zh');
      expect(h.lang()).toBe('zh');
    });
  });

  it('routes the renderer’s answer to a save-before-close request', async () => {
    const h = await setup();
    const pending = h.broker.request();
    expect(h.sent).toEqual([1]);
    h.invoke['document:save-before-close-result']({ requestId: 99, saved: true }); // unknown id: ignored
    h.invoke['document:save-before-close-result']({ requestId: 1, saved: true });
    await expect(pending).resolves.toBe(true);
    const another = h.broker.request();
    h.broker.cancelAll();
    await expect(another).resolves.toBe(false);
  });
});
