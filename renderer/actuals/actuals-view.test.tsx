// @vitest-environment jsdom
import '../test/setup-dom';
import { act, fireEvent, screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import ExcelJS from 'exceljs';
import { describe, expect, it } from 'vitest';
import type { Plan } from '../../models/plan/plan-schema';
import type { OpenedDataFile, PlanPathApi } from '../platform/platform-api';
import { PlatformProvider } from '../platform/platform-context';
import { fakePlatform } from '../test/fake-platform';
import { renderWithStore, storeWithDefaultPlan } from '../test/render';
import { planTemplate } from '../../scenarios/templates';
import { useWorkspace } from '../store/store-context';
import type { WorkspaceStore } from '../store/workspace-store';
import ActualsView from './actuals-view';

/** The view with the store's plan, as the main view gives it. */
function Live() {
  const plan = useWorkspace((s) => s.plan) as Plan;
  return <ActualsView plan={plan} currentYear={2026} />;
}

function setup(api: PlanPathApi = fakePlatform(), store: WorkspaceStore = storeWithDefaultPlan()) {
  const r = renderWithStore(
    <PlatformProvider value={api}>
      <Live />
    </PlatformProvider>,
    store,
  );
  return { ...r, store, user: userEvent.setup() };
}

const actual = (store: WorkspaceStore, id: string, year: number) =>
  (store.getState().plan as Plan).indicators.find((i) => i.id === id)?.actuals?.find((a) => a.year === year);

function paste(target: Element, text: string) {
  fireEvent.paste(target, { clipboardData: { getData: (type: string) => (type === 'text/plain' ? text : '') } });
}

describe('actuals grid', () => {
  it('shows indicators × years from the history start (13th plan’s base, 2015) to the current year, with value, growth and status', () => {
    setup();
    const heads = within(screen.getByTestId('actuals-years')).getAllByRole('columnheader').map((h) => h.textContent);
    expect(heads).toEqual(['2015', '2016', '2017', '2018', '2019', '2020', '2021', '2022', '2023', '2024', '2025', '2026']);
    const groups = within(screen.getByTestId('actuals-groups')).getAllByRole('columnheader');
    expect(groups.map((g) => [g.textContent, g.getAttribute('colspan')])).toEqual([['指标', null], ['报告数（历史）', '5'], ['基期', '1'], ['规划期', '6']]);
    expect(screen.getByTestId('actual-gdp-2015').className).toContain('history');
    expect(screen.getByTestId('actual-gdp-2020').className).toContain('base-year');
    const cell = screen.getByTestId('actual-gdp-2021');
    expect(cell.textContent).toContain('8,117.4');
    expect(cell.textContent).toContain('8.7%');
    expect(screen.getByTestId('actual-gdp-2025').textContent).toBe('·');
  });

  it('a block pasted from Excel fills from the focused cell as one undo step; bad cells are listed with row and reason', () => {
    const { store } = setup();
    const cell = screen.getByTestId('actual-gdp-2025');
    fireEvent.click(cell);
    // GDP 2025, 2026; the next row (population) 2025 is text.
    paste(cell, '10,100\t10,700\n九百\t');
    expect(actual(store, 'gdp', 2025)).toMatchObject({ value: 10100, status: 'reported', source: '从表格粘贴' });
    expect(actual(store, 'gdp', 2026)?.value).toBe(10700);
    expect(store.getState().past).toHaveLength(1);
    expect(screen.getByTestId('actuals-summary').textContent).toBe('粘贴：已写入 2 个数值；1 处未采用');
    expect(screen.getByTestId('actuals-issues').textContent).toContain('第2行（常住人口，2025年，数值）：“九百”不是数字');
    act(() => void store.getState().undo());
    expect(actual(store, 'gdp', 2025)).toBeUndefined();
  });

  it('a long-form table with headers, pasted anywhere, is read by its headers; the 50% warning is shown', () => {
    const { store } = setup();
    paste(screen.getByTestId('actual-urbanization-2020'), '指标\t年份\t数值\t实际增速\t来源\t状态\n地区生产总值\t2025\t10,100\t5.5%\t2025年统计公报\t初步核算\n常住人口城镇化率\t2024\t-3\t\t\t\n常住人口\t2022\t90.3\t\t\t');
    expect(actual(store, 'gdp', 2025)).toEqual({ year: 2025, value: 10100, realGrowth: 0.055, source: '2025年统计公报', status: 'preliminary' });
    const items = within(screen.getByTestId('actuals-issues')).getAllByRole('listitem');
    expect(items.map((li) => li.getAttribute('data-code'))).toEqual(['share-range', 'big-change']);
    expect(items[1]?.textContent).toContain('与上年相差超过50%，请核对单位');
    expect(actual(store, 'population', 2022)?.value).toBe(90.3);
  });

  it('is usable by keyboard: arrows move, a digit starts typing, Enter writes, Delete removes', async () => {
    const { store, user } = setup();
    const start = screen.getByTestId('actual-gdp-2024');
    act(() => start.focus());
    fireEvent.click(start);
    await user.keyboard('{ArrowRight}');
    expect(document.activeElement).toBe(screen.getByTestId('actual-gdp-2025'));
    await user.keyboard('9');
    expect((screen.getByTestId('actuals-input') as HTMLInputElement).value).toBe('9');
    await user.keyboard('999.5{Enter}');
    expect(actual(store, 'gdp', 2025)).toMatchObject({ value: 9999.5, source: '手工录入', status: 'reported' });
    await waitFor(() => expect(document.activeElement).toBe(screen.getByTestId('actual-gdp-2025')));
    await user.keyboard('{Delete}');
    expect(actual(store, 'gdp', 2025)).toBeUndefined();
    expect(store.getState().past).toHaveLength(2);
  });

  it('typing a new value keeps the figure’s growth, source and status', async () => {
    const { store, user } = setup();
    const cell = screen.getByTestId('actual-gdp-2021');
    fireEvent.click(cell);
    fireEvent.keyDown(cell, { key: 'Enter' });
    const input = screen.getByTestId('actuals-input') as HTMLInputElement;
    expect(input.value).toBe('8117.44');
    await user.clear(input);
    await user.type(input, '8120{Enter}');
    expect(actual(store, 'gdp', 2021)).toMatchObject({ value: 8120, realGrowth: 0.087, status: 'unverified' });
  });

  it('the cell editor sets growth, source and status; a refused value keeps what was typed', async () => {
    const { store, user } = setup();
    fireEvent.click(screen.getByTestId('actual-urbanization-2024'));
    const value = within(screen.getByTestId('actuals-editor')).getByTestId('actuals-edit-value');
    expect(screen.queryByTestId('actuals-edit-growth')).toBeNull(); // a share has no real growth
    await user.type(value, '120');
    await user.click(screen.getByTestId('actuals-edit-apply'));
    expect(actual(store, 'urbanization', 2024)).toBeUndefined();
    expect(screen.getByTestId('actuals-issues').textContent).toContain('“120”超出 0—100 的范围');
    expect((screen.getByTestId('actuals-edit-value') as HTMLInputElement).value).toBe('120');

    fireEvent.click(screen.getByTestId('actual-gdp-2025'));
    await user.type(screen.getByTestId('actuals-edit-value'), '10100');
    await user.type(screen.getByTestId('actuals-edit-growth'), '5.5');
    await user.type(screen.getByTestId('actuals-edit-source'), '2025年统计公报');
    await user.click(screen.getByTestId('actuals-edit-apply'));
    expect(actual(store, 'gdp', 2025)).toEqual({ year: 2025, value: 10100, realGrowth: 0.055, source: '2025年统计公报', status: 'reported' });
  });

  it('imports an XLSX through the platform, percent-formatted growth included', async () => {
    const wb = new ExcelJS.Workbook();
    const ws = wb.addWorksheet('数据');
    ws.addRow(['2025年统计公报摘录']);
    ws.addRow(['指标', '年份', '数值', '实际增速', '来源', '状态']);
    const row = ws.addRow(['GDP', 2025, 10100.5, 0.055, '公报', '公布']);
    row.getCell(4).numFmt = '0.0%';
    ws.addRow(['钢铁', 2025, 1, null, null, null]);
    const bytes = new Uint8Array((await wb.xlsx.writeBuffer()) as ArrayBuffer);
    const file: OpenedDataFile = { name: 'figures.xlsx', bytes };
    const api = { ...fakePlatform(), openDataFile: async () => file };
    const { store, user } = setup(api);
    await user.click(screen.getByTestId('actuals-import'));
    await waitFor(() => expect(actual(store, 'gdp', 2025)).toEqual({ year: 2025, value: 10100.5, realGrowth: 0.055, source: '公报', status: 'reported' }));
    expect(screen.getByTestId('actuals-summary').textContent).toBe('导入 figures.xlsx：已写入 1 个数值；1 处未采用');
    expect(screen.getByTestId('actuals-issues').textContent).toContain('第4行（指标）：未知指标“钢铁”');
  });

  it('imports a CSV saved by Excel on Chinese Windows (GB18030)', async () => {
    // "指标,年份,数值\r\n地区生产总值,2025,10100" in GB18030.
    const gbk = new Uint8Array([
      0xd6, 0xb8, 0xb1, 0xea, 0x2c, 0xc4, 0xea, 0xb7, 0xdd, 0x2c, 0xca, 0xfd, 0xd6, 0xb5, 0x0d, 0x0a, 0xb5, 0xd8, 0xc7, 0xf8, 0xc9, 0xfa, 0xb2, 0xfa, 0xd7, 0xdc, 0xd6,
      0xb5, 0x2c, 0x32, 0x30, 0x32, 0x35, 0x2c, 0x31, 0x30, 0x31, 0x30, 0x30,
    ]);
    const api = { ...fakePlatform(), openDataFile: async () => ({ name: 'figures.csv', bytes: gbk }) };
    const { store, user } = setup(api);
    await user.click(screen.getByTestId('actuals-import'));
    await waitFor(() => expect(actual(store, 'gdp', 2025)?.value).toBe(10100));
    expect(actual(store, 'gdp', 2025)?.source).toBe('导入自 figures.csv');
  });

  it('says that every scenario follows the figures (no button to anchor a copy any more)', () => {
    setup();
    expect(screen.getByTestId('actuals-every-scenario').textContent).toMatch(/每个情景在已公布的年份都采用这里的实际数/);
    expect(screen.queryByTestId('start-from-actuals')).toBeNull();
  });
});

describe('reported history in the grid (the national example, base 2025)', () => {
  async function national() {
    const store = storeWithDefaultPlan();
    const plan = await planTemplate('national-15th').load();
    store.getState().loadPlan(plan, { fileName: '' });
    return setup(fakePlatform(), store);
  }
  const base = (store: WorkspaceStore, id: string) => (store.getState().plan as Plan).indicators.find((i) => i.id === id)?.base;

  it('shows 2020–2024 as history, 2025 as the base year, with the bulletin figures', async () => {
    await national();
    const heads = within(screen.getByTestId('actuals-years')).getAllByRole('columnheader');
    expect(heads.map((h) => h.textContent)).toEqual(['2020', '2021', '2022', '2023', '2024', '2025', '2026']);
    expect(heads[0]?.getAttribute('aria-label')).toBe('2020年（历史）');
    expect(heads[5]?.getAttribute('aria-label')).toBe('2025年（基期）');
    expect(screen.getByTestId('actuals-group-history').getAttribute('colspan')).toBe('5');
    expect(screen.getByTestId('actual-gdp-2021').textContent).toContain('1,143,670');
    expect(screen.getByTestId('actual-gdp-2021').className).toContain('history');
  });

  it('names the plan\'s own units in the chosen language (100m tce, not 亿吨标准煤, in English)', async () => {
    const { store } = await national();
    act(() => store.getState().setLang('en'));
    expect(screen.getByTestId('actuals-row-energy_production').querySelector('th')?.textContent).toContain('100m tce');
    expect(screen.getByTestId('actuals-row-water_intensity').querySelector('th')?.textContent).toContain('m³ per 10,000 yuan');
  });

  it('a history figure typed in is one undo step and leaves the base value alone', async () => {
    const { store, user } = await national();
    const before = base(store, 'gdp');
    const cell = screen.getByTestId('actual-gdp-2024');
    fireEvent.click(cell);
    fireEvent.keyDown(cell, { key: 'Enter' });
    const input = screen.getByTestId('actuals-input') as HTMLInputElement;
    expect(input.value).toBe('1349084');
    await user.clear(input);
    await user.type(input, '1350000{Enter}');
    expect(actual(store, 'gdp', 2024)).toMatchObject({ value: 1350000, realGrowth: 0.05, status: 'preliminary' });
    expect(base(store, 'gdp')).toEqual(before);
    expect(store.getState().past).toHaveLength(1);
    expect(screen.queryByTestId('actuals-summary')).toBeNull();
    act(() => void store.getState().undo());
    expect(actual(store, 'gdp', 2024)?.value).toBe(1349084);
  });

  it('the cell editor corrects a history year’s real growth; a block pasted across history and the base year takes only the base-year base', async () => {
    const { store, user } = await national();
    fireEvent.click(screen.getByTestId('actual-gdp_per_capita-2024'));
    expect(screen.getByTestId('actuals-editor').textContent).toContain('2024');
    const growth = screen.getByTestId('actuals-edit-growth');
    await user.clear(growth);
    await user.type(growth, '5.3');
    await user.click(screen.getByTestId('actuals-edit-apply'));
    expect(actual(store, 'gdp_per_capita', 2024)).toMatchObject({ value: 95749, realGrowth: 0.053 });

    const before = base(store, 'gdp');
    const cell = screen.getByTestId('actual-gdp-2020');
    fireEvent.click(cell);
    paste(cell, '1,013,567\t1,143,670\t1,210,207\t1,260,582\t1,349,084\t1,402,000');
    expect(actual(store, 'gdp', 2020)).toMatchObject({ value: 1013567, source: '从表格粘贴' });
    expect(base(store, 'gdp')?.value).not.toBe(before?.value);
    expect(base(store, 'gdp')?.value).toBe(1402000);
    act(() => void store.getState().undo());
    expect(actual(store, 'gdp', 2020)).toBeUndefined();
    expect(base(store, 'gdp')).toEqual(before);
  });
});

describe('store sanity', () => {
  it('the default plan has the figures the tests rely on', () => {
    const store = storeWithDefaultPlan();
    expect(actual(store, 'gdp', 2021)).toMatchObject({ value: 8117.44, realGrowth: 0.087 });
  });
});
