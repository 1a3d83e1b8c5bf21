/**
 * Issue 20, from the 14th plan to the 15th: 更多 → 续编下一期规划 on the embedded Xuzhou plan
 * makes a 2025-based plan (the old one's targets become outcomes, the 2035 doublings are
 * carried); 规划评估 of the new plan lists the 14th plan's outcomes; a 2030 target is added in the plan editor; 更多 → 规划对比 sets the two plans
 * side by side with the new target in the new plan's column and every indicator matched.
 */
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { clickPlanCommand } from './pages/header-commands';
import { PlanEditor } from './pages/plan-editor';
import { ReviewView } from './pages/review-view';
import { screenshotDir } from './support/screenshot-dir';
import { startSession, type Session } from './support/session';
import { until } from './support/until';

let s: Session;

/** The dialog with this test id is in the page and no animation runs in or around it (its zoom-in is over). */
async function dialogOpened(testId: string): Promise<void> {
  await s.page.getByTestId(testId).waitFor();
  await until(
    () =>
      s.page.evaluate((id) => {
        const el = document.querySelector(`[data-testid="${id}"]`);
        if (el === null) return -1;
        return document.getAnimations().filter((a) => {
          const target = a.effect instanceof KeyframeEffect ? a.effect.target : null;
          return target !== null && (target.contains(el) || el.contains(target));
        }).length;
      }, testId),
    (n) => n === 0,
    `${testId} opened`,
  );
}

beforeAll(async () => {
  s = await startSession({ width: 1440, height: 900 });
  await s.app.goto();
});
afterAll(async () => {
  await s?.close();
});

describe('start the next plan, add a 2030 target, compare the two plans', () => {
  it('续编下一期规划 opens a 2025-based plan as a new, unsaved document', async () => {
    const { page, app } = s;
    const before = (await app.planTitle.textContent()) ?? '';
    await clickPlanCommand(page, 'cmd-next-plan');
    const dialog = page.getByTestId('next-plan-dialog');
    await dialogOpened('next-plan-dialog');
    await expect(page.getByTestId('next-plan-summary').textContent()).resolves.toMatch(/以2025年为基期/);
    await page.screenshot({ path: path.join(screenshotDir(), 'next-plan-dialog.png') });
    await page.getByTestId('next-plan-ok').click();
    await dialog.waitFor({ state: 'hidden' });
    await until(() => app.planTitle.textContent(), (t) => (t ?? '').startsWith(before) && (t ?? '').includes('续编'), 'the next plan open');
    await until(() => app.fileName.textContent(), (t) => t === '未命名规划', 'an untitled document');
    await expect(page.getByTestId('unsaved-mark').isVisible()).resolves.toBe(true);
  });

  it('规划评估 of the new plan lists the 14th plan’s outcomes: value, threshold, verdict, collapsible from the keyboard', async () => {
    const { page } = s;
    const review = new ReviewView(page);
    await review.open();
    const section = review.outcomes;
    await section.waitFor();
    await expect(section.textContent()).resolves.toContain('上期规划完成情况（《中共徐州市委关于制定徐州市国民经济和社会发展第十四个五年规划和二〇三五年远景目标的建议》，2021—2025年）');
    await expect(page.getByTestId('review-outcomes-counts').textContent()).resolves.toMatch(/^达成 \d+ · 未达成 \d+ · .*（共26项）$/);
    await expect(page.getByTestId('review-outcomes-table').locator('tbody tr').count()).resolves.toBe(26);
    const trillion = review.outcomeRow('gdp-2025-trillion');
    await expect(trillion.textContent()).resolves.toContain('经济总量跻身万亿元城市');
    await expect(page.getByTestId('outcome-threshold-gdp-2025-trillion').textContent()).resolves.toBe('≥ 10,000.0亿元');
    await expect(page.getByTestId('outcome-threshold-gdp-growth-14th').textContent()).resolves.toBe('6.0–7.0%（左右）');
    const header = section.getByRole('button', { name: /上期规划完成情况/ });
    await header.focus();
    await page.keyboard.press('Enter');
    await until(() => header.getAttribute('aria-expanded'), (v) => v === 'false', 'the outcomes collapsed');
    await page.keyboard.press('Enter');
    await until(() => header.getAttribute('aria-expanded'), (v) => v === 'true', 'the outcomes open again');
    // The picture without the 续编 notice over the section's head.
    await until(() => page.locator('.ant-message-notice').count(), (n) => n === 0, 'the notice gone');
    await section.scrollIntoViewIfNeeded();
    await section.screenshot({ path: path.join(screenshotDir(), 'review-previous-outcomes.png') });
  });

  it('a 2030 target is added in the plan editor', async () => {
    const editor = new PlanEditor(s.page);
    await editor.open();
    await editor.section('targets');
    await editor.addTarget({ indicator: '地区生产总值', type: '达到某值', period: /十五五/, value: '13000' });
    await until(() => s.page.locator('[data-testid^="pe-target-list-"]').count(), (n) => n === 3, 'three targets: the two doublings and the new one');
  });

  it('规划对比 sets the two plans side by side: every indicator matched, the new 2030 target in A (the open plan), the 2025 targets in B', async () => {
    const { page } = s;
    await clickPlanCommand(page, 'cmd-compare-plans');
    await dialogOpened('compare-plans-dialog');
    const summary = page.getByTestId('compare-plans-summary');
    await summary.waitFor();
    await expect(summary.textContent()).resolves.toMatch(/匹配指标 \d+ 个；仅见于 A 的 0 个，仅见于 B 的 0 个/);
    const table = page.getByTestId('compare-plans-table');
    // A is the open (next) plan: its new 2030 target; B is the 14th plan with its 2025 targets.
    await expect(table.textContent()).resolves.toContain('2030年 ≥ 13,000');
    await expect(table.textContent()).resolves.toContain('2025年 ≥ 10,000');
    await expect(table.textContent()).resolves.toContain('2020—2025年 年均增长 6.0–7.0%');
    await page.getByTestId('compare-plans-chart').locator('.js-plotly-plot').waitFor();
    // the legend tells the two plans apart (not two cuts of the same opening)
    const legend = await page.getByTestId('compare-plans-chart').locator('.legendtext').allTextContents();
    expect(legend).toHaveLength(2);
    expect(legend[0]).toMatch(/^A：/);
    expect(legend[1]).toMatch(/^B：/);
    expect(legend[0]?.slice(2)).not.toBe(legend[1]?.slice(2));
    await page.screenshot({ path: path.join(screenshotDir(), 'compare-plans.png') });
    expect(s.problems).toEqual([]);
    expect(s.external).toEqual([]);
  });
});
