/**
 * One end-to-end session per test file: the web build served on loopback, a fresh
 * Chromium profile, one page, and what the page complained about (console errors,
 * uncaught exceptions) or tried to fetch from outside the machine.
 */
import type { Page } from 'playwright-core';
import { TIMEOUTS } from '../../test-timeouts';
import { PlanPathApp } from '../pages/planpath-app';
import { E2E_WEB_ROOT } from './app-build';
import { launchBrowser, type Browser } from './browser';
import { serveStatic, type StaticServer } from './static-server';

/**
 * Console errors known to be harmless. None so far: the app starts and runs without
 * any console error in Chromium. Add a pattern here only with the reason beside it.
 */
const HARMLESS: RegExp[] = [];

export interface Session {
  server: StaticServer;
  browser: Browser;
  page: Page;
  app: PlanPathApp;
  /** Console errors and uncaught exceptions, as "kind: text". */
  problems: string[];
  /** Requests to anywhere but the loopback server (the app must work offline). */
  external: string[];
  close(): Promise<void>;
}

export async function startSession(options: { width?: number; height?: number; locale?: string } = {}): Promise<Session> {
  const server = await serveStatic(E2E_WEB_ROOT);
  const browser = await launchBrowser(options);
  const page = browser.context.pages()[0] ?? (await browser.context.newPage());
  // Each step waits up to TIMEOUTS.wait (test-timeouts.ts), scaled on a slow machine.
  page.setDefaultTimeout(TIMEOUTS.wait);
  const problems: string[] = [];
  const external: string[] = [];
  page.on('console', (m) => {
    if (m.type() !== 'error') return;
    const text = m.text();
    if (!HARMLESS.some((re) => re.test(text))) problems.push(`console.error: ${text}`);
  });
  page.on('pageerror', (e) => problems.push(`pageerror: ${e.message}`));
  page.on('request', (r) => {
    const url = r.url();
    if (!url.startsWith(server.url) && !/^(data|blob):/.test(url)) external.push(url);
  });
  // Leaving a page with unsaved changes asks "leave site?": the tests say yes.
  page.on('dialog', (d) => void d.accept());
  return {
    server,
    browser,
    page,
    app: new PlanPathApp(page, server.url),
    problems,
    external,
    async close() {
      await browser.close();
      await server.close();
    },
  };
}
