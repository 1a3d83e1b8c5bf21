/**
 * The main window: its options (the security flags live here and nowhere else) and
 * how its page is loaded — app://planpath/index.html (dist-web/), or the Vite dev server.
 */
import { BrowserWindow, type BrowserWindowConstructorOptions } from 'electron';
import { VERSION_ARGUMENT_PREFIX } from '../ipc/ipc-contract';
import { APP_INDEX_URL } from './app-protocol';

export interface WindowConfig {
  /** Absolute path of dist-electron/preload.cjs. */
  preloadPath: string;
  /** The app's version, handed to the preload for info(). */
  version: string;
  title?: string;
  /** Where the window was last time (window-state.ts); the defaults otherwise. */
  bounds?: { width: number; height: number; x?: number; y?: number };
}

export const WINDOW_SIZE = { width: 1440, height: 900, minWidth: 960, minHeight: 600 } as const;

export function mainWindowOptions(config: WindowConfig): BrowserWindowConstructorOptions {
  return {
    width: config.bounds?.width ?? WINDOW_SIZE.width,
    height: config.bounds?.height ?? WINDOW_SIZE.height,
    ...(config.bounds?.x !== undefined && config.bounds.y !== undefined ? { x: config.bounds.x, y: config.bounds.y } : {}),
    minWidth: WINDOW_SIZE.minWidth,
    minHeight: WINDOW_SIZE.minHeight,
    title: config.title ?? 'PlanPath',
    show: false,
    backgroundColor: '#ffffff',
    webPreferences: {
      preload: config.preloadPath,
      contextIsolation: true,
      sandbox: true,
      nodeIntegration: false,
      nodeIntegrationInWorker: false,
      nodeIntegrationInSubFrames: false,
      webSecurity: true,
      allowRunningInsecureContent: false,
      webviewTag: false,
      navigateOnDragDrop: false,
      spellcheck: false,
      additionalArguments: [`${VERSION_ARGUMENT_PREFIX}${config.version}`],
    },
  };
}

/** Where the UI comes from: app://planpath/index.html (dist-web/, served by app-protocol.ts) or the Vite dev server. */
export type RendererSource = { kind: 'app'; url: string } | { kind: 'url'; url: string };

export function rendererSource(devServerUrl: string | undefined): RendererSource {
  return devServerUrl ? { kind: 'url', url: devServerUrl } : { kind: 'app', url: APP_INDEX_URL };
}

export function createMainWindow(config: WindowConfig & { maximized?: boolean }): BrowserWindow {
  const window = new BrowserWindow(mainWindowOptions(config));
  window.once('ready-to-show', () => {
    if (config.maximized) window.maximize();
    window.show();
  });
  return window;
}

export async function loadRenderer(window: BrowserWindow, source: RendererSource): Promise<void> {
  await window.loadURL(source.url);
}
