/**
 * What counts as "our app" for navigation, IPC senders and the CSP: the file:// URL of
 * dist-web/index.html, or (in development) any page of the Vite dev server's origin.
 */
import path from 'node:path';
import { fileURLToPath } from 'node:url';

export interface AppUrlOptions {
  /** Absolute path of dist-web/index.html (production). */
  indexFile: string;
  /** VITE_DEV_SERVER_URL, when the renderer comes from the dev server. */
  devServerUrl?: string | undefined;
  /** process.platform: paths compare case-insensitively on Windows. */
  platform?: NodeJS.Platform;
}

export type AppUrlMatcher = (url: string) => boolean;

export function createAppUrlMatcher(options: AppUrlOptions): AppUrlMatcher {
  const platform = options.platform ?? process.platform;
  const pathApi = platform === 'win32' ? path.win32 : path.posix;
  const normalize = (p: string) => {
    const n = pathApi.normalize(p);
    return platform === 'win32' ? n.toLowerCase() : n;
  };
  const index = normalize(options.indexFile);
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
    if (parsed.protocol !== 'file:' || (parsed.host !== '' && parsed.host !== 'localhost')) return false;
    let filePath: string;
    try {
      filePath = fileURLToPath(`file://${parsed.pathname}`, { windows: platform === 'win32' });
    } catch {
      return false;
    }
    return normalize(filePath) === index;
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
