// @vitest-environment jsdom
import '../test/setup-dom';
import { act, screen } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import { readActualsText } from '../../models/plan/actuals-input';
import { baseValuesSummary } from '../../models/plan/base-values-needed';
import type { Plan } from '../../models/plan/plan-schema';
import { ActualsIssues } from '../actuals/actuals-issues';
import { loadDefault } from '../bootstrap';
import { renderWithStore } from '../test/render';
import { createWorkspaceStore, type WorkspaceStore } from './workspace-store';

function fresh(): WorkspaceStore {
  const store = createWorkspaceStore();
  loadDefault(store);
  return store;
}
const base = (plan: Plan, id: string) => plan.indicators.find((i) => i.id === id)?.base;

describe('base-year figures entered in 实际数据 become base values, in the same undo step', () => {
  it('missing and estimated bases are taken; a final base that differs is kept and returned; undo restores all', () => {
    const store = fresh();
    const plan = store.getState().plan as Plan;
    const missing = baseValuesSummary(plan).count;
    const text = '指标\t年份\t数值\t来源\nnew_urban_jobs\t2020\t7.5\t2020年统计公报\ngdp\t2020\t7,319.77\t2021年政府工作报告\npopulation\t2020\t908.5\t公报\ngdp\t2021\t8117.44\t公报';
    const batch = readActualsText(plan, text, { source: '粘贴', status: 'reported' });
    const result = store.getState().applyActuals(batch.changes);
    expect(result.ok).toBe(true);
    expect(result.basesTaken).toEqual(['gdp', 'new_urban_jobs']);
    expect(result.basesDiffer?.map((d) => d.indicator)).toEqual(['population']);
    const after = store.getState().plan as Plan;
    expect(base(after, 'new_urban_jobs')).toEqual({ year: 2020, value: 7.5, source: '2020年统计公报', status: 'reported' });
    expect(base(after, 'gdp')).toMatchObject({ value: 7319.77, status: 'reported', source: '2021年政府工作报告' });
    expect(base(after, 'population')).toEqual(base(plan, 'population'));
    expect(baseValuesSummary(after).count).toBe(missing - 1);
    expect(store.getState().past).toHaveLength(1);
    act(() => void store.getState().undo());
    expect(store.getState().plan).toBe(plan);
  });

  it('the actuals outcome says which base values were taken and which were left', () => {
    const store = fresh();
    renderWithStore(
      <ActualsIssues
        plan={store.getState().plan as Plan}
        outcome={{ what: '粘贴', applied: 5, issues: [], basesTaken: ['gdp', 'population', 'urbanization', 'income_urban'], basesDiffer: ['population'] }}
        lang="zh"
        onClose={() => undefined}
      />,
      store,
    );
    expect(screen.getByTestId('actuals-bases-taken').textContent).toBe('已用2020年报告数作为基期值：地区生产总值、常住人口、常住人口城镇化率 等4项');
    expect(screen.getByTestId('actuals-bases-differ').textContent).toContain('2020年报告数与已填的基期值不同，基期值未改：常住人口');
  });
});
