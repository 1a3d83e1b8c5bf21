/**
 * The embedded Xuzhou plan opens with a compact 缺基期值 N 项 tag, not a banner; the tag
 * opens the list of indicators with no base value, each with the plan's own words on
 * why (searched, not found) and a button to the editor at that base value. Pictures in
 * Chinese and in English.
 */
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { indicatorsNeedingBase } from '../models/plan/base-values-needed';
import { screenshotDir } from './support/screenshot-dir';
import { startSession, type Session } from './support/session';
import { until } from './support/until';
import xuzhou from '../scenarios/xuzhou-14th-fyp.json';
import { planFile } from '../models/plan/plan-schema';

let s: Session;
const plan = planFile.parse(xuzhou);
const needed = indicatorsNeedingBase(plan);
const shot = (name: string) => s.page.screenshot({ path: path.join(screenshotDir(), name) });
/** No animation running on the page (the list's popover has finished zooming in). */
const settled = () =>
  until(() => s.page.evaluate(() => document.getAnimations().filter((a) => a.playState === 'running').length), (n) => n === 0, 'animations settled');

beforeAll(async () => {
  s = await startSession({ width: 1280, height: 800 });
  await s.app.goto();
});
afterAll(async () => {
  await s?.close();
});

describe('缺基期值 N 项: a count and a list, not a banner', () => {
  it('shows one compact line with the count', async () => {
    const notice = s.page.getByTestId('base-values-notice');
    await notice.waitFor();
    await expect(notice.getAttribute('data-count')).resolves.toBe(String(needed.length));
    await expect(s.page.getByTestId('base-values-notice-text').textContent()).resolves.toBe(`${needed.length} 个指标缺基期值`);
    const box = await notice.boundingBox();
    // one line: no taller than a small button row
    expect(box && box.height).toBeLessThanOrEqual(40);
  });

  it('opens the list: each indicator with the plan\'s note, in Chinese', async () => {
    await s.page.getByTestId('base-values-notice-list').click();
    const list = s.page.getByTestId('base-values-list');
    await list.waitFor();
    await expect(list.locator('li').count()).resolves.toBe(needed.length);
    const air = plan.indicators.find((i) => i.id === 'air_quality_good_days');
    await expect(s.page.getByTestId('base-values-note-air_quality_good_days').textContent()).resolves.toBe(air?.note?.zh);
    await settled();
    await shot('base-values-list-zh.png');
  });

  it('填写 opens the plan editor at that indicator', async () => {
    await s.page.getByTestId('base-values-enter-air_quality_good_days').click();
    await expect(s.page.getByTestId('view-tab-plan').getAttribute('aria-selected')).resolves.toBe('true');
    const at = plan.indicators.findIndex((i) => i.id === 'air_quality_good_days');
    await until(
      () => s.page.evaluate(() => document.activeElement?.getAttribute('data-testid') ?? null),
      (id) => id === `pe-indicators-${at}-base-value`,
      'focus in the base value',
    );
  });

  it('speaks English when asked', async () => {
    await s.app.setLang('en');
    await expect(s.page.getByTestId('base-values-notice-text').textContent()).resolves.toBe(`${needed.length} indicators lack a base value`);
    await s.page.getByTestId('base-values-notice-list').click();
    await s.page.getByTestId('base-values-list').waitFor();
    const pension = plan.indicators.find((i) => i.id === 'pension_payment_rate');
    await expect(s.page.getByTestId('base-values-note-pension_payment_rate').textContent()).resolves.toBe(pension?.note?.en);
    await settled();
    await shot('base-values-list-en.png');
    expect(s.problems).toEqual([]);
    expect(s.external).toEqual([]);
  });
});
