/**
 * Calls Electron allows only before, or only after, the app is ready — and the stand-in
 * refuses at the wrong time, as Electron does: the call throws, and the refusal is also
 * listed in `problems`, so a test fails even where main swallows the error (a call inside
 * a `.then` or a try/catch). Taken from Electron's API documentation
 * (https://www.electronjs.org/docs/latest/api/…):
 *
 * - app.md, enableSandbox / disableHardwareAcceleration / disableDomainBlockingFor3DAPIs:
 *   "This method can only be called before app is ready."
 * - protocol.md, registerSchemesAsPrivileged: "This method can only be used before the
 *   `ready` event of the `app` module gets emitted and can be called only once."
 * - protocol.md, the module: "All methods unless specified can only be used after the
 *   `ready` event of the `app` module gets emitted." (handle, unhandle, isProtocolHandled)
 * - browser-window.md: "This module cannot be used until the `ready` event of the `app`
 *   module is emitted." (new BrowserWindow)
 * - screen.md: "This module cannot be used until the `ready` event of the `app` module is
 *   emitted."
 * - session.md: sessions exist once the app is ready (Electron throws "Session can only be
 *   received when app is ready" for session.defaultSession and session.fromPartition).
 * - dialog.md, showErrorBox: "This API can be called safely before the `ready` event" —
 *   the one dialog allowed early; the other dialogs need a ready app.
 * - Menu.setApplicationMenu: menu.md states no rule; Electron builds the native menu bar
 *   once the app is ready, and the stand-in holds main to that (stricter than the docs).
 */

export type ReadyRule = 'before-ready' | 'after-ready';

/** Every guarded call and when Electron allows it. */
export const READY_RULES = {
  'app.enableSandbox()': 'before-ready',
  'app.disableHardwareAcceleration()': 'before-ready',
  'app.disableDomainBlockingFor3DAPIs()': 'before-ready',
  'protocol.registerSchemesAsPrivileged()': 'before-ready',
  'protocol.handle()': 'after-ready',
  'protocol.unhandle()': 'after-ready',
  'protocol.isProtocolHandled()': 'after-ready',
  'new BrowserWindow()': 'after-ready',
  'screen': 'after-ready',
  'session.defaultSession': 'after-ready',
  'session.fromPartition()': 'after-ready',
  'dialog.showOpenDialog()': 'after-ready',
  'dialog.showSaveDialog()': 'after-ready',
  'dialog.showMessageBox()': 'after-ready',
  'Menu.setApplicationMenu()': 'after-ready',
} as const satisfies Record<string, ReadyRule>;

export type GuardedCall = keyof typeof READY_RULES;

/** The refusal's text, worded as Electron words it. */
export function readyRuleMessage(call: GuardedCall): string {
  return READY_RULES[call] === 'before-ready'
    ? `${call} can only be called before app is ready`
    : `${call} cannot be used before the app is ready`;
}

/** Throws (and lists the refusal in `problems`) when `call` is made at a time Electron refuses it. */
export function checkReadyRule(call: GuardedCall, ready: boolean, problems: string[]): void {
  const allowed = READY_RULES[call] === 'before-ready' ? !ready : ready;
  if (allowed) return;
  const message = readyRuleMessage(call);
  problems.push(`Electron's rules: ${message}`);
  throw new Error(message);
}
