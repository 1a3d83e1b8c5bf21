/**
 * What `npm start` runs: the desktop app where Electron can open a window, the web
 * mode elsewhere, with the reason in one line. Side effects are passed in, so the
 * choice is tested in plain Node.
 */

export type StartMode = { kind: 'desktop'; electron: string } | { kind: 'web'; reason: string };

export interface StartProbe {
  argv: readonly string[];
  env: Readonly<Record<string, string | undefined>>;
  platform: NodeJS.Platform;
  /** True if the electron npm package is installed. */
  hasElectronPackage(): boolean;
  /** The downloaded binary's path (installedElectronPath); throws where it was never downloaded. */
  electronPath(): string;
  exists(file: string): boolean;
}

const ADD_LATER = 'see README, Troubleshooting, to add it';

export function chooseStartMode(p: StartProbe): StartMode {
  if (p.argv.includes('--web') || p.env.PLANPATH_WEB === '1') return { kind: 'web', reason: 'the web mode was asked for (--web or PLANPATH_WEB=1)' };
  if (!p.hasElectronPackage()) return { kind: 'web', reason: `Electron is not installed (its download failed during npm install; ${ADD_LATER})` };
  let electron: string;
  try {
    electron = p.electronPath();
  } catch {
    return { kind: 'web', reason: `Electron's binary is not installed (its download failed or was skipped during npm install; ${ADD_LATER})` };
  }
  if (!p.exists(electron)) return { kind: 'web', reason: `Electron's binary is missing at ${electron} (${ADD_LATER})` };
  if (p.platform === 'linux' && !p.env.DISPLAY && !p.env.WAYLAND_DISPLAY) {
    return { kind: 'web', reason: 'there is no graphical display for a desktop window (neither DISPLAY nor WAYLAND_DISPLAY is set)' };
  }
  return { kind: 'desktop', electron };
}


/**
 * Where node_modules/electron's binary is once downloaded, read as Electron's own index.js
 * reads it (path.txt, ELECTRON_OVERRIDE_DIST_PATH) but without its fallback: since Electron
 * 42, `require('electron')` downloads a missing binary, which `npm start` must not wait on.
 * Throws where path.txt is not there (never downloaded).
 */
export function installedElectronPath(
  electronDir: string,
  env: Readonly<Record<string, string | undefined>>,
  readText: (file: string) => string,
  join: (...parts: string[]) => string,
): string {
  const relative = readText(join(electronDir, 'path.txt')).trim();
  if (relative === '') throw new Error('path.txt is empty');
  const override = env.ELECTRON_OVERRIDE_DIST_PATH;
  return override ? join(override, relative) : join(electronDir, 'dist', relative);
}
