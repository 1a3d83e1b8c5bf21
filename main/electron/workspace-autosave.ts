/**
 * The workspace autosave in the user-data folder, and crash recovery.
 *
 *   workspace.json   the latest snapshot (written atomically on every autosave)
 *   recovery.json    what a crashed session left unsaved, until the user decides
 *   session.lock     written when a session starts, removed when it ends cleanly
 *
 * If session.lock is already there at start, the last session did not end cleanly. If
 * its workspace had unsaved changes, workspace.json is moved to recovery.json, so the
 * new session's autosaves cannot overwrite it before the user has answered the offer.
 */
import path from 'node:path';
import type { Recovery, WorkspaceSnapshot } from '../../renderer/platform/platform-api';
import { workspaceSnapshot } from '../ipc/ipc-schemas';
import { realFs, writeFileAtomic, type FileSystem } from './file-store';

export const WORKSPACE_FILE = 'workspace.json';
export const RECOVERY_FILE = 'recovery.json';
export const LOCK_FILE = 'session.lock';

export interface WorkspaceAutosave {
  /** Call once at start: detects a crash, sets the recovery aside, writes the lock. */
  startSession(): Promise<{ crashed: boolean; recoveryOffered: boolean }>;
  /** Call on a clean quit: removes the lock. */
  endSession(): Promise<void>;
  save(snapshot: WorkspaceSnapshot): Promise<void>;
  load(): Promise<WorkspaceSnapshot | null>;
  /** Removes the autosave ("Don't Save" on close); later saves are ignored until resume(). */
  discard(): Promise<void>;
  /** Accepts saves again (a new window on macOS, where the app outlives its window). */
  resume(): void;
  getRecovery(): Promise<Recovery | null>;
  clearRecovery(): Promise<void>;
}

export interface AutosaveOptions {
  /** app.getPath('userData') */
  dir: string;
  fs?: FileSystem;
  now?: () => Date;
  pid?: number;
  log?: (message: string) => void;
}

function errorCode(error: unknown): string | undefined {
  return typeof error === 'object' && error !== null && 'code' in error ? String(error.code) : undefined;
}

export function createWorkspaceAutosave(options: AutosaveOptions): WorkspaceAutosave {
  const fs = options.fs ?? realFs;
  const now = options.now ?? (() => new Date());
  const file = (name: string) => path.join(options.dir, name);
  let discarded = false;
  // Saves run one after another, so the last snapshot given is the one left on disk.
  let queue: Promise<void> = Promise.resolve();

  async function exists(name: string): Promise<boolean> {
    try {
      await fs.stat(file(name));
      return true;
    } catch (error) {
      if (errorCode(error) === 'ENOENT') return false;
      throw error;
    }
  }

  /** A snapshot file: null if absent; a damaged one is moved aside (never deleted) and null. */
  async function readSnapshot(name: string): Promise<WorkspaceSnapshot | null> {
    let text: string;
    try {
      text = await fs.readFile(file(name), 'utf8');
    } catch (error) {
      if (errorCode(error) === 'ENOENT') return null;
      throw error;
    }
    let raw: unknown;
    try {
      raw = JSON.parse(text);
    } catch {
      raw = undefined;
    }
    const parsed = workspaceSnapshot.safeParse(raw);
    if (parsed.success) return parsed.data;
    const aside = `${name}.damaged-${now().getTime()}`;
    options.log?.(`${name} is damaged; kept as ${aside}`);
    await fs.rename(file(name), file(aside)).catch(() => undefined);
    return null;
  }

  return {
    async startSession() {
      await fs.mkdir(options.dir, { recursive: true });
      const crashed = await exists(LOCK_FILE);
      let recoveryOffered: boolean;
      if (crashed) {
        const last = await readSnapshot(WORKSPACE_FILE);
        if (last?.dirty) {
          await fs.rename(file(WORKSPACE_FILE), file(RECOVERY_FILE));
          recoveryOffered = true;
        } else {
          // Nothing unsaved was lost; a recovery left by an earlier crash is still offered.
          recoveryOffered = await exists(RECOVERY_FILE);
        }
      } else {
        recoveryOffered = await exists(RECOVERY_FILE);
      }
      const lock = { pid: options.pid ?? process.pid, startedAt: now().toISOString() };
      await writeFileAtomic(file(LOCK_FILE), JSON.stringify(lock), { fs });
      return { crashed, recoveryOffered };
    },

    async endSession() {
      await queue;
      await fs.unlink(file(LOCK_FILE)).catch((error: unknown) => {
        if (errorCode(error) !== 'ENOENT') throw error;
      });
    },

    save(snapshot) {
      const run = async () => {
        if (discarded) return;
        await writeFileAtomic(file(WORKSPACE_FILE), JSON.stringify(snapshot), { fs });
      };
      const next = queue.then(run, run);
      queue = next.catch(() => undefined);
      return next;
    },

    async load() {
      await queue;
      return readSnapshot(WORKSPACE_FILE);
    },

    async discard() {
      discarded = true;
      await queue;
      await fs.unlink(file(WORKSPACE_FILE)).catch((error: unknown) => {
        if (errorCode(error) !== 'ENOENT') throw error;
      });
    },

    resume() {
      discarded = false;
    },

    async getRecovery() {
      const snapshot = await readSnapshot(RECOVERY_FILE);
      return snapshot ? { snapshot, reason: 'crash' } : null;
    },

    async clearRecovery() {
      await fs.unlink(file(RECOVERY_FILE)).catch((error: unknown) => {
        if (errorCode(error) !== 'ENOENT') throw error;
      });
    },
  };
}
