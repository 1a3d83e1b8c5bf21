/**
 * The harness's own parts that need no browser: the IPC wire (what structuredClone
 * carries must arrive unchanged, what it refuses must fail), menu labels and
 * accelerators, printToPDF's options as page.pdf takes them, and the app:// ⇄ stand-in
 * origin mapping of protocol.handle.
 */
import { describe, expect, it } from 'vitest';
import { electronLaunchArgs, missingDisplay } from './real-electron-host';
import { pdfOptions } from './stand-in/browser-window';
import { CustomSchemes } from './stand-in/custom-schemes';
import { acceleratorKey, plainLabel, sameKey } from './stand-in/menu';
import { pack, unpack } from './wire';

describe('harness: the IPC wire', () => {
  it('carries what Electron IPC carries, unchanged', () => {
    const values = [
      undefined,
      null,
      NaN,
      -0,
      Infinity,
      12n,
      'text 中文',
      new Date('2026-01-02T03:04:05Z'),
      new Uint8Array([0, 1, 254, 255]),
      new Float64Array([1.5, -2]),
      new Map([['a', 1]]),
      new Set(['x']),
      { nested: { $pp: 'looks like a tag', list: [1, undefined, { deep: true }] } },
      /re/gi,
    ];
    const back = unpack(pack(values));
    expect(back).toEqual(values);
    expect(Object.is(back[3], -0)).toBe(true);
    expect(back[8]).toBeInstanceOf(Uint8Array);
    expect(back[9]).toBeInstanceOf(Float64Array);
  });

  it('refuses what structured cloning refuses, as Electron does', () => {
    expect(() => pack([{ f: () => 1 }])).toThrow(/could not be cloned/);
    expect(() => pack([Symbol('s')])).toThrow();
  });
});

describe('harness: menus', () => {
  it('labels without mnemonics, accelerators as playwright keys', () => {
    expect(plainLabel('文件(&F)')).toBe('文件');
    expect(plainLabel('&File')).toBe('File');
    expect(plainLabel('R&&D plan.json')).toBe('R&D plan.json');
    expect(acceleratorKey('CmdOrCtrl+Shift+S', 'linux')).toBe('Control+Shift+S');
    expect(acceleratorKey('CmdOrCtrl+O', 'darwin')).toBe('Meta+O');
    expect(sameKey('Control+Shift+S', 'shift+control+s')).toBe(true);
    expect(sameKey('Control+S', 'Control+Shift+S')).toBe(false);
  });
});

describe('harness: protocol.registerSchemesAsPrivileged and protocol.handle', () => {
  it('maps a privileged standard scheme to a stand-in origin and back; query and fragment kept', () => {
    let ready = false;
    const schemes = new CustomSchemes(() => ready);
    const protocol = schemes.module();
    protocol.registerSchemesAsPrivileged([{ scheme: 'app', privileges: { standard: true, secure: true } }]);
    expect(schemes.toPageUrl('app://planpath/index.html?x=1#/a')).toBe('https://planpath.app.scheme.invalid/index.html?x=1#/a');
    expect(schemes.fromPageUrl('https://planpath.app.scheme.invalid/assets/a.js')).toBe('app://planpath/assets/a.js');
    // Anything else is left alone: other origins, http for a secure scheme, unregistered schemes.
    for (const url of ['https://example.com/', 'http://planpath.app.scheme.invalid/', 'https://planpath.other.scheme.invalid/', 'about:blank']) {
      expect(schemes.fromPageUrl(url)).toBe(url);
      expect(schemes.customUrl(url)).toBeNull();
    }
    expect(schemes.toPageUrl('other://x/')).toBe('other://x/');
    ready = true;
    expect(() => protocol.registerSchemesAsPrivileged([{ scheme: 'late' }])).toThrow(/before app is ready/);
  });

  it("answers with main's handler, as it answered", async () => {
    const schemes = new CustomSchemes(() => true);
    const protocol = schemes.module();
    expect(await schemes.serve('app://planpath/', { method: 'GET', headers: {} })).toBeNull();
    protocol.handle('app', (request) => new Response(`you asked ${new URL(request.url).pathname}`, { status: 203, headers: { 'Content-Security-Policy': "default-src 'self'" } }));
    expect(() => protocol.handle('app', () => new Response(''))).toThrow(/Failed to register protocol/);
    const response = await schemes.serve('app://planpath/a.js?v=1', { method: 'GET', headers: {} });
    expect(response?.status).toBe(203);
    expect(await response?.text()).toBe('you asked /a.js');
    expect(schemes.served).toEqual([{ url: 'app://planpath/a.js?v=1', status: 203, contentType: 'text/plain;charset=UTF-8', csp: "default-src 'self'" }]);
  });

  it('refuses to emulate a scheme that is not standard', () => {
    const schemes = new CustomSchemes(() => false);
    schemes.module().registerSchemesAsPrivileged([{ scheme: 'plain', privileges: { secure: true } }]);
    expect(() => schemes.toPageUrl('plain://x/')).toThrow(/standard schemes only/);
  });
});

describe('harness: printToPDF options', () => {
  it('become page.pdf options: A4, margins in inches, header and footer', () => {
    expect(pdfOptions({ pageSize: 'A4', landscape: false, printBackground: true, margins: { top: 0.5, bottom: 1, left: 0.25, right: 0.25 }, displayHeaderFooter: false })).toMatchObject({
      format: 'A4',
      printBackground: true,
      displayHeaderFooter: false,
      margin: { top: '0.5in', bottom: '1in', left: '0.25in', right: '0.25in' },
    });
  });
});

describe('harness: how the real Electron is started (ELECTRON_PATH)', () => {
  it('adds --no-sandbox as root only, and asks for xvfb-run on Linux without a display', () => {
    const linux = (uid: number | null, env: Record<string, string | undefined> = {}) => ({ platform: 'linux' as const, uid, env });
    expect(electronLaunchArgs(linux(0), '/app', '/data')).toEqual(['--no-sandbox', '/app', '--user-data-dir=/data']);
    expect(electronLaunchArgs(linux(1000), '/app', '/data')).toEqual(['/app', '--user-data-dir=/data']);
    expect(electronLaunchArgs({ platform: 'win32', uid: null, env: {} }, 'C:\\app', 'C:\\data')).toEqual(['C:\\app', '--user-data-dir=C:\\data']);
    expect(missingDisplay(linux(0))).toMatch(/xvfb-run/);
    expect(missingDisplay(linux(0, { DISPLAY: ':99' }))).toBeNull();
    expect(missingDisplay({ platform: 'darwin', uid: 501, env: {} })).toBeNull();
  });
});
