/**
 * Issue 19 item 1: filter the target table to 约束性 (from the keyboard) and see only the
 * binding rows; the choice holds in the review; one click clears it. Pictures in Chinese.
 */
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { planFile } from '../models/plan/plan-schema';
import xuzhou from '../scenarios/xuzhou-14th-fyp.json';
import { screenshotDir } from './support/screenshot-dir';
import { startSession, type Session } from './support/session';
import { until } from './support/until';
import { openExportDialog } from './support/export-dialog';

let s: Session;
const plan = planFile.parse(xuzhou);
const bindingIds = plan.targets.filter((t) => t.binding === 'binding').map((t) => t.id);
const shot = (name: string) => s.page.screenshot({ path: path.join(screenshotDir(), name) });
const reviewRowIds = () =>
  s.page.getByTestId('review-table').locator('tbody tr').evaluateAll((rows) => rows.map((r) => (r.getAttribute('data-testid') ?? '').replace(/^review-row-/, '')));

beforeAll(async () => {
  s = await startSession({ width: 1280, height: 900 });
  await s.app.goto();
});
afterAll(async () => {
  await s?.close();
});

describe('the 约束性 / 预期性 filter', () => {
  it('filters the target table to 约束性 from the keyboard: only the binding rows stay', async () => {
    const group = s.page.getByRole('radiogroup', { name: '按约束性、预期性筛选目标' }).first();
    await group.waitFor();
    expect(bindingIds.length).toBe(5);
    await expect(s.app.targets.rowIds()).resolves.toHaveLength(plan.targets.length);
    await group.getByRole('radio').first().focus();
    await s.page.keyboard.press('ArrowRight');
    await until(() => s.app.targets.rowIds(), (ids) => ids.length === bindingIds.length, 'the table to keep the 约束性 rows');
    await expect(s.app.targets.rowIds()).resolves.toEqual(bindingIds);
    for (const id of bindingIds) await expect(s.page.getByTestId(`binding-${id}`).innerText()).resolves.toBe('约束性');
    await expect(s.page.getByTestId('target-binding-filter-shown').innerText()).resolves.toBe(`显示 5 / ${plan.targets.length} 项（约束性）`);
    await expect(s.page.getByTestId('target-summary-binding').innerText()).resolves.toMatch(/约束性 达成 \d+\/未达成 \d+\/缺基期值 \d+；预期性 达成/);
    await s.app.targets.panel.scrollIntoViewIfNeeded();
    await shot('binding-filter-zh.png');
  });

  it('keeps the choice in the review, and one click clears it', async () => {
    await s.page.getByTestId('view-tab-review').click();
    await s.page.getByTestId('review-table').waitFor();
    await until(reviewRowIds, (ids) => ids.length === bindingIds.length, 'the review to keep the 约束性 rows');
    await expect(reviewRowIds()).resolves.toEqual(bindingIds);
    await shot('binding-filter-review-zh.png');
    await s.page.getByTestId('review-binding-filter-clear').click();
    await until(reviewRowIds, (ids) => ids.length === plan.targets.length, 'every review row back');
  });

  it('speaks English: the choices, the count shown and the summary by group', async () => {
    await s.app.setLang('en');
    await s.page.getByTestId('view-tab-charts').click();
    const group = s.page.getByRole('radiogroup', { name: 'Filter targets: binding or expected' }).first();
    await group.getByText(/^expected 23$/i).click();
    await until(() => s.app.targets.rowIds(), (ids) => ids.length === plan.targets.length - bindingIds.length, 'the expected rows');
    await expect(s.page.getByTestId('target-binding-filter-shown').innerText()).resolves.toBe(`Showing 23 of ${plan.targets.length} (expected)`);
    await expect(s.page.getByTestId('target-summary-binding').innerText()).resolves.toMatch(/binding: \d+ met, \d+ missed, \d+ need a base; expected: /);
    await s.app.targets.panel.scrollIntoViewIfNeeded();
    await shot('binding-filter-en.png');
  });

  it('the export dialog tells the scenario charts PDF from the meeting’s review report', async () => {
    await s.app.setLang('zh');
    await openExportDialog(s.page);
    const dialog = s.page.getByTestId('export-dialog');
    await s.page.getByTestId('export-pdf').waitFor();
    await expect(s.page.getByTestId('export-pdf').innerText()).resolves.toContain('情景对比图表 PDF');
    await expect(s.page.getByTestId('export-review-section').innerText()).resolves.toContain('评估报告（所选情景，供会议使用）');
    await until(() => s.page.evaluate(() => document.getAnimations().filter((a) => a.playState === 'running').length), (n) => n === 0, 'the dialog to open');
    await s.page.screenshot({ path: path.join(screenshotDir(), 'export-dialog-zh.png') });
    await s.page.keyboard.press('Escape');
    await dialog.waitFor({ state: 'hidden' }).catch(() => undefined);
  });
});
