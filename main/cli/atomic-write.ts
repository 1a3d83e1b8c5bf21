/**
 * Writes an output file atomically through CliIo, with the host's atomic write
 * (main/fs/atomic-write.ts): a temporary file beside FILE, renamed over it; on any
 * failure FILE is left as it was. Failures come back as "cannot write FILE: reason".
 */
import { errorCode, TempFileLeftError, writeFileAtomic as sharedWriteFileAtomic, type AtomicWriteOps } from '../fs/atomic-write';
import type { Lang } from '../../models';
import { t, type CliMessageKey } from './cli-messages';
import type { CliIo } from './io';

export type WriteResult = { ok: true } | { ok: false; lines: string[] };

const REASONS: Record<string, CliMessageKey> = {
  ENOENT: 'write-no-folder',
  ENOTDIR: 'write-not-folder',
  EISDIR: 'write-is-directory',
  EACCES: 'write-permission',
  EPERM: 'write-permission',
  EROFS: 'write-read-only-fs',
  ENOSPC: 'write-no-space',
  EDQUOT: 'write-no-space',
  EBUSY: 'write-busy',
};

/** "cannot write FILE: reason" for a failed write, rename or check. */
export function describeWriteError(file: string, error: unknown, lang: Lang): string {
  const key = REASONS[errorCode(error) ?? ''];
  const reason = key ? t(lang, key) : error instanceof Error ? error.message : String(error);
  return t(lang, 'cannot-write', { file, reason });
}

/** The shared atomic write on the CLI's io. */
function cliOps(io: CliIo): AtomicWriteOps {
  return {
    // The CLI has checked for a directory already; it keeps no permission bits.
    inspect: async () => null,
    writeNew: (file, data) => io.writeFile(file, data),
    rename: (from, to) => io.rename(from, to),
    unlink: (file) => io.unlink(file),
  };
}

export async function writeFileAtomic(io: CliIo, file: string, data: string | Uint8Array, lang: Lang): Promise<WriteResult> {
  // A directory cannot be replaced by a file: say so before writing anything. Any other
  // stat failure (the file does not exist yet, the folder is missing) is left to the
  // write, which reports it.
  const isDirectory = await io.stat(file).then(
    (info) => info.isDirectory,
    () => false,
  );
  if (isDirectory) return { ok: false, lines: [t(lang, 'cannot-write', { file, reason: t(lang, 'write-is-directory') })] };
  try {
    await sharedWriteFileAtomic(file, data, cliOps(io));
    return { ok: true };
  } catch (error) {
    if (error instanceof TempFileLeftError) {
      return { ok: false, lines: [describeWriteError(file, error.cause, lang), t(lang, 'temp-left', { file: error.tempFile })] };
    }
    return { ok: false, lines: [describeWriteError(file, error, lang)] };
  }
}
