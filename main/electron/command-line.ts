/**
 * A plan file given on the command line (`PlanPath plan.json`, a double-click in the
 * file manager, or a second instance started with a file).
 */
import path from 'node:path';

export interface FileArgumentOptions {
  /** app.isPackaged: unpackaged, argv is [electron, ".", …]; packaged, [PlanPath, …]. */
  packaged: boolean;
  /** Where relative paths are resolved (the second instance's working directory). */
  cwd: string;
  platform?: NodeJS.Platform;
}

/** Extensions of plan files: JSON, and PlanPath's own registered type (.ppath, JSON inside). */
export const PLAN_FILE_EXTENSIONS = ['json', 'ppath'] as const;

/** The first argument that names a plan file (.json or .ppath), as an absolute path; null if none. */
export function fileArgument(argv: readonly string[], options: FileArgumentOptions): string | null {
  const pathApi = (options.platform ?? process.platform) === 'win32' ? path.win32 : path.posix;
  const args = argv.slice(options.packaged ? 1 : 2);
  for (const arg of args) {
    // Chromium and Electron add switches of their own (e.g. --allow-file-access-from-files).
    if (arg.startsWith('-')) continue;
    const ext = pathApi.extname(arg).toLowerCase().slice(1);
    if (!(PLAN_FILE_EXTENSIONS as readonly string[]).includes(ext)) continue;
    return pathApi.resolve(options.cwd, arg);
  }
  return null;
}
