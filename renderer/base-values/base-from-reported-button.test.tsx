// @vitest-environment jsdom
import '../test/setup-dom';
import { act, screen } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { describe, expect, it } from 'vitest';
import type { Plan } from '../../models/plan/plan-schema';
import PlanEditor from '../plan-editor/plan-editor';
import { useWorkspace } from '../store/store-context';
import { renderWithStore, storeWithDefaultPlan } from '../test/render';

/** The editor as the main view shows it: given the store's plan at each render. */
function Editor() {
  const plan = useWorkspace((s) => s.plan);
  return plan === null ? null : <PlanEditor plan={plan} />;
}

function setup() {
  const store = storeWithDefaultPlan();
  const r = renderWithStore(<Editor />, store);
  const plan = () => store.getState().plan as Plan;
  return { ...r, plan, user: userEvent.setup() };
}

const gdpBase = (plan: Plan) => plan.indicators.find((i) => i.id === 'gdp')?.base;

describe('取自报告数: the base value from the reported base-year figure, in the plan editor', () => {
  it('beside the base value of GDP (plan estimate 7400, reported 2020: 7,319.77): one click sets value, status and source, one undo step', async () => {
    const { user, plan, store } = setup();
    await user.click(screen.getByRole('tab', { name: /指标/ }));
    const before = plan();
    const button = screen.getByTestId('base-from-reported-take-gdp');
    expect(button.textContent).toMatch(/^取自报告数 2020年：7,319\.77亿元（2021年徐州市政府工作报告/);
    // Keyboard reachable, with a name that starts with what it shows and says what it does.
    expect(button.getAttribute('aria-label')).toContain('作为“地区生产总值”的基期值');
    button.focus();
    await user.keyboard('{Enter}');
    expect(gdpBase(plan())).toMatchObject({ year: 2020, value: 7319.77, status: 'reported' });
    expect(gdpBase(plan())?.source).toContain('2021年徐州市政府工作报告');
    expect((screen.getByTestId('pe-indicators-0-base-value') as HTMLInputElement).value).toBe('7319.77');
    expect(store.getState().past).toHaveLength(1);
    // The base is the reported figure now: nothing more to take.
    expect(screen.queryByTestId('base-from-reported-gdp')).toBeNull();
    act(() => void store.getState().undo());
    expect(plan()).toBe(before);
    expect((screen.getByTestId('pe-indicators-0-base-value') as HTMLInputElement).value).toBe('7400');
    expect(screen.getByTestId('base-from-reported-take-gdp')).toBeTruthy();
  });

  it('speaks English when asked', async () => {
    const store = storeWithDefaultPlan();
    store.getState().setLang('en');
    renderWithStore(<Editor />, store);
    await userEvent.setup().click(screen.getByRole('tab', { name: /Indicators/ }));
    const button = screen.getByTestId('base-from-reported-take-gdp');
    expect(button.textContent).toMatch(/^Use reported 2020: 7,319\.77 100m yuan \(2021年徐州市政府工作报告/);
    expect(button.getAttribute('aria-label')).toContain('as the base value of “Gross domestic product (GDP)”');
  });

  it('shows nothing where the base year has no reported figure (population: 2020 census only as the base)', async () => {
    const { user, plan } = setup();
    await user.click(screen.getByRole('tab', { name: /指标/ }));
    const at = plan().indicators.findIndex((i) => i.id === 'population');
    await user.click(screen.getByTestId(`pe-indicator-list-${at}`));
    expect(screen.getByTestId(`pe-indicators-${at}-base-value`)).toBeTruthy();
    expect(screen.queryByTestId('base-from-reported-population')).toBeNull();
  });
});
