/**
 * Writes an output file atomically through CliIo: the data goes to `FILE.tmp-<random>`
 * in the same folder, which is then renamed over FILE. On any failure the temporary
 * file is removed and FILE is left as it was (absent, or the previous version): never
 * a partial file. Failures come back as one message, "cannot write FILE: reason".
 */
import { randomBytes } from 'node:crypto';
import { basename, dirname, join } from 'node:path';
import type { Lang } from '../../models';
import { t, type CliMessageKey } from './cli-messages';
import type { CliIo } from './io';

export type WriteResult = { ok: true } | { ok: false; lines: string[] };

function errorCode(error: unknown): string | undefined {
  if (typeof error !== 'object' || error === null || !('code' in error)) return undefined;
  const code = (error as { code: unknown }).code;
  return typeof code === 'string' ? code : undefined;
}

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

/** `FILE.tmp-<12 hex digits>`, beside FILE so that the rename stays on one file system. */
export function tempPathFor(file: string, suffix = randomBytes(6).toString('hex')): string {
  return join(dirname(file), `${basename(file)}.tmp-${suffix}`);
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

  const temp = tempPathFor(file);
  try {
    await io.writeFile(temp, data);
    await io.rename(temp, file);
    return { ok: true };
  } catch (error) {
    const lines = [describeWriteError(file, error, lang)];
    try {
      await io.unlink(temp);
    } catch (unlinkError) {
      // ENOENT: the temporary file was never created (e.g. the folder is missing).
      if (errorCode(unlinkError) !== 'ENOENT') lines.push(t(lang, 'temp-left', { file: temp }));
    }
    return { ok: false, lines };
  }
}
