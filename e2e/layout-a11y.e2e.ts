/**
 * Issue 12, section 5, in Chromium at 1024×640: no sideways scroll, a skip link to the
 * results and landmarks, focus back in its field after the "copy and edit" dialog, and
 * axe-core with no serious, critical or moderate violation (Chinese and English; the
 * plan title is the page's h1).
 */
import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { screenshotDir } from './support/screenshot-dir';
import { startSession, type Session } from './support/session';

const AXE = createRequire(import.meta.url).resolve('axe-core/axe.min.js');
let s: Session;

beforeAll(async () => {
  s = await startSession({ width: 1024, height: 640 });
  await s.app.goto();
});
afterAll(async () => {
  await s?.close();
});

interface AxeViolation {
  id: string;
  impact: string | null;
  help: string;
  nodes: { target: string[] }[];
}

async function axeViolations(): Promise<AxeViolation[]> {
  // Evaluated through the debugging protocol: the page's CSP (script-src 'self') refuses inline scripts.
  await s.page.evaluate(readFileSync(AXE, 'utf8'));
  return s.page.evaluate(async () => {
    const axe = (window as unknown as { axe: { run(ctx: Document, o: object): Promise<{ violations: AxeViolation[] }> } }).axe;
    const result = await axe.run(document, { resultTypes: ['violations'], runOnly: { type: 'tag', values: ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'best-practice'] } });
    return result.violations.map((v) => ({ id: v.id, impact: v.impact, help: v.help, nodes: v.nodes.slice(0, 3).map((n) => ({ target: n.target })) }));
  });
}

describe('layout and keyboard at 1024×640', () => {
  it('does not scroll sideways', async () => {
    const { scrollWidth, innerWidth } = await s.page.evaluate(() => ({ scrollWidth: document.documentElement.scrollWidth, innerWidth: window.innerWidth }));
    await s.page.screenshot({ path: path.join(screenshotDir(), 'layout-1024x640.png') });
    expect(scrollWidth).toBeLessThanOrEqual(innerWidth);
  });

  it('the first Tab stop is a skip link that moves focus to the results; header, inputs and results are landmarks', async () => {
    const { page } = s;
    await page.evaluate(() => (document.activeElement as HTMLElement | null)?.blur());
    await page.keyboard.press('Tab');
    expect(await page.evaluate(() => document.activeElement?.className)).toContain('skip-link');
    await page.keyboard.press('Enter');
    await expect.poll(() => page.evaluate(() => document.activeElement?.id)).toBe('results');
    const landmarks = await page.evaluate(() => ({
      banner: document.querySelectorAll('header.app-header').length,
      complementary: document.querySelectorAll('aside[aria-label]').length,
      main: document.querySelectorAll('main[aria-label]').length,
    }));
    expect(landmarks).toEqual({ banner: 1, complementary: 1, main: 1 });
  });

  it('focus returns to the field after the "copy and edit" dialog', async () => {
    const { page } = s;
    const input = page.getByTestId('assumption-gdp-15th-input');
    const before = await page.locator('.scenario-item').count();
    await input.focus();
    await input.fill('5.9');
    await input.press('Enter');
    // The dialog opens with its OK button focused: the keyboard user confirms with Enter.
    const dialog = page.locator('.ant-modal-confirm');
    await dialog.waitFor({ state: 'visible' });
    await expect.poll(() => page.evaluate(() => document.activeElement?.closest('.ant-modal-confirm') !== null)).toBe(true);
    await page.keyboard.press('Enter');
    await dialog.waitFor({ state: 'hidden' });
    // The copy was made and selected …
    await expect.poll(() => page.locator('.scenario-item').count()).toBe(before + 1);
    // … and focus is back in the field, now the copy's.
    await expect.poll(() => page.evaluate(() => document.activeElement?.getAttribute('data-testid'))).toBe('assumption-gdp-15th-input');
  });

  it('axe-core finds no serious, critical or moderate violation, in Chinese and in English', async () => {
    // the page's one h1 is the plan title (hidden but for screen readers at this width)
    expect(await s.page.locator('h1').allTextContents()).toEqual([await s.page.getByTestId('plan-title').textContent()]);
    expect(await s.page.getByTestId('plan-title').textContent()).toMatch(/徐州/);
    const serious: AxeViolation[] = [];
    for (const lang of ['zh', 'en'] as const) {
      if (lang === 'en') await s.app.setLang('en');
      const violations = await axeViolations();
      console.log(`axe (${lang}): ${violations.length} violations: ${violations.map((v) => `${v.id} [${v.impact}] ${JSON.stringify(v.nodes[0]?.target)}`).join('; ') || 'none'}`);
      serious.push(...violations.filter((v) => v.impact === 'serious' || v.impact === 'critical' || v.impact === 'moderate'));
    }
    expect(serious.map((v) => `${v.id}: ${v.help} ${JSON.stringify(v.nodes)}`)).toEqual([]);
  });
});
