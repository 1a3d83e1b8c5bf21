// @vitest-environment jsdom
import '../test/setup-dom';
import { act, screen } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { describe, expect, it } from 'vitest';
import { readActualsText } from '../../models/plan/actuals-input';
import type { Plan } from '../../models/plan/plan-schema';
import { planTemplate } from '../../scenarios/templates';
import { BaseValuesNotice } from '../components/base-values-notice';
import { useWorkspace } from '../store/store-context';
import { createWorkspaceStore } from '../store/workspace-store';
import { renderWithStore } from '../test/render';

function Notice() {
  const plan = useWorkspace((s) => s.plan);
  const lang = useWorkspace((s) => s.lang);
  return plan === null ? null : <BaseValuesNotice indicators={plan.indicators} targets={plan.targets} lang={lang} baseYear={plan.baseYear} units={plan.units} />;
}

async function setup() {
  const store = createWorkspaceStore();
  store.getState().loadPlan(await planTemplate('city-15th').load(), { fileName: '' });
  const r = renderWithStore(<Notice />, store);
  return { ...r, plan: () => store.getState().plan as Plan, user: userEvent.setup() };
}

const count = () => Number(screen.getByTestId('base-values-notice').getAttribute('data-count'));

describe('the 15th-plan template: base-year figures and the missing-base list', () => {
  it('a 2025 figure pasted in 实际数据 is the base value at once: the count drops; undo brings it back', async () => {
    const { store, plan } = await setup();
    expect(plan().baseYear).toBe(2025);
    expect(count()).toBe(17);
    const batch = readActualsText(plan(), '指标\t年份\t数值\ngdp\t2025\t9950', { source: '2025年统计公报', status: 'reported' });
    act(() => void store.getState().applyActuals(batch.changes));
    expect(count()).toBe(16);
    expect(plan().indicators.find((i) => i.id === 'gdp')?.base).toEqual({ year: 2025, value: 9950, source: '2025年统计公报', status: 'reported' });
    act(() => void store.getState().undo());
    expect(count()).toBe(17);
  });

  it('an item of the list with a reported base-year figure offers it in one click (a figure in the file, not yet the base)', async () => {
    const { store, plan, user } = await setup();
    // A file written with the figure but no base value (the automatic path never ran on it).
    const withFigure: Plan = {
      ...plan(),
      indicators: plan().indicators.map((i) => (i.id === 'gdp' ? { ...i, actuals: [{ year: 2025, value: 9950, source: '统计公报', status: 'reported' }] } : i)),
    };
    act(() => void store.getState().applyPlan(withFigure));
    expect(count()).toBe(17);
    await user.click(screen.getByTestId('base-values-notice-list'));
    const take = await screen.findByTestId('base-from-reported-take-gdp');
    expect(take.textContent).toBe('取自报告数 2025年：9,950亿元（统计公报）');
    // Only where there is a figure.
    expect(screen.queryByTestId('base-from-reported-take-population')).toBeNull();
    await user.click(take);
    expect(plan().indicators.find((i) => i.id === 'gdp')?.base).toMatchObject({ value: 9950, status: 'reported', source: '统计公报' });
    expect(count()).toBe(16);
    act(() => void store.getState().undo());
    expect(plan()).toBe(withFigure);
  });
});
