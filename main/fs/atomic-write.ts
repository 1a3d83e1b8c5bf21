/**
 * The one atomic file write of the Node side (the Electron host's saves and autosaves,
 * the CLI's exports): the data goes to `FILE.tmp-<12 hex>` in the same folder (same
 * file system, so the rename is atomic), is flushed, then renamed over FILE. On any
 * failure the temporary file is removed and FILE is left exactly as it was, absent or
 * the previous version: never a partial file.
 *
 * The file-system operations are passed in (`AtomicWriteOps`), so each caller keeps its
 * own way of reaching the disk and tests can make any step fail.
 */
import { randomBytes } from 'node:crypto';
import path from 'node:path';

export interface AtomicWriteOps {
  /**
   * The target's permission bits when it exists (kept for the new file), null when it
   * does not. Rejects for a target that must not be replaced (a directory, a read-only
   * file), with a Node-style error code.
   */
  inspect(target: string): Promise<{ mode: number } | null>;
  /** Create a new file (never an existing one: 'wx'), write the data and flush it. */
  writeNew(file: string, data: string | Uint8Array, mode: number): Promise<void>;
  rename(from: string, to: string): Promise<void>;
  unlink(file: string): Promise<void>;
  /** Flush the folder entry after the rename (POSIX, best effort). */
  syncDir?(dir: string): Promise<void>;
}

export interface AtomicWriteOptions {
  platform?: NodeJS.Platform;
  /** Suffix of the temporary file's name; random by default. */
  randomSuffix?: () => string;
  /** Waits between rename retries on Windows (a virus scanner may hold the file). */
  sleep?: (ms: number) => Promise<void>;
}

/** Thrown (as `cause` holder) when the write failed and the temporary file could not be removed either. */
export class TempFileLeftError extends Error {
  constructor(
    readonly tempFile: string,
    override readonly cause: unknown,
  ) {
    super(cause instanceof Error ? cause.message : String(cause));
    this.name = 'TempFileLeftError';
  }
}

export function errorCode(error: unknown): string | undefined {
  return typeof error === 'object' && error !== null && 'code' in error ? String((error as { code: unknown }).code) : undefined;
}

/** `FILE.tmp-<suffix>`, beside FILE so that the rename stays on one file system. */
export function tempPathFor(file: string, suffix = randomBytes(6).toString('hex')): string {
  return path.join(path.dirname(file), `${path.basename(file)}.tmp-${suffix}`);
}

/**
 * Writes `data` to `target` atomically. Rejects with the failing step's error (the
 * original untouched); with a TempFileLeftError when the temporary file could not be
 * removed afterwards either.
 */
export async function writeFileAtomic(
  target: string,
  data: string | Uint8Array,
  ops: AtomicWriteOps,
  options: AtomicWriteOptions = {},
): Promise<void> {
  const platform = options.platform ?? process.platform;
  const sleep = options.sleep ?? ((ms: number) => new Promise<void>((resolve) => setTimeout(resolve, ms)));
  const temp = tempPathFor(target, options.randomSuffix?.());
  const existing = await ops.inspect(target);
  try {
    await ops.writeNew(temp, data, existing?.mode ?? 0o666);
    await renameWithRetry(ops, temp, target, platform, sleep);
  } catch (error) {
    try {
      await ops.unlink(temp);
    } catch (unlinkError) {
      // ENOENT: the temporary file was never created (e.g. the folder is missing).
      if (errorCode(unlinkError) !== 'ENOENT') throw new TempFileLeftError(temp, error);
    }
    throw error;
  }
  if (platform !== 'win32' && ops.syncDir) await ops.syncDir(path.dirname(target)).catch(() => undefined);
}

async function renameWithRetry(
  ops: AtomicWriteOps,
  from: string,
  to: string,
  platform: NodeJS.Platform,
  sleep: (ms: number) => Promise<void>,
): Promise<void> {
  const retryable = platform === 'win32' ? new Set(['EPERM', 'EBUSY', 'EACCES']) : new Set<string>();
  for (let attempt = 0; ; attempt += 1) {
    try {
      await ops.rename(from, to);
      return;
    } catch (error) {
      const code = errorCode(error);
      if (attempt >= 4 || code === undefined || !retryable.has(code)) throw error;
      await sleep(50 * 2 ** attempt);
    }
  }
}
