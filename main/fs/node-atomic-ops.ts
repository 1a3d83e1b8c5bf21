/**
 * AtomicWriteOps on Node's own file system: a new file opened with 'wx', written and
 * fsynced, renamed over the target, the folder fsynced after. For the CLI-side tools and
 * tests; the Electron host has its own (main/electron/file-store.ts) with the same steps.
 */
import { open, readdir, rename, unlink } from 'node:fs/promises';
import type { AtomicWriteOps } from './atomic-write';

export function nodeAtomicOps(): AtomicWriteOps {
  return {
    inspect: async () => null,
    async writeNew(file, data, mode) {
      const handle = await open(file, 'wx', mode);
      try {
        await handle.writeFile(data);
        await handle.sync();
      } finally {
        await handle.close();
      }
    },
    rename: (from, to) => rename(from, to),
    unlink: (file) => unlink(file),
    async syncDir(dir) {
      const handle = await open(dir, 'r');
      try {
        await handle.sync();
      } finally {
        await handle.close();
      }
    },
    list: (dir) => readdir(dir),
  };
}
