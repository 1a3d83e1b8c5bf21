/**
 * Issue 22, item 1: the web build's storage never loses an edit. A reload 100 ms after an
 * edit (and one at once) keeps it; a second tab (a second page of the same browser) opens
 * read-only and takes over with the first tab's last edit, the first becoming read-only;
 * the database deleted from another tab, or the site's data cleared, is reopened and the
 * workspace written again, with a bar that names the cause.
 */
import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { PlanPathApp } from './pages/planpath-app';
import { startSession, type Session } from './support/session';
import { until } from './support/until';

let s: Session;
let copyId = '';

beforeAll(async () => {
  s = await startSession();
  await s.app.goto();
  copyId = await s.app.scenarios.duplicateSelected();
});
afterAll(async () => {
  await s?.close();
});

async function secondTab(): Promise<{ page: Page; app: PlanPathApp }> {
  const page = await s.browser.context.newPage();
  page.on('dialog', (d) => void d.accept());
  page.on('pageerror', (e) => s.problems.push(`second tab: ${e.message}`));
  const app = new PlanPathApp(page, s.server.url);
  await app.goto();
  return { page, app };
}

const guardWhy = (page: Page) => page.getByTestId('tab-guard-text').getAttribute('data-why').catch(() => null);
const guardShown = (page: Page) => page.getByTestId('tab-guard-text').isVisible();

describe('an edit survives a reload at once', () => {
  it('100 ms after the edit, and right after it', async () => {
    const { app, page } = s;
    await app.assumptions.set('gdp', '15th', 5.5);
    await page.waitForTimeout(100);
    await app.reload();
    expect(await app.scenarios.ids()).toContain(copyId);
    expect(await app.scenarios.selectedId()).toBe(copyId);
    expect(await app.assumptions.value('gdp', '15th')).toBe(5.5);
    await expect(app.unsavedMark.isVisible()).resolves.toBe(true);

    await app.assumptions.set('gdp', '15th', 4.25);
    await app.reload();
    expect(await app.assumptions.value('gdp', '15th')).toBe(4.25);
  });
});

describe('two tabs', () => {
  it('the second opens read-only, shows the first tab’s work, and takes over with its last edit', async () => {
    const second = await secondTab();
    await until(() => guardWhy(second.page), (w) => w === 'other-tab-open', 'the second tab read-only');
    expect(await second.page.getByTestId('tab-guard-text').innerText()).toContain('此标签页只读');
    expect(await second.app.assumptions.value('gdp', '15th')).toBe(4.25);
    expect(await guardShown(s.page)).toBe(false);

    // The first tab edits on; the second takes over and brings that edit along.
    await s.app.assumptions.set('gdp', '15th', 3.75);
    await second.page.getByTestId('tab-take-over').click();
    await until(() => guardShown(second.page), (v) => !v, 'the second tab edits');
    await second.app.assumptions.waitForValue('gdp', '15th', 3.75);
    await until(() => guardWhy(s.page), (w) => w === 'taken-over', 'the first tab read-only');
    expect(await s.page.getByTestId('tab-guard-text').innerText()).toContain('另一个标签页接管了编辑');

    // The first tab's shortcuts change nothing now.
    await s.page.keyboard.press('Control+z');
    // An edit in the second tab survives its reload; the second tab stays the writer.
    await second.app.assumptions.set('gdp', '15th', 3.5);
    await second.app.reload();
    expect(await second.app.assumptions.value('gdp', '15th')).toBe(3.5);
    await second.page.waitForTimeout(1500);
    expect(await guardShown(second.page)).toBe(false);
    expect(await guardWhy(s.page)).toBe('taken-over');

    // The second tab closes: the first says so, takes over, and has the second's last edit.
    await second.page.close();
    await s.page.getByTestId('tab-take-over').click();
    await until(() => guardShown(s.page), (v) => !v, 'the first tab edits again');
    await s.app.assumptions.waitForValue('gdp', '15th', 3.5);
    await s.app.assumptions.set('gdp', '15th', 3.25);
    await s.app.reload();
    expect(await s.app.assumptions.value('gdp', '15th')).toBe(3.25);
  });
});

describe('the database under the page', () => {
  it('deleted from another tab: the bar names the cause, and the workspace is written again', async () => {
    await s.app.reload(); // nothing edited in this page yet: what it loaded is what is written again
    const value = await s.app.assumptions.value('gdp', '15th');
    const other = await s.browser.context.newPage();
    // A page of the same site that is not PlanPath, as a developer's console or another app would be.
    await other.goto(`${s.server.url}not-planpath.html`);
    const result = await other.evaluate(
      () =>
        new Promise<string>((resolve) => {
          const req = indexedDB.deleteDatabase('planpath');
          req.onsuccess = () => resolve('deleted');
          req.onerror = () => resolve(`error ${String(req.error)}`);
          req.onblocked = () => resolve('blocked');
        }),
    );
    expect(result).toBe('deleted');
    await other.close();
    const bar = s.page.getByTestId('storage-notice');
    await bar.waitFor();
    expect(await bar.getAttribute('data-kind')).toBe('deleted');
    expect(await bar.getAttribute('data-rewritten')).toBe('true');
    const text = await bar.innerText();
    expect(text).toContain('浏览器中的工作区数据库被删除了');
    expect(text).toContain('另一个标签页删除了它');
    await expect.poll(async () => (await s.app.autosaved())?.planText.includes(copyId)).toBe(true);
    await s.app.reload();
    expect(await s.app.assumptions.value('gdp', '15th')).toBe(value);
  });

  it('site data cleared (as the browser’s "clear site data" does): reopened, written again, the cause named', async () => {
    await s.app.assumptions.set('gdp', '15th', 3);
    await s.page.getByTestId('storage-notice').count().then((n) => (n > 0 ? s.page.getByTestId('storage-notice').locator('.ant-alert-close-icon').click() : undefined));
    await s.page.getByTestId('storage-notice').waitFor({ state: 'detached' });
    const cdp = await s.browser.context.newCDPSession(s.page);
    await cdp.send('Storage.clearDataForOrigin', { origin: s.server.url.replace(/\/$/, ''), storageTypes: 'indexeddb,local_storage' });
    const bar = s.page.getByTestId('storage-notice');
    await until(() => bar.getAttribute('data-rewritten').catch(() => null), (v) => v === 'true', 'the workspace written again');
    expect(['closed', 'deleted']).toContain(await bar.getAttribute('data-kind'));
    expect(await bar.innerText()).not.toMatch(/工作区未能自动保存（工作区未能自动保存/);
    await expect(s.page.getByTestId('autosave-failed').count()).resolves.toBe(0);
    await s.app.reload();
    expect(await s.app.assumptions.value('gdp', '15th')).toBe(3);
    expect(s.problems).toEqual([]);
  });
});
