/** File → Export and the PDF report in main: last folder, printToPDF on the caller, write failures. */
import { chmodSync, mkdirSync, mkdtempSync, readdirSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import type { UiLanguage } from '../../renderer/platform/platform-api';
import { openExportFolderStore } from './export-folder';
import type { SenderContents } from './ipc-handlers';
import { createPathGrants } from './path-grants';
import { createPlatformHandlers, type DialogDeps } from './platform-handlers';
import { openRecentFilesStore } from './recent-files';
import { createSaveBeforeCloseBroker } from './save-before-close';
import { createDocumentTracker } from './unsaved-changes';
import { createWorkspaceAutosave } from './workspace-autosave';

let dir: string;
beforeEach(() => {
  dir = mkdtempSync(path.join(tmpdir(), 'planpath-export-'));
});
afterEach(() => {
  rmSync(dir, { recursive: true, force: true });
});

async function setup(answer: (options: Parameters<DialogDeps['showSaveDialog']>[0]) => string | null, lang: UiLanguage = 'en') {
  const recent = await openRecentFilesStore({ file: path.join(dir, 'recent.json'), platform: 'linux' });
  const exportFolder = await openExportFolderStore({ file: path.join(dir, 'export-settings.json'), platform: 'linux' });
  const showSaveDialog = vi.fn<DialogDeps['showSaveDialog']>(async (options) => {
    const filePath = answer(options);
    return filePath === null ? { canceled: true } : { canceled: false, filePath };
  });
  const handlers = createPlatformHandlers({
    dialogs: { showOpenDialog: async () => ({ canceled: true, filePaths: [] }), showSaveDialog },
    recent,
    autosave: createWorkspaceAutosave({ dir: path.join(dir, 'userData') }),
    document: createDocumentTracker(() => undefined),
    grants: createPathGrants('linux', () => false),
    saveBeforeClose: createSaveBeforeCloseBroker(() => undefined),
    getLanguage: () => lang,
    setLanguage: () => undefined,
    openExternal: async () => undefined,
    documentsDir: '/home/u/Documents',
    exportFolder,
    platform: 'linux',
  });
  return { ...handlers, showSaveDialog, exportFolder };
}

const PDF = new TextEncoder().encode('%PDF-1.7\n%fake\n');
const sender = (bytes: Uint8Array = PDF) => ({ printToPDF: vi.fn<SenderContents['printToPDF']>(async () => bytes) });

describe('File → Export', () => {
  it('starts in Documents, then in the folder the last export went to', async () => {
    const out = path.join(dir, 'reports');
    mkdirSync(out);
    const h = await setup((o) => (String(o.defaultPath).startsWith('/home/u/Documents/') ? path.join(out, 'gdp.svg') : path.join(out, 'again.csv')));
    await h.invoke['file:export']({ suggestedName: 'gdp.svg', data: '<svg/>', mimeType: 'image/svg+xml' });
    expect(h.showSaveDialog.mock.calls[0]?.[0].defaultPath).toBe('/home/u/Documents/gdp.svg');
    await h.invoke['file:export']({ suggestedName: 'plan.csv', data: 'a,b', mimeType: 'text/csv' });
    expect(h.showSaveDialog.mock.calls[1]?.[0].defaultPath).toBe(path.join(out, 'plan.csv'));
    expect(readFileSync(path.join(out, 'again.csv'), 'utf8')).toBe('a,b');
    // kept in the user-data settings for the next start
    expect(JSON.parse(readFileSync(path.join(dir, 'export-settings.json'), 'utf8'))).toEqual({ lastFolder: out });
  });

  it('a cancelled dialog writes nothing and remembers nothing', async () => {
    const h = await setup(() => null);
    await expect(h.invoke['file:export']({ suggestedName: 'a.csv', data: 'x', mimeType: 'text/csv' })).resolves.toBeNull();
    await expect(h.exportFolder.get()).resolves.toBeUndefined();
  });

  it('a path that cannot be written gives a clear message and leaves no file', async () => {
    const h = await setup(() => path.join(dir, 'no-such-folder', 'a.xlsx'));
    await expect(h.invoke['file:export']({ suggestedName: 'a.xlsx', data: new Uint8Array([1, 2]), mimeType: 'application/octet-stream' })).rejects.toThrow(
      /^Cannot write ".*a\.xlsx": the folder does not exist \(ENOENT\)\. Nothing was written\.$/,
    );
    await expect(h.exportFolder.get()).resolves.toBeUndefined();
  });

  it.skipIf(process.getuid?.() === 0)('says so in Chinese for a read-only folder, with no partial file', async () => {
    const locked = path.join(dir, 'locked');
    mkdirSync(locked);
    chmodSync(locked, 0o500);
    const h = await setup(() => path.join(locked, 'a.csv'), 'zh');
    await expect(h.invoke['file:export']({ suggestedName: 'a.csv', data: 'x', mimeType: 'text/csv' })).rejects.toThrow(/^无法写入“.*a\.csv”：没有写入该位置的权限（EACCES）。没有写入任何文件。$/);
    chmodSync(locked, 0o700);
    expect(readdirSync(locked)).toEqual([]);
  });
});

describe('report:print-to-pdf', () => {
  it('asks where (PDF filter), prints the calling page to A4 with page numbers and writes it atomically', async () => {
    const target = path.join(dir, 'report.pdf');
    const h = await setup(() => target, 'zh');
    const page = sender();
    await expect(h.invoke['report:print-to-pdf']({ suggestedName: 'xuzhou-report.pdf', footerText: '依据：《建议》' }, { sender: page })).resolves.toEqual({ name: 'report.pdf', path: target });
    expect(h.showSaveDialog).toHaveBeenCalledWith(expect.objectContaining({ defaultPath: '/home/u/Documents/xuzhou-report.pdf', filters: [{ name: 'PDF', extensions: ['pdf'] }] }));
    const options = page.printToPDF.mock.calls[0]?.[0];
    // The page numbers come from the report's own @page footer (see print-report.ts).
    expect(options).toMatchObject({ pageSize: 'A4', printBackground: true, preferCSSPageSize: true, displayHeaderFooter: false });
    expect(new Uint8Array(readFileSync(target))).toEqual(PDF);
    expect(readdirSync(dir).filter((f) => f.includes('.tmp-'))).toEqual([]);
    await expect(h.exportFolder.get()).resolves.toBe(dir);
  });

  it('prints nothing when the dialog is cancelled', async () => {
    const h = await setup(() => null);
    const page = sender();
    await expect(h.invoke['report:print-to-pdf']({ suggestedName: 'r.pdf' }, { sender: page })).resolves.toBeNull();
    expect(page.printToPDF).not.toHaveBeenCalled();
  });

  it('a failed print writes nothing and says why', async () => {
    const target = path.join(dir, 'r.pdf');
    const h = await setup(() => target);
    const page = { printToPDF: vi.fn<SenderContents['printToPDF']>(async () => Promise.reject(new Error('Printing failed'))) };
    await expect(h.invoke['report:print-to-pdf']({ suggestedName: 'r.pdf' }, { sender: page })).rejects.toThrow('Cannot make the PDF: Printing failed. Nothing was written.');
    expect(readdirSync(dir).filter((f) => f.startsWith('r.pdf'))).toEqual([]);
  });
});
