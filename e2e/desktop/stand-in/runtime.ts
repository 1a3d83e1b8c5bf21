/** The state one stand-in "Electron process" shares between its modules. */
import type { EventEmitter } from 'node:events';
import type { BrowserContext } from 'playwright-core';
import type { BrowserWindowStandIn } from './browser-window';
import type { CustomSchemes } from './custom-schemes';
import type { SessionStandIn } from './dialogs';
import type { IpcMainStandIn } from './ipc-main';

export interface AppSide extends EventEmitter {
  /** The last window closed (not during a quit): 'window-all-closed', or quit if nobody listens. */
  allWindowsClosed(): void;
}

/** The webPreferences the page bridge needs. */
export interface PreloadPrefs {
  additionalArguments: readonly string[];
  contextIsolation: boolean;
}

export interface Runtime {
  readonly platform: NodeJS.Platform;
  /** Console errors, page errors, unscripted dialogs, failed sends: a test expects none. */
  readonly problems: string[];
  /** Every console line of every page. */
  readonly consoleLines: string[];
  readonly windows: BrowserWindowStandIn[];
  readonly session: SessionStandIn;
  /** protocol.registerSchemesAsPrivileged / protocol.handle, and the app:// ⇄ stand-in origin mapping. */
  readonly schemes: CustomSchemes;
  readonly ipcMain: IpcMainStandIn;
  readonly app: AppSide;
  focused: BrowserWindowStandIn | null;
  /** True once the process has exited or crashed: nothing more is delivered. */
  dead: boolean;
  context(): BrowserContext;
  /** The init script that runs `preloadPath` in a page, over `binding`. */
  preloadScript(preloadPath: string, binding: string, prefs: PreloadPrefs): Promise<string>;
  nextId(): number;
}
