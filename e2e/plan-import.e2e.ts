/**
 * Issue 9, item 5: import a plan's indicator table (CSV), change what one column holds,
 * import, see the new indicator's chart and target, then undo the whole import.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { PlanImportDialog } from './pages/plan-import-dialog';
import { screenshotDir } from './support/screenshot-dir';
import { startSession, type Session } from './support/session';

const CSV = readFileSync(new URL('../models/plan-import/fixtures/indicators-14th.csv', import.meta.url));

let s: Session;

beforeAll(async () => {
  s = await startSession({ width: 1440, height: 900 });
  await s.app.goto();
});
afterAll(async () => {
  await s?.close();
});

describe('import a plan table', () => {
  it('imports a CSV, remaps the 2035 column, sees the new indicator charted with its target, and undoes the import', async () => {
    const dialog = new PlanImportDialog(s.page);
    const targetsBefore = await s.app.targets.rowIds();
    expect(await s.app.charts.card('life_expectancy').count()).toBe(0);

    await dialog.open();
    await dialog.choose('indicators-14th.csv', new Uint8Array(CSV));
    expect(await dialog.role(2).inputValue()).toBe('name');
    expect(await dialog.role(6).inputValue()).toBe('target');
    expect(await dialog.summary.textContent()).toBe('新增指标 6 个，更新已有指标 7 个；基期值 11 个，目标 14 条（其中替换原有目标 7 条）；问题 3 处');
    expect(await dialog.problems()).toEqual(['9:derived-base', '14:unknown-unit', '15:not-a-number']);
    expect(await dialog.row(3).textContent()).toContain('2035年 ≥ 2025年的 2 倍');

    // The 2035 column is not to be imported: the plan's own doubling of GDP stays as it is.
    await dialog.setRole(6, 'ignore');
    await expect.poll(() => dialog.summary.textContent()).toBe('新增指标 6 个，更新已有指标 7 个；基期值 11 个，目标 13 条（其中替换原有目标 6 条）；问题 3 处');
    expect(await dialog.row(3).textContent()).not.toContain('2035年');
    expect(await dialog.row(12).textContent()).toContain('2025年 ≥ 80岁');
    await s.page.screenshot({ path: join(screenshotDir(), 'plan-import-preview.png') });

    await dialog.accept();
    // The new indicator has a chart (appended to the plan's charts), with its target drawn.
    const chart = s.app.charts.card('life_expectancy');
    await chart.waitFor();
    await s.app.charts.waitDrawn(['life_expectancy']);
    expect(await s.app.charts.title('life_expectancy')).toContain('人均预期寿命');
    const traces = await s.app.charts.traces('life_expectancy');
    const line = traces.find((t) => t.mode.includes('lines'));
    expect(line?.x[0]).toBe(2020);
    expect(line?.y[0]).toBe(79.2);
    const marker = traces.find((t) => t.x.includes(2025) && t.y[t.x.indexOf(2025)] === 80 && !t.mode.includes('lines'));
    expect(marker, JSON.stringify(traces.map((t) => [t.name, t.mode, t.x, t.y]))).toBeDefined();
    // …and its target in the target table, read from the sheet's row.
    const row = s.app.targets.row('imp-life-expectancy-2025');
    await row.waitFor();
    expect(await row.textContent()).toContain('人均预期寿命');
    const after = await s.app.targets.rowIds();
    expect(after.length).toBe(targetsBefore.length + 7);
    await chart.scrollIntoViewIfNeeded();
    await s.page.screenshot({ path: join(screenshotDir(), 'plan-import-charted.png') });

    // One undo takes the whole import back.
    await s.page.getByTestId('cmd-undo').click();
    await expect.poll(() => s.app.charts.card('life_expectancy').count()).toBe(0);
    await expect.poll(() => s.app.targets.rowIds()).toEqual(targetsBefore);
    expect(s.problems).toEqual([]);
    expect(s.external).toEqual([]);
  });
});
