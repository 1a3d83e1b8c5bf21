/**
 * protocol.registerSchemesAsPrivileged and protocol.handle, for the stand-in.
 *
 * Electron makes `app:` a standard, secure scheme inside its Chromium, so app://planpath/…
 * is a page with an origin, and its requests go to the handler main registered. Debian's
 * Chromium cannot be told of a new scheme: it hands an unknown scheme to the operating
 * system (an external protocol) and no request is ever made, so neither playwright's
 * route() nor the DevTools Fetch domain sees one (puppeteer#9683, playwright-dotnet#2526).
 *
 * So the stand-in gives each privileged standard origin a stand-in origin Chromium can
 * load — app://planpath ⇄ https://planpath.app.scheme.invalid (https because the scheme
 * is registered `secure`: a secure context, as in Electron) — and translates at the
 * boundary: main only ever sees app:// URLs (loadURL, getURL, the IPC sender frame,
 * will-navigate, the handler's Request), and every request of the page or its workers to
 * the stand-in origin is answered by main's own protocol.handle handler, status, headers
 * and body as it returned them. Nothing is added: the CSP in force in the page is the
 * header the handler sent (webRequest.onHeadersReceived is not applied on top of it).
 *
 * What this cannot show is Chromium's own treatment of a scheme registered by Electron;
 * real-electron.e2e.ts covers that where an Electron binary exists.
 */

import { checkReadyRule } from './ready-rules';

export type ProtocolHandler = (request: Request) => Response | Promise<Response>;

export interface SchemePrivileges {
  standard?: boolean;
  secure?: boolean;
  [privilege: string]: boolean | undefined;
}

const STAND_IN_SUFFIX = '.scheme.invalid';

export class CustomSchemes {
  readonly privileged = new Map<string, SchemePrivileges>();
  readonly handlers = new Map<string, ProtocolHandler>();
  /** Every call main made, in order (e.g. "registerSchemesAsPrivileged:app", "handle:app"). */
  readonly calls: string[] = [];
  /** Every request the handlers answered: its app:// URL, and the status and headers they gave. */
  readonly served: { url: string; status: number; contentType: string; csp: string }[] = [];

  constructor(
    private readonly isReady: () => boolean,
    /** Where a call at the wrong time is listed (ready-rules.ts) besides being thrown. */
    private readonly problems: string[] = [],
  ) {}

  /** The `protocol` module main sees (also session.defaultSession.protocol). */
  module() {
    return {
      registerSchemesAsPrivileged: (schemes: { scheme: string; privileges?: SchemePrivileges }[]) => {
        checkReadyRule('protocol.registerSchemesAsPrivileged()', this.isReady(), this.problems);
        for (const { scheme, privileges } of schemes) {
          this.calls.push(`registerSchemesAsPrivileged:${scheme}`);
          this.privileged.set(scheme, { ...privileges });
        }
      },
      handle: (scheme: string, handler: ProtocolHandler) => {
        checkReadyRule('protocol.handle()', this.isReady(), this.problems);
        if (this.handlers.has(scheme)) throw new Error(`Failed to register protocol: ${scheme}`);
        this.calls.push(`handle:${scheme}`);
        this.handlers.set(scheme, handler);
      },
      unhandle: (scheme: string) => {
        checkReadyRule('protocol.unhandle()', this.isReady(), this.problems);
        this.calls.push(`unhandle:${scheme}`);
        this.handlers.delete(scheme);
      },
      isProtocolHandled: (scheme: string) => {
        checkReadyRule('protocol.isProtocolHandled()', this.isReady(), this.problems);
        return this.handlers.has(scheme);
      },
    };
  }

  /** The URL Chromium loads for `url`: itself, or its stand-in origin for a privileged standard scheme. */
  toPageUrl(url: string): string {
    let parsed: URL;
    try {
      parsed = new URL(url);
    } catch {
      return url;
    }
    const scheme = parsed.protocol.slice(0, -1);
    const privileges = this.privileged.get(scheme);
    if (!privileges) return url;
    if (!privileges.standard) throw new Error(`the harness emulates standard schemes only; ${scheme}: is not registered as standard`);
    if (parsed.port !== '' || parsed.username !== '' || parsed.password !== '') throw new Error(`the harness does not emulate ports or user info in ${url}`);
    const host = `${parsed.hostname.toLowerCase()}.${scheme}${STAND_IN_SUFFIX}`;
    return `${privileges.secure ? 'https' : 'http'}://${host}${parsed.pathname}${parsed.search}${parsed.hash}`;
  }

  /** The URL main sees for a URL of the page: the app:// URL of a stand-in origin, else the URL itself. */
  fromPageUrl(url: string): string {
    return this.customUrl(url) ?? url;
  }

  /** The custom-scheme URL a stand-in origin's URL stands for; null for any other URL. */
  customUrl(url: string): string | null {
    let parsed: URL;
    try {
      parsed = new URL(url);
    } catch {
      return null;
    }
    if ((parsed.protocol !== 'https:' && parsed.protocol !== 'http:') || !parsed.hostname.endsWith(STAND_IN_SUFFIX) || parsed.port !== '') return null;
    const name = parsed.hostname.slice(0, -STAND_IN_SUFFIX.length);
    const dot = name.lastIndexOf('.');
    if (dot <= 0) return null;
    const scheme = name.slice(dot + 1);
    const privileges = this.privileged.get(scheme);
    if (!privileges?.standard || (parsed.protocol === 'https:') !== (privileges.secure === true)) return null;
    return `${scheme}://${name.slice(0, dot)}${parsed.pathname}${parsed.search}${parsed.hash}`;
  }

  /** Main's handler's answer to a request of the page, as protocol.handle gives it; null if no handler. */
  async serve(customUrl: string, init: { method: string; headers: Record<string, string>; body?: string }): Promise<Response | null> {
    const handler = this.handlers.get(new URL(customUrl).protocol.slice(0, -1));
    if (!handler) return null;
    const withBody = init.method !== 'GET' && init.method !== 'HEAD' && init.body !== undefined;
    const response = await handler(new Request(customUrl, { method: init.method, headers: init.headers, ...(withBody ? { body: init.body } : {}) }));
    this.served.push({
      url: customUrl,
      status: response.status,
      contentType: response.headers.get('content-type') ?? '',
      csp: response.headers.get('content-security-policy') ?? '',
    });
    return response;
  }
}
