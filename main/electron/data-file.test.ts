import { describe, expect, it } from 'vitest';
import { readDataFile, type DataFileFs } from './data-file';

const fakeFs = (size: number, file = true): DataFileFs => ({
  stat: async () => ({ size, isFile: () => file }),
  readFile: async () => new Uint8Array([0xef, 0xbb, 0xbf, 0x61]),
});

describe('data files to import', () => {
  it('returns the name and the bytes', async () => {
    const opened = await readDataFile('/tmp/x/figures.csv', 'zh', fakeFs(4));
    expect(opened.name).toBe('figures.csv');
    expect([...opened.bytes]).toEqual([0xef, 0xbb, 0xbf, 0x61]);
  });
  it('refuses a file over 5 MB before reading it, naming the file', async () => {
    await expect(readDataFile('/tmp/big.xlsx', 'zh', fakeFs(6 * 1024 * 1024))).rejects.toThrow('“big.xlsx”过大');
    await expect(readDataFile('/tmp/big.xlsx', 'en', fakeFs(6 * 1024 * 1024))).rejects.toThrow('"big.xlsx" is too large');
  });
  it('refuses a folder', async () => {
    await expect(readDataFile('/tmp/dir', 'en', fakeFs(0, false))).rejects.toThrow('"dir" is not a file');
  });
});
