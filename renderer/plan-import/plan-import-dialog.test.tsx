// @vitest-environment jsdom
import '../test/setup-dom';
import { readFileSync } from 'node:fs';
import { screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import ExcelJS from 'exceljs';
import { describe, expect, it } from 'vitest';
import type { OpenedDataFile } from '../platform/platform-api';
import { PlatformProvider } from '../platform/platform-context';
import { fakePlatform } from '../test/fake-platform';
import { renderWithStore } from '../test/render';
import PlanImportDialog from './plan-import-dialog';

// Vitest runs from the project root (a jsdom test's import.meta.url is not a file URL).
const CSV = readFileSync('models/plan-import/fixtures/indicators-14th.csv', 'utf8');

/** The fixture table as an XLSX: a notes sheet first, the table (with a percent-formatted growth) second. */
async function workbook(): Promise<Uint8Array> {
  const wb = new ExcelJS.Workbook();
  wb.addWorksheet('说明').addRow(['本表摘自规划纲要']);
  const ws = wb.addWorksheet('主要指标');
  ws.addRow(['“十四五”主要指标']);
  ws.addRow(['指标', '单位', '2020年', '2025年目标', '年均增长']);
  ws.addRow(['人均预期寿命', '岁', 79.2, '≥80', null]);
  const gdp = ws.addRow(['地区生产总值', '亿元', 7400, '超过10000', 0.065]);
  gdp.getCell(5).numFmt = '0.0%';
  return new Uint8Array((await wb.xlsx.writeBuffer()) as ArrayBuffer);
}

function setup(file: OpenedDataFile) {
  const api = { ...fakePlatform(), openDataFile: async () => file };
  const closed: number[] = [];
  const r = renderWithStore(
    <PlatformProvider value={api}>
      <PlanImportDialog open onClose={() => closed.push(1)} />
    </PlatformProvider>,
  );
  return { ...r, closed, user: userEvent.setup() };
}

describe('import indicators dialog', () => {
  it('reads a CSV, guesses the mapping, previews additions, updates and problems, remaps a column, imports as one undo step', async () => {
    const { store, user, closed } = setup({ name: 'indicators-14th.csv', bytes: new TextEncoder().encode(CSV) });
    const before = store.getState().plan;
    await user.click(screen.getByTestId('plan-import-choose'));
    expect((await screen.findByTestId('plan-import-summary')).textContent).toBe(
      '新增指标 6 个，更新已有指标 7 个；基期值 11 个，目标 14 条（其中替换原有目标 7 条）；问题 3 处',
    );
    expect((screen.getByTestId('plan-import-role-2') as HTMLSelectElement).value).toBe('name');
    expect((screen.getByTestId('plan-import-role-6') as HTMLSelectElement).value).toBe('target');
    expect((screen.getByTestId('plan-import-status') as HTMLSelectElement).value).toBe('estimate');

    const life = screen.getByTestId('plan-import-row-12');
    expect(life.textContent).toContain('人均预期寿命');
    expect(life.textContent).toContain('新增');
    expect(life.textContent).toContain('2020：79.2岁');
    expect(within(life).getByTestId('plan-import-target-imp-life-expectancy-2025').textContent).toBe('2025年 ≥ 80岁');
    const gdp = screen.getByTestId('plan-import-row-3');
    expect(gdp.textContent).toContain('更新');
    expect(within(gdp).getByTestId('plan-import-target-gdp-growth-14th').textContent).toMatch(/^2020—2025年年均增长 ≥ 6\.5%（±0\.5个百分点）/);
    expect(within(gdp).getByTestId('plan-import-target-gdp-2035-double').textContent).toMatch(/^2035年 ≥ 2025年的 2 倍/);
    // A replaced target is named as the app names targets (its label), never by its internal id.
    const replaced = Array.from(gdp.querySelectorAll('.pi-replaces'), (el) => el.textContent);
    expect(replaced).toContain('替换“地区生产总值年均增长6.5%左右”');
    expect(replaced).toContain('替换“经济总量跻身万亿元城市”');
    expect(gdp.textContent).not.toMatch(/gdp-growth-14th|gdp-2025-trillion|gdp-2035-double/);
    expect(gdp.querySelector('[data-replaces="gdp-growth-14th"]')?.getAttribute('title')).toBe('全市地区生产总值年均增长6.5%左右');

    const problems = screen.getByTestId('plan-import-problems');
    expect(problems.textContent).toContain('第 14 行 “单位”列：单位“平方米”不在单位表中');
    expect(problems.textContent).toContain('第 15 行 “2025年目标”列：“〔完成省下达任务〕”不是数值，此项未导入');

    // The 2035 column is not wanted: the plan's own doubling stays.
    await user.selectOptions(screen.getByTestId('plan-import-role-6'), 'ignore');
    expect(screen.getByTestId('plan-import-summary').textContent).toMatch(/目标 13 条（其中替换原有目标 6 条）/);
    // Units of this plan: 平方米 comes in.
    await user.click(screen.getByTestId('plan-import-custom-units'));
    expect(screen.getByTestId('plan-import-summary').textContent).toMatch(/^新增指标 7 个/);

    await user.click(screen.getByTestId('plan-import-accept'));
    const plan = store.getState().plan;
    expect(closed).toEqual([1]);
    expect(plan?.indicators.find((i) => i.id === 'life_expectancy')?.base).toEqual({
      year: 2020,
      value: 79.2,
      source: '从“indicators-14th.csv”第12行导入',
      status: 'estimate',
    });
    expect(plan?.units?.map((u) => u.id)).toEqual(['平方米']);
    expect(plan?.targets.find((t) => t.id === 'gdp-2035-double')).toEqual(before?.targets.find((t) => t.id === 'gdp-2035-double'));
    expect(store.getState().undo()).toBe(true);
    expect(store.getState().plan).toBe(before);
  });

  it('reads the sheet chosen in an XLSX, percent-formatted growth included', async () => {
    const { store, user } = setup({ name: 'indicators.xlsx', bytes: await workbook() });
    await user.click(screen.getByTestId('plan-import-choose'));
    await screen.findByTestId('plan-import-sheet');
    // The first sheet holds only a note: no name column, nothing to import.
    expect(screen.getByTestId('plan-import-problems').textContent).toContain('没有指定“指标名称”列');
    expect((screen.getByTestId('plan-import-accept') as HTMLButtonElement).disabled).toBe(true);
    await user.selectOptions(screen.getByTestId('plan-import-sheet'), '1');
    await waitFor(() => expect(screen.getByTestId('plan-import-summary').textContent).toMatch(/^新增指标 1 个，更新已有指标 1 个/));
    await user.click(screen.getByTestId('plan-import-accept'));
    const plan = store.getState().plan;
    expect(plan?.targets.find((t) => t.id === 'gdp-growth-14th')).toMatchObject({ type: 'average-growth', from: 2020, to: 2025, value: 0.065 });
    expect(plan?.targets.find((t) => t.id === 'gdp-2025-trillion')).toMatchObject({ comparison: '>', value: 10000 });
    expect(plan?.indicators.find((i) => i.id === 'life_expectancy')).toMatchObject({ unit: '岁', base: { value: 79.2, status: 'reported' } });
  });
});
