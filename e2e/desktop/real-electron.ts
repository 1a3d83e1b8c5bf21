/**
 * The real Electron app, for machines where one is installed (ELECTRON_PATH): started
 * with playwright's _electron.launch on the project folder (package.json "main" is
 * dist-electron/main.cjs), with a fresh user-data folder. Native dialogs are replaced in
 * the main process by stubs that take the answers the test queued; menu items are
 * clicked through Menu.getApplicationMenu(). The harness is not involved. As root it runs
 * with --no-sandbox, and on Linux it needs a display (xvfb-run): real-electron-host.ts.
 */
import { _electron, type ElectronApplication, type Page } from 'playwright-core';
import { PlanPathApp } from '../pages/planpath-app';
import { DESKTOP_STEP_TIMEOUT, PROJECT_ROOT } from './desktop-app';
import { TIMEOUTS } from '../../test-timeouts';
import { currentHost, electronLaunchArgs, missingDisplay } from './real-electron-host';

export const ELECTRON_PATH = process.env.ELECTRON_PATH ?? '';

export type DialogKind = 'open' | 'save' | 'message';

export interface RealElectron {
  electron: ElectronApplication;
  page: Page;
  app: PlanPathApp;
  /** Queue the answer of the next dialog of a kind (Electron's return value shape). */
  answer(kind: DialogKind, value: unknown): Promise<void>;
  /** The dialogs shown so far, with their options. */
  dialogCalls(): Promise<{ kind: DialogKind; options: Record<string, unknown> }[]>;
  clickMenu(...labels: string[]): Promise<void>;
  title(): Promise<string>;
  close(): Promise<void>;
}

export async function launchRealElectron(options: { userData: string }): Promise<RealElectron> {
  const host = currentHost();
  const noDisplay = missingDisplay(host);
  if (noDisplay) throw new Error(`real Electron: ${noDisplay}`);
  const electron = await _electron.launch({
    executablePath: ELECTRON_PATH,
    args: electronLaunchArgs(host, PROJECT_ROOT, options.userData),
    cwd: PROJECT_ROOT,
    timeout: TIMEOUTS.longWait,
  });
  await electron.evaluate(({ dialog }) => {
    type Kind = 'open' | 'save' | 'message';
    const state = { answers: { open: [] as unknown[], save: [] as unknown[], message: [] as unknown[] }, calls: [] as { kind: Kind; options: unknown }[] };
    (globalThis as unknown as { __planpathDialogs: typeof state }).__planpathDialogs = state;
    const stub =
      (kind: Kind) =>
      async (a: unknown, b?: unknown): Promise<unknown> => {
        const opts = b ?? a;
        state.calls.push({ kind, options: opts });
        const next = state.answers[kind].shift();
        if (next === undefined) throw new Error(`e2e: no answer queued for the ${kind} dialog`);
        return next;
      };
    // Main calls dialog.showOpenDialog & co. through the module object, so replacing them here takes.
    Object.assign(dialog, { showOpenDialog: stub('open'), showSaveDialog: stub('save'), showMessageBox: stub('message') });
  });
  const page = await electron.firstWindow();
  page.setDefaultTimeout(DESKTOP_STEP_TIMEOUT);
  const app = new PlanPathApp(page, page.url());
  await app.waitReady();
  return {
    electron,
    page,
    app,
    answer: (kind, value) =>
      electron.evaluate((_electron, [k, v]) => {
        (globalThis as unknown as { __planpathDialogs: { answers: Record<string, unknown[]> } }).__planpathDialogs.answers[k as string]?.push(v);
      }, [kind, value] as const),
    dialogCalls: () =>
      electron.evaluate(() => (globalThis as unknown as { __planpathDialogs: { calls: { kind: DialogKind; options: Record<string, unknown> }[] } }).__planpathDialogs.calls),
    clickMenu: (...labels) =>
      electron.evaluate(({ Menu, BrowserWindow }, path) => {
        const plain = (l: string) =>
          l
            .replace(/\(&.\)/g, '')
            .split('&&')
            .map((p) => p.replace(/&/g, ''))
            .join('&');
        let items = Menu.getApplicationMenu()?.items ?? [];
        let item: (typeof items)[number] | undefined;
        for (const want of path) {
          item = items.find((i) => plain(i.label) === want || i.id === want);
          if (!item) throw new Error(`menu: no item ${want}`);
          items = item.submenu?.items ?? [];
        }
        const window = BrowserWindow.getAllWindows()[0];
        item?.click(undefined, window, window?.webContents);
      }, labels),
    title: () => electron.evaluate(({ BrowserWindow }) => BrowserWindow.getAllWindows()[0]?.getTitle() ?? ''),
    close: () => electron.close(),
  };
}
