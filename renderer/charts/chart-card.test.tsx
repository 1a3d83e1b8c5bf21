// @vitest-environment jsdom
import '../test/setup-dom';
import { screen } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { describe, expect, it } from 'vitest';
import { setBase } from '../../models/plan/plan-edit';
import type { Plan } from '../../models/plan/plan-schema';
import { planTemplate } from '../../scenarios/templates';
import { chartRuns } from '../export/chart-export';
import { useMcResults } from '../store/mc-results';
import { useWorkspace } from '../store/store-context';
import { createWorkspaceStore } from '../store/workspace-store';
import { renderWithStore } from '../test/render';
import { ChartCard } from './chart-card';
import { chartsFor } from './chart-defs';

function Harness({ chartIndex }: { chartIndex: number }) {
  const plan = useWorkspace((s) => s.plan);
  const selectedId = useWorkspace((s) => s.selectedId);
  const tab = useMcResults((s) => s.tab);
  const at = useMcResults((s) => s.editorIndicator);
  if (plan === null) return null;
  const chart = chartsFor(plan)[chartIndex]!;
  const scenario = plan.scenarios.find((x) => x.id === selectedId)!;
  return (
    <>
      <ChartCard plan={plan} chart={chart} runs={chartRuns(plan, [scenario])} basis="nominal" lang="zh" compare={false} />
      <div data-testid="where">{`${tab} ${at ?? ''}`}</div>
    </>
  );
}

async function setup() {
  const store = createWorkspaceStore();
  store.getState().loadPlan(await planTemplate('city-15th').load(), { fileName: '' });
  return { store, plan: () => store.getState().plan as Plan };
}

describe('a chart with nothing to draw', () => {
  it('says which base values are missing instead of drawing empty axes, and opens the editor at the first', async () => {
    const { store, plan } = await setup();
    const chart = chartsFor(plan())[0]!;
    renderWithStore(<Harness chartIndex={0} />, store);
    const empty = screen.getByTestId(`chart-${chart.id}-empty`);
    const first = plan().indicators.find((i) => i.id === chart.indicators[0])!;
    expect(empty.textContent).toContain('缺少基期值，无法预测：');
    expect(empty.textContent).toContain(first.name.zh);
    // with the plan's note on that indicator
    expect(first.note).toBeDefined();
    expect(screen.getByTestId(`chart-${chart.id}-empty-note-${first.id}`).textContent).toBe(first.note?.zh);
    await userEvent.setup().click(screen.getByRole('button', { name: '填写基期值' }));
    expect(screen.getByTestId('where').textContent).toBe(`plan ${first.id}`);
  });

  it('draws once the base value is there', async () => {
    const { store, plan } = await setup();
    const chart = chartsFor(plan())[0]!;
    const id = chart.indicators[0]!;
    expect(store.getState().applyPlan(setBase(plan(), id, { value: 1000 })).ok).toBe(true);
    renderWithStore(<Harness chartIndex={0} />, store);
    expect(screen.queryByTestId(`chart-${chart.id}-empty`)).toBeNull();
  });
});
