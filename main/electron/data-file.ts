/**
 * A table of reported figures (XLSX or CSV) picked to import: its size is checked
 * before it is read, and its bytes go to the renderer, which parses them (the same
 * code as in the browser). Side effects come in as parameters, so this runs in Node tests.
 */
import * as nodeFs from 'node:fs/promises';
import path from 'node:path';
import { MAX_DATA_FILE_BYTES, type OpenedDataFile, type UiLanguage } from '../../renderer/platform/platform-api';

export interface DataFileFs {
  stat(file: string): Promise<{ size: number; isFile(): boolean }>;
  readFile(file: string): Promise<Uint8Array>;
}

export const realDataFileFs: DataFileFs = nodeFs;

export function dataFileFilter(lang: UiLanguage): { name: string; extensions: string[] } {
  return { name: lang === 'zh' ? '表格（XLSX、CSV）' : 'Tables (XLSX, CSV)', extensions: ['xlsx', 'csv', 'txt', 'tsv'] };
}

/** The file's bytes; throws with a message naming the file and the reason. */
export async function readDataFile(file: string, lang: UiLanguage, fs: DataFileFs = realDataFileFs): Promise<OpenedDataFile> {
  const name = path.basename(file);
  const stat = await fs.stat(file);
  if (!stat.isFile()) throw new Error(lang === 'zh' ? `“${name}”不是文件` : `"${name}" is not a file`);
  if (stat.size > MAX_DATA_FILE_BYTES) {
    throw new Error(
      lang === 'zh'
        ? `“${name}”过大：${stat.size} 字节，上限为 ${MAX_DATA_FILE_BYTES} 字节（5 MB）`
        : `"${name}" is too large: ${stat.size} bytes, the limit is ${MAX_DATA_FILE_BYTES} bytes (5 MB)`,
    );
  }
  const data = await fs.readFile(file);
  return { name, bytes: new Uint8Array(data.buffer, data.byteOffset, data.byteLength) };
}
