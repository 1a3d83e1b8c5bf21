/**
 * A failed write, said so that a person knows what to do: which file, why (no
 * permission, folder gone, disk full, file open elsewhere …), and that nothing was
 * written (writes are atomic: the original, if any, is untouched).
 */
import type { UiLanguage } from '../../renderer/platform/platform-api';

const REASONS: Record<string, { zh: string; en: string }> = {
  EACCES: { zh: '没有写入该位置的权限', en: 'no permission to write there' },
  EPERM: { zh: '没有写入该位置的权限，或文件被锁定', en: 'no permission to write there, or the file is locked' },
  EROFS: { zh: '该位置是只读的', en: 'the location is read-only' },
  ENOENT: { zh: '文件夹不存在', en: 'the folder does not exist' },
  ENOTDIR: { zh: '路径中有一部分不是文件夹', en: 'part of the path is not a folder' },
  EISDIR: { zh: '该路径是一个文件夹', en: 'the path is a folder' },
  ENOSPC: { zh: '磁盘空间不足', en: 'the disk is full' },
  EDQUOT: { zh: '超出磁盘配额', en: 'the disk quota is exceeded' },
  EBUSY: { zh: '文件正被其他程序使用（例如在 Excel 中打开）', en: 'the file is in use by another program (open in Excel?)' },
  ENAMETOOLONG: { zh: '文件名过长', en: 'the file name is too long' },
};

function errorCode(error: unknown): string | undefined {
  return typeof error === 'object' && error !== null && 'code' in error ? String(error.code) : undefined;
}

export function describeWriteError(error: unknown, target: string, lang: UiLanguage): string {
  const code = errorCode(error);
  const known = code === undefined ? undefined : REASONS[code];
  const reason = known ? (lang === 'zh' ? `${known.zh}（${code}）` : `${known.en} (${code})`) : error instanceof Error ? error.message : String(error);
  return lang === 'zh'
    ? `无法写入“${target}”：${reason}。没有写入任何文件。`
    : `Cannot write "${target}": ${reason}. Nothing was written.`;
}
