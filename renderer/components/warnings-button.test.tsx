// @vitest-environment jsdom
import '../test/setup-dom';
import { act, screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { describe, expect, it } from 'vitest';
import type { PlanInput } from '../../models/plan/plan-schema';
import { minimalPlan } from '../../models/testing/minimal-plan';
import { validatePlan } from '../../models/plan/validate-plan';
import { createWorkspaceStore } from '../store/workspace-store';
import { renderWithStore } from '../test/render';
import { WarningsButton } from './warnings-button';

function setup() {
  const input: PlanInput = minimalPlan();
  const sc = input.scenarios[0] as PlanInput['scenarios'][number];
  sc.assumptions.gdp = [{ period: '14th', value: 0.065 }, { from: 2026, to: 2030, value: 6 }];
  (input.indicators[0] as PlanInput['indicators'][number]).base!.source = ' ';
  const r = validatePlan(input);
  if (!r.ok) throw new Error('invalid test plan');
  const store = createWorkspaceStore();
  store.getState().loadPlan(r.plan, { fileName: 'test.json' });
  return { ...renderWithStore(<WarningsButton />, store), user: userEvent.setup() };
}

describe('warnings in the header', () => {
  it('counts the plan’s warnings and lists each with its field in words and its fix', async () => {
    const { user } = setup();
    const button = screen.getByTestId('warnings-button');
    expect(button.textContent).toContain('2 条提示');
    await user.click(button);
    const dialog = await screen.findByTestId('warnings-dialog');
    expect(within(dialog).getByTestId('warning-field-0').textContent).toBe('指标“地区生产总值” · 基期值来源');
    expect(within(dialog).getByTestId('warning-field-1').textContent).toBe('情景“规划” · 地区生产总值 · 2026—2030年的假设');
    expect(within(dialog).getByText(/是否应为 6% = 0.06？/)).toBeTruthy();
    // A base value without a source has no one-number fix: it says so.
    expect(within(within(dialog).getByTestId('warning-0')).getByText('请手动修改')).toBeTruthy();
    expect(within(dialog).queryByTestId('warning-fix-0')).toBeNull();
    expect(within(dialog).getByTestId('warning-fix-1').textContent).toBe('修正（改为 0.06）');
  });

  it('修正 applies the fix as one undoable edit; undo brings the warning back', async () => {
    const { user, store } = setup();
    await user.click(screen.getByTestId('warnings-button'));
    const dialog = await screen.findByTestId('warnings-dialog');
    await user.click(within(dialog).getByTestId('warning-fix-1'));
    // The fix goes through the validator, which is imported on first use.
    await waitFor(() => expect(store.getState().plan?.scenarios[0]?.assumptions.gdp?.[1]?.value).toBe(0.06));
    expect(store.getState().past).toHaveLength(1);
    expect(store.getState().dirty).toBe(true);
    await waitFor(() => expect(screen.getByTestId('warnings-button').textContent).toContain('1 条提示'));
    expect(within(dialog).queryByTestId('warning-fix-1')).toBeNull();
    act(() => void store.getState().undo());
    expect(store.getState().plan?.scenarios[0]?.assumptions.gdp?.[1]?.value).toBe(6);
    await waitFor(() => expect(screen.getByTestId('warnings-button').textContent).toContain('2 条提示'));
  });

  it('is not shown when the plan has no warnings', () => {
    const r = validatePlan(minimalPlan());
    if (!r.ok) throw new Error('invalid test plan');
    const store = createWorkspaceStore();
    store.getState().loadPlan(r.plan, { fileName: 'test.json' });
    renderWithStore(<WarningsButton />, store);
    expect(screen.queryByTestId('warnings-button')).toBeNull();
  });
});
