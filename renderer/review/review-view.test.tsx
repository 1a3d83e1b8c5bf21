// @vitest-environment jsdom
import '../test/setup-dom';
import { act, screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { describe, expect, it, vi } from 'vitest';
import type { Plan } from '../../models/plan/plan-schema';
import { reviewPlan } from '../../models/review/review';
import type { ExportFileRequest, PlanPathApi } from '../platform/platform-api';
import { PlatformProvider } from '../platform/platform-context';
import { useWorkspace } from '../store/store-context';
import { fakePlatform } from '../test/fake-platform';
import { renderWithStore, storeWithDefaultPlan } from '../test/render';
import { asOfYears } from './as-of';
import ReviewView from './review-view';

function Live() {
  const plan = useWorkspace((s) => s.plan) as Plan;
  const selectedId = useWorkspace((s) => s.selectedId);
  const scenario = plan.scenarios.find((s) => s.id === selectedId) as Plan['scenarios'][number];
  return <ReviewView plan={plan} scenario={scenario} currentYear={2026} />;
}

function setup(api: PlanPathApi = fakePlatform()) {
  const store = storeWithDefaultPlan();
  const r = renderWithStore(
    <PlatformProvider value={api}>
      <Live />
    </PlatformProvider>,
    store,
  );
  return { ...r, store, user: userEvent.setup() };
}

const verdict = (id: string) => {
  const tag = screen.getByTestId(`review-status-${id}`);
  return { status: tag.getAttribute('data-status'), source: screen.getByTestId(`review-value-${id}`).getAttribute('data-source') };
};

describe('review view', () => {
  it('lists every target of the plan, as models review it', () => {
    const { store } = setup();
    const plan = store.getState().plan as Plan;
    const rows = within(screen.getByTestId('review-table')).getAllByRole('row').slice(1);
    expect(rows).toHaveLength(plan.targets.length);
    const review = reviewPlan(plan, { scenarioId: 'plan' });
    for (const r of review.targets) expect(verdict(r.id)).toEqual({ status: r.status, source: r.source });
  });

  it('a figure entered for 2025 turns GDP 2025 from projected to reported; undo turns it back', async () => {
    const { store } = setup();
    expect(verdict('gdp-2025-trillion')).toEqual({ status: 'pending', source: 'projected' });
    act(() => void store.getState().applyActuals([{ indicator: 'gdp', year: 2025, actual: { year: 2025, value: 9900, realGrowth: 0.038, source: '公报', status: 'preliminary' }, row: 1 }]));
    await waitFor(() => expect(verdict('gdp-2025-trillion')).toEqual({ status: 'missed', source: 'reported' }));
    act(() => void store.getState().undo());
    await waitFor(() => expect(verdict('gdp-2025-trillion')).toEqual({ status: 'pending', source: 'projected' }));
  });

  it('the scenario selector selects the scenario in the workspace', async () => {
    const { store, user } = setup();
    await user.click(within(screen.getByTestId('review-scenario')).getByRole('combobox'));
    await user.click(await screen.findByTitle('较慢增长情景'));
    expect(store.getState().selectedId).toBe('slower');
  });

  it('exports the review as an XLSX through the host', async () => {
    const requests: ExportFileRequest[] = [];
    const api = { ...fakePlatform(), exportFile: vi.fn(async (r: ExportFileRequest) => (requests.push(r), { name: r.suggestedName })) };
    const { user } = setup(api);
    await user.click(screen.getByTestId('review-export-xlsx'));
    await waitFor(() => expect(requests).toHaveLength(1));
    expect(requests[0]?.suggestedName).toMatch(/^xuzhou-14th-fyp-plan-review-\d{4}\.xlsx$/);
    expect((requests[0]?.data as Uint8Array).byteLength).toBeGreaterThan(1000);
  });

  it('as-of years run from the year after the base to the latest figure or the current year', () => {
    const plan = storeWithDefaultPlan().getState().plan as Plan;
    expect(asOfYears(plan, 2026)).toEqual([2021, 2022, 2023, 2024, 2025, 2026]);
  });
});
