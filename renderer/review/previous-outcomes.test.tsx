// @vitest-environment jsdom
import '../test/setup-dom';
import { screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { describe, expect, it, vi } from 'vitest';
import type { Plan } from '../../models/plan/plan-schema';
import { nextPlan } from '../../models/plan/next-plan';
import { reviewPlan } from '../../models/review/review';
import { renderWithStore, storeWithDefaultPlan } from '../test/render';
import { ReviewPanel } from './review-panel';

/** The embedded Xuzhou plan with a 2025 GDP figure of 9,900亿元, continued into the next plan. */
function continued(): { plan: Plan; store: ReturnType<typeof storeWithDefaultPlan> } {
  const store = storeWithDefaultPlan();
  const plan = store.getState().plan as Plan;
  const withFigure: Plan = {
    ...plan,
    indicators: plan.indicators.map((i) => (i.id === 'gdp' ? { ...i, actuals: [...(i.actuals ?? []), { year: 2025, value: 9900, realGrowth: 0.058, source: 'test', status: 'preliminary' as const }] } : i)),
  };
  return { plan: nextPlan(withFigure).plan, store };
}

function show(plan: Plan, store = storeWithDefaultPlan(), lang: 'zh' | 'en' = 'zh') {
  renderWithStore(
    <ReviewPanel
      plan={plan}
      review={reviewPlan(plan)}
      lang={lang}
      scenarioId={plan.scenarios[0]?.id ?? ''}
      onScenario={vi.fn()}
      asOfYears={[plan.baseYear + 1]}
      onAsOf={vi.fn()}
      probabilities={null}
      onExportXlsx={vi.fn()}
      onReport={vi.fn()}
    />,
    store,
  );
}

describe('the previous plan’s outcomes in 规划评估', () => {
  it('lists each outcome of a continued plan: figure, threshold with its band, the stored verdict, growth achieved; counts at the top', async () => {
    const { plan, store } = continued();
    show(plan, store);
    const section = screen.getByTestId('review-outcomes');
    expect(section.textContent).toContain('上期规划完成情况（《中共徐州市委关于制定徐州市国民经济和社会发展第十四个五年规划和二〇三五年远景目标的建议》，2021—2025年）');
    const n = plan.predecessor?.outcomes.length ?? 0;
    expect(n).toBe(26);
    expect(screen.getByTestId('review-outcomes-counts').textContent).toMatch(/^达成 \d+ · 未达成 \d+ · .*（共26项）$/);
    const rows = within(screen.getByTestId('review-outcomes-table')).getAllByRole('row').slice(1);
    expect(rows).toHaveLength(26);
    const trillion = screen.getByTestId('outcome-row-gdp-2025-trillion');
    expect(within(trillion).getAllByRole('cell').map((c) => c.textContent)).toEqual(['经济总量跻身万亿元城市', '预期性', '2025', '9,900.0亿元', '≥ 10,000.0亿元', '未达成', '6.23%（2020—2025）']);
    expect(screen.getByTestId('outcome-status-gdp-2025-trillion').getAttribute('data-status')).toBe('missed');
    expect(screen.getByTestId('outcome-threshold-gdp-growth-14th').textContent).toBe('6.0–7.0%（左右）');
    expect(screen.getByTestId('outcome-value-urbanization-2025').textContent).toBe('69.8%预测');
    expect(screen.getByRole('table', { name: /上期规划完成情况/ })).toBeTruthy();

    // Collapsible from the keyboard: the header is a button.
    const header = within(section).getByRole('button', { name: /上期规划完成情况/ });
    expect(header.getAttribute('aria-expanded')).toBe('true');
    const user = userEvent.setup();
    header.focus();
    await user.keyboard('{Enter}');
    expect(header.getAttribute('aria-expanded')).toBe('false');
  });

  it('speaks English', () => {
    const { plan, store } = continued();
    store.getState().setLang('en');
    show(plan, store, 'en');
    expect(screen.getByTestId('review-outcomes').textContent).toMatch(/^Outcomes of the previous plan \(.*, 2021–2025\)met \d+ · missed \d+ · .*\(26 in all\)/);
    expect(within(screen.getByTestId('outcome-row-gdp-2025-trillion')).getAllByRole('cell').map((c) => c.textContent)).toEqual(['GDP reaches 1 trillion yuan', 'expected', '2025', '9,900.0 100m yuan', '≥ 10,000.0 100m yuan', 'missed', '6.23% (2020–2025)']);
    expect(screen.getByRole('columnheader', { name: 'Real growth achieved a year' })).toBeTruthy();
  });

  it('is not there for a plan that continues none', () => {
    const store = storeWithDefaultPlan();
    show(store.getState().plan as Plan, store);
    expect(screen.queryByTestId('review-outcomes')).toBeNull();
  });
});
