/**
 * The Electron main process: app lifecycle and wiring. Every decision lives in a small
 * module beside this one (tested without Electron); this file only connects them to
 * Electron's objects.
 */
import { readFile, stat } from 'node:fs/promises';
import path from 'node:path';
import { app, BrowserWindow, dialog, ipcMain, Menu, protocol, screen, session, shell, type WebContents } from 'electron';
import type { MenuCommand, UiLanguage } from '../../renderer/platform/platform-api';
import { createAppLog, type AppLog } from './app-log';
import { APP_SCHEME, APP_SCHEME_PRIVILEGES, createAppProtocolHandler } from './app-protocol';
import { createAppUrlMatcher } from './app-url';
import { devServerUrl as decideDevServerUrl } from './dev-server-url';
import { openExportFolderStore } from './export-folder';
import { fileArgument } from './command-line';
import { CONTENT_SECURITY_POLICY, cspHeadersListener, devContentSecurityPolicy } from './content-security-policy';
import { registerIpcHandlers, sendEvent } from './ipc-handlers';
import { buildMenuTemplate } from './menu';
import { createPathGrants } from './path-grants';
import { createPlatformHandlers } from './platform-handlers';
import { createPlanParser } from './plan-parse-host';
import { openRecentFilesStore, type RecentFilesStore } from './recent-files';
import { createSaveBeforeCloseBroker } from './save-before-close';
import { hardenSession, hardenWebContents } from './security';
import { closePromptOptions, createDocumentTracker, decideClose, guardClose, windowTitle } from './unsaved-changes';
import { createMainWindow, loadRenderer, rendererSource, WINDOW_SIZE } from './window';
import { initialBounds, openWindowStateStore, type WindowStateStore } from './window-state';
import { createWorkspaceAutosave } from './workspace-autosave';
import { removeInterruptedSaves } from './interrupted-saves';

// To the console and to <userData>/logs/main.log (opened on the first message).
let appLog: AppLog | null = null;
const log = (message: string) => {
  appLog ??= createAppLog(app.getPath('userData'), { echo: (line) => console.warn(line) });
  appLog(message);
};

// Every renderer is sandboxed, whatever its webPreferences say.
app.enableSandbox();

// The UI is served as app://planpath/… (app-protocol.ts); the scheme's privileges must be
// registered before ready. Its handler is installed in whenReady below.
protocol.registerSchemesAsPrivileged([{ scheme: APP_SCHEME, privileges: { ...APP_SCHEME_PRIVILEGES } }]);

if (!app.requestSingleInstanceLock()) {
  // Another PlanPath is running: it receives our argv ('second-instance') and we leave.
  app.quit();
} else {
  start();
}

function start(): void {
  // Ignored when packaged (dev-server-url.ts): the packaged app serves only its own files.
  const devServer = decideDevServerUrl({ isPackaged: app.isPackaged, value: process.env.VITE_DEV_SERVER_URL });
  if (devServer.ignored) log(`VITE_DEV_SERVER_URL ignored (${devServer.ignored === 'packaged' ? 'a packaged app loads only its own files' : 'not an http(s) URL'})`);
  const devServerUrl = devServer.url;
  const isDev = !app.isPackaged;
  const appRoot = app.getAppPath();
  const webRoot = path.join(appRoot, 'dist-web');
  const preloadPath = path.join(appRoot, 'dist-electron', 'preload.cjs');
  const isAppUrl = createAppUrlMatcher({ devServerUrl });

  let mainWindow: BrowserWindow | null = null;
  let pageLoaded = false;
  let language: UiLanguage = 'zh';
  let quitting = false;
  let sessionEnded = false;
  let lastRendererCrash = 0;
  let recent: RecentFilesStore | null = null;
  let windowState: WindowStateStore | null = null;

  const grants = createPathGrants(process.platform, (p) => recent?.has(p) ?? false);
  const pendingOpens: string[] = [];

  const contents = (): WebContents | null => (mainWindow && !mainWindow.isDestroyed() ? mainWindow.webContents : null);
  const sendMenuCommand = (command: MenuCommand) => {
    const target = contents();
    if (target) sendEvent(target, 'menu:command', command);
  };

  /** Ask the UI to open a file; it checks its unsaved changes, then calls openRecent. */
  const requestOpen = (filePath: string) => {
    grants.add(filePath);
    const target = contents();
    if (target && pageLoaded) sendEvent(target, 'app:open-file', filePath);
    else pendingOpens.push(filePath);
  };

  const focusWindow = () => {
    if (!mainWindow) return;
    if (mainWindow.isMinimized()) mainWindow.restore();
    mainWindow.show();
    mainWindow.focus();
  };

  app.on('second-instance', (_event, argv, workingDirectory) => {
    focusWindow();
    const file = fileArgument(argv, { packaged: app.isPackaged, cwd: workingDirectory });
    if (file) requestOpen(file);
  });

  // macOS: a file dropped on the Dock icon or opened from Finder (may come before ready).
  app.on('open-file', (event, filePath) => {
    event.preventDefault();
    requestOpen(filePath);
  });

  const initialFile = fileArgument(process.argv, { packaged: app.isPackaged, cwd: process.cwd() });
  if (initialFile) requestOpen(initialFile);

  const autosave = createWorkspaceAutosave({ dir: app.getPath('userData'), log });

  const documentState = createDocumentTracker((state) => {
    if (!mainWindow || mainWindow.isDestroyed()) return;
    mainWindow.setTitle(windowTitle(state.title, state.dirty));
    if (process.platform === 'darwin') mainWindow.setDocumentEdited(state.dirty);
  });

  const saveBeforeClose = createSaveBeforeCloseBroker((requestId) => {
    const target = contents();
    if (!target) throw new Error('no window');
    sendEvent(target, 'document:save-before-close', requestId);
  });

  const refreshMenu = () => {
    const template = buildMenuTemplate({
      lang: language,
      recentFiles: recent?.list() ?? [],
      send: sendMenuCommand,
      openRecent: requestOpen,
      clearRecent: () => {
        void recent?.clear().catch((error: unknown) => log(`recent files: ${String(error)}`));
        app.clearRecentDocuments();
      },
      isDev,
      platform: process.platform,
    });
    Menu.setApplicationMenu(Menu.buildFromTemplate(template));
  };

  const openWindow = () => {
    autosave.resume();
    pageLoaded = false;
    const bounds = initialBounds(
      windowState?.saved() ?? null,
      screen.getAllDisplays().map((display) => display.workArea),
      WINDOW_SIZE,
    );
    const window = createMainWindow({ preloadPath, version: app.getVersion(), bounds, maximized: bounds.maximized });
    windowState?.track(window);
    mainWindow = window;
    hardenWebContents(window.webContents, { isAppUrl, openExternal: (url) => shell.openExternal(url), log });

    // The title is ours ("• name — PlanPath"), not the page's <title>.
    window.on('page-title-updated', (event) => event.preventDefault());
    window.setTitle(windowTitle(documentState.state().title, documentState.state().dirty));

    guardClose(window, {
      dirty: () => documentState.state().dirty,
      decide: () =>
        decideClose({
          dirty: documentState.state().dirty,
          showDialog: async () => (await dialog.showMessageBox(window, closePromptOptions(documentState.state().title, language))).response,
          requestSave: () => saveBeforeClose.request(),
        }),
      onDecided: async (decision) => {
        if (decision === 'stay') quitting = false;
        if (decision === 'close-discarding') await autosave.discard();
      },
      log,
    });

    window.webContents.on('did-finish-load', () => {
      pageLoaded = true;
      for (const filePath of pendingOpens.splice(0)) sendEvent(window.webContents, 'app:open-file', filePath);
    });
    window.webContents.on('did-start-loading', () => {
      pageLoaded = false;
      saveBeforeClose.cancelAll();
    });
    window.webContents.on('render-process-gone', (_event, details) => {
      saveBeforeClose.cancelAll();
      log(`renderer gone: ${details.reason}`);
      // The autosave holds the work; reload once, but not in a crash loop.
      if (details.reason !== 'clean-exit' && Date.now() - lastRendererCrash > 30_000) {
        lastRendererCrash = Date.now();
        window.webContents.reload();
      }
    });
    window.on('closed', () => {
      saveBeforeClose.cancelAll();
      if (mainWindow === window) mainWindow = null;
    });

    loadRenderer(window, rendererSource(devServerUrl)).catch((error: unknown) => log(`cannot load the UI: ${String(error)}`));
  };

  app.on('web-contents-created', (_event, created) => {
    // Whatever the page is (DevTools included): no new windows, no <webview>.
    created.setWindowOpenHandler(() => ({ action: 'deny' }));
    created.on('will-attach-webview', (event) => event.preventDefault());
  });

  app.on('before-quit', () => {
    quitting = true;
  });

  app.on('window-all-closed', () => {
    if (process.platform !== 'darwin' || quitting) app.quit();
  });

  app.on('will-quit', (event) => {
    if (sessionEnded) return;
    // A clean quit: remove session.lock, so the next start offers no recovery.
    event.preventDefault();
    Promise.all([autosave.endSession(), windowState?.flush()])
      .catch((error: unknown) => log(`cannot end the session: ${String(error)}`))
      .finally(() => {
        sessionEnded = true;
        app.quit();
      });
  });

  app.on('activate', () => {
    if (app.isReady() && BrowserWindow.getAllWindows().length === 0) openWindow();
  });

  void app.whenReady().then(async () => {
    const policy = devServerUrl ? devContentSecurityPolicy(devServerUrl) : CONTENT_SECURITY_POLICY;
    session.defaultSession.webRequest.onHeadersReceived(cspHeadersListener(policy));
    // dist-web/ over app://planpath/, each response with the CSP header (the same policy).
    protocol.handle(APP_SCHEME, createAppProtocolHandler({ root: webRoot, policy: CONTENT_SECURITY_POLICY, readFile: (file) => readFile(file), stat, log }));
    hardenSession(session.defaultSession, { isAppUrl });

    try {
      const started = await autosave.startSession();
      if (started.crashed) log(`the last session did not end cleanly${started.recoveryOffered ? '; its unsaved work is offered for recovery' : ''}`);
    } catch (error) {
      // An unwritable user-data folder must not keep the app from opening; autosaves
      // will then fail visibly in the UI, which reports saveWorkspace errors.
      log(`cannot start the workspace session: ${String(error)}`);
    }

    recent = await openRecentFilesStore({
      file: path.join(app.getPath('userData'), 'recent-files.json'),
      onChange: () => refreshMenu(),
    });
    const store = recent;
    // Temporary files of saves a crash interrupted: removed now (the next save would replace them anyway).
    void removeInterruptedSaves(app.getPath('userData'), store.list().map((r) => r.path))
      .then((removed) => {
        if (removed.length > 0) log(`removed temporary files of interrupted saves: ${removed.join(', ')}`);
      })
      .catch((error: unknown) => log(`cleaning up interrupted saves: ${String(error)}`));
    const exportFolder = await openExportFolderStore({ file: path.join(app.getPath('userData'), 'export-settings.json') });
    windowState = await openWindowStateStore({ file: path.join(app.getPath('userData'), 'window-state.json'), log });

    const handlers = createPlatformHandlers({
      dialogs: {
        showOpenDialog: (options) => (mainWindow ? dialog.showOpenDialog(mainWindow, options) : dialog.showOpenDialog(options)),
        showSaveDialog: (options) => (mainWindow ? dialog.showSaveDialog(mainWindow, options) : dialog.showSaveDialog(options)),
      },
      recent: {
        ...store,
        add: async (filePath) => {
          const list = await store.add(filePath);
          app.addRecentDocument(filePath);
          return list;
        },
      },
      autosave,
      document: documentState,
      grants,
      saveBeforeClose,
      getLanguage: () => language,
      setLanguage: (lang) => {
        if (lang === language) return;
        language = lang;
        refreshMenu();
      },
      openExternal: (url) => shell.openExternal(url),
      documentsDir: app.getPath('documents'),
      exportFolder,
      log,
      // Plan files over 1 MB are parsed and validated in a worker thread (bundled beside main.cjs).
      parsePlan: createPlanParser({ workerScript: path.join(appRoot, 'dist-electron', 'plan-parse-worker.cjs'), log }),
    });
    registerIpcHandlers({ ipcMain, isAppUrl, invoke: handlers.invoke, send: handlers.send, log });

    refreshMenu();
    openWindow();
  }).catch((error: unknown) => {
    log(`start-up failed: ${error instanceof Error ? (error.stack ?? error.message) : String(error)}`);
    dialog.showErrorBox('PlanPath', `PlanPath could not start: ${error instanceof Error ? error.message : String(error)}`);
    app.exit(1);
  });
}
