// @vitest-environment jsdom
import '../test/setup-dom';
import { act, fireEvent, screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { describe, expect, it, vi } from 'vitest';
import { renderWithStore, storeWithDefaultPlan } from '../test/render';
import { AssumptionPanel } from './assumption-panel';
import { MainView } from './main-view';

// plotly does not run in jsdom: a stand-in that shows what it was given.
vi.mock('../charts/plot', () => ({
  default: ({ data }: { data: { name?: string; y?: unknown[] }[] }) => (
    <div data-testid="plot" data-traces={data.length}>
      {data.map((d) => d.name).join('|')}
    </div>
  ),
}));

function setup() {
  const store = storeWithDefaultPlan();
  const plan = store.getState().plan;
  if (!plan) throw new Error('no plan');
  const r = renderWithStore(
    <>
      <AssumptionPanel />
      <MainView plan={plan} />
    </>,
    store,
  );
  return { ...r, user: userEvent.setup() };
}

const status = (id: string) => screen.getByTestId(`target-status-${id}`).getAttribute('data-status');

describe('target table', () => {
  it('lists every target with its status, threshold, projection and required growth', async () => {
    setup();
    const row = screen.getByTestId('target-row-gdp-2035-double');
    // 2 × the real 2025 value, which rests on the reported figures up to 2024
    expect(within(row).getByText('≥ 19,934.7亿元')).toBeTruthy();
    expect(within(row).getByText('7.18%')).toBeTruthy();
    // the plan's 6.5% a year after 2025 is not the 7.18% the doubling needs
    expect(status('gdp-2035-double')).toBe('missed');
    expect(status('retail-2025')).toBe('met');
    expect(status('pension-rate-2025')).toBe('needs-base');
    expect(within(screen.getByTestId('target-status-pension-rate-2025')).getByText('缺基期值')).toBeTruthy();
    expect(screen.getAllByRole('row').length).toBeGreaterThanOrEqual(18);
    // The plan's own sentence is there for hover/focus and screen readers.
    expect(within(row).getByText(/地区生产总值在2025年基础上实现翻一番/)).toBeTruthy();
    expect(await screen.findAllByTestId('plot')).toHaveLength(5);
  });

  it('says 刚好达成 where an assumption meets a target by construction, shows 左右 as a band and names the price base', () => {
    setup();
    // no farmland figure is reported: the plan scenario lays 51万亩 a year, exactly the 255万亩 — on the line
    const farmland = screen.getByTestId('target-status-farmland-14th');
    expect(farmland.getAttribute('data-status')).toBe('met');
    expect(farmland.getAttribute('data-on-the-line')).toBe('true');
    expect(farmland.textContent).toContain('刚好达成');
    // the doubling is no longer met by construction
    expect(screen.getByTestId('target-status-gdp-2035-double').getAttribute('data-on-the-line')).not.toBe('true');
    expect(screen.getByTestId('target-threshold-gdp-2035-double').textContent).toContain('（2020年价格）');
    expect(screen.getByTestId('target-threshold-gdp-growth-14th').textContent).toBe('6.0–7.0%'); // one band text for the table, the review and the report
  });

  it('a slider change turns the 2035 doubling from missed to met (6.5% → 7.9% in 2026–2030)', async () => {
    const { user, store } = setup();
    await user.click(screen.getByTestId('builtin-duplicate'));
    await waitFor(() => expect(store.getState().selectedId).toBe('plan-copy'));
    const missedBefore = screen.getAllByTestId(/^target-row-/).filter((r) => r.querySelector('[data-status="missed"]')).length;
    expect(status('gdp-2035-double')).toBe('missed');
    // Missed in the plan scenario: urbanization (69.81% from the reported 2022 + 1 point a year, against 73%),
    // industrial sales and 十连冠 (no path after the base), 3,000 high-tech firms (not > 3,000) and both doublings.
    expect(missedBefore).toBe(6);
    expect(screen.getByTestId('target-summary').textContent).toContain('未达成 6');
    const slider = within(screen.getByTestId('assumption-gdp-15th-slider')).getByRole('slider');
    slider.focus();
    let value = Number(slider.getAttribute('aria-valuenow'));
    expect(value).toBeCloseTo(6.5, 6);
    // 1.065⁵ × (1 + g)⁵ ≥ 2 needs g ≥ 7.86%: 7.9% on the slider's 0.1 grid
    for (let i = 0; i < 40 && value < 7.9 - 1e-9; i++) {
      fireEvent.keyDown(slider, { key: 'ArrowRight', keyCode: 39, which: 39 });
      fireEvent.keyUp(slider, { key: 'ArrowRight', keyCode: 39, which: 39 });
      value = Number(slider.getAttribute('aria-valuenow'));
    }
    expect(value).toBeCloseTo(7.9, 6);
    await waitFor(() => expect(status('gdp-2035-double')).toBe('met'));
    const row = screen.getByTestId('target-row-gdp-2035-double');
    expect(within(row).getByText('达成')).toBeTruthy();
    // The required growth is still the doubling's 7.18% from 2025.
    expect(within(screen.getByTestId('target-required-gdp-2035-double')).getByText('7.18%')).toBeTruthy();
    // Incomes grow in step with GDP (1.079⁵ × 1.065⁵ = 2.0035), so their doubling is met too: two fewer missed.
    expect(status('income-2035-double')).toBe('met');
    expect(screen.getByTestId('target-summary').textContent).toContain(`未达成 ${missedBefore - 2}`);
    // Each key step is one undo step.
    act(() => void store.getState().undo());
    await waitFor(() => expect(Number(slider.getAttribute('aria-valuenow'))).toBeCloseTo(7.8, 6));
  });

  it('sorts by status: missed, needs a base, met', async () => {
    // missed in the plan scenario: targets on indicators it sets no path for (industrial sales, 十连冠)
    const { user } = setup();
    const header = screen.getAllByRole('columnheader').find((h) => h.textContent?.includes('状态'));
    if (!header) throw new Error('no status header');
    expect(header.getAttribute('aria-sort')).toBe('none');
    await user.click(within(header).getByRole('button'));
    expect(header.getAttribute('aria-sort')).toBe('ascending');
    const statuses = screen.getAllByTestId(/^target-row-/).map((r) => r.querySelector('[data-status]')?.getAttribute('data-status'));
    expect(statuses[0]).toBe('missed');
    expect(statuses.indexOf('needs-base')).toBeGreaterThan(statuses.lastIndexOf('missed'));
    expect(statuses.lastIndexOf('missed')).toBeLessThan(statuses.indexOf('needs-base'));
    expect(statuses.at(-1)).toBe('met');
    expect(statuses.indexOf('met')).toBeGreaterThan(statuses.lastIndexOf('needs-base'));
  });
});
