/**
 * At start-up: the temporary files that saves interrupted by a crash left beside the
 * files this app writes (the recent files, and the JSON files in the user-data folder).
 */
import { readdir } from 'node:fs/promises';
import path from 'node:path';
import { cleanupInterruptedSaves, type AtomicWriteOps } from '../fs/atomic-write';
import { nodeAtomicOps } from '../fs/node-atomic-ops';

export async function removeInterruptedSaves(
  userData: string,
  recentFiles: readonly string[],
  ops: Pick<AtomicWriteOps, 'unlink' | 'list'> = nodeAtomicOps(),
  list: (dir: string) => Promise<string[]> = (dir) => readdir(dir),
): Promise<string[]> {
  const own = (await list(userData).catch(() => [] as string[])).filter((n) => n.endsWith('.json')).map((n) => path.join(userData, n));
  return cleanupInterruptedSaves([...new Set([...recentFiles, ...own])], ops);
}
