/**
 * The webPreferences a stand-in window can be faithful to. Electron's defaults
 * (browser-window.md: contextIsolation true, nodeIntegration false, sandbox true since
 * Electron 20) give a page with no Node and a preload in an isolated world; the stand-in
 * keeps exactly that, and nothing else: a page with Node (nodeIntegration), a preload
 * sharing the page's world (contextIsolation off) or an unsandboxed preload would behave
 * in Electron in ways Chromium alone cannot show, so the stand-in refuses to create such a
 * window — the constructor throws and the refusal is listed in `problems` — rather than
 * quietly run a safer page than the one Electron would run.
 */
import type { BrowserWindowConstructorOptions } from 'electron';

type WebPreferences = NonNullable<BrowserWindowConstructorOptions['webPreferences']>;

/** Why Electron would run this window differently from the stand-in; [] when it would not. */
export function unfaithfulPreferences(prefs: WebPreferences, appSandboxed: boolean): string[] {
  const reasons: string[] = [];
  if (prefs.contextIsolation === false) reasons.push('contextIsolation: false (the preload would share the page\'s world, and contextBridge would throw)');
  if (prefs.nodeIntegration === true) reasons.push('nodeIntegration: true (the page would reach require and process)');
  if (prefs.nodeIntegrationInWorker === true) reasons.push('nodeIntegrationInWorker: true (workers would reach Node)');
  if (prefs.nodeIntegrationInSubFrames === true) reasons.push('nodeIntegrationInSubFrames: true (frames would run the preload with Node)');
  if (prefs.sandbox === false && !appSandboxed) reasons.push('sandbox: false without app.enableSandbox() (the preload would get all of Node)');
  return reasons;
}

/** Throws, and lists the refusal in `problems`, for a window the stand-in cannot be faithful to. */
export function refuseUnfaithfulWindow(prefs: WebPreferences, appSandboxed: boolean, problems: string[]): void {
  const reasons = unfaithfulPreferences(prefs, appSandboxed);
  if (reasons.length === 0) return;
  const message = `the stand-in refuses a BrowserWindow with ${reasons.join('; ')}`;
  problems.push(message);
  throw new Error(message);
}
