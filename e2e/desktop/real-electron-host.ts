/**
 * How the real Electron is started on this host (real-electron.ts): what a CI runner or
 * a contributor's container needs that a desktop does not. As root, Chromium (and so
 * Electron) refuses to start with its sandbox ("Running as root without --no-sandbox is
 * not supported"), so `--no-sandbox` is added for root only — the renderers stay
 * sandboxed in Electron's sense (app.enableSandbox: no Node, the preload's limited
 * require), only the operating-system layer is off. On Linux without a display Electron
 * cannot open a window: the suite is run under `xvfb-run -a`, and without one the test
 * says so instead of timing out.
 */

export interface ElectronHost {
  platform: NodeJS.Platform;
  /** process.getuid(); null where there is none (Windows). */
  uid: number | null;
  env: Readonly<Record<string, string | undefined>>;
}

export function currentHost(): ElectronHost {
  return { platform: process.platform, uid: typeof process.getuid === 'function' ? process.getuid() : null, env: process.env };
}

/** The command line of the Electron process: Chromium switches first, then the app folder and its user data. */
export function electronLaunchArgs(host: ElectronHost, appFolder: string, userData: string): string[] {
  const asRoot = host.platform !== 'win32' && host.uid === 0;
  return [...(asRoot ? ['--no-sandbox'] : []), appFolder, `--user-data-dir=${userData}`];
}

/** Why Electron cannot open a window here, or null. */
export function missingDisplay(host: ElectronHost): string | null {
  if (host.platform !== 'linux') return null;
  if (host.env.DISPLAY || host.env.WAYLAND_DISPLAY) return null;
  return 'no display (DISPLAY is not set): run the desktop suite under xvfb-run, e.g. `ELECTRON_PATH=… xvfb-run -a npx vitest run -c vitest.e2e.config.ts e2e/desktop/`';
}
