/**
 * The folder File → Export last wrote to, kept in the user-data folder beside the
 * recent files (export-settings.json, written atomically), so the next export's save
 * dialog starts there. A folder that has since gone is not offered.
 */
import path from 'node:path';
import { realFs, writeFileAtomic, type FileSystem } from './file-store';

export interface ExportFolderStore {
  /** The last folder exported to, if it still exists; else undefined. */
  get(): Promise<string | undefined>;
  /** Remember the folder of a file just exported. */
  rememberFile(filePath: string): Promise<void>;
}

export interface ExportFolderOptions {
  /** The JSON file, e.g. <userData>/export-settings.json. */
  file: string;
  fs?: FileSystem;
  platform?: NodeJS.Platform;
}

export function parseExportSettings(text: string): { lastFolder?: string } {
  try {
    const raw: unknown = JSON.parse(text);
    if (typeof raw === 'object' && raw !== null && 'lastFolder' in raw && typeof raw.lastFolder === 'string' && raw.lastFolder !== '') {
      return { lastFolder: raw.lastFolder };
    }
  } catch {
    // A damaged settings file is as good as none.
  }
  return {};
}

export async function openExportFolderStore(options: ExportFolderOptions): Promise<ExportFolderStore> {
  const fs = options.fs ?? realFs;
  const platform = options.platform ?? process.platform;
  const pathApi = platform === 'win32' ? path.win32 : path.posix;
  let lastFolder: string | undefined;
  try {
    lastFolder = parseExportSettings(await fs.readFile(options.file, 'utf8')).lastFolder;
  } catch {
    lastFolder = undefined;
  }
  return {
    async get() {
      if (lastFolder === undefined) return undefined;
      try {
        return (await fs.stat(lastFolder)).isFile() ? undefined : lastFolder;
      } catch {
        return undefined;
      }
    },
    async rememberFile(filePath) {
      const folder = pathApi.dirname(filePath);
      if (folder === lastFolder) return;
      lastFolder = folder;
      await writeFileAtomic(options.file, JSON.stringify({ lastFolder }, null, 2), { fs, platform });
    },
  };
}
