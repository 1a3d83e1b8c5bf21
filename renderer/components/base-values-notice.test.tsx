// @vitest-environment jsdom
import '../test/setup-dom';
import { act, screen, waitFor } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { Suspense } from 'react';
import { describe, expect, it } from 'vitest';
import type { Plan } from '../../models/plan/plan-schema';
import { planTemplate } from '../../scenarios/templates';
import PlanEditor from '../plan-editor/plan-editor';
import { useMcResults } from '../store/mc-results';
import { useWorkspace } from '../store/store-context';
import { createWorkspaceStore } from '../store/workspace-store';
import { renderWithStore, storeWithDefaultPlan } from '../test/render';
import { BaseValuesNotice } from './base-values-notice';

/** The notice above the main view, and the plan editor below it once its tab is chosen. */
function Harness() {
  const plan = useWorkspace((s) => s.plan);
  const lang = useWorkspace((s) => s.lang);
  const tab = useMcResults((s) => s.tab);
  if (plan === null) return null;
  return (
    <>
      <BaseValuesNotice indicators={plan.indicators} targets={plan.targets} lang={lang} />
      <div data-testid="tab">{tab}</div>
      {tab === 'plan' ? (
        <Suspense fallback={null}>
          <PlanEditor plan={plan} />
        </Suspense>
      ) : null}
    </>
  );
}

async function setup(lang: 'zh' | 'en' = 'zh') {
  const store = createWorkspaceStore();
  store.getState().loadPlan(await planTemplate('city-15th').load(), { fileName: '' });
  store.getState().setLang(lang);
  const r = renderWithStore(<Harness />, store);
  return { ...r, plan: () => store.getState().plan as Plan, user: userEvent.setup() };
}

const text = () => screen.getByTestId('base-values-notice-text').textContent ?? '';

describe('base-values notice', () => {
  it('is a compact tag that says how many indicators need a base value; its description names the first three', async () => {
    await setup();
    expect(screen.getByTestId('base-values-notice').getAttribute('data-count')).toBe('17');
    expect(text()).toBe('17 个指标缺基期值');
    expect(screen.getByTestId('base-values-notice-list').getAttribute('title')).toBe(
      '17 个指标还没有基期值（地区生产总值、常住人口、常住人口城镇化率等），填写前无法预测，图表为空。',
    );
  });

  it('speaks English when asked', async () => {
    await setup('en');
    expect(text()).toBe('17 indicators lack a base value');
    expect(screen.getByTestId('base-values-notice-list').getAttribute('title')).toBe(
      '17 indicators have no base value yet (Gross domestic product (GDP), Resident population, Urbanization rate (resident population) and 14 more): until they have one they are not projected and their charts stay empty.',
    );
  });

  it('opens a list of every indicator with no base value, its note and its targets; 填写 opens the editor there', async () => {
    const { user, plan } = await setup();
    await user.click(screen.getByTestId('base-values-notice-list'));
    const list = await screen.findByTestId('base-values-list');
    expect(list.querySelectorAll('li')).toHaveLength(17);
    // each with the plan's note on it, or, where the plan says nothing, that it says nothing
    for (const i of plan().indicators.filter((x) => x.kind !== 'derived')) {
      expect(screen.getByTestId(`base-values-note-${i.id}`).textContent, i.id).toBe(i.note?.zh ?? '规划文件未说明缺少原因。');
    }
    await user.click(screen.getByTestId('base-values-enter-population'));
    expect(screen.getByTestId('tab').textContent).toBe('plan');
    const at = plan().indicators.findIndex((i) => i.id === 'population');
    await waitFor(() => expect(document.activeElement).toBe(screen.getByTestId(`pe-indicators-${at}-base-value`)));
  });

  it('shows the plan\'s own words on a missing base value (the Xuzhou plan), in the language asked', async () => {
    const store = storeWithDefaultPlan();
    store.getState().setLang('en');
    renderWithStore(<Harness />, store);
    const user = userEvent.setup();
    expect(Number(screen.getByTestId('base-values-notice').getAttribute('data-count'))).toBeGreaterThan(0);
    await user.click(screen.getByTestId('base-values-notice-list'));
    await screen.findByTestId('base-values-list');
    expect(screen.getByTestId('base-values-note-air_quality_good_days').textContent).toMatch(/^No 2020 figure for the share of good-air days was found/);
    expect(screen.getByTestId('base-values-item-air_quality_good_days').textContent).toContain('Targets waiting on it: Good-air days 80%');
  });

  it('opens the plan editor at the first indicator with no base value, its base value field focused; a value entered counts down', async () => {
    const { user, plan } = await setup();
    await user.click(screen.getByTestId('base-values-notice-open'));
    expect(screen.getByTestId('tab').textContent).toBe('plan');
    const first = plan().indicators.findIndex((i) => i.id === 'gdp');
    const field = await screen.findByTestId(`pe-indicators-${first}-base-value`);
    await waitFor(() => expect(document.activeElement).toBe(field));
    await user.type(field, '12000');
    expect(plan().indicators[first]?.base?.value).toBe(12000);
    expect(screen.getByTestId('base-values-notice').getAttribute('data-count')).toBe('16');
    // Again: now the next one (population), chosen in the list.
    await user.click(screen.getByTestId('base-values-notice-open'));
    const next = plan().indicators.findIndex((i) => i.id === 'population');
    await waitFor(() => expect(document.activeElement).toBe(screen.getByTestId(`pe-indicators-${next}-base-value`)));
    expect(screen.getByTestId(`pe-indicator-list-${next}`).getAttribute('aria-selected')).toBe('true');
  });

  it('once closed, stays closed while values are entered, and comes back for a new plan', async () => {
    const { user, store } = await setup();
    await user.click(screen.getByRole('button', { name: '关闭此提示' }));
    await waitFor(() => expect(screen.queryByTestId('base-values-notice')).toBeNull());
    const p = store.getState().plan as Plan;
    act(() => store.getState().applyPlan({ ...p, indicators: p.indicators.map((i) => (i.id === 'gdp' && i.base ? { ...i, base: { ...i.base, value: 1 } } : i)) }));
    expect(screen.queryByTestId('base-values-notice')).toBeNull();
    act(() => store.getState().loadPlan(storeWithDefaultPlan().getState().plan as Plan, { fileName: '' }));
    await waitFor(() => expect(screen.getByTestId('base-values-notice').getAttribute('data-count')).toBe('17'));
  });

  it('is not shown when every indicator has its base value', async () => {
    const { store } = await setup();
    const p = store.getState().plan as Plan;
    act(() => store.getState().applyPlan({ ...p, indicators: p.indicators.map((i) => (i.base ? { ...i, base: { ...i.base, value: 1, status: 'estimate' as const } } : i)) }));
    expect(screen.queryByTestId('base-values-notice')).toBeNull();
  });
});
