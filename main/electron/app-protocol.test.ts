import { describe, expect, it, vi } from 'vitest';
import { APP_INDEX_URL, createAppProtocolHandler, mimeType, resolveAppRequest, type AppProtocolDeps } from './app-protocol';

const ROOT = '/opt/PlanPath/resources/app.asar/dist-web';
const POLICY = "default-src 'self'; script-src 'self'";

function enoent(file: string): Error {
  return Object.assign(new Error(`ENOENT: no such file or directory, open '${file}'`), { code: 'ENOENT' });
}

/** dist-web/ as an in-memory folder; `reads` lists every file the handler asked for. */
function folder(files: Record<string, string>, dirs: string[] = []) {
  const content = new Map(Object.entries(files).map(([name, text]) => [`${ROOT}/${name}`, new TextEncoder().encode(text)]));
  const folders = new Set(dirs.map((d) => `${ROOT}/${d}`));
  const reads: string[] = [];
  const deps: AppProtocolDeps = {
    root: ROOT,
    policy: POLICY,
    platform: 'linux',
    log: vi.fn(),
    readFile: async (file) => {
      reads.push(file);
      const bytes = content.get(file);
      if (!bytes) throw enoent(file);
      return bytes;
    },
    stat: async (file) => {
      reads.push(file);
      if (content.has(file)) return { isFile: () => true };
      if (folders.has(file)) return { isFile: () => false };
      throw enoent(file);
    },
  };
  return { deps, reads, handler: createAppProtocolHandler(deps) };
}

const WEB = folder(
  {
    'index.html': '<!doctype html><title>PlanPath</title>',
    'assets/index-abc.js': 'export {}',
    'assets/monte-carlo.worker-def.js': 'onmessage = () => {}',
    'assets/index-abc.css': 'body{}',
    'assets/manifest.json': '{}',
    'assets/solver.wasm': '\0asm',
    'assets/noto.woff2': 'wOF2',
    'assets/logo.svg': '<svg/>',
    'assets/icon.png': 'PNG',
    'assets/城市.js': 'export {}',
  },
  ['assets'],
);

describe('app:// → a file of dist-web/', () => {
  it('maps the path, with / as index.html; query and fragment are ignored', () => {
    expect(resolveAppRequest('app://planpath/index.html', ROOT, 'linux')).toEqual({ kind: 'file', file: `${ROOT}/index.html` });
    expect(resolveAppRequest('app://planpath/', ROOT, 'linux')).toEqual({ kind: 'file', file: `${ROOT}/index.html` });
    expect(resolveAppRequest('app://planpath/assets/index-abc.js?v=2#x', ROOT, 'linux')).toEqual({ kind: 'file', file: `${ROOT}/assets/index-abc.js` });
    expect(resolveAppRequest('app://planpath/assets/%E5%9F%8E%E5%B8%82.js', ROOT, 'linux')).toEqual({ kind: 'file', file: `${ROOT}/assets/城市.js` });
  });

  it('refuses every way out of dist-web/: dot segments, encoded slashes and backslashes, NULs, drive letters', () => {
    for (const url of [
      'app://planpath/..%2F..%2Fetc%2Fpasswd',
      'app://planpath/assets/..%2f..%2f..%2fetc/passwd',
      'app://planpath/%2e%2e%2f%2e%2e%2fsecret',
      'app://planpath/..%5C..%5Cwindows%5Cwin.ini',
      'app://planpath/assets\\..\\..\\x',
      'app://planpath/index.html%00.png',
      'app://planpath/C:%2FWindows%2Fwin.ini',
    ]) {
      expect(resolveAppRequest(url, ROOT, 'linux').kind, url).toBe('forbidden');
    }
    // Windows too, where a backslash or a drive letter would be a separator or a root.
    expect(resolveAppRequest('app://planpath/..%5Csecret.txt', 'C:\\PlanPath\\dist-web', 'win32').kind).toBe('forbidden');
    expect(resolveAppRequest('app://planpath/C:%5CWindows', 'C:\\PlanPath\\dist-web', 'win32').kind).toBe('forbidden');
    expect(resolveAppRequest('app://planpath/assets/a.js', 'C:\\PlanPath\\dist-web', 'win32')).toEqual({ kind: 'file', file: 'C:\\PlanPath\\dist-web\\assets\\a.js' });
    // A URL's own ../ is resolved by the URL parser before we see it, and stays inside.
    expect(resolveAppRequest('app://planpath/assets/../../../etc/passwd', ROOT, 'linux')).toEqual({ kind: 'file', file: `${ROOT}/etc/passwd` });
  });

  it('takes only app://planpath, without port or user', () => {
    for (const url of ['app://other/index.html', 'file:///opt/PlanPath/resources/app.asar/dist-web/index.html', 'https://planpath/index.html', 'app://planpath:1/index.html', 'app://me@planpath/index.html', 'app://planpath/%E0%A4%A', 'nonsense']) {
      expect(resolveAppRequest(url, ROOT, 'linux').kind, url).toBe('bad-request');
    }
  });
});

describe('the app:// handler', () => {
  it('serves a file with its MIME type and the CSP header', async () => {
    const response = await WEB.handler(new Request(APP_INDEX_URL));
    expect(response.status).toBe(200);
    expect(response.headers.get('Content-Type')).toBe('text/html; charset=utf-8');
    expect(response.headers.get('Content-Security-Policy')).toBe(POLICY);
    expect(response.headers.get('X-Content-Type-Options')).toBe('nosniff');
    expect(await response.text()).toBe('<!doctype html><title>PlanPath</title>');
  });

  it('gives module scripts and workers a JavaScript MIME type (module loading is strict about it)', async () => {
    for (const name of ['assets/index-abc.js', 'assets/monte-carlo.worker-def.js']) {
      const response = await WEB.handler(new Request(`app://planpath/${name}`));
      expect(response.status, name).toBe(200);
      expect(response.headers.get('Content-Type'), name).toBe('text/javascript; charset=utf-8');
      expect(response.headers.get('Content-Security-Policy'), name).toBe(POLICY);
    }
  });

  it('knows the types the build can hold', () => {
    expect(mimeType('a.css')).toBe('text/css; charset=utf-8');
    expect(mimeType('a.json')).toBe('application/json; charset=utf-8');
    expect(mimeType('a.wasm')).toBe('application/wasm');
    expect(mimeType('a.woff2')).toBe('font/woff2');
    expect(mimeType('a.woff')).toBe('font/woff');
    expect(mimeType('a.ttf')).toBe('font/ttf');
    expect(mimeType('a.svg')).toBe('image/svg+xml');
    expect(mimeType('a.PNG')).toBe('image/png');
    expect(mimeType('a.mjs')).toBe('text/javascript; charset=utf-8');
    expect(mimeType('a.bin')).toBe('application/octet-stream');
    expect(mimeType('constructor')).toBe('application/octet-stream');
    expect(mimeType('x.__proto__')).toBe('application/octet-stream');
  });

  it('answers 404 for a missing file or a folder, with the CSP too', async () => {
    for (const url of ['app://planpath/nope.js', 'app://planpath/assets', 'app://planpath/assets/', 'app://planpath/index.html/x']) {
      const response = await WEB.handler(new Request(url));
      expect(response.status, url).toBe(404);
      expect(response.headers.get('Content-Security-Policy'), url).toBe(POLICY);
    }
  });

  it('answers 403 for a way out without touching the file system, 400 for another host', async () => {
    const { handler, reads } = folder({ 'index.html': 'x' });
    const out = await handler(new Request('app://planpath/..%2F..%2F..%2Fetc%2Fpasswd'));
    expect(out.status).toBe(403);
    expect(out.headers.get('Content-Security-Policy')).toBe(POLICY);
    expect((await handler(new Request('app://elsewhere/index.html'))).status).toBe(400);
    expect(reads).toEqual([]);
  });

  it('serves HEAD without a body and refuses other methods', async () => {
    const head = await WEB.handler(new Request('app://planpath/assets/index-abc.js', { method: 'HEAD' }));
    expect(head.status).toBe(200);
    expect(head.headers.get('Content-Length')).toBe('9');
    expect(await head.text()).toBe('');
    const post = await WEB.handler(new Request('app://planpath/index.html', { method: 'POST', body: 'x' }));
    expect(post.status).toBe(405);
  });

  it('answers 500 and logs when the file cannot be read for another reason', async () => {
    const log = vi.fn();
    const handler = createAppProtocolHandler({
      root: ROOT,
      policy: POLICY,
      platform: 'linux',
      log,
      stat: async () => ({ isFile: () => true }),
      readFile: async () => Promise.reject(Object.assign(new Error('EACCES'), { code: 'EACCES' })),
    });
    expect((await handler(new Request(APP_INDEX_URL))).status).toBe(500);
    expect(log).toHaveBeenCalledWith(expect.stringContaining('EACCES'));
  });
});
