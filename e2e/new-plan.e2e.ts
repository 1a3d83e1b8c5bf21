/**
 * Issue 9, "start a plan": 新建规划 / New by keyboard to the 15th-plan template, the
 * document untitled; the base-values notice and its button into the plan editor, where a
 * base value typed counts the notice down; a growth typed as 600 (%) shows in the header's
 * warnings (N 条提示), its 修正 fixes it, and Ctrl+Z undoes the fix. At 1024×640, with
 * screenshots of the dialog, the notice and the warnings list.
 */
import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { indicatorsNeedingBase } from '../models/plan/base-values-needed';
import { planTemplate } from '../scenarios/templates';
import { PlanEditor } from './pages/plan-editor';
import { screenshotDir } from './support/screenshot-dir';
import { startSession, type Session } from './support/session';
import { until } from './support/until';

let s: Session;
let editor: PlanEditor;
/** How many indicators of the 15th-plan template need a base value, and the index of GDP. */
let needed = 0;
let gdpAt = -1;

const AXE = createRequire(import.meta.url).resolve('axe-core/axe.min.js');

/** axe-core's violations (every impact) inside the element with this test id, as "rule: help". */
async function axeIn(testId: string): Promise<string[]> {
  // Evaluated through the debugging protocol: the page's CSP (script-src 'self') refuses inline scripts.
  await s.page.evaluate(readFileSync(AXE, 'utf8'));
  return s.page.evaluate(async (id) => {
    type Axe = { run(ctx: Element, o: object): Promise<{ violations: { id: string; help: string }[] }> };
    const el = document.querySelector(`[data-testid="${id}"]`);
    if (el === null) return [`no element ${id}`];
    const axe = (window as unknown as { axe: Axe }).axe;
    const r = await axe.run(el, { resultTypes: ['violations'], runOnly: { type: 'tag', values: ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'best-practice'] } });
    return r.violations.map((v) => `${v.id}: ${v.help}`);
  }, testId);
}

const shot = (name: string) => s.page.screenshot({ path: path.join(screenshotDir(), name) });

/** The test id of the focused element, or of the nearest element around it that has one. */
const focusedTestId = () =>
  s.page.evaluate(() => document.activeElement?.closest('[data-testid]')?.getAttribute('data-testid') ?? document.activeElement?.tagName ?? null);

/** No animation runs on the element with this test id, inside it or around it (a dialog has finished opening). */
const settled = (testId: string) =>
  until(
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
    `${testId} settled`,
  );

const notice = () => s.page.getByTestId('base-values-notice');
const noticeCount = async () => Number((await notice().getAttribute('data-count')) ?? NaN);
/** The header's warnings count (0 when the button is not shown). */
const warningsCount = async () => {
  const button = s.page.getByTestId('warnings-button');
  return (await button.count()) === 0 ? 0 : Number(await button.getAttribute('data-count'));
};

beforeAll(async () => {
  const template = await planTemplate('city-15th').load();
  needed = indicatorsNeedingBase(template).length;
  gdpAt = template.indicators.findIndex((i) => i.id === 'gdp');
  s = await startSession({ width: 1024, height: 640 });
  editor = new PlanEditor(s.page);
  await s.app.goto();
});
afterAll(async () => {
  await s?.close();
});

describe('start a plan from the 15th-plan template', () => {
  it('New by keyboard: the dialog opens on a choice, arrows move, Enter creates; focus back on New; the plan is untitled', async () => {
    const { page, app } = s;
    await app.files.button('new').focus();
    await page.keyboard.press('Enter');
    await app.files.newPlanDialog.waitFor();
    // Focus lands on the chosen starting point (the 15th-plan template by default).
    await until(focusedTestId, (id) => id === 'new-plan-template-city-15th', 'focus on the 15th-plan template');
    await page.keyboard.press('ArrowUp');
    await until(focusedTestId, (id) => id === 'new-plan-template-city-14th', 'focus on the 14th-plan template');
    await page.keyboard.press('ArrowDown');
    await until(focusedTestId, (id) => id === 'new-plan-template-city-15th', 'focus back on the 15th-plan template');
    await expect(page.getByTestId('new-plan-template-city-15th').isChecked()).resolves.toBe(true);
    await settled('new-plan-dialog');
    await shot('new-plan-dialog.png');
    await expect(axeIn('new-plan-dialog')).resolves.toEqual([]);
    // Everything in the dialog is inside the window.
    const box = await app.files.newPlanDialog.boundingBox();
    expect(box).not.toBeNull();
    if (box) expect(box.y + box.height).toBeLessThanOrEqual(640);
    await page.keyboard.press('Enter');
    await app.files.newPlanDialog.waitFor({ state: 'hidden' });
    await until(() => app.fileName.textContent(), (t) => t === '未命名规划', 'the untitled document');
    await expect(app.planTitle.textContent()).resolves.toBe((await planTemplate('city-15th').load()).title.zh);
    await until(focusedTestId, (id) => id === 'cmd-new', 'focus back on 新建');
  });

  it('a notice says how many indicators need a base value and names them', async () => {
    await notice().waitFor();
    await expect(noticeCount()).resolves.toBe(needed);
    await expect(s.page.getByTestId('base-values-notice-text').textContent()).resolves.toBe(`${needed} 个指标缺基期值`);
    const text = (await s.page.getByTestId('base-values-notice-list').getAttribute('title')) ?? '';
    expect(text).toContain(`${needed} 个指标还没有基期值`);
    expect(text).toContain('地区生产总值');
    // The "created" toast sits over the notice for about three seconds: the picture is taken after it.
    await s.page.locator('.ant-message-notice').last().waitFor({ state: 'detached' }).catch(() => undefined);
    await shot('new-plan-base-notice.png');
    await expect(axeIn('base-values-notice')).resolves.toEqual([]);
    // The notice and its button fit the results column: no sideways scroll.
    const { scrollWidth, innerWidth } = await s.page.evaluate(() => ({ scrollWidth: document.documentElement.scrollWidth, innerWidth: window.innerWidth }));
    expect(scrollWidth).toBeLessThanOrEqual(innerWidth);
    const button = await s.page.getByTestId('base-values-notice-open').boundingBox();
    const results = await s.page.locator('#results').boundingBox();
    expect(button && results && button.x + button.width <= results.x + results.width).toBe(true);
  });

  it('charts with nothing to draw say which base values are missing; the overview says the plan has no targets yet', async () => {
    const gdpChart = s.page.locator('[data-testid$="-empty"]').first();
    await gdpChart.waitFor();
    expect(await gdpChart.textContent()).toContain('缺少基期值，无法预测：地区生产总值');
    await expect(s.page.locator('.chart-card .js-plotly-plot').count()).resolves.toBe(0);
    await expect(s.page.getByTestId('target-overview-note').textContent()).resolves.toBe('规划中还没有目标，可在“规划编辑”中添加。');
  });

  it('its button opens the plan editor at GDP with the base value focused; a value typed counts the notice down', async () => {
    const { page } = s;
    await page.getByTestId('base-values-notice-open').click();
    await editor.root.waitFor();
    await expect(page.getByTestId('view-tab-plan').getAttribute('aria-selected')).resolves.toBe('true');
    const field = `pe-indicators-${gdpAt}-base-value`;
    await until(focusedTestId, (id) => id === field, 'focus in the GDP base value');
    await expect(page.getByTestId(`pe-indicator-list-${gdpAt}`).getAttribute('aria-selected')).resolves.toBe('true');
    await page.keyboard.type('130000', { delay: 20 });
    await until(noticeCount, (n) => n === needed - 1, 'the notice counting one fewer');
    await expect(editor.field(`indicators[${gdpAt}].base.value`).inputValue()).resolves.toBe('130000');
    await shot('new-plan-base-entered.png');
  });

  it('a growth typed as 600 (%) shows in the header’s warnings; 修正 fixes it; Ctrl+Z undoes the fix', async () => {
    const { page } = s;
    const before = await warningsCount();
    await editor.section('targets');
    await editor.addTarget({ indicator: '地区生产总值', type: '年均增长', value: '5' });
    const value = 'targets[0].value';
    await editor.type(value, '600');
    await until(warningsCount, (n) => n === before + 1, 'one more warning in the header');
    await page.getByTestId('warnings-button').click();
    const dialog = page.getByTestId('warnings-dialog');
    await dialog.waitFor();
    const item = dialog.locator(`[data-path="${value}"]`);
    await expect(item.textContent()).resolves.toMatch(/600%/);
    await settled('warnings-dialog');
    await shot('new-plan-warnings.png');
    await item.getByRole('button', { name: /修正/ }).click();
    await until(warningsCount, (n) => n === before, 'the warning fixed');
    await until(() => editor.field(value).inputValue(), (v) => v === '6', 'the fixed growth in the editor');
    if (await dialog.isVisible()) {
      await page.getByTestId('warnings-close').click();
      await dialog.waitFor({ state: 'hidden' });
    }
    // Undo, from the keyboard, with focus in the target list (not in a text field).
    await page.getByTestId('pe-target-list-0').focus();
    await page.keyboard.press('Control+z');
    await until(() => editor.field(value).inputValue(), (v) => v === '600', 'the growth before the fix');
    await until(warningsCount, (n) => n === before + 1, 'the warning back');
    // The base value typed earlier is still there.
    await expect(noticeCount()).resolves.toBe(needed - 1);
    expect(s.problems).toEqual([]);
    expect(s.external).toEqual([]);
  });
});
