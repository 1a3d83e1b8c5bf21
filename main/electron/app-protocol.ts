/**
 * The app:// scheme: the UI is served as app://planpath/… from dist-web/ by a
 * protocol.handle handler instead of being loaded from file://. The page then has a real
 * origin (app://planpath), module scripts and module workers load as they would from a
 * web server, and every response carries the CSP header.
 *
 * Pure apart from the file system, which is passed in (readFile, stat): main.ts hands in
 * node:fs/promises, the unit tests an in-memory folder.
 */
import path from 'node:path';

export const APP_SCHEME = 'app';
export const APP_HOST = 'planpath';
export const APP_ORIGIN = `${APP_SCHEME}://${APP_HOST}`;
/** What the main window loads. */
export const APP_INDEX_URL = `${APP_ORIGIN}/index.html`;

/**
 * protocol.registerSchemesAsPrivileged, before ready. standard: relative URLs, an origin
 * and storage like https; secure: a secure context (needed by crypto.subtle and the
 * like); supportFetchAPI: fetch() and module scripts/workers may load from it; codeCache:
 * V8 caches the compiled bundle. Not granted: bypassCSP (the policy applies to our own
 * resources too), corsEnabled (no other origin may read app:// responses),
 * allowServiceWorkers, stream.
 */
export const APP_SCHEME_PRIVILEGES = {
  standard: true,
  secure: true,
  supportFetchAPI: true,
  codeCache: true,
  bypassCSP: false,
  corsEnabled: false,
  allowServiceWorkers: false,
  stream: false,
} as const;

const MIME_TYPES: ReadonlyMap<string, string> = new Map(Object.entries({
  '.html': 'text/html; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  '.mjs': 'text/javascript; charset=utf-8',
  '.css': 'text/css; charset=utf-8',
  '.json': 'application/json; charset=utf-8',
  '.map': 'application/json; charset=utf-8',
  '.wasm': 'application/wasm',
  '.svg': 'image/svg+xml',
  '.png': 'image/png',
  '.jpg': 'image/jpeg',
  '.jpeg': 'image/jpeg',
  '.gif': 'image/gif',
  '.webp': 'image/webp',
  '.avif': 'image/avif',
  '.ico': 'image/x-icon',
  '.woff': 'font/woff',
  '.woff2': 'font/woff2',
  '.ttf': 'font/ttf',
  '.otf': 'font/otf',
  '.txt': 'text/plain; charset=utf-8',
}));

/** The Content-Type of a served file, by its extension (case-insensitive). */
export function mimeType(file: string): string {
  return MIME_TYPES.get(path.extname(file).toLowerCase()) ?? 'application/octet-stream';
}

export type AppRequestTarget =
  | { kind: 'file'; file: string }
  /** Another scheme or host, a port, user info, or an undecodable path. */
  | { kind: 'bad-request'; reason: string }
  /** The path leaves the served folder (../, an encoded slash or backslash, a NUL). */
  | { kind: 'forbidden'; reason: string };

/**
 * Which file of `root` an app:// URL names. Query and fragment are ignored; "/" is
 * index.html. Never a path outside `root`: "..", encoded separators and NULs are refused
 * before the file system is asked anything.
 */
export function resolveAppRequest(url: string, root: string, platform: NodeJS.Platform = process.platform): AppRequestTarget {
  let parsed: URL;
  try {
    parsed = new URL(url);
  } catch {
    return { kind: 'bad-request', reason: 'not a URL' };
  }
  if (parsed.protocol !== `${APP_SCHEME}:` || parsed.hostname.toLowerCase() !== APP_HOST) return { kind: 'bad-request', reason: `not ${APP_ORIGIN}` };
  if (parsed.port !== '' || parsed.username !== '' || parsed.password !== '') return { kind: 'bad-request', reason: 'a port or user info' };
  let decoded: string;
  try {
    decoded = decodeURIComponent(parsed.pathname);
  } catch {
    return { kind: 'bad-request', reason: 'a malformed %-escape' };
  }
  if (decoded.includes('\0')) return { kind: 'forbidden', reason: 'a NUL in the path' };
  if (decoded.includes('\\')) return { kind: 'forbidden', reason: 'a backslash in the path' };
  const segments = decoded.split('/').filter((s) => s !== '');
  if (segments.some((s) => s === '..' || s === '.')) return { kind: 'forbidden', reason: 'a dot segment' };
  // A drive letter or UNC prefix left in a segment would make path.join leave root on Windows.
  if (segments.some((s) => s.includes(':'))) return { kind: 'forbidden', reason: 'a colon in the path' };
  const api = platform === 'win32' ? path.win32 : path.posix;
  const base = api.resolve(root);
  const file = api.resolve(base, ...(segments.length === 0 ? ['index.html'] : segments));
  const relative = api.relative(base, file);
  if (relative === '' || relative.startsWith('..') || api.isAbsolute(relative)) return { kind: 'forbidden', reason: 'outside the served folder' };
  return { kind: 'file', file };
}

export interface AppProtocolDeps {
  /** Absolute path of dist-web/. */
  root: string;
  /** The Content-Security-Policy header of every response. */
  policy: string;
  readFile: (file: string) => Promise<Uint8Array>;
  stat: (file: string) => Promise<{ isFile(): boolean }>;
  log?: (message: string) => void;
  platform?: NodeJS.Platform;
}

/** The protocol.handle('app', …) handler: a GET or HEAD of a file of dist-web/, or an error status. */
export function createAppProtocolHandler(deps: AppProtocolDeps): (request: Request) => Promise<Response> {
  const headers = (contentType: string, length?: number): Record<string, string> => ({
    'Content-Type': contentType,
    'Content-Security-Policy': deps.policy,
    'X-Content-Type-Options': 'nosniff',
    'Cache-Control': 'no-cache',
    ...(length !== undefined ? { 'Content-Length': String(length) } : {}),
  });
  const refuse = (status: number, text: string): Response => new Response(text, { status, headers: headers('text/plain; charset=utf-8') });

  return async (request) => {
    if (request.method !== 'GET' && request.method !== 'HEAD') return refuse(405, `${request.method} is not served`);
    const target = resolveAppRequest(request.url, deps.root, deps.platform);
    if (target.kind !== 'file') {
      deps.log?.(`app://: refused ${request.url.slice(0, 200)} (${target.reason})`);
      return refuse(target.kind === 'forbidden' ? 403 : 400, target.kind === 'forbidden' ? 'Forbidden' : 'Bad request');
    }
    let body: Uint8Array;
    try {
      if (!(await deps.stat(target.file)).isFile()) return refuse(404, 'Not found');
      body = await deps.readFile(target.file);
    } catch (error) {
      const code = (error as { code?: unknown }).code;
      if (code === 'ENOENT' || code === 'ENOTDIR') return refuse(404, 'Not found');
      deps.log?.(`app://: cannot read ${target.file}: ${String(error)}`);
      return refuse(500, 'Cannot read the file');
    }
    return new Response(request.method === 'HEAD' ? null : (body as Uint8Array<ArrayBuffer>), {
      status: 200,
      headers: headers(mimeType(target.file), body.byteLength),
    });
  };
}
