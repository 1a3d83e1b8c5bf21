// @vitest-environment jsdom
import '../test/setup-dom';
import { screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { describe, expect, it, vi } from 'vitest';
import { DEFLATOR, planSpans } from '../../models/engine/period-assumptions';
import type { Plan } from '../../models/plan/plan-schema';
import { renderWithStore, storeWithDefaultPlan } from '../test/render';
import CompareView from './compare-view';
import { ScenarioList } from './scenario-list';

vi.mock('../charts/plot', () => ({
  default: ({ data }: { data: { name?: string; showlegend?: boolean }[] }) => (
    <div data-testid="plot">{data.filter((d) => d.showlegend !== false).map((d) => d.name).join('|')}</div>
  ),
}));

function comparedStore() {
  const store = storeWithDefaultPlan();
  const id = store.getState().duplicateScenario('plan') as string;
  const plan = store.getState().plan as Plan;
  const span = (p: string) => planSpans(plan).find((s) => s.id === p) ?? planSpans(plan)[0]!;
  store.getState().setSpan(id, 'gdp', span('15th'), { value: 0.055 });
  store.getState().setSpan(id, DEFLATOR, span('16th'), { value: 0.02 });
  store.getState().selectScenario('plan');
  store.getState().toggleCompare('plan');
  store.getState().toggleCompare(id);
  store.getState().setCompareMode(true);
  return store;
}

describe('compare view', () => {
  it('overlays one line per scenario on each chart', async () => {
    const store = comparedStore();
    renderWithStore(<CompareView plan={store.getState().plan as Plan} />, store);
    const plots = await screen.findAllByTestId('plot');
    expect(plots).toHaveLength(5);
    expect(plots[0]?.textContent).toContain('规划假设情景|规划假设情景（副本）');
  });

  it('lists the assumptions that differ, with each scenario’s value', () => {
    const store = comparedStore();
    renderWithStore(<CompareView plan={store.getState().plan as Plan} />, store);
    const list = screen.getByTestId('assumption-diff');
    expect(within(list).getByText('假设差异（2项）')).toBeTruthy();
    const gdpRow = within(list).getByText('地区生产总值').closest('tr') as HTMLElement;
    expect(within(gdpRow).getByText(/“十五五”时期/)).toBeTruthy();
    expect(within(gdpRow).getByText('6.50%/年')).toBeTruthy();
    expect(within(gdpRow).getByText('5.50%/年')).toBeTruthy();
    const deflatorRow = within(list).getByText('价格平减指数（年涨幅）').closest('tr') as HTMLElement;
    expect(within(deflatorRow).getByText('0.50%/年')).toBeTruthy();
    expect(within(deflatorRow).getByText('2.00%/年')).toBeTruthy();
  });

  it('tabulates the differences by year against the first scenario', () => {
    const store = comparedStore();
    renderWithStore(<CompareView plan={store.getState().plan as Plan} />, store);
    const table = screen.getByTestId('compare-diff-table');
    const row2025 = within(table).getByText('2025').closest('tr') as HTMLElement;
    // 2025 from the reported 2024: 9,537.12 × 1.065 × 1.005 = 10,207.8 in both
    expect(within(row2025).getAllByText('10,207.8')).toHaveLength(2);
    const row2030 = within(table).getByText('2030').closest('tr') as HTMLElement;
    // 10,207.8 × (1.065 × 1.005)^5 = 14,338.7 against 10,207.8 × (1.055 × 1.005)^5 = 13,678.1
    expect(within(row2030).getByText('14,338.7')).toBeTruthy();
    expect(within(row2030).getByText('13,678.1')).toBeTruthy();
    expect(row2030.textContent).toContain('−660.7');
  });

  it('asks for two scenarios when fewer are ticked, and caps the set at four', async () => {
    const store = storeWithDefaultPlan();
    store.getState().setCompareMode(true);
    const user = userEvent.setup();
    renderWithStore(
      <>
        <ScenarioList />
        <CompareView plan={store.getState().plan as Plan} />
      </>,
      store,
    );
    await user.click(screen.getByTestId('compare-check-slower'));
    expect(await screen.findByTestId('compare-hint')).toBeTruthy();
    for (const id of ['slower', 'faster', 'trend']) await user.click(screen.getByTestId(`compare-check-${id}`));
    expect(store.getState().compareIds).toEqual(['plan', 'slower', 'faster', 'trend']);
    store.getState().duplicateScenario('plan');
    await user.click(await screen.findByTestId('compare-check-plan-copy'));
    expect(await screen.findByText('最多同时对比 4 个情景')).toBeTruthy();
    expect(store.getState().compareIds).toHaveLength(4);
  });
});
