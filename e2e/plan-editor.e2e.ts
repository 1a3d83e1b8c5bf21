/**
 * Issue 9, item 2: a small plan built in the plan editor (规划编辑) from the 15th-plan
 * template — an indicator and targets added, a growth typed as 600 where a percent is
 * expected and the warning's fix accepted (6%, kept as 0.06 in the file), undo and redo of it, save, reopen,
 * and the values checked in the file and in the editor. At 1024×640. The time from a
 * key to the next frame of a typed edit is measured in the page (performance.now) and
 * printed with its 95th percentile; tests do not judge it (npm run bench does budgets).
 */
import { readFile } from 'node:fs/promises';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Plan } from '../models/plan/plan-schema';
import { parsePlanText } from '../models/plan/validate-plan';
import { PlanEditor } from './pages/plan-editor';
import { screenshotDir } from './support/screenshot-dir';
import { startSession, type Session } from './support/session';
import { until } from './support/until';

let s: Session;
let editor: PlanEditor;
/** Index of the indicator added, and of the growth target. */
let added = -1;
let saved = { name: '', text: '' };

declare global {
  interface Window {
    __peKeyTimes?: number[];
  }
}

/** From each key pressed to the frame after its edit was drawn, in ms (in the page). */
async function startTiming(): Promise<void> {
  await s.page.evaluate(() => {
    const times: number[] = [];
    window.__peKeyTimes = times;
    let t0 = 0;
    document.addEventListener('keydown', () => (t0 = performance.now()), true);
    document.addEventListener(
      'input',
      () => {
        // Only input that a key made (not a paste or a fill).
        const start = t0;
        t0 = 0;
        if (start === 0) return;
        requestAnimationFrame(() => setTimeout(() => times.push(performance.now() - start), 0));
      },
      true,
    );
  });
}

const keyTimes = () => s.page.evaluate(() => [...(window.__peKeyTimes ?? [])]);

function p95(values: number[]): number {
  const sorted = [...values].sort((a, b) => a - b);
  return sorted[Math.min(sorted.length - 1, Math.ceil(0.95 * sorted.length) - 1)] ?? Number.NaN;
}

beforeAll(async () => {
  s = await startSession({ width: 1024, height: 640 });
  editor = new PlanEditor(s.page);
  await s.app.goto();
  await s.app.files.newFile(false, 'city-15th');
  await editor.open();
  await startTiming();
});
afterAll(async () => {
  await s?.close();
});

describe('plan editor', () => {
  it('names the plan and its region', async () => {
    await editor.type('title.zh', '测试市“十五五”规划');
    await editor.type('region.zh', '测试市');
    await editor.type('region.en', 'Test City');
    await expect(s.app.planTitle.textContent()).resolves.toBe('测试市“十五五”规划');
  });

  it('adds an indicator: id, names, kind, unit, base value and source', async () => {
    await editor.section('indicators');
    const list = s.page.getByTestId('pe-indicator-list').getByRole('option');
    const before = await list.count();
    await s.page.getByTestId('pe-add-indicator').click();
    added = before;
    await until(() => list.count(), (n) => n === before + 1, 'the new indicator in the list');
    const at = `indicators[${added}]`;
    await editor.type(`${at}.id`, 'hightech_firms');
    await editor.type(`${at}.name.zh`, '高新技术企业数');
    await editor.type(`${at}.name.en`, 'High-tech enterprises');
    await editor.chooseField(`${at}.kind`, /^总量/);
    await editor.chooseField(`${at}.unit`, /^家/, '家');
    // A value that is no number stays in the field with the reason; the plan is not changed.
    await editor.type(`${at}.base.value`, '52O');
    await expect(editor.error(`${at}.base.value`).textContent()).resolves.toContain('52O');
    await editor.type(`${at}.base.value`, '520');
    await expect(editor.error(`${at}.base.value`).count()).resolves.toBe(0);
    await editor.chooseField(`${at}.base.status`, /^预计$/);
    await editor.type(`${at}.base.source`, '测试市2025年统计公报');
    await s.page.screenshot({ path: `${screenshotDir()}plan-editor-indicator.png` });
  });

  it('adds a threshold target on it, and a growth target typed in percent (5 is 5%); 600 typed warns and its fix makes it 6', async () => {
    await editor.section('targets');
    await editor.addTarget({ indicator: '高新技术企业数', type: '达到某值', value: '800' });
    await editor.type('targets[0].sentence', '高新技术企业突破800家');
    await editor.chooseField('targets[0].comparison', /^突破/);
    await editor.addTarget({ indicator: '地区生产总值', type: '年均增长', value: '5' });
    const value = 'targets[1].value';
    await expect(editor.field(value).inputValue()).resolves.toBe('5');
    await editor.type(value, '600');
    await editor.warning(value).waitFor();
    await expect(editor.warning(value).textContent()).resolves.toMatch(/600%/);
    await editor.type('targets[1].sentence', '地区生产总值年均增长6%左右');
    await editor.chooseField('targets[1].comparison', /^左右/);
    await expect(editor.field('targets[1].tolerance').inputValue()).resolves.toBe('0.5');
    await s.page.screenshot({ path: `${screenshotDir()}plan-editor-warning.png` });
    await editor.fix(value).click();
    await until(() => editor.field(value).inputValue(), (v) => v === '6', 'the fixed growth');
    await expect(editor.warning(value).count()).resolves.toBe(0);
  });

  it('undo and redo (Ctrl+Z, Ctrl+Y) take the fix back and forth', async () => {
    const value = 'targets[1].value';
    await s.page.getByTestId('pe-target-list-1').focus();
    await s.page.keyboard.press('Control+z');
    await until(() => editor.field(value).inputValue(), (v) => v === '600', 'the growth before the fix');
    await s.page.keyboard.press('Control+y');
    await until(() => editor.field(value).inputValue(), (v) => v === '6', 'the fix again');
  });

  it('a typed edit is drawn within the frame after the key (95th percentile printed)', async () => {
    const times = await keyTimes();
    expect(times.length).toBeGreaterThan(40);
    const sorted = [...times].sort((a, b) => a - b);
    console.log(
      `plan editor: key → next frame over ${times.length} typed keys: median ${sorted[Math.floor(sorted.length / 2)]?.toFixed(1)} ms, p95 ${p95(times).toFixed(1)} ms, max ${sorted.at(-1)?.toFixed(1)} ms (budget 100 ms at p95)`,
    );
  });

  it('saves a plan file that the one gate accepts, holding the values', async () => {
    await expect(s.app.unsavedMark.isVisible()).resolves.toBe(true);
    const [download] = await Promise.all([s.page.waitForEvent('download'), s.app.files.click('save')]);
    saved = { name: download.suggestedFilename(), text: await readFile(await download.path(), 'utf8') };
    const parsed = parsePlanText(saved.text, 'en');
    if (!parsed.ok) throw new Error(`saved plan invalid: ${JSON.stringify(parsed.issues)}`);
    checkPlan(parsed.plan);
    // The fixed growth leaves no warning about it.
    expect((parsed.warnings ?? []).filter((w) => w.path.startsWith('targets'))).toEqual([]);
  });

  it('reopens the file and shows the values in the editor', async () => {
    await s.app.files.newFile(false, 'xuzhou');
    await s.app.files.open(saved);
    await until(() => s.app.planTitle.textContent(), (t) => t === '测试市“十五五”规划', 'the reopened plan');
    await editor.open();
    await editor.section('indicators');
    await s.page.getByTestId(`pe-indicator-list-${added}`).click();
    const at = `indicators[${added}]`;
    await expect(editor.field(`${at}.id`).inputValue()).resolves.toBe('hightech_firms');
    await expect(editor.field(`${at}.base.value`).inputValue()).resolves.toBe('520');
    await editor.section('targets');
    await s.page.getByTestId('pe-target-list-1').click();
    await expect(editor.field('targets[1].value').inputValue()).resolves.toBe('6');
    await expect(editor.field('targets[1].sentence').inputValue()).resolves.toBe('地区生产总值年均增长6%左右');
    await s.page.screenshot({ path: `${screenshotDir()}plan-editor-reopened.png` });
    expect(s.problems).toEqual([]);
    expect(s.external).toEqual([]);
  });
});

function checkPlan(plan: Plan): void {
  expect(plan.title.zh).toBe('测试市“十五五”规划');
  expect(plan.region).toEqual({ zh: '测试市', en: 'Test City' });
  expect(plan.baseYear).toBe(2025);
  const firms = plan.indicators.find((i) => i.id === 'hightech_firms');
  expect(firms).toMatchObject({
    name: { zh: '高新技术企业数', en: 'High-tech enterprises' },
    kind: 'level',
    unit: '家',
    base: { year: 2025, value: 520, status: 'estimate', source: '测试市2025年统计公报' },
  });
  expect(plan.targets).toHaveLength(2);
  expect(plan.targets[0]).toMatchObject({ type: 'threshold', indicator: 'hightech_firms', year: 2030, comparison: '>', value: 800, sentence: '高新技术企业突破800家' });
  expect(plan.targets[1]).toMatchObject({
    type: 'average-growth',
    indicator: 'gdp',
    from: 2025,
    to: 2030,
    value: 0.06,
    tolerance: 0.005,
    basis: 'real',
    sentence: '地区生产总值年均增长6%左右',
  });
}
