/**
 * The renderer may only show our own page: navigation away is denied, new windows are
 * denied, <webview> is refused, and permission requests are refused. An http(s) link
 * the user clicks goes to the system browser instead; every other scheme is dropped.
 */
import type { Session, WebContents } from 'electron';
import type { AppUrlMatcher } from './app-url';

export function isSafeExternalUrl(url: string): boolean {
  try {
    const parsed = new URL(url);
    return parsed.protocol === 'http:' || parsed.protocol === 'https:';
  } catch {
    return false;
  }
}

export interface SecurityDeps {
  isAppUrl: AppUrlMatcher;
  /** shell.openExternal; only ever called with http(s) URLs. */
  openExternal: (url: string) => Promise<void> | void;
  log?: (message: string) => void;
}

/** Opens an http(s) URL in the system browser; refuses anything else. */
export async function openExternalSafely(url: string, deps: Pick<SecurityDeps, 'openExternal'>): Promise<void> {
  if (!isSafeExternalUrl(url)) throw new Error(`Refused to open "${url}": only http and https links open outside PlanPath.`);
  await deps.openExternal(url);
}

function sendOut(url: string, deps: SecurityDeps): void {
  if (isSafeExternalUrl(url)) {
    Promise.resolve(deps.openExternal(url)).catch((error: unknown) => deps.log?.(`openExternal failed: ${String(error)}`));
  } else {
    deps.log?.(`blocked: ${url}`);
  }
}

export function hardenWebContents(contents: WebContents, deps: SecurityDeps): void {
  contents.on('will-navigate', (event) => {
    if (deps.isAppUrl(event.url)) return;
    event.preventDefault();
    sendOut(event.url, deps);
  });
  contents.on('will-redirect', (event) => {
    if (deps.isAppUrl(event.url)) return;
    event.preventDefault();
    deps.log?.(`blocked redirect: ${event.url}`);
  });
  contents.on('will-attach-webview', (event) => {
    event.preventDefault();
  });
  contents.setWindowOpenHandler(({ url }) => {
    sendOut(url, deps);
    return { action: 'deny' };
  });
}

/**
 * Every permission is refused, except writing to the clipboard from our own page
 * (copying a table); the UI needs no camera, location, notifications or the like.
 */
export function hardenSession(session: Session, deps: Pick<SecurityDeps, 'isAppUrl'>): void {
  session.setPermissionRequestHandler((_contents, permission, callback, details) => {
    callback(permission === 'clipboard-sanitized-write' && deps.isAppUrl(details.requestingUrl));
  });
  session.setPermissionCheckHandler((_contents, permission, _origin, details) => {
    return permission === 'clipboard-sanitized-write' && deps.isAppUrl(details.requestingUrl ?? '');
  });
}
