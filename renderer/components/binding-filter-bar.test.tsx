// @vitest-environment jsdom
/** The 约束性 / 预期性 filter of the target table and the review (Xuzhou plan: 5 binding, 23 expected targets). */
import '../test/setup-dom';
import { act, fireEvent, screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { describe, expect, it, vi } from 'vitest';
import type { Plan } from '../../models/plan/plan-schema';
import { setTargetBinding } from '../../models/plan/target-binding';
import { reviewPlan } from '../../models/review/review';
import { ReviewPanel } from '../review/review-panel';
import { useWorkspace } from '../store/store-context';
import { renderWithStore, storeWithDefaultPlan } from '../test/render';
import { MainView } from './main-view';

vi.mock('../charts/plot', () => ({ default: () => <div data-testid="plot" /> }));

/** The main view of the plan in the store, as the app renders it (an edit gives it the new plan). */
function Live() {
  const plan = useWorkspace((s) => s.plan);
  return plan ? <MainView plan={plan} /> : null;
}

function setup() {
  const store = storeWithDefaultPlan();
  const plan = store.getState().plan as Plan;
  const r = renderWithStore(<Live />, store);
  return { ...r, plan, user: userEvent.setup() };
}

const targetRows = () => within(screen.getByRole('table', { name: '目标评估' })).getAllByRole('row').slice(1);
const bindingIds = (plan: Plan) => plan.targets.filter((t) => t.binding === 'binding').map((t) => t.id);

describe('binding filter of the target table', () => {
  it('offers 全部 / 约束性 / 预期性 with counts, and the summary counts each group apart', () => {
    setup();
    const group = screen.getByRole('radiogroup', { name: '按约束性、预期性筛选目标' });
    expect(within(group).getAllByRole('radio')).toHaveLength(3);
    expect(screen.getByTestId('target-binding-filter-all').textContent).toBe('全部 28');
    expect(screen.getByTestId('target-binding-filter-binding').textContent).toBe('约束性 5');
    expect(screen.getByTestId('target-binding-filter-expected').textContent).toBe('预期性 23');
    expect(targetRows()).toHaveLength(28);
    // The summary line: one part per group, the parts add up to the whole.
    const summary = screen.getByTestId('target-summary-binding').textContent ?? '';
    const numbers = (re: RegExp) => [...summary.matchAll(re)].map((m) => Number(m[1]));
    expect(summary).toMatch(/约束性 达成 \d+\/未达成 \d+\/缺基期值 \d+；预期性 达成 \d+\/未达成 \d+\/缺基期值 \d+/);
    const whole = (screen.getByTestId('target-summary').textContent ?? '').match(/\d+/g)?.map(Number) ?? [];
    expect([numbers(/达成 (\d+)\/未/g), numbers(/未达成 (\d+)/g), numbers(/缺基期值 (\d+)/g)].map((xs) => xs.reduce((a, b) => a + b, 0))).toEqual(whole);
  });

  it('shows only the 约束性 rows when chosen, keeps the choice across an edit, and clears in one click', async () => {
    const { plan, user, store } = setup();
    await user.click(screen.getByTestId('target-binding-filter-binding'));
    expect(targetRows().map((r) => r.getAttribute('data-testid'))).toEqual(bindingIds(plan).map((id) => `target-row-${id}`));
    for (const row of targetRows()) expect(within(row).getByText('约束性')).toBeTruthy();
    expect(screen.getByTestId('target-binding-filter-shown').textContent).toBe('显示 5 / 28 项（约束性）');
    // An edit (a target marked 约束性) keeps the choice and shows the new row.
    act(() => {
      store.getState().applyPlan(setTargetBinding(store.getState().plan as Plan, 'gdp-growth-14th', 'binding'));
    });
    expect(targetRows()).toHaveLength(6);
    expect(screen.getByTestId('target-row-gdp-growth-14th')).toBeTruthy();
    await user.click(screen.getByTestId('target-binding-filter-clear'));
    expect(targetRows()).toHaveLength(28);
    expect(screen.queryByTestId('target-binding-filter-shown')).toBeNull();
  });

  it('is used from the keyboard: the choices are radio buttons that arrow keys move between', () => {
    setup();
    const radios = within(screen.getByRole('radiogroup', { name: '按约束性、预期性筛选目标' })).getAllByRole('radio');
    radios[0]?.focus();
    fireEvent.click(radios[2] as HTMLElement); // what the browser does on ArrowRight twice: check the radio
    expect(targetRows()).toHaveLength(23);
    expect((radios[2] as HTMLInputElement).checked).toBe(true);
  });

  it('offers 未标注 where some target is not marked, and nothing where none is', () => {
    const store = storeWithDefaultPlan();
    const plan = store.getState().plan as Plan;
    const one = setTargetBinding(plan, 'gdp-growth-14th', undefined);
    store.getState().applyPlan(one);
    const { unmount } = renderWithStore(<MainView plan={store.getState().plan as Plan} />, store);
    expect(screen.getByTestId('target-binding-filter-unmarked').textContent).toBe('未标注 1');
    expect(screen.getByTestId('target-summary-binding').textContent).toContain('未标注 达成');
    unmount();
    const none = plan.targets.reduce((p, t) => setTargetBinding(p, t.id, undefined), plan);
    store.getState().applyPlan(none);
    renderWithStore(<MainView plan={store.getState().plan as Plan} />, store);
    expect(screen.queryByTestId('target-binding-filter')).toBeNull();
    expect(screen.queryByTestId('target-summary-binding')).toBeNull();
  });
});

describe('binding filter of the review', () => {
  it('filters the review to 约束性 and counts each group as the report does', async () => {
    const store = storeWithDefaultPlan();
    const plan = store.getState().plan as Plan;
    const review = reviewPlan(plan, { scenarioId: 'plan', asOf: 2026 });
    renderWithStore(
      <ReviewPanel plan={plan} review={review} lang="zh" scenarioId="plan" onScenario={vi.fn()} asOfYears={[2026]} onAsOf={vi.fn()} probabilities={null} onExportXlsx={vi.fn()} onReport={vi.fn()} />,
      store,
    );
    const rows = () => within(screen.getByTestId('review-table')).getAllByRole('row').slice(1);
    expect(rows()).toHaveLength(28);
    expect(screen.getByTestId('review-summary-binding').textContent).toMatch(/^约束性：达成 \d+，未达成 \d+，待公布 \d+，无数据 \d+；预期性：/);
    await userEvent.setup().click(screen.getByTestId('review-binding-filter-binding'));
    expect(rows().map((r) => r.getAttribute('data-testid'))).toEqual(bindingIds(plan).map((id) => `review-row-${id}`));
  });
});
