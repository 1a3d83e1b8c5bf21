/** The file side of CliIo on the real file system (node:fs/promises). */
import { open, readFile, rename, stat, unlink } from 'node:fs/promises';
import type { CliIo } from './io';

export type FileIo = Pick<CliIo, 'readFile' | 'stat' | 'writeFile' | 'rename' | 'unlink'>;

export const nodeFileIo: FileIo = {
  readFile: (path) => readFile(path, 'utf8'),
  stat: async (path) => {
    const info = await stat(path);
    return { size: info.size, isDirectory: info.isDirectory() };
  },
  writeFile: async (path, data) => {
    // 'wx': never open an existing file, so a temporary name can never clobber anything.
    const handle = await open(path, 'wx');
    try {
      await handle.writeFile(data);
      await handle.sync();
    } finally {
      await handle.close();
    }
  },
  rename: (from, to) => rename(from, to),
  unlink: (path) => unlink(path),
};
