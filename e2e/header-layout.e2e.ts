/**
 * The header at 1024×640, 1280×800, 1440×900 and 1920×1080, in Chinese and in English,
 * as opened and with a long file name, unsaved changes and warnings:
 * no label broken one character per line, nothing overlapping, nothing cut off, no
 * sideways scroll; and every command of the header still reachable (the ones folded
 * into 更多 / More through its menu). A screenshot of each size and language goes to
 * the screenshot folder (header-[busy-]<w>x<h>-<lang>.png).
 */
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { escapeDialog } from './support/escape';
import { screenshotDir } from './support/screenshot-dir';
import { startSession, type Session } from './support/session';

const SIZES = [
  [1024, 640],
  [1280, 800],
  [1440, 900],
  [1920, 1080],
] as const;

let s: Session;

beforeAll(async () => {
  s = await startSession({ width: 1440, height: 900 });
  await s.app.goto();
});
afterAll(async () => {
  await s?.close();
});

interface HeaderLayout {
  scrollWidth: number;
  innerWidth: number;
  headerOverflow: number;
  /** Visible header parts whose text runs over more than one line. */
  wrapped: string[];
  /** Pairs of visible header parts whose boxes overlap. */
  overlaps: string[];
  /** Visible header parts (partly) outside the window. */
  outside: string[];
}

/** Measures the header's visible parts: buttons, switches, labels, title, file name. */
async function measure(): Promise<HeaderLayout> {
  return s.page.evaluate(() => {
    const header = document.querySelector('header.app-header') as HTMLElement;
    const parts = Array.from(
      header.querySelectorAll<HTMLElement>('.brand, .plan-title, .file-name, .unsaved, .switch-label, .ant-btn, .ant-segmented'),
    ).filter((el) => {
      const box = el.getBoundingClientRect();
      return box.width > 1 && box.height > 1 && getComputedStyle(el).visibility !== 'hidden';
    });
    const name = (el: HTMLElement) => el.getAttribute('data-testid') ?? el.getAttribute('aria-label') ?? `${el.className.split(' ')[0]} “${(el.textContent ?? '').trim().slice(0, 12)}”`;
    /** The most lines any one text of the part runs over ("价/格/口/径" is four). */
    const lines = (el: HTMLElement) => {
      let most = 0;
      const walker = document.createTreeWalker(el, NodeFilter.SHOW_TEXT);
      for (let n = walker.nextNode(); n !== null; n = walker.nextNode()) {
        if ((n.textContent ?? '').trim() === '') continue;
        const range = document.createRange();
        range.selectNodeContents(n);
        const tops = new Set(Array.from(range.getClientRects(), (r) => (r.width > 0 ? Math.round(r.top) : NaN)).filter((t) => !Number.isNaN(t)));
        most = Math.max(most, tops.size);
      }
      return most;
    };
    // Nested parts (a segmented control holds no button, a button no other button) compare only as siblings.
    const leaves = parts.filter((el) => !parts.some((other) => other !== el && el.contains(other)));
    const overlaps: string[] = [];
    for (let i = 0; i < leaves.length; i++) {
      for (let j = i + 1; j < leaves.length; j++) {
        const a = leaves[i]!.getBoundingClientRect();
        const b = leaves[j]!.getBoundingClientRect();
        const w = Math.min(a.right, b.right) - Math.max(a.left, b.left);
        const h = Math.min(a.bottom, b.bottom) - Math.max(a.top, b.top);
        if (w > 1 && h > 1) overlaps.push(`${name(leaves[i]!)} × ${name(leaves[j]!)}`);
      }
    }
    return {
      scrollWidth: document.documentElement.scrollWidth,
      innerWidth: window.innerWidth,
      headerOverflow: header.scrollWidth - header.clientWidth,
      wrapped: parts.filter((el) => lines(el) > 1).map(name),
      overlaps,
      outside: parts.filter((el) => el.getBoundingClientRect().right > window.innerWidth + 0.5 || el.getBoundingClientRect().left < -0.5).map(name),
    };
  });
}

/** Set the window size and language, screenshot the header, and check its layout. */
async function checkAt(width: number, height: number, lang: 'zh' | 'en', tag: string): Promise<void> {
  await s.page.setViewportSize({ width, height });
  if ((await s.page.evaluate(() => document.documentElement.lang)) !== (lang === 'zh' ? 'zh-CN' : 'en')) await s.app.setLang(lang);
  await s.app.blur();
  await s.page.mouse.move(width / 2, height - 4);
  // Let the header settle at the new width (antd measures some parts after a resize).
  await s.page.waitForTimeout(300);
  await s.page.screenshot({ path: path.join(screenshotDir(), `header-${tag}${width}x${height}-${lang}.png`), clip: { x: 0, y: 0, width, height: 120 } });
  const m = await measure();
  console.info(`header ${tag}${width}×${height} ${lang}: ${JSON.stringify(m)}`);
  expect(m.scrollWidth).toBeLessThanOrEqual(m.innerWidth);
  expect(m.headerOverflow).toBeLessThanOrEqual(0);
  expect(m.wrapped).toEqual([]);
  expect(m.overlaps).toEqual([]);
  expect(m.outside).toEqual([]);
}

describe('the header at four window sizes, in Chinese and English', () => {
  for (const lang of ['zh', 'en'] as const) {
    for (const [width, height] of SIZES) {
      it(`${width}×${height}, ${lang}: one line per label, no overlap, no sideways scroll`, async () => {
        await checkAt(width, height, lang, '');
      });
    }
  }

  for (const [width, height] of [[1440, 900], [1024, 640]] as const) {
    it(`${width}×${height}: 更多 / More works from the keyboard: Enter opens it, arrows choose, Enter opens the dialog, Esc brings focus back to 更多`, async () => {
      const { page } = s;
      await page.setViewportSize({ width, height });
      if ((await page.evaluate(() => document.documentElement.lang)) !== 'zh-CN') await s.app.setLang('zh');
      const active = () => page.evaluate(() => document.activeElement?.getAttribute('data-testid') ?? document.activeElement?.className ?? '');
      await page.getByTestId('header-more').focus();
      await page.keyboard.press('Enter');
      await page.locator('.ant-dropdown-menu').waitFor();
      await page.screenshot({ path: path.join(screenshotDir(), `header-more-menu-keyboard-${width}x${height}-zh.png`), clip: { x: 0, y: 0, width, height: 200 } });
      const seen: string[] = [];
      // As many steps as the menu has items: the menu grows as commands are added.
      const items = await page.locator('.ant-dropdown-menu [role="menuitem"]').count();
      // The menu moves focus asynchronously (slower under load): after each key, wait for
      // the focus to move before reading it, or a slow step is counted twice and overshoots.
      for (let i = 0; i <= items && (await active()) !== 'plan-import-open'; i++) {
        const before = await active();
        await page.keyboard.press('ArrowDown');
        await expect.poll(active).not.toBe(before);
        seen.push(await active());
      }
      console.info(`more menu, ArrowDown: ${seen.join(' → ')}`);
      expect(await active()).toBe('plan-import-open');
      await page.keyboard.press('Enter');
      await escapeDialog(page, page.getByTestId('plan-import-choose'));
      await expect.poll(active).toBe('header-more');
    });
  }

  it('at 1024×640 the icon-only buttons name themselves on hover, and 更多 still opens its menu', async () => {
    const { page } = s;
    await page.setViewportSize({ width: 1024, height: 640 });
    if ((await page.evaluate(() => document.documentElement.lang)) !== 'zh-CN') await s.app.setLang('zh');
    await page.getByTestId('cmd-open').hover();
    await page.locator('.ant-tooltip:visible').filter({ hasText: /^打开$/ }).waitFor();
    await page.getByTestId('header-more').click();
    await page.locator('.ant-dropdown-menu [data-testid="plan-import-open"]').waitFor();
    await page.screenshot({ path: path.join(screenshotDir(), 'header-more-menu-1024x640-zh.png'), clip: { x: 0, y: 0, width: 1024, height: 200 } });
    await page.keyboard.press('Escape');
    await page.locator('.ant-dropdown-menu [data-testid="plan-import-open"]').waitFor({ state: 'hidden' });
  });

  it('with everything the header can hold: a long file name, 未保存, N 条提示', async () => {
    await s.page.setViewportSize({ width: 1440, height: 900 });
    // Three base values whose source is blank: three warnings. Opened under a long name, then edited.
    const plan = JSON.parse(readFileSync('scenarios/xuzhou-14th-fyp.json', 'utf8')) as { indicators: { base?: { source?: string } }[] };
    let blanked = 0;
    for (const ind of plan.indicators) {
      if (blanked < 3 && ind.base?.source) {
        ind.base.source = ' ';
        blanked++;
      }
    }
    await s.app.files.open({ name: '徐州市十四五规划主要指标-修订稿-2026年11月30日.json', text: JSON.stringify(plan) }, false);
    await s.page.getByTestId('warnings-button').waitFor();
    await s.app.scenarios.duplicateSelected();
    await s.app.unsavedMark.waitFor();
    for (const lang of ['zh', 'en'] as const) {
      for (const [width, height] of SIZES) await checkAt(width, height, lang, 'busy-');
    }
  });
});
