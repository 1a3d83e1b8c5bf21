/**
 * Plan files on disk. Reading checks the size before reading (5 MB) and validates
 * through models' parsePlanText (off the main thread for a file over 1 MB, with the
 * `parse` the app passes); writing is atomic: a temporary file in the same
 * folder, fsync, then rename over the target. If anything fails the temporary file is
 * removed and the original is left exactly as it was.
 */
import * as nodeFs from 'node:fs/promises';
import { constants as fsConstants } from 'node:fs';
import path from 'node:path';
import { errorCode, TempFileLeftError, writeFileAtomic as sharedWriteFileAtomic, type AtomicWriteOps } from '../fs/atomic-write';
import { MAX_FILE_BYTES } from '../../models/plan/plan-schema';
import { parsePlanText } from '../../models/plan/validate-plan';
import { formatMessage, type Lang } from '../../models/plan/validation-messages';
import type { OpenedFile, PlanFileIssue } from '../../renderer/platform/platform-api';
import type { ParsePlan } from './plan-parse-host';

/** The part of node:fs/promises this module uses; tests pass a failing one. */
export interface FileHandleLike {
  writeFile(data: string | Uint8Array): Promise<void>;
  sync(): Promise<void>;
  close(): Promise<void>;
}

export interface StatLike {
  size: number;
  mode: number;
  isFile(): boolean;
}

export interface FileSystem {
  open(file: string, flags: string, mode?: number): Promise<FileHandleLike>;
  rename(from: string, to: string): Promise<void>;
  unlink(file: string): Promise<void>;
  stat(file: string): Promise<StatLike>;
  access(file: string, mode?: number): Promise<void>;
  readFile(file: string, encoding: 'utf8'): Promise<string>;
  mkdir(dir: string, options: { recursive: true }): Promise<string | undefined>;
}

export const realFs: FileSystem = nodeFs;

export interface WriteOptions {
  fs?: FileSystem;
  platform?: NodeJS.Platform;
  /** Suffix of the temporary file's name; random by default. */
  randomSuffix?: () => string;
  /** Waits between rename retries on Windows (a virus scanner may hold the file). */
  sleep?: (ms: number) => Promise<void>;
}

/** The shared atomic write (main/fs/atomic-write.ts) on this module's FileSystem. */
export function atomicOps(fs: FileSystem): AtomicWriteOps {
  return {
    async inspect(target) {
      try {
        const existing = await fs.stat(target);
        if (!existing.isFile()) throw Object.assign(new Error(`${target} is not a file`), { code: 'EISDIR' });
        // A read-only file stays read-only: refuse rather than replace it behind the user's back.
        await fs.access(target, fsConstants.W_OK);
        return { mode: existing.mode & 0o777 };
      } catch (error) {
        if (errorCode(error) === 'ENOENT') return null;
        throw error;
      }
    },
    async writeNew(file, data, mode) {
      const handle = await fs.open(file, 'wx', mode);
      try {
        await handle.writeFile(data);
        await handle.sync();
      } finally {
        await handle.close();
      }
    },
    rename: (from, to) => fs.rename(from, to),
    unlink: (file) => fs.unlink(file),
    async syncDir(dir) {
      // So the rename itself survives a power cut; some file systems refuse fsync on a folder.
      const handle = await fs.open(dir, 'r');
      try {
        await handle.sync();
      } finally {
        await handle.close();
      }
    },
  };
}

/** Writes `data` to `target` atomically. Throws, with the original untouched, on failure. */
export async function writeFileAtomic(target: string, data: string | Uint8Array, options: WriteOptions = {}): Promise<void> {
  try {
    await sharedWriteFileAtomic(target, data, atomicOps(options.fs ?? realFs), options);
  } catch (error) {
    // The host reports the failing step; a temporary file it could not remove is best effort.
    throw error instanceof TempFileLeftError ? error.cause : error;
  }
}

const READ_MESSAGES = {
  'not-a-file': { zh: '不是一个文件', en: 'this is not a file' },
  unreadable: { zh: '无法读取文件', en: 'the file cannot be read' },
} as const;

function issue(code: keyof typeof READ_MESSAGES, lang: Lang, detail?: string): PlanFileIssue {
  const message = READ_MESSAGES[code][lang];
  return { path: '', code, message: detail ? `${message}: ${detail}` : message };
}

export interface ReadOptions {
  fs?: FileSystem;
  lang?: Lang;
  /** Parses and validates the text; a file over 1 MB goes to a worker thread in the app (plan-parse-host.ts). */
  parse?: ParsePlan;
}

/**
 * Reads and checks a plan file. Null when the file does not exist; otherwise the file,
 * with `issues` set when it is too large, unreadable or not a valid plan.
 */
export async function readPlanFile(file: string, options: ReadOptions = {}): Promise<OpenedFile | null> {
  const fs = options.fs ?? realFs;
  const lang = options.lang ?? 'zh';
  const name = path.basename(file);
  let stat: StatLike;
  try {
    stat = await fs.stat(file);
  } catch (error) {
    if (errorCode(error) === 'ENOENT' || errorCode(error) === 'ENOTDIR') return null;
    return { name, path: file, text: '', issues: [issue('unreadable', lang, errorCode(error))] };
  }
  if (!stat.isFile()) return { name, path: file, text: '', issues: [issue('not-a-file', lang)] };
  if (stat.size > MAX_FILE_BYTES) {
    return {
      name,
      path: file,
      text: '',
      issues: [{ path: '', code: 'file-too-large', message: formatMessage(lang, 'file-too-large', { size: stat.size, limit: MAX_FILE_BYTES }) }],
    };
  }
  let text: string;
  try {
    text = await fs.readFile(file, 'utf8');
  } catch (error) {
    if (errorCode(error) === 'ENOENT') return null;
    return { name, path: file, text: '', issues: [issue('unreadable', lang, errorCode(error))] };
  }
  // Windows editors like to start UTF-8 files with a byte-order mark; JSON does not allow it.
  if (text.charCodeAt(0) === 0xfeff) text = text.slice(1);
  const result = options.parse ? await options.parse(text, lang) : parsePlanText(text, lang);
  if (result.ok) return { name, path: file, text };
  // A file that grew past the limit between stat and read is not sent to the renderer.
  const tooLarge = result.issues.some((i) => i.code === 'file-too-large');
  return { name, path: file, text: tooLarge ? '' : text, issues: result.issues };
}
