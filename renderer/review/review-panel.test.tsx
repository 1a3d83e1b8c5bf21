// @vitest-environment jsdom
import '../test/setup-dom';
import { screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { describe, expect, it, vi } from 'vitest';
import type { Plan } from '../../models/plan/plan-schema';
import { renderWithStore, storeWithDefaultPlan } from '../test/render';
import { sampleReview } from '../../models/testing/sample-review';
import { ReviewPanel, type ReviewPanelProps } from './review-panel';

function setup(over: Partial<ReviewPanelProps> = {}) {
  const store = storeWithDefaultPlan();
  const plan = store.getState().plan as Plan;
  const props: ReviewPanelProps = {
    plan,
    review: sampleReview(),
    lang: 'zh',
    scenarioId: 'plan',
    onScenario: vi.fn(),
    asOfYears: [2021, 2022, 2023, 2024],
    onAsOf: vi.fn(),
    probabilities: null,
    onExportXlsx: vi.fn(),
    onReport: vi.fn(),
    ...over,
  };
  renderWithStore(<ReviewPanel {...props} />, store);
  return { props, user: userEvent.setup() };
}

describe('review panel', () => {
  it('lists every target: value marked 预测 where projected, threshold with price base or band, verdict, gap in units and percent', () => {
    setup();
    const rows = within(screen.getByTestId('review-table')).getAllByRole('row').slice(1);
    expect(rows).toHaveLength(5);
    const value = screen.getByTestId('review-value-gdp-trillion');
    expect(value.textContent).toBe('10,210.4亿元预测');
    expect(value.getAttribute('data-source')).toBe('projected');
    expect(screen.getByTestId('review-value-gdp-growth').textContent).toBe('6.12%');
    expect(screen.getByTestId('review-threshold-gdp-double').textContent).toBe('≥ 20,277.3亿元（2020年价格）');
    expect(screen.getByTestId('review-threshold-gdp-growth').textContent).toBe('6.0–7.0%');
    expect(screen.getByTestId('review-threshold-urban-73').textContent).toContain('原文 ≥ 73.0%');
    expect(screen.getByTestId('review-status-gdp-trillion').textContent).toBe('待公布 · 预测达成');
    expect(screen.getByTestId('review-status-gdp-double').textContent).toBe('待公布 · 预测刚好达成');
    expect(screen.getByTestId('review-row-urban-73').textContent).toContain('七普后口径折算');
    expect(screen.getByTestId('review-gap-gdp-trillion').textContent).toBe('+210.4亿元+2.1%');
    expect(screen.getByTestId('review-required-gdp-double').textContent).toBe('7.18%（自2024年）近五年 5.90%（2019—2024）');
    expect(screen.getByTestId('review-summary').textContent).toBe('达成 1 · 未达成 1 · 待公布 2 · 缺基期值 1（最新公布数据：2024年）');
    expect(screen.queryByTestId('review-probability-gdp-trillion')).toBeNull();
  });

  it('shows the plan estimate beside the reported base, and the year-by-year table', () => {
    setup();
    expect(screen.getByTestId('review-bases').textContent).toBe('地区生产总值：2020年公布 7,319.8亿元，规划预计 7,400.0亿元');
    const y = screen.getByTestId('review-year-gdp-trillion-2021');
    expect(within(y).getAllByRole('cell').map((c) => c.textContent)).toEqual(['2021', '8,117.4', '未核实', '7,881.0', '+236.4', '+3.0%']);
    expect(within(screen.getByTestId('review-year-gdp-trillion-2022')).getAllByRole('cell')[2]?.textContent).toBe('插值');
    expect(within(screen.getByTestId('review-year-gdp-trillion-2025')).getAllByRole('cell').map((c) => c.textContent)).toEqual(['2025', '—', '', '10,138.6', '—', '—']);
    expect(screen.getByTestId('review-years').textContent).toContain('公布值（亿元，现价）');
  });

  it('puts P(met) beside the verdict where a Monte Carlo run exists', () => {
    setup({ probabilities: { 'gdp-trillion': 0.734, 'gdp-double': 0.5, retail: null } });
    expect(screen.getByTestId('review-probability-gdp-trillion').textContent).toBe('P 73.4%');
    expect(screen.getByTestId('review-probability-retail').textContent).toBe('P —');
  });

  it('export buttons call their actions', async () => {
    const { props, user } = setup();
    await user.click(screen.getByTestId('review-export-xlsx'));
    await user.click(screen.getByTestId('review-report'));
    expect(props.onExportXlsx).toHaveBeenCalledTimes(1);
    expect(props.onReport).toHaveBeenCalledTimes(1);
  });

  it('says when nothing is reported since the base year, and shows no 约束性/预期性 counts for a plan that marks none', () => {
    const store = storeWithDefaultPlan();
    const plan = store.getState().plan as Plan;
    const unmarked: Plan = { ...plan, targets: plan.targets.map(({ binding: _b, ...t }) => t) };
    setup({ plan: unmarked, review: { ...sampleReview(), latestReported: null } });
    expect(screen.getByTestId('review-summary').textContent).toMatch(/（基期后尚无公布数据）$/);
    expect(screen.queryByTestId('review-summary-binding')).toBeNull();
  });
});
