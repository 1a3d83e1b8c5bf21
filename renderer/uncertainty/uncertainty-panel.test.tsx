// @vitest-environment jsdom
import '../test/setup-dom';
import { act, fireEvent, screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { runMonteCarlo } from '../../models/uncertainty/monte-carlo';
import type { MonteCarloResult } from '../../models/uncertainty/monte-carlo-types';
import { planSpans } from '../../models/engine/period-assumptions';
import type { Plan, Scenario } from '../../models/plan/plan-schema';
import { monteCarloRunOf } from '../export/monte-carlo-runs';
import { MainView } from '../components/main-view';
import { mcResultsFor } from '../store/mc-results';
import { toSnapshot } from '../store/snapshot';
import { useWorkspace } from '../store/store-context';
import type { WorkspaceStore } from '../store/workspace-store';
import { renderWithStore, storeWithDefaultPlan } from '../test/render';
import type { WorkerLike } from '../workers/create-mc-worker';
import { createMcHandler, type FromWorker, type ToWorker } from '../workers/mc-protocol';

// plotly does not run in jsdom: a stand-in that shows what it was given.
vi.mock('../charts/plot', () => ({
  default: ({ data }: { data: { name?: string; type?: string; fill?: string }[] }) => (
    <div data-testid="plot" data-traces={data.length} data-fills={data.filter((d) => d.fill === 'tonexty').length} data-types={data.map((d) => d.type).join(',')}>
      {data.map((d) => d.name).join('|')}
    </div>
  ),
}));

/** Workers the app made in this test; each either runs the real handler or is driven by hand. */
const workers: FakeWorker[] = [];
let mode: 'real' | 'manual' = 'real';

class FakeWorker implements WorkerLike {
  onmessage: ((event: { data: FromWorker }) => void) | null = null;
  onerror: ((event: unknown) => void) | null = null;
  received: ToWorker[] = [];
  terminated = false;
  private readonly handle = createMcHandler((m) => setTimeout(() => this.onmessage?.({ data: m }), 0));
  constructor(private readonly kind: 'real' | 'manual') {}
  postMessage(message: ToWorker) {
    this.received.push(message);
    if (this.kind === 'real') void this.handle(message);
  }
  terminate() {
    this.terminated = true;
  }
  /** Send a message as the worker would. */
  emit(data: FromWorker) {
    act(() => this.onmessage?.({ data }));
  }
  lastRunId(): number {
    const runs = this.received.filter((m) => m.type === 'run');
    return runs[runs.length - 1]?.id ?? -1;
  }
}

vi.mock('../workers/create-mc-worker', () => ({
  createMcWorker: () => {
    const w = new FakeWorker(mode);
    workers.push(w);
    return w;
  },
  createInPageWorker: () => {
    throw new Error('the in-page fallback is not used in these tests');
  },
}));

afterEach(() => {
  workers.length = 0;
  mode = 'real';
});

function setup(configure?: (store: WorkspaceStore) => void) {
  const store = storeWithDefaultPlan();
  // Fewer paths than the default 10,000 keep the test quick.
  store.getState().setUncertainty('plan', { shocks: [{ indicator: 'gdp', sd: 0.02, rho: 0, corr: 0 }], runs: 2000, seed: 1 });
  configure?.(store);
  const r = renderWithStore(<Host />, store);
  return { ...r, store, results: mcResultsFor(store), user: userEvent.setup() };
}

/** MainView with the store's plan, as the app gives it. */
function Host() {
  const plan = useWorkspace((s) => s.plan);
  return plan === null ? null : <MainView plan={plan} />;
}

async function openPanel(user: ReturnType<typeof userEvent.setup>) {
  await user.click(screen.getByTestId('view-tab-uncertainty'));
  return screen.findByTestId('uncertainty-panel');
}

const current = (store: WorkspaceStore) => (store.getState().plan as Plan).scenarios.find((x) => x.id === store.getState().selectedId) as Scenario;

const probability = (id: string) => screen.getByTestId(`target-probability-${id}`).textContent;

function smallResult(store: WorkspaceStore): MonteCarloResult {
  return runMonteCarlo(store.getState().plan as Plan, 'plan', { shocks: [{ indicator: 'gdp', sd: 0.02 }] }, { runs: 500, seed: 9 });
}

describe('uncertainty panel', () => {
  it('running in the worker fills the probability column and draws the fan chart', async () => {
    const { user, results } = setup();
    expect(probability('gdp-2035-double')).toBe('');
    await openPanel(user);
    // The default uncertainty rests on the plan's reported growth, and says so.
    expect(screen.getByTestId('mc-calibration-gdp').textContent).toMatch(/基于2015—2023年9个年度的实际增速/);
    expect(within(screen.getByTestId('fan-chart')).getByText(/尚无模拟结果/)).toBeTruthy();

    await user.click(screen.getByTestId('mc-run'));
    expect(workers).toHaveLength(1);
    const posted = workers[0]?.received[0];
    expect(posted?.type).toBe('run');
    if (posted?.type === 'run') {
      expect(posted.runs).toBe(2000);
      expect(posted.spec.shocks).toEqual([{ indicator: 'gdp', sd: 0.02, rho: 0 }]);
      expect(posted.plan.scenarios.map((s) => s.id)).toEqual(['plan']);
    }
    await waitFor(() => expect(probability('gdp-2035-double')).toMatch(/^\d{1,3}\.\d%$/));
    // well under half: the plan's own path (6.5% a year after 2025: 1.065¹⁰ = 1.88) misses the doubling
    expect(Number.parseFloat(probability('gdp-2035-double') ?? '')).toBeGreaterThan(5);
    expect(Number.parseFloat(probability('gdp-2035-double') ?? '')).toBeLessThan(35);
    // A target without a base value: "—".
    expect(probability('pension-rate-2025')).toBe('—');
    expect(results.getState().running).toBeNull();
    // Fan: four bands (filled to the trace before), median, the scenario's path, the targets.
    const plot = await within(screen.getByTestId('fan-chart')).findByTestId('plot');
    expect(plot.getAttribute('data-fills')).toBe('4');
    expect(plot.textContent).toContain('5%–95%区间');
    expect(plot.textContent).toContain('情景路径');
    expect(screen.getByTestId('fan-summary').textContent).toMatch(/地区生产总值 2035年：中位数 .*90%区间/);
    expect(screen.getByTestId('mc-status').textContent).toMatch(/2,000 条路径 · 种子 1/);
  });

  it('shows progress while running; cancel leaves no partial result (and keeps the previous one)', async () => {
    mode = 'manual';
    const { user, store, results } = setup();
    await openPanel(user);
    await user.click(screen.getByTestId('mc-run'));
    const w = workers[0] as FakeWorker;
    const id = w.lastRunId();
    w.emit({ type: 'progress', id, fraction: 0.25 });
    const bar = screen.getByTestId('mc-progress');
    expect(bar.getAttribute('role')).toBe('progressbar');
    expect(bar.getAttribute('aria-valuenow')).toBe('25');
    expect((screen.getByTestId('mc-cancel') as HTMLButtonElement).disabled).toBe(false);

    await user.click(screen.getByTestId('mc-cancel'));
    expect(w.received.at(-1)).toEqual({ type: 'cancel', id });
    expect(screen.queryByTestId('mc-progress')).toBeNull();
    // Whatever the worker still sends for the cancelled run is ignored.
    w.emit({ type: 'progress', id, fraction: 0.5 });
    w.emit({ type: 'done', id, result: smallResult(store), ms: 1 });
    expect(results.getState().results).toEqual({});
    expect(probability('gdp-2035-double')).toBe('');
    expect(screen.getByTestId('mc-status').textContent).toBe('已取消');

    // A completed run, then a cancelled one: the completed result stays, whole.
    await user.click(screen.getByTestId('mc-run'));
    const id2 = w.lastRunId();
    const done = smallResult(store);
    w.emit({ type: 'done', id: id2, result: done, ms: 3 });
    await waitFor(() => expect(probability('gdp-2035-double')).toMatch(/%$/));
    const before = probability('gdp-2035-double');
    await user.click(screen.getByTestId('mc-run'));
    const id3 = w.lastRunId();
    w.emit({ type: 'progress', id: id3, fraction: 0.6 });
    await user.click(screen.getByTestId('mc-cancel'));
    expect(results.getState().results.plan?.result).toBe(done);
    expect(probability('gdp-2035-double')).toBe(before);
    expect(screen.getByTestId('mc-status').textContent).toBe('已取消，保留上一次结果');
  });

  it('marks the result stale when the scenario or its uncertainty changes; undo makes it current again', async () => {
    mode = 'manual';
    const { user, store } = setup((s) => {
      const id = s.getState().duplicateScenario('plan') as string;
      s.getState().setUncertainty(id, { shocks: [{ indicator: 'gdp', sd: 0.02, rho: 0, corr: 0 }], runs: 2000, seed: 1 });
    });
    expect(store.getState().selectedId).toBe('plan-copy');
    await openPanel(user);
    await user.click(screen.getByTestId('mc-run'));
    const w = workers[0] as FakeWorker;
    w.emit({ type: 'done', id: w.lastRunId(), result: smallResult(store), ms: 2 });
    await waitFor(() => expect(screen.getByTestId('fan-state').getAttribute('data-state')).toBe('fresh'));
    expect(probability('gdp-2035-double')).toMatch(/%$/);
    // The export is handed the current run with the scenario it describes.
    expect(monteCarloRunOf(current(store))?.runs).toBe(500);

    // The scenario changes: GDP growth 2026–2030 down to 5%.
    const plan = store.getState().plan as Plan;
    const span = planSpans(plan).find((x) => x.id === '15th');
    if (!span) throw new Error('no 15th period');
    act(() => void store.getState().setSpan('plan-copy', 'gdp', span, { value: 0.05 }));
    await waitFor(() => expect(screen.getByTestId('fan-state').getAttribute('data-state')).toBe('stale'));
    expect(screen.getByTestId('mc-status').textContent).toBe('结果已过期，重新运行');
    expect(within(screen.getByTestId('fan-chart')).getByText('结果已过期，重新运行')).toBeTruthy();
    expect(within(screen.getByTestId('fan-chart')).queryByTestId('plot')).toBeNull();
    // No old numbers in the table: the column says it is out of date.
    expect(probability('gdp-2035-double')).toBe('');
    expect(screen.getByTestId('probability-head').getAttribute('data-stale')).toBe('true');
    expect(screen.getByTestId('probability-head').textContent).toContain('已过期');

    // The export sees no run for the changed scenario.
    expect(monteCarloRunOf(current(store))).toBeNull();

    act(() => void store.getState().undo());
    await waitFor(() => expect(screen.getByTestId('fan-state').getAttribute('data-state')).toBe('fresh'));
    expect(probability('gdp-2035-double')).toMatch(/%$/);
    expect(monteCarloRunOf(current(store))?.runs).toBe(500);

    // A new seed is a different run: stale too (one undoable step).
    await user.click(screen.getByTestId('mc-new-seed'));
    await waitFor(() => expect(screen.getByTestId('fan-state').getAttribute('data-state')).toBe('stale'));
    act(() => void store.getState().undo());
    await waitFor(() => expect(screen.getByTestId('fan-state').getAttribute('data-state')).toBe('fresh'));
  });

  it('uncertainty settings are undoable edits and go with the autosaved workspace', async () => {
    const { user, store } = setup();
    await openPanel(user);
    const input = within(screen.getByTestId('mc-shock-gdp')).getByLabelText(/标准差/);
    fireEvent.input(input, { target: { value: '3' } });
    fireEvent.keyDown(input, { key: 'Enter', code: 'Enter' });
    await waitFor(() => expect(store.getState().uncertainty.plan?.shocks[0]?.sd).toBeCloseTo(0.03, 12));
    expect(toSnapshot(store.getState())?.ui?.uncertainty).toEqual({ plan: store.getState().uncertainty.plan });
    // Incomes correlated with GDP.
    await user.selectOptions(screen.getByTestId('mc-add-select'), 'income_urban');
    await user.click(screen.getByTestId('mc-add'));
    expect(store.getState().uncertainty.plan?.shocks.map((s) => s.indicator)).toEqual(['gdp', 'income_urban']);
    expect(screen.getByTestId('mc-corr-income_urban')).toBeTruthy();
    act(() => void store.getState().undo());
    expect(store.getState().uncertainty.plan?.shocks.map((s) => s.indicator)).toEqual(['gdp']);
    act(() => void store.getState().undo());
    expect(store.getState().uncertainty.plan?.shocks[0]?.sd).toBe(0.02);
    // Not part of the plan file: the plan did not change.
    expect(store.getState().dirty).toBe(false);
  });

  it('goal seek writes a new scenario (selected); undo removes it', async () => {
    const { user, store } = setup();
    await openPanel(user);
    // The 2035 doubling from 2026, GDP: 2^(1/10) − 1 = 7.18%.
    const result = await screen.findByTestId('goal-seek-result');
    await waitFor(() => expect(result.textContent).toMatch(/自2026年起地区生产总值年均实际增长 7\.18%/));
    expect(Number(result.getAttribute('data-value'))).toBeCloseTo(2 ** 0.1 - 1, 9);
    const before = (store.getState().plan as Plan).scenarios.length;

    await user.click(screen.getByTestId('goal-seek-apply'));
    const plan = store.getState().plan as Plan;
    expect(plan.scenarios).toHaveLength(before + 1);
    const added = plan.scenarios.at(-1);
    expect(added?.id).toBe('goal-seek');
    expect(added?.builtIn).toBeUndefined();
    expect(added?.name.zh).toBe('反推：2035年地区生产总值比2025年翻一番');
    expect(store.getState().selectedId).toBe('goal-seek');
    expect(store.getState().dirty).toBe(true);

    act(() => void store.getState().undo());
    expect((store.getState().plan as Plan).scenarios.map((s) => s.id)).not.toContain('goal-seek');
    expect(store.getState().selectedId).not.toBe('goal-seek');
  });

  it('the two-way table has 7 × 7 cells, the current one marked; the tornado has bars', async () => {
    const { user } = setup();
    await openPanel(user);
    const table = await screen.findByTestId('two-way-table');
    const cells = table.querySelectorAll('tbody td');
    expect(cells).toHaveLength(49);
    const current = table.querySelectorAll('td[data-current="true"]');
    expect(current).toHaveLength(1);
    expect(current[0]?.getAttribute('data-testid')).toBe('two-way-cell-3-3');
    expect(current[0]?.getAttribute('aria-current')).toBe('true');
    // Values and met / missed as text, not colour only.
    expect(current[0]?.textContent).toMatch(/18,710.*未达成.*当前假设/);
    expect(table.querySelector('[data-testid="two-way-cell-0-0"]')?.textContent).toMatch(/未达成/);
    expect(table.querySelector('[data-testid="two-way-cell-6-6"]')?.textContent).toMatch(/达成/);
    // Tornado: horizontal bars, largest swing first (GDP growth after 2025).
    const plot = await within(screen.getByTestId('tornado-chart')).findByTestId('plot');
    expect(plot.getAttribute('data-types')).toBe('bar,bar');
    expect(screen.getByTestId('tornado-summary').textContent).toMatch(/^地区生产总值 20(26|31)–20(30|35)/);

    // Another target: the two-way table follows it (GDP 2025 at current prices: growth × deflator).
    await user.selectOptions(screen.getByTestId('sens-target'), 'gdp-2025-trillion');
    await waitFor(() => expect((screen.getByTestId('two-way-cols') as HTMLSelectElement).selectedOptions[0]?.textContent).toMatch(/平减指数 2021–2025/));
    expect(screen.getByTestId('two-way-table').querySelectorAll('tbody td')).toHaveLength(49);
  });

  it('tabs are keyboard accessible', async () => {
    const { user } = setup();
    const tab = screen.getByTestId('view-tab-charts');
    expect(tab.getAttribute('aria-selected')).toBe('true');
    tab.focus();
    await user.keyboard('{ArrowRight}');
    expect(screen.getByTestId('view-tab-uncertainty').getAttribute('aria-selected')).toBe('true');
    expect(document.activeElement).toBe(screen.getByTestId('view-tab-uncertainty'));
    await screen.findByTestId('uncertainty-panel');
  });
});
