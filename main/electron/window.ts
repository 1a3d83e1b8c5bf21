/**
 * The main window: its options (the security flags live here and nowhere else) and
 * how its page is loaded — dist-web/index.html from disk, or the Vite dev server.
 */
import { BrowserWindow, type BrowserWindowConstructorOptions } from 'electron';
import { VERSION_ARGUMENT_PREFIX } from '../ipc/ipc-contract';

export interface WindowConfig {
  /** Absolute path of dist-electron/preload.cjs. */
  preloadPath: string;
  /** The app's version, handed to the preload for info(). */
  version: string;
  title?: string;
}

export function mainWindowOptions(config: WindowConfig): BrowserWindowConstructorOptions {
  return {
    width: 1440,
    height: 900,
    minWidth: 960,
    minHeight: 600,
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

export type RendererSource = { kind: 'file'; indexFile: string } | { kind: 'url'; url: string };

export function rendererSource(indexFile: string, devServerUrl: string | undefined): RendererSource {
  return devServerUrl ? { kind: 'url', url: devServerUrl } : { kind: 'file', indexFile };
}

export function createMainWindow(config: WindowConfig): BrowserWindow {
  const window = new BrowserWindow(mainWindowOptions(config));
  window.once('ready-to-show', () => window.show());
  return window;
}

export async function loadRenderer(window: BrowserWindow, source: RendererSource): Promise<void> {
  if (source.kind === 'url') await window.loadURL(source.url);
  else await window.loadFile(source.indexFile);
}
