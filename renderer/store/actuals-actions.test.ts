// @vitest-environment jsdom
import { describe, expect, it } from 'vitest';
import { readActualsText } from '../../models/plan/actuals-input';
import type { Plan } from '../../models/plan/plan-schema';
import { loadDefault } from '../bootstrap';
import { toSnapshot } from './snapshot';
import { createWorkspaceStore, type WorkspaceStore } from './workspace-store';

function fresh(): WorkspaceStore {
  const store = createWorkspaceStore();
  loadDefault(store);
  return store;
}
const gdpActual = (store: WorkspaceStore, year: number) =>
  (store.getState().plan as Plan).indicators.find((i) => i.id === 'gdp')?.actuals?.find((a) => a.year === year);

describe('actuals in the store', () => {
  it('a pasted block is one undo step, marks the workspace dirty and goes into the autosave', () => {
    const store = fresh();
    const plan = store.getState().plan as Plan;
    const batch = readActualsText(plan, '指标\t年份\t数值\t实际增速\ngdp\t2025\t10,100\t5.5%\nurbanization\t2025\t71', { source: '手工录入', status: 'reported' });
    expect(store.getState().applyActuals(batch.changes)).toEqual({ ok: true });
    expect(gdpActual(store, 2025)).toEqual({ year: 2025, value: 10100, realGrowth: 0.055, source: '手工录入', status: 'reported' });
    expect(store.getState().dirty).toBe(true);
    expect(store.getState().past).toHaveLength(1);
    expect(toSnapshot(store.getState())?.planText).toContain('"value": 10100');
    store.getState().undo();
    expect(gdpActual(store, 2025)).toBeUndefined();
    expect(store.getState().plan).toBe(plan);
    store.getState().redo();
    expect(gdpActual(store, 2025)?.value).toBe(10100);
  });

  it('nothing to change is no undo step', () => {
    const store = fresh();
    const a = gdpActual(store, 2021);
    expect(store.getState().applyActuals([{ indicator: 'gdp', year: 2021, actual: { ...(a as NonNullable<typeof a>) }, row: 1 }])).toEqual({ ok: false, reason: 'unchanged' });
    expect(store.getState().past).toHaveLength(0);
  });
});
