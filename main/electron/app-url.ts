/**
 * What counts as "our app" for navigation, IPC senders and permissions: the page
 * app://planpath/index.html (or app://planpath/), whatever its query or fragment — or,
 * in development, any page of the Vite dev server's origin. No file:// URL is ours any
 * more: the UI is served over app:// (app-protocol.ts), so a file:// page in the window
 * could only be something else, and gets no IPC and no navigation.
 */
import { APP_HOST, APP_SCHEME } from './app-protocol';

export interface AppUrlOptions {
  /** VITE_DEV_SERVER_URL, when the renderer comes from the dev server. */
  devServerUrl?: string | undefined;
}

export type AppUrlMatcher = (url: string) => boolean;

/** The paths of the page itself; its scripts, styles and workers are not pages. */
const PAGE_PATHS: ReadonlySet<string> = new Set(['', '/', '/index.html']);

export function createAppUrlMatcher(options: AppUrlOptions = {}): AppUrlMatcher {
  const devOrigin = options.devServerUrl ? safeOrigin(options.devServerUrl) : null;

  return (url: string) => {
    let parsed: URL;
    try {
      parsed = new URL(url);
    } catch {
      return false;
    }
    if (devOrigin !== null) {
      return (parsed.protocol === 'http:' || parsed.protocol === 'https:') && parsed.origin === devOrigin;
    }
    return (
      parsed.protocol === `${APP_SCHEME}:` &&
      parsed.host === APP_HOST &&
      parsed.username === '' &&
      parsed.password === '' &&
      PAGE_PATHS.has(parsed.pathname)
    );
  };
}

function safeOrigin(url: string): string | null {
  try {
    const parsed = new URL(url);
    if (parsed.protocol !== 'http:' && parsed.protocol !== 'https:') return null;
    return parsed.origin;
  } catch {
    return null;
  }
}
