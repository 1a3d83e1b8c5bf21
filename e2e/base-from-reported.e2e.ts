/**
 * Issue 20, item 1's last sentence: in any plan a base value can be taken from a reported
 * figure with one click, and a new plan's base-year figures become its base values.
 *
 * - The embedded Xuzhou plan: GDP's base is the plan's estimate 7400 (预计), 2020 is
 *   reported at 7,319.77: 取自报告数 beside the base value in the plan editor takes it, by
 *   keyboard; undo puts the estimate back.
 * - 续编下一期规划: the 2025-based plan has estimated and missing base values. 2025
 *   figures pasted in 实际数据 (GDP, estimated; good-air days, missing) become their base
 *   values in the same step, the outcome says so, the missing-base count drops, the plan
 *   editor shows GDP's base equal to the figure; undo restores all of it.
 */
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { ActualsView } from './pages/actuals-view';
import { clickPlanCommand } from './pages/header-commands';
import { PlanEditor } from './pages/plan-editor';
import { screenshotDir } from './support/screenshot-dir';
import { startSession, type Session } from './support/session';
import { until } from './support/until';

let s: Session;
let editor: PlanEditor;
let actuals: ActualsView;
/** Base values missing in the next plan as started. */
let started = 0;

/** As Excel copies it: tab-separated, a header row, thousands separators, growth in %. */
const BLOCK = [
  '指标\t年份\t数值\t实际增速\t来源\t状态',
  '地区生产总值\t2025\t9,950.00\t5.5%\t2025年徐州市国民经济和社会发展统计公报\t初步核算',
  '空气质量优良天数占比\t2025\t78.1\t\t2025年徐州市生态环境状况公报\t公布',
].join('\n');

const missingCount = async (): Promise<number> => {
  const notice = s.page.getByTestId('base-values-notice');
  return (await notice.count()) === 0 ? 0 : Number(await notice.getAttribute('data-count'));
};
const baseField = () => editor.field('indicators[0].base.value');

beforeAll(async () => {
  s = await startSession({ width: 1440, height: 900 });
  await s.app.goto();
  editor = new PlanEditor(s.page);
  actuals = new ActualsView(s.page);
});
afterAll(async () => {
  await s?.close();
});

describe('base values from reported figures', () => {
  it('the Xuzhou plan: 取自报告数 beside GDP\'s base value takes the reported 2020 figure by keyboard; undo puts the estimate back', async () => {
    const { page } = s;
    await editor.open();
    await editor.section('indicators');
    await until(() => baseField().inputValue(), (v) => v === '7400', 'GDP base: the plan\'s estimate');
    const take = page.getByTestId('base-from-reported-take-gdp');
    await expect(take.innerText()).resolves.toMatch(/^取自报告数 2020年：7,319\.77亿元（2021年徐州市政府工作报告/);
    await expect(take.getAttribute('aria-label')).resolves.toContain('作为“地区生产总值”的基期值');
    await page.screenshot({ path: path.join(screenshotDir(), 'base-from-reported-editor.png') });
    await take.focus();
    await page.keyboard.press('Enter');
    await until(() => baseField().inputValue(), (v) => v === '7319.77', 'GDP base: the reported figure');
    await expect(page.getByTestId('base-from-reported-gdp').count()).resolves.toBe(0);
    await s.app.undo();
    await until(() => baseField().inputValue(), (v) => v === '7400', 'undo: the estimate back');
    await page.getByTestId('base-from-reported-take-gdp').waitFor();
  });

  it('the next plan: 2025 figures pasted in 实际数据 become the base values at once, said in the outcome; the missing count drops', async () => {
    const { page, app } = s;
    await clickPlanCommand(page, 'cmd-next-plan');
    const dialog = page.getByTestId('next-plan-dialog');
    await page.getByTestId('next-plan-ok').click();
    await dialog.waitFor({ state: 'hidden' });
    await until(() => app.planTitle.textContent(), (t) => (t ?? '').includes('续编'), 'the next plan open');
    const before = await missingCount();
    expect(before).toBeGreaterThan(0);
    started = before;

    await actuals.open();
    await actuals.paste('gdp', 2025, BLOCK);
    await until(() => actuals.value('gdp', 2025), (v) => v === 9950, 'GDP 2025 in the grid');
    await expect(actuals.summary.innerText()).resolves.toBe('粘贴：已写入 2 个数值');
    await expect(page.getByTestId('actuals-bases-taken').innerText()).resolves.toBe('已用2025年报告数作为基期值：地区生产总值、空气质量优良天数占比');
    await until(missingCount, (n) => n === before - 1, 'one base value fewer missing');
    await page.screenshot({ path: path.join(screenshotDir(), 'base-from-reported-actuals.png') });

    await editor.open();
    await editor.section('indicators');
    await until(() => baseField().inputValue(), (v) => v === '9950', 'GDP base: the 2025 figure');
    await expect(page.getByTestId('pe-indicators-0-base-status').innerText()).resolves.toContain('初步核算');
    // The base is the figure: nothing left to take.
    await expect(page.getByTestId('base-from-reported-gdp').count()).resolves.toBe(0);
  });

  it('undo takes the figures and the base values back together', async () => {
    await s.app.undo();
    await until(() => baseField().inputValue(), (v) => v !== '9950' && v !== '', 'GDP base: the estimate back');
    await expect(s.page.getByTestId('pe-indicators-0-base-status').innerText()).resolves.toContain('预计');
    await until(missingCount, (n) => n === started, 'the missing count back to the started plan\'s');
    await actuals.open();
    expect(await actuals.value('gdp', 2025)).toBeNull();
    expect(await actuals.value('air_quality_good_days', 2025)).toBeNull();
    expect(s.problems).toEqual([]);
    expect(s.external).toEqual([]);
  });
});
