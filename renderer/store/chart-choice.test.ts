// @vitest-environment jsdom
/** The charts a user chose: kept in the store, autosaved with the workspace, restored, carried into exports. */
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { chartsFor } from '../charts/chart-defs';
import { exportScope } from '../export/export-scope';
import { loadDefault } from '../bootstrap';
import { fakePlatform } from '../test/fake-platform';
import { startAutosave } from './autosave';
import { fromSnapshot, toSnapshot } from './snapshot';
import { createWorkspaceStore } from './workspace-store';

describe('the chart choice', () => {
  beforeEach(() => vi.useFakeTimers());
  afterEach(() => vi.useRealTimers());

  it("starts at the plan's default, takes a list (each id once) and goes back to the default", () => {
    const store = createWorkspaceStore();
    loadDefault(store);
    const plan = store.getState().plan!;
    expect(store.getState().chartIds).toBeNull();
    expect(chartsFor(plan, store.getState().chartIds).map((c) => c.id)).toEqual(['gdp', 'gdp_per_capita', 'income', 'retail_sales', 'urbanization']);
    store.getState().setCharts(['urbanization', 'population', 'urbanization']);
    expect(store.getState().chartIds).toEqual(['urbanization', 'population']);
    expect(chartsFor(plan, store.getState().chartIds).map((c) => c.id)).toEqual(['urbanization', 'population']);
    store.getState().setCharts(null);
    expect(store.getState().chartIds).toBeNull();
  });

  it('is autosaved with the workspace and restored from it; a snapshot without one gives the default', async () => {
    const store = createWorkspaceStore();
    loadDefault(store);
    const api = fakePlatform();
    const autosave = startAutosave(store, api, 500);
    store.getState().setCharts(['forest_coverage', 'gdp']);
    await vi.advanceTimersByTimeAsync(600);
    expect(api.workspaces).toHaveLength(1);
    expect(api.workspaces[0]?.ui?.charts).toEqual(['forest_coverage', 'gdp']);
    autosave.stop();

    const snapshot = toSnapshot(store.getState())!;
    const restored = fromSnapshot(snapshot)!;
    expect(restored.options.chartIds).toEqual(['forest_coverage', 'gdp']);
    const again = createWorkspaceStore();
    again.getState().loadPlan(restored.plan, restored.options);
    expect(again.getState().chartIds).toEqual(['forest_coverage', 'gdp']);

    store.getState().setCharts(null);
    const plain = toSnapshot(store.getState())!;
    expect(plain.ui?.charts).toBeUndefined();
    expect(fromSnapshot(plain)?.options.chartIds).toBeNull();
    expect(fromSnapshot({ ...plain, ui: { ...plain.ui, charts: 'gdp' } })?.options.chartIds).toBeNull();
  });

  it('goes into the export scope, so the report and chart files follow it', () => {
    const store = createWorkspaceStore();
    loadDefault(store);
    store.getState().setCharts(['urbanization']);
    const scope = exportScope(store.getState());
    if (typeof scope === 'string') throw new Error(scope);
    expect(chartsFor(scope.plan, scope.charts).map((c) => c.id)).toEqual(['urbanization']);
  });
});
