import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { MAX_RECENT_FILES, openRecentFilesStore, parseRecentList, withoutRecent, withRecent } from './recent-files';

let dir: string;
beforeEach(() => {
  dir = mkdtempSync(path.join(tmpdir(), 'planpath-recent-'));
});
afterEach(() => {
  rmSync(dir, { recursive: true, force: true });
});

describe('recent files', () => {
  const at = new Date('2026-03-01T00:00:00Z');

  it('puts the newest first, without duplicates, at most ten', () => {
    let list = withRecent([], '/p/a.json', at, 'linux');
    list = withRecent(list, '/p/b.json', at, 'linux');
    list = withRecent(list, '/p/a.json', at, 'linux');
    expect(list.map((f) => f.path)).toEqual(['/p/a.json', '/p/b.json']);
    expect(list[0]).toEqual({ name: 'a.json', path: '/p/a.json', openedAt: at.toISOString() });
    for (let i = 0; i < 20; i += 1) list = withRecent(list, `/p/${i}.json`, at, 'linux');
    expect(list).toHaveLength(MAX_RECENT_FILES);
    expect(withoutRecent(list, '/p/19.json', 'linux')).toHaveLength(MAX_RECENT_FILES - 1);
  });

  it('compares Windows paths without case', () => {
    const list = withRecent(withRecent([], 'C:\\Plans\\A.json', at, 'win32'), 'c:\\plans\\a.json', at, 'win32');
    expect(list).toHaveLength(1);
    expect(list[0]?.name).toBe('a.json');
  });

  it('drops malformed stored entries', () => {
    expect(parseRecentList('not json')).toEqual([]);
    expect(parseRecentList('{"a":1}')).toEqual([]);
    expect(parseRecentList(JSON.stringify([{ name: 'a', path: '/a', openedAt: 'x' }, { path: 3 }, null]))).toEqual([{ name: 'a', path: '/a', openedAt: 'x' }]);
  });

  it('persists the list and reports changes', async () => {
    const file = path.join(dir, 'recent-files.json');
    const onChange = vi.fn();
    const store = await openRecentFilesStore({ file, now: () => at, platform: 'linux', onChange });
    await store.add('/p/a.json');
    await store.add('/p/b.json');
    expect(store.has('/p/a.json')).toBe(true);
    expect(onChange).toHaveBeenCalledTimes(2);
    const again = await openRecentFilesStore({ file, platform: 'linux' });
    expect(again.list().map((f) => f.path)).toEqual(['/p/b.json', '/p/a.json']);
    await again.remove('/p/b.json');
    await again.clear();
    expect(JSON.parse(readFileSync(file, 'utf8'))).toEqual([]);
  });

  it('starts empty when the stored list is damaged', async () => {
    const file = path.join(dir, 'recent-files.json');
    writeFileSync(file, '[{"oops"');
    const store = await openRecentFilesStore({ file });
    expect(store.list()).toEqual([]);
  });
});
