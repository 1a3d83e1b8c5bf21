// @vitest-environment jsdom
import '../test/setup-dom';
import { act, screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { describe, expect, it } from 'vitest';
import type { Scenario, Segment } from '../../models/plan/plan-schema';
import { valueAt } from '../../models/engine/projection';
import { projectionOf } from '../derived/derive';
import { useWorkspace } from '../store/store-context';
import { renderWithStore, storeWithDefaultPlan } from '../test/render';
import { AssumptionPanel } from './assumption-panel';

/** Shows the selected scenario's projected GDP in 2030 (real), as the charts would get it. */
function Gdp2030() {
  const plan = useWorkspace((s) => s.plan);
  const sc = useWorkspace((s) => s.plan?.scenarios.find((x) => x.id === s.selectedId));
  const v = plan && sc ? valueAt(projectionOf(plan, sc), 'gdp', 2030, 'real') : Number.NaN;
  return <output data-testid="gdp-2030">{v.toFixed(1)}</output>;
}

function setup() {
  const store = storeWithDefaultPlan();
  store.getState().duplicateScenario('plan');
  const r = renderWithStore(
    <>
      <AssumptionPanel />
      <Gdp2030 />
    </>,
    store,
  );
  return { ...r, user: userEvent.setup() };
}

const gdp2030 = () => Number(screen.getByTestId('gdp-2030').textContent);

describe('assumption panel', () => {
  it('shows each period of GDP growth with a slider, an exact input and the unit', () => {
    setup();
    const row = screen.getByTestId('assumption-gdp-15th');
    expect(within(row).getByRole('slider')).toBeTruthy();
    expect((screen.getByTestId('assumption-gdp-15th-input') as HTMLInputElement).value).toBe('6.5');
    expect(within(row).getByText('%/年（实际增速）')).toBeTruthy();
    expect(screen.getByTestId('assumption-deflator-14th')).toBeTruthy();
    expect(screen.getByTestId('assumption-urbanization-14th-input')).toBeTruthy();
  });

  it('typing a value changes the projection', async () => {
    const { user, store } = setup();
    const before = gdp2030();
    const input = screen.getByTestId('assumption-gdp-15th-input');
    await user.clear(input);
    await user.type(input, '5.5');
    await user.tab();
    const after = gdp2030();
    expect(after).toBeLessThan(before);
    // 2030 = 2025 × 1.055^5 (was × 1.065^5), whatever the prices
    expect(after).toBeCloseTo(before * (1.055 / 1.065) ** 5, 0);
    // Typing is one undo step.
    act(() => void store.getState().undo());
    expect(gdp2030()).toBeCloseTo(before, 1);
  });

  it('refuses text, keeps the last valid value and says why beside the field', async () => {
    const { user, store } = setup();
    const before = gdp2030();
    const plan = store.getState().plan;
    const input = screen.getByTestId('assumption-gdp-14th-input');
    await user.clear(input);
    await user.type(input, 'abc');
    const error = await screen.findByTestId('assumption-gdp-14th-input-error');
    expect(error.textContent).toContain('不是有效数字');
    expect(error.textContent).toContain('6.50');
    expect(input.getAttribute('aria-invalid')).toBe('true');
    expect(gdp2030()).toBe(before);
    await user.tab();
    expect((input as HTMLInputElement).value).toBe('6.5');
    expect(store.getState().plan).toBe(plan);
  });

  it('refuses values out of range and NaN', async () => {
    const { user } = setup();
    const before = gdp2030();
    const input = screen.getByTestId('assumption-gdp-14th-input');
    await user.clear(input);
    await user.type(input, '500');
    expect((await screen.findByTestId('assumption-gdp-14th-input-error')).textContent).toContain('-50');
    await user.clear(input);
    await user.type(input, 'NaN');
    expect((await screen.findByTestId('assumption-gdp-14th-input-error')).textContent).toContain('不是有效数字');
    expect(gdp2030()).toBe(before);
    // A valid value clears the message.
    await user.clear(input);
    await user.type(input, '6');
    await waitFor(() => expect(screen.queryByTestId('assumption-gdp-14th-input-error')).toBeNull());
    expect(gdp2030()).toBe(before);
    await user.keyboard('{Enter}');
    expect(gdp2030()).toBeLessThan(before);
  });

  it('shows linked incomes as "in step with GDP" and unlinks them to a number', async () => {
    const { user, store } = setup();
    const link = screen.getByTestId('assumption-income_urban-15th-link');
    expect(link.textContent).toBe('与地区生产总值同步 ×1.0');
    await user.click(screen.getByTestId('assumption-income_urban-15th-unlink'));
    const input = (await screen.findByTestId('assumption-income_urban-15th-input')) as HTMLInputElement;
    expect(Number(input.value)).toBeCloseTo(6.5, 5);
    const sc = store.getState().plan?.scenarios.find((s) => s.id === 'plan-copy');
    expect(sc?.assumptions.income_urban?.find((seg) => seg.period === '15th')?.value).toBeCloseTo(0.065, 12);
  });

  it('resets a changed period to the stored value', async () => {
    const { user } = setup();
    const input = screen.getByTestId('assumption-gdp-16th-input') as HTMLInputElement;
    const reset = screen.getByTestId('assumption-gdp-16th-reset') as HTMLButtonElement;
    expect(reset.disabled).toBe(true);
    await user.clear(input);
    await user.type(input, '4');
    await user.tab();
    expect(reset.disabled).toBe(false);
    await user.click(reset);
    expect(input.value).toBe('6.5');
    expect(reset.disabled).toBe(true);
  });

  it('a field showing a rounded value and left untouched keeps the exact value; a typed percent is stored exactly', async () => {
    const { user, store } = setup();
    // The plan scenario's 6.5% is not rounded by the field: give a copy the 2^(1/10) − 1 = 7.1773462…% a year
    // that the 2035 doubling needs (the old default), which the field shows as 7.18.
    const copy = store.getState().plan?.scenarios.find((s) => s.id === 'plan-copy') as Scenario;
    const gdp: Segment[] = [
      { from: 2021, to: 2025, value: 0.065 },
      { from: 2026, to: 2035, value: 2 ** 0.1 - 1 },
    ];
    act(() => void store.getState().addScenario({ ...copy, id: 'doubling', name: { zh: '翻一番所需', en: 'Doubling needs' }, assumptions: { ...copy.assumptions, gdp } }));
    expect(store.getState().selectedId).toBe('doubling');
    const exact = () => store.getState().plan?.scenarios.find((s) => s.id === 'doubling')?.assumptions.gdp?.find((g) => g.period === '15th' || (g.from !== undefined && g.from <= 2028 && (g.to ?? g.from) >= 2028))?.value;
    const before = exact();
    expect(before).toBeCloseTo(2 ** 0.1 - 1, 6);
    expect(before).not.toBe(0.0718);
    const plan = store.getState().plan;
    const input = screen.getByTestId('assumption-gdp-15th-input') as HTMLInputElement;
    // Display precision: 7.1773462…% shows as 7.18.
    expect(input.value).toBe('7.18');
    await user.click(input);
    await user.keyboard('{Enter}');
    await user.tab();
    expect(store.getState().plan).toBe(plan);
    expect(exact()).toBe(before);
    await user.clear(input);
    await user.type(input, '6.1');
    await user.tab();
    // 6.1 / 100 is 0.060999999999999999 in floating point; the field stores the decimal typed.
    expect(exact()).toBe(0.061);
    expect(input.value).toBe('6.1');
  });

  it('editing a built-in scenario offers to duplicate it, then applies the edit to the copy', async () => {
    const store = storeWithDefaultPlan();
    renderWithStore(<AssumptionPanel />, store);
    const user = userEvent.setup();
    const input = screen.getByTestId('assumption-gdp-15th-input');
    await user.clear(input);
    await user.type(input, '5');
    await user.tab();
    const dialog = await screen.findByRole('dialog');
    expect(within(dialog).getAllByText('内置情景为只读').length).toBeGreaterThan(0);
    await user.click(within(dialog).getByRole('button', { name: '复制后编辑' }));
    await waitFor(() => expect(store.getState().selectedId).toBe('plan-copy'));
    const copy = store.getState().plan?.scenarios.find((s) => s.id === 'plan-copy');
    expect(JSON.stringify(copy?.assumptions.gdp)).toContain('"period":"15th","value":0.05');
    const builtIn = store.getState().plan?.scenarios.find((s) => s.id === 'plan');
    expect(JSON.stringify(builtIn?.assumptions.gdp)).not.toContain('0.05}');
  });
});
