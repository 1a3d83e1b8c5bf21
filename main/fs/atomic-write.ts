/**
 * The one atomic file write of the Node side (the Electron host's saves and autosaves,
 * the CLI's exports): the data goes to `FILE.tmp-planpath` in the same folder (same
 * file system, so the rename is atomic), is flushed, then renamed over FILE. On any
 * failure the temporary file is removed and FILE is left exactly as it was, absent or
 * the previous version: never a partial file.
 *
 * Each write has its own temporary name (`FILE.tmp-planpath-<pid>-<n>`), so concurrent
 * writes to one target from two processes never touch each other's temporary file; the
 * last rename wins with a complete file. A process killed mid-save leaves its temporary
 * file behind: `cleanupInterruptedSaves` removes it at the next start where the folder
 * can be listed (and the fixed `FILE.tmp-planpath` and `FILE.tmp-<12 hex>` of older
 * versions). Saves to one target within a process run one after another.
 *
 * The file-system operations are passed in (`AtomicWriteOps`), so each caller keeps its
 * own way of reaching the disk and tests can make any step fail.
 */
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
  /** Names in a folder; where given, temporary files of older versions are cleaned up too. */
  list?(dir: string): Promise<string[]>;
}

export interface AtomicWriteOptions {
  platform?: NodeJS.Platform;
  /** Suffix of the temporary file's name; by default unique per process and write (uniqueTempSuffix). */
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

export const TEMP_SUFFIX = 'planpath';

/** `FILE.tmp-planpath`, beside FILE so that the rename stays on one file system. */
export function tempPathFor(file: string, suffix = TEMP_SUFFIX): string {
  return path.join(path.dirname(file), `${path.basename(file)}.tmp-${suffix}`);
}

/**
 * Each write's own temporary name, `FILE.tmp-planpath-<pid>-<n>`: two processes (or two
 * writes) to one target never share a temporary file, so neither can remove or rename
 * the other's data (a fixed name gave a false "folder does not exist" and once reported
 * success for data that was not in the file). The rename decides which complete file wins.
 */
let writeCount = 0;
export function uniqueTempSuffix(pid: number = process.pid): string {
  writeCount += 1;
  return `${TEMP_SUFFIX}-${pid}-${writeCount}`;
}

/** Temporary files left beside FILE: older versions' `FILE.tmp-<12 hex>`, and per-write `FILE.tmp-planpath-<pid>-<n>`. */
function isLegacyTemp(name: string, base: string): boolean {
  if (!name.startsWith(`${base}.tmp-`)) return false;
  const suffix = name.slice(base.length + 5);
  return /^[0-9a-f]{12}$/.test(suffix) || new RegExp(`^${TEMP_SUFFIX}-\\d+-\\d+$`).test(suffix);
}

/**
 * At start-up: removes what interrupted saves left beside each target (the temporary
 * file, and older versions' random-suffix ones where the folder can be listed).
 * Returns the files removed. Never throws: a file that cannot be removed stays, and the
 * next save replaces it.
 */
export async function cleanupInterruptedSaves(targets: readonly string[], ops: Pick<AtomicWriteOps, 'unlink' | 'list'>): Promise<string[]> {
  const removed: string[] = [];
  for (const target of targets) {
    const candidates = [tempPathFor(target)];
    if (ops.list) {
      const names = await ops.list(path.dirname(target)).catch(() => [] as string[]);
      const base = path.basename(target);
      for (const name of names) if (isLegacyTemp(name, base)) candidates.push(path.join(path.dirname(target), name));
    }
    for (const file of candidates) {
      try {
        await ops.unlink(file);
        removed.push(file);
      } catch {
        // ENOENT (nothing was left) or no permission: nothing to do now.
      }
    }
  }
  return removed;
}

/** The save in progress per target in this process: saves to one file run one after another. */
const pending = new Map<string, Promise<unknown>>();

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
  const key = path.resolve(target);
  const before = pending.get(key) ?? Promise.resolve();
  const run = before.catch(() => undefined).then(() => writeOnce(target, data, ops, options));
  pending.set(key, run);
  try {
    await run;
  } finally {
    if (pending.get(key) === run) pending.delete(key);
  }
}

async function writeOnce(target: string, data: string | Uint8Array, ops: AtomicWriteOps, options: AtomicWriteOptions): Promise<void> {
  const platform = options.platform ?? process.platform;
  const sleep = options.sleep ?? ((ms: number) => new Promise<void>((resolve) => setTimeout(resolve, ms)));
  const temp = tempPathFor(target, options.randomSuffix?.() ?? uniqueTempSuffix());
  // What killed writers left is removed first: at most one temporary file per target and live writer.
  await removeDeadWritersTemps(target, ops);
  const existing = await ops.inspect(target);
  try {
    try {
      await ops.writeNew(temp, data, existing?.mode ?? 0o666);
    } catch (error) {
      // A temporary file an interrupted save left: this save replaces it.
      if (errorCode(error) !== 'EEXIST') throw error;
      await ops.unlink(temp);
      await ops.writeNew(temp, data, existing?.mode ?? 0o666);
    }
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

/** Whether a process is running (signal 0 tests without sending anything). */
function isAlive(pid: number): boolean {
  if (pid === process.pid) return true;
  try {
    process.kill(pid, 0);
    return true;
  } catch (error) {
    return errorCode(error) === 'EPERM';
  }
}

/**
 * Before a save: temporary files of this target that killed writers left (their process
 * is gone) are removed, so they do not pile up between starts. Best effort, never throws;
 * a running writer's temporary file is never touched.
 */
async function removeDeadWritersTemps(target: string, ops: AtomicWriteOps): Promise<void> {
  if (!ops.list) return;
  const dir = path.dirname(target);
  const base = path.basename(target);
  const names = await ops.list(dir).catch(() => [] as string[]);
  const pattern = new RegExp(`^${TEMP_SUFFIX}-(\\d+)-\\d+$`);
  for (const name of names) {
    if (!name.startsWith(`${base}.tmp-`)) continue;
    const suffix = name.slice(base.length + 5);
    const pid = pattern.exec(suffix)?.[1];
    // The fixed name of older versions (no process to ask), or a writer that is gone.
    const stale = suffix === TEMP_SUFFIX || (pid !== undefined && !isAlive(Number(pid)));
    if (stale) await ops.unlink(path.join(dir, name)).catch(() => undefined);
  }
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
