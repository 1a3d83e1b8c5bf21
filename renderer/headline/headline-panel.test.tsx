// @vitest-environment jsdom
/**
 * The headline panel: one line per headline target of the embedded plan, the line of a
 * future target saying the probability is being computed while a run is on its way and
 * giving it when the run of the same inputs ends (Worker is absent here, so the panel
 * starts no run itself: the test plays the runner's part through the results store).
 */
import '../test/setup-dom';
import { act, screen } from '@testing-library/react';
import { describe, expect, it, vi } from 'vitest';
import type { MonteCarloResult } from '../../models/uncertainty/monte-carlo-types';
import type { Plan, Scenario } from '../../models/plan/plan-schema';
import { headlineTargetIds } from '../../models/targets/headline';
import { currentRunInputs, mcResultsFor } from '../store/mc-results';
import { useWorkspace } from '../store/store-context';
import { renderWithStore, storeWithDefaultPlan } from '../test/render';
import { HeadlinePanel } from './headline-panel';

function Live() {
  const plan = useWorkspace((s) => s.plan) as Plan;
  const selectedId = useWorkspace((s) => s.selectedId);
  const scenario = plan.scenarios.find((s) => s.id === selectedId) as Scenario;
  return <HeadlinePanel plan={plan} scenario={scenario} lang="zh" />;
}

describe('headline panel', () => {
  it('shows the headline targets, "计算中" while the run goes, then the probability of the run', () => {
    const store = storeWithDefaultPlan();
    renderWithStore(<Live />, store);
    const { plan, selectedId, uncertainty } = store.getState();
    if (plan === null) throw new Error('no plan');
    const scenario = plan.scenarios.find((s) => s.id === selectedId) as Scenario;
    const ids = headlineTargetIds(plan);
    expect(ids).toEqual(['gdp-2025-trillion', 'income-2025', 'gdp-2035-double', 'income-2035-double']);
    for (const id of ids) expect(screen.getByTestId(`headline-${id}`)).toBeTruthy();
    const doubling = () => screen.getByTestId('headline-gdp-2035-double').textContent ?? '';
    expect(doubling()).toContain('达成概率未计算');
    expect(doubling()).toMatch(/今后需年均增长 7\.18%（自\d{4}年）/);

    const results = mcResultsFor(store);
    act(() => results.getState().start({ ...currentRunInputs(plan, scenario, uncertainty), runId: 1, runs: 10_000, fraction: 0, startedAt: 0 }));
    expect(doubling()).toContain('达成概率计算中…');

    const result = {
      scenarioId: scenario.id,
      targets: [{ id: 'gdp-2035-double', indicator: 'gdp', type: 'multiple', comparison: '>=', year: 2035, probability: 0.185, metCount: 1850, validCount: 10_000, projected: {} }],
    } as unknown as MonteCarloResult; // only the fields the panel reads
    act(() => void results.getState().finish(1, result, 1, 1));
    expect(doubling()).toContain('达成概率 18.5%');
  });

  it('says 计算中, not 未计算, while a run is due: before the first charts are drawn and in the pause after a change', () => {
    // Where a Worker can be made the panel starts the run itself, a moment later; no timer runs here.
    vi.useFakeTimers();
    vi.stubGlobal('Worker', class {});
    try {
      const view = renderWithStore(<Live />, storeWithDefaultPlan());
      expect(screen.getByTestId('headline-gdp-2035-double').textContent).toContain('达成概率计算中…');
      view.unmount();
    } finally {
      vi.unstubAllGlobals();
      vi.useRealTimers();
    }
  });
});
