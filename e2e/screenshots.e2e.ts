/**
 * Issue 3, step 10: the README screenshots, at 1440×900 — the main screen in Chinese
 * and in English, and the compare view — written to docs/screenshots/ by `npm run screenshots`
 * (test-results/screenshots/ otherwise).
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startSession, type Session } from './support/session';
import { screenshotDir } from './support/screenshot-dir';

const DIR = screenshotDir();

let s: Session;

async function shoot(name: string): Promise<void> {
  await s.app.settle();
  const png = await s.page.screenshot({ path: `${DIR}${name}`, type: 'png' });
  // PNG signature and a 1440×900 image header.
  expect(png.subarray(1, 4).toString('latin1')).toBe('PNG');
  expect([png.readUInt32BE(16), png.readUInt32BE(20)]).toEqual([1440, 900]);
}

beforeAll(async () => {
  s = await startSession({ width: 1440, height: 900 });
  await s.app.goto();
});
afterAll(async () => {
  await s?.close();
});

describe('README screenshots', () => {
  it('main-zh.png: the main screen in Chinese, with Chinese text drawn in a CJK font', async () => {
    // The CJK font is really there (else the text would be boxes).
    expect(await s.page.evaluate(() => document.fonts.check('14px "WenQuanYi Micro Hei"', '规划'))).toBe(true);
    await shoot('main-zh.png');
  });

  it('main-en.png: the main screen in English', async () => {
    await s.app.setLang('en');
    await s.app.waitReady();
    await shoot('main-en.png');
    await s.app.setLang('zh');
  });

  it('compare-zh.png: a lower-growth copy of `plan` compared with it', async () => {
    const { app } = s;
    await app.scenarios.duplicateSelected();
    await app.scenarios.renameSelected({ zh: '低速增长情景', en: 'Lower growth' });
    await app.assumptions.set('gdp', '15th', 5.5);
    await app.assumptions.set('gdp', '16th', 5);
    await app.targets.waitForStatus('gdp-2035-double', 'missed');
    await app.setCompare(true);
    await app.charts.waitDrawn();
    await s.page.locator('main.content').evaluate((el) => el.scrollTo(0, 0));
    await shoot('compare-zh.png');
  });

  it('logged no console error', () => {
    expect(s.problems).toEqual([]);
  });
});
