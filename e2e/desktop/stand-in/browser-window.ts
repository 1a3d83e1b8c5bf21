/**
 * BrowserWindow and webContents: one Chromium page per window, in the stand-in's
 * browser context.
 *
 * - The preload (webPreferences.preload) runs in the page before the app's scripts,
 *   through the page bridge, with webPreferences.additionalArguments in its argv.
 * - IPC from the page arrives over a playwright binding; its sender frame is the
 *   playwright frame that called (url, parent), so main's sender check sees a real URL.
 * - app:// (a scheme main registered with protocol.registerSchemesAsPrivileged) is
 *   loaded from a stand-in origin and every request of the page and its workers there
 *   is answered by main's protocol.handle handler (custom-schemes.ts); main sees only
 *   app:// URLs. A renderer-initiated navigation to another app:// page is offered to
 *   'will-navigate' first.
 * - session.webRequest.onHeadersReceived is applied to every file:// response through
 *   the DevTools protocol's Fetch domain.
 * - http(s) requests never leave the machine: they are failed and listed; a top-level
 *   navigation to one is first offered to the 'will-navigate' listeners.
 * - window.open is put to setWindowOpenHandler; a denied popup is closed at once.
 * - printToPDF is page.pdf with Electron's options translated.
 */
import { EventEmitter } from 'node:events';
import { pathToFileURL } from 'node:url';
import type { BrowserWindowConstructorOptions, PrintToPDFOptions } from 'electron';
import type { CDPSession, Frame, Page } from 'playwright-core';
import { pack, unpack } from '../wire';
import { makeEvent } from './events';
import type { IpcEvent, SenderFrame } from './ipc-main';
import type { Runtime } from './runtime';

export interface Bounds {
  x: number;
  y: number;
  width: number;
  height: number;
}

type OpenHandler = (details: { url: string; frameName: string; features: string; disposition: string }) => { action: 'allow' | 'deny' };

/** The IPC sender frame main sees: its URL as Electron would report it (app://, not the stand-in origin). */
function senderFrame(frame: Frame, mainUrl: (pageUrl: string) => string): SenderFrame {
  const parent = frame.parentFrame();
  return { url: mainUrl(frame.url()), name: frame.name(), parent: parent ? senderFrame(parent, mainUrl) : null };
}

/** A URL without its fragment: a reload is a document request for the page's own URL. */
function withoutHash(url: string): string {
  const i = url.indexOf('#');
  return i < 0 ? url : url.slice(0, i);
}

/** Electron's PrintToPDFOptions → playwright's page.pdf options. */
export function pdfOptions(options: PrintToPDFOptions): Parameters<Page['pdf']>[0] {
  const inches = (n: number | undefined) => (n === undefined ? undefined : `${n}in`);
  const size = options.pageSize;
  return {
    ...(typeof size === 'string' ? { format: size } : size ? { width: inches(size.width), height: inches(size.height) } : { format: 'Letter' }),
    landscape: options.landscape ?? false,
    printBackground: options.printBackground ?? false,
    preferCSSPageSize: options.preferCSSPageSize ?? false,
    displayHeaderFooter: options.displayHeaderFooter ?? false,
    ...(options.headerTemplate !== undefined ? { headerTemplate: options.headerTemplate } : {}),
    ...(options.footerTemplate !== undefined ? { footerTemplate: options.footerTemplate } : {}),
    ...(options.scale !== undefined ? { scale: options.scale } : {}),
    ...(options.pageRanges !== undefined ? { pageRanges: options.pageRanges } : {}),
    margin: {
      top: inches(options.margins?.top ?? 0.4),
      bottom: inches(options.margins?.bottom ?? 0.4),
      left: inches(options.margins?.left ?? 0.4),
      right: inches(options.margins?.right ?? 0.4),
    },
  };
}

export class WebContentsStandIn extends EventEmitter {
  readonly id: number;
  private destroyed = false;
  private openHandler: OpenHandler | null = null;
  private sending: Promise<void> = Promise.resolve();
  /** URLs the page tried to reach outside the machine. */
  readonly external: string[] = [];
  /** Navigations allowed by main's will-navigate listeners (none should be). */
  readonly navigationsAllowed: string[] = [];
  readonly popupsAllowed: string[] = [];
  /** loadURL calls whose document request has not been seen yet (they emit no will-navigate). */
  private pendingLoads = 0;

  constructor(
    private readonly rt: Runtime,
    readonly owner: BrowserWindowStandIn,
  ) {
    super();
    this.id = rt.nextId();
  }

  get session() {
    return this.rt.session;
  }

  async page(): Promise<Page> {
    return this.owner.page();
  }

  isDestroyed(): boolean {
    return this.destroyed;
  }

  markDestroyed(): void {
    this.destroyed = true;
    this.emit('destroyed');
  }

  getURL(): string {
    return this.rt.schemes.fromPageUrl(this.owner.pageOrNull()?.url() ?? '');
  }

  setWindowOpenHandler(handler: OpenHandler): void {
    this.openHandler = handler;
  }

  /** What main's window-open handler answers for `url` (the tests ask it directly too). */
  windowOpen(url: string): { action: 'allow' | 'deny' } {
    return this.openHandler ? this.openHandler({ url, frameName: '', features: '', disposition: 'new-window' }) : { action: 'allow' };
  }

  /** main → renderer. Arguments are structured-cloned now (an uncloneable one throws here, as in Electron). */
  send(channel: string, ...args: unknown[]): void {
    if (this.destroyed) throw new Error('Object has been destroyed');
    const payload = pack(args);
    this.rt.ipcMain.traffic.push({ direction: 'event', channel });
    const expression = `globalThis[Symbol.for('planpath.harness.deliver')]?.(${JSON.stringify(channel)}, ${JSON.stringify(payload)})`;
    this.sending = this.sending.then(async () => {
      const page = this.owner.pageOrNull();
      if (!page || page.isClosed() || this.rt.dead) return;
      await page.evaluate(expression).catch((error: unknown) => {
        if (!page.isClosed()) this.rt.problems.push(`webContents.send('${channel}') failed: ${String(error)}`);
      });
    });
  }

  /** Resolves when every send so far has been delivered to the page. */
  flushSends(): Promise<void> {
    return this.sending;
  }

  async loadURL(url: string): Promise<void> {
    const page = await this.owner.page();
    const pageUrl = this.rt.schemes.toPageUrl(url);
    if (pageUrl !== url) this.pendingLoads += 1;
    await page.goto(pageUrl, { waitUntil: 'load' });
  }

  loadFile(file: string): Promise<void> {
    return this.loadURL(pathToFileURL(file).href);
  }

  reload(): void {
    void this.owner.page().then((p) => p.reload());
  }

  async printToPDF(options: PrintToPDFOptions): Promise<Uint8Array> {
    // page.pdf prints with the print media type, as printToPDF does.
    const page = await this.owner.page();
    return new Uint8Array(await page.pdf(pdfOptions(options)));
  }

  async executeJavaScript(code: string): Promise<unknown> {
    return (await this.owner.page()).evaluate(code);
  }

  getTitle(): string {
    return this.owner.documentTitle;
  }

  isLoading(): boolean {
    return false;
  }

  focus(): void {}
  openDevTools(): void {}
  closeDevTools(): void {}
  isDevToolsOpened(): boolean {
    return false;
  }
  setZoomFactor(): void {}
  getOSProcessId(): number {
    return 0;
  }

  /** Wires the page: console, crashes, navigation events, popups, the network. */
  async attach(page: Page, cdp: CDPSession): Promise<void> {
    page.on('console', (message) => {
      const line = `${message.type()}: ${message.text()}`;
      this.rt.consoleLines.push(line);
      if (message.type() === 'error') this.rt.problems.push(`console.error: ${message.text()}`);
    });
    page.on('pageerror', (error) => this.rt.problems.push(`pageerror: ${error.message}`));
    page.on('crash', () => this.emit('render-process-gone', makeEvent(), { reason: 'crashed', exitCode: 1 }));
    page.on('framenavigated', (frame) => {
      if (frame === page.mainFrame()) this.emit('did-start-loading', makeEvent());
    });
    page.on('load', () => {
      this.emit('dom-ready', makeEvent());
      this.emit('did-finish-load', makeEvent());
    });
    // Page.windowOpen names the URL a link or window.open asks for, before the popup
    // exists: the handler decides then, as Electron's does; a denied popup is closed.
    const decisions: ('allow' | 'deny')[] = [];
    await cdp.send('Page.enable');
    cdp.on('Page.windowOpen', (event: { url: string }) => {
      const decision = this.windowOpen(event.url).action;
      decisions.push(decision);
      if (decision === 'allow') this.popupsAllowed.push(event.url);
    });
    page.on('popup', (popup) => {
      if ((decisions.shift() ?? 'deny') === 'deny') void popup.close().catch(() => undefined);
    });

    await cdp.send('Fetch.enable', {
      patterns: [
        { urlPattern: 'http://*', requestStage: 'Request' },
        { urlPattern: 'https://*', requestStage: 'Request' },
        { urlPattern: 'file://*', requestStage: 'Response' },
      ],
    });
    cdp.on('Fetch.requestPaused', (paused) => {
      void this.onRequest(page, cdp, paused).catch((error: unknown) => {
        if (!page.isClosed() && !this.rt.dead) this.rt.problems.push(`request ${paused.request.url}: ${String(error)}`);
      });
    });
  }

  private async onRequest(
    page: Page,
    cdp: CDPSession,
    paused: {
      requestId: string;
      request: { url: string; method: string; headers?: Record<string, string>; postData?: string };
      resourceType: string;
      frameId: string;
      responseStatusCode?: number;
      responseHeaders?: { name: string; value: string }[];
    },
  ): Promise<void> {
    const { url } = paused.request;
    const custom = this.rt.schemes.customUrl(url);
    if (custom !== null && paused.responseStatusCode === undefined) {
      await this.serveCustomScheme(page, cdp, paused, custom);
      return;
    }
    if (paused.responseStatusCode === undefined) {
      // An http(s) request: nothing leaves the machine.
      this.external.push(url);
      if (paused.resourceType === 'Document') {
        const event = makeEvent({ url, isMainFrame: true });
        this.emit('will-navigate', event, url);
        if (!event.defaultPrevented) this.navigationsAllowed.push(url);
        // Aborted, so the page stays as it was (no error page), as after preventDefault in Electron.
        await cdp.send('Fetch.failRequest', { requestId: paused.requestId, errorReason: 'Aborted' });
        return;
      }
      await cdp.send('Fetch.failRequest', { requestId: paused.requestId, errorReason: 'BlockedByClient' });
      return;
    }
    const listener = this.rt.session.headersListener;
    if (!listener || this.rt.dead) {
      await cdp.send('Fetch.continueRequest', { requestId: paused.requestId });
      return;
    }
    const responseHeaders: Record<string, string[]> = {};
    for (const { name, value } of paused.responseHeaders ?? []) (responseHeaders[name] ??= []).push(value);
    const response = await new Promise<{ cancel?: boolean; responseHeaders?: Record<string, string | string[]> }>((resolve) =>
      listener(
        { url, method: paused.request.method, resourceType: paused.resourceType.toLowerCase(), statusCode: paused.responseStatusCode ?? 200, responseHeaders },
        resolve,
      ),
    );
    if (response.cancel) {
      await cdp.send('Fetch.failRequest', { requestId: paused.requestId, errorReason: 'BlockedByClient' });
      return;
    }
    if (!response.responseHeaders) {
      await cdp.send('Fetch.continueRequest', { requestId: paused.requestId });
      return;
    }
    const headers = Object.entries(response.responseHeaders).flatMap(([name, value]) =>
      (Array.isArray(value) ? value : [value]).map((v) => ({ name, value: v })),
    );
    if (page.isClosed()) return;
    await cdp.send('Fetch.continueResponse', { requestId: paused.requestId, responseCode: paused.responseStatusCode, responseHeaders: headers });
  }

  /** A request to the stand-in origin of an app:// URL: answered by main's protocol.handle handler. */
  private async serveCustomScheme(
    page: Page,
    cdp: CDPSession,
    paused: { requestId: string; request: { url: string; method: string; headers?: Record<string, string>; postData?: string }; resourceType: string },
    custom: string,
  ): Promise<void> {
    if (paused.resourceType === 'Document') {
      if (this.pendingLoads > 0) this.pendingLoads -= 1;
      else if (withoutHash(custom) !== withoutHash(this.getURL())) {
        // The page itself went to another app:// URL: Electron asks 'will-navigate' first.
        const event = makeEvent({ url: custom, isMainFrame: true });
        this.emit('will-navigate', event, custom);
        if (event.defaultPrevented) {
          await cdp.send('Fetch.failRequest', { requestId: paused.requestId, errorReason: 'Aborted' });
          return;
        }
        this.navigationsAllowed.push(custom);
      }
    }
    const response = await this.rt.schemes.serve(custom, {
      method: paused.request.method,
      headers: paused.request.headers ?? {},
      ...(paused.request.postData !== undefined ? { body: paused.request.postData } : {}),
    });
    if (page.isClosed() || this.rt.dead) return;
    if (!response) {
      // No protocol.handle for the scheme: Electron fails it as ERR_UNKNOWN_URL_SCHEME.
      this.rt.problems.push(`request ${custom}: no protocol handler for its scheme`);
      await cdp.send('Fetch.failRequest', { requestId: paused.requestId, errorReason: 'Failed' });
      return;
    }
    const body = Buffer.from(await response.arrayBuffer()).toString('base64');
    await cdp.send('Fetch.fulfillRequest', {
      requestId: paused.requestId,
      responseCode: response.status,
      responseHeaders: [...response.headers].map(([name, value]) => ({ name, value })),
      body,
    });
  }

  /** A message from the page's ipcRenderer. */
  async receive(frame: Frame, message: string): Promise<string> {
    if (this.rt.dead || this.destroyed) return JSON.stringify({ ok: false, message: 'Error: the app has exited' });
    const [head, ...args] = unpack(message);
    const { kind, channel } = head as { kind: 'invoke' | 'send'; channel: string };
    const event: IpcEvent = { sender: this, senderFrame: senderFrame(frame, (u) => this.rt.schemes.fromPageUrl(u)), processId: 1, frameId: 1 };
    if (kind === 'send') {
      this.rt.ipcMain.receiveSend(channel, event, args);
      return '';
    }
    return JSON.stringify(await this.rt.ipcMain.receiveInvoke(channel, event, args));
  }
}

export class BrowserWindowStandIn extends EventEmitter {
  readonly id: number;
  readonly webContents: WebContentsStandIn;
  readonly options: BrowserWindowConstructorOptions;
  title: string;
  documentTitle = '';
  documentEdited = false;
  visible = false;
  private bounds: Bounds;
  private maximized = false;
  private minimized = false;
  private fullScreen = false;
  private destroyed = false;
  private pagePromise: Promise<Page>;
  private currentPage: Page | null = null;
  private readyShown = false;

  constructor(
    private readonly rt: Runtime,
    options: BrowserWindowConstructorOptions = {},
  ) {
    super();
    this.id = rt.nextId();
    this.options = options;
    this.title = options.title ?? 'Electron';
    this.bounds = { x: options.x ?? 0, y: options.y ?? 0, width: options.width ?? 800, height: options.height ?? 600 };
    this.webContents = new WebContentsStandIn(rt, this);
    rt.windows.push(this);
    this.pagePromise = this.openPage();
    // Electron emits this while the window is being constructed.
    rt.app.emit('web-contents-created', makeEvent(), this.webContents);
    rt.app.emit('browser-window-created', makeEvent(), this);
  }

  private async openPage(): Promise<Page> {
    const context = this.rt.context();
    const page = await context.newPage();
    this.currentPage = page;
    await page.setViewportSize({ width: this.bounds.width, height: this.bounds.height });
    const cdp = await context.newCDPSession(page);
    await this.webContents.attach(page, cdp);
    const prefs = this.options.webPreferences ?? {};
    const binding = `__planpathIpc${this.id}`;
    await page.exposeBinding(binding, (source, message: string) => this.webContents.receive(source.frame, message));
    if (prefs.preload) await page.addInitScript({ content: await this.rt.preloadScript(prefs.preload, binding, { additionalArguments: prefs.additionalArguments ?? [], contextIsolation: prefs.contextIsolation !== false }) });
    page.on('load', () => {
      void page
        .title()
        .then((t) => {
          this.documentTitle = t;
          const event = makeEvent();
          this.emit('page-title-updated', event, t, true);
          if (!event.defaultPrevented) this.title = t;
        })
        .catch(() => undefined);
      if (!this.readyShown) {
        this.readyShown = true;
        this.emit('ready-to-show', makeEvent());
      }
    });
    return page;
  }

  page(): Promise<Page> {
    return this.pagePromise;
  }

  pageOrNull(): Page | null {
    return this.currentPage;
  }

  loadURL(url: string): Promise<void> {
    return this.webContents.loadURL(url);
  }

  loadFile(file: string): Promise<void> {
    return this.webContents.loadFile(file);
  }

  isDestroyed(): boolean {
    return this.destroyed;
  }

  setTitle(title: string): void {
    this.title = title;
  }
  getTitle(): string {
    return this.title;
  }
  setDocumentEdited(edited: boolean): void {
    this.documentEdited = edited;
  }
  isDocumentEdited(): boolean {
    return this.documentEdited;
  }
  setRepresentedFilename(): void {}
  setMenu(): void {}
  setMenuBarVisibility(): void {}
  setAutoHideMenuBar(): void {}

  show(): void {
    this.visible = true;
    this.minimized = false;
    this.emit('show', makeEvent());
  }
  hide(): void {
    this.visible = false;
  }
  isVisible(): boolean {
    return this.visible && !this.destroyed;
  }
  focus(): void {
    this.rt.focused = this;
    this.emit('focus', makeEvent());
  }
  blur(): void {}
  isFocused(): boolean {
    return this.rt.focused === this;
  }
  minimize(): void {
    this.minimized = true;
    this.emit('minimize', makeEvent());
  }
  restore(): void {
    this.minimized = false;
    this.emit('restore', makeEvent());
  }
  isMinimized(): boolean {
    return this.minimized;
  }
  maximize(): void {
    this.maximized = true;
    this.emit('maximize', makeEvent());
  }
  unmaximize(): void {
    this.maximized = false;
    this.emit('unmaximize', makeEvent());
  }
  isMaximized(): boolean {
    return this.maximized;
  }
  setFullScreen(on: boolean): void {
    this.fullScreen = on;
    this.emit(on ? 'enter-full-screen' : 'leave-full-screen', makeEvent());
  }
  isFullScreen(): boolean {
    return this.fullScreen;
  }
  isNormal(): boolean {
    return !this.maximized && !this.minimized && !this.fullScreen;
  }

  getBounds(): Bounds {
    return { ...this.bounds };
  }
  getNormalBounds(): Bounds {
    return { ...this.bounds };
  }
  getContentBounds(): Bounds {
    return { ...this.bounds };
  }
  getSize(): [number, number] {
    return [this.bounds.width, this.bounds.height];
  }
  getPosition(): [number, number] {
    return [this.bounds.x, this.bounds.y];
  }
  setBounds(bounds: Partial<Bounds>): void {
    const before = this.bounds;
    this.bounds = { ...before, ...bounds };
    if (this.bounds.width !== before.width || this.bounds.height !== before.height) {
      const { width, height } = this.bounds;
      void this.pagePromise.then((p) => (p.isClosed() ? undefined : p.setViewportSize({ width, height }))).catch(() => undefined);
      this.emit('resize', makeEvent());
    }
    if (this.bounds.x !== before.x || this.bounds.y !== before.y) this.emit('move', makeEvent());
  }
  setSize(width: number, height: number): void {
    this.setBounds({ width, height });
  }
  setPosition(x: number, y: number): void {
    this.setBounds({ x, y });
  }

  /** The user (or main) closes the window: 'close' may be prevented; then the page's beforeunload. */
  close(): void {
    void this.tryClose();
  }

  async tryClose(): Promise<boolean> {
    if (this.destroyed) return true;
    const event = makeEvent();
    this.emit('close', event);
    if (event.defaultPrevented) return false;
    const page = await this.pagePromise;
    if (!page.isClosed()) {
      const unloaded = await new Promise<boolean>((resolve) => {
        const onDialog = (dialog: { type(): string; accept(): Promise<void>; dismiss(): Promise<void> }) => {
          if (dialog.type() !== 'beforeunload') return;
          page.off('dialog', onDialog);
          const prevent = makeEvent();
          this.webContents.emit('will-prevent-unload', prevent);
          // Electron keeps the page (and the window) unless a listener overrides the page.
          if (prevent.defaultPrevented) void dialog.accept();
          else {
            void dialog.dismiss();
            resolve(false);
          }
        };
        page.on('dialog', onDialog);
        page.once('close', () => resolve(true));
        void page.close({ runBeforeUnload: true }).catch(() => resolve(true));
      });
      if (!unloaded) return false;
    }
    this.finishClose();
    return true;
  }

  /** Gone without 'close' or unload handlers (BrowserWindow.destroy()). */
  destroy(): void {
    if (this.destroyed) return;
    void this.pagePromise.then((p) => p.close({ runBeforeUnload: false })).catch(() => undefined);
    this.finishClose();
  }

  private finishClose(): void {
    if (this.destroyed) return;
    this.destroyed = true;
    this.webContents.markDestroyed();
    const index = this.rt.windows.indexOf(this);
    if (index >= 0) this.rt.windows.splice(index, 1);
    if (this.rt.focused === this) this.rt.focused = this.rt.windows[0] ?? null;
    this.emit('closed');
    if (this.rt.windows.length === 0) this.rt.app.allWindowsClosed();
  }
}
