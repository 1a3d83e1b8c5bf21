import { mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { openExportFolderStore, parseExportSettings } from './export-folder';

let dir: string;
beforeEach(() => {
  dir = mkdtempSync(path.join(tmpdir(), 'planpath-export-folder-'));
});
afterEach(() => {
  rmSync(dir, { recursive: true, force: true });
});

describe('last export folder', () => {
  it('is unknown at first, then the folder of the last exported file, kept across starts', async () => {
    const file = path.join(dir, 'export-settings.json');
    const out = path.join(dir, 'reports');
    mkdirSync(out);
    const store = await openExportFolderStore({ file, platform: 'linux' });
    await expect(store.get()).resolves.toBeUndefined();
    await store.rememberFile(path.join(out, 'chart.png'));
    await expect(store.get()).resolves.toBe(out);
    expect(JSON.parse(readFileSync(file, 'utf8'))).toEqual({ lastFolder: out });
    const again = await openExportFolderStore({ file, platform: 'linux' });
    await expect(again.get()).resolves.toBe(out);
  });

  it('forgets a folder that has gone, and survives a damaged settings file', async () => {
    const file = path.join(dir, 'export-settings.json');
    writeFileSync(file, JSON.stringify({ lastFolder: path.join(dir, 'gone') }));
    await expect((await openExportFolderStore({ file })).get()).resolves.toBeUndefined();
    writeFileSync(file, '{"lastFolder": 3');
    await expect((await openExportFolderStore({ file })).get()).resolves.toBeUndefined();
    expect(parseExportSettings('{"lastFolder": 3}')).toEqual({});
    expect(parseExportSettings('{"lastFolder": ""}')).toEqual({});
  });

  it('takes the folder of a Windows path', async () => {
    const writes: string[] = [];
    const fs = {
      readFile: async () => {
        throw Object.assign(new Error('none'), { code: 'ENOENT' });
      },
      stat: async (p: string) => {
        if (p.endsWith('.json')) throw Object.assign(new Error('none'), { code: 'ENOENT' });
        return { size: 0, mode: 0o755, isFile: () => false };
      },
      access: async () => undefined,
      open: async () => ({ writeFile: async (d: string | Uint8Array) => void writes.push(String(d)), sync: async () => undefined, close: async () => undefined }),
      rename: async () => undefined,
      unlink: async () => undefined,
      mkdir: async () => undefined,
    };
    const store = await openExportFolderStore({ file: 'C:\\Users\\u\\AppData\\PlanPath\\export-settings.json', fs, platform: 'win32' });
    await store.rememberFile('D:\\报告\\gdp.svg');
    await expect(store.get()).resolves.toBe('D:\\报告');
    expect(writes.some((w) => w.includes('D:\\\\报告'))).toBe(true);
  });
});
