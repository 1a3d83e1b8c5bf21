/**
 * The Open Recent list: at most ten files, newest first, kept as JSON in the user-data
 * folder (written atomically). The list operations are pure; the store adds the disk.
 */
import path from 'node:path';
import { z } from 'zod';
import type { RecentFile } from '../../renderer/platform/platform-api';
import { realFs, writeFileAtomic, type FileSystem } from './file-store';

export const MAX_RECENT_FILES = 10;

function samePath(a: string, b: string, platform: NodeJS.Platform): boolean {
  return platform === 'win32' ? a.toLowerCase() === b.toLowerCase() : a === b;
}

export function withRecent(list: readonly RecentFile[], filePath: string, openedAt: Date, platform: NodeJS.Platform = process.platform): RecentFile[] {
  const name = (platform === 'win32' ? path.win32 : path.posix).basename(filePath);
  const entry: RecentFile = { name, path: filePath, openedAt: openedAt.toISOString() };
  return [entry, ...list.filter((f) => !samePath(f.path, filePath, platform))].slice(0, MAX_RECENT_FILES);
}

export function withoutRecent(list: readonly RecentFile[], filePath: string, platform: NodeJS.Platform = process.platform): RecentFile[] {
  return list.filter((f) => !samePath(f.path, filePath, platform));
}

const recentFile = z.object({ name: z.string(), path: z.string().min(1), openedAt: z.string() });

/** Reads the stored list; entries that are not well-formed are dropped, not fatal. */
export function parseRecentList(text: string): RecentFile[] {
  let raw: unknown;
  try {
    raw = JSON.parse(text);
  } catch {
    return [];
  }
  if (!Array.isArray(raw)) return [];
  return raw.flatMap((item: unknown) => {
    const parsed = recentFile.safeParse(item);
    return parsed.success ? [parsed.data] : [];
  }).slice(0, MAX_RECENT_FILES);
}

export interface RecentFilesStore {
  list(): RecentFile[];
  has(filePath: string): boolean;
  add(filePath: string): Promise<RecentFile[]>;
  remove(filePath: string): Promise<RecentFile[]>;
  clear(): Promise<RecentFile[]>;
}

export interface RecentFilesOptions {
  /** The JSON file, e.g. <userData>/recent-files.json. */
  file: string;
  fs?: FileSystem;
  now?: () => Date;
  platform?: NodeJS.Platform;
  /** Called after every change (the menu is rebuilt, the OS list updated). */
  onChange?: (list: RecentFile[]) => void;
}

export async function openRecentFilesStore(options: RecentFilesOptions): Promise<RecentFilesStore> {
  const fs = options.fs ?? realFs;
  const now = options.now ?? (() => new Date());
  const platform = options.platform ?? process.platform;
  let list: RecentFile[] = [];
  try {
    list = parseRecentList(await fs.readFile(options.file, 'utf8'));
  } catch {
    list = [];
  }
  const commit = async (next: RecentFile[]) => {
    list = next;
    await writeFileAtomic(options.file, JSON.stringify(list, null, 2), { fs, platform });
    options.onChange?.(list);
    return list;
  };
  return {
    list: () => [...list],
    has: (filePath) => list.some((f) => samePath(f.path, filePath, platform)),
    add: (filePath) => commit(withRecent(list, filePath, now(), platform)),
    remove: (filePath) => commit(withoutRecent(list, filePath, platform)),
    clear: () => commit([]),
  };
}
