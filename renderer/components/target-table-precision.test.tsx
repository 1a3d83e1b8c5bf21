// @vitest-environment jsdom
import '../test/setup-dom';
import { screen } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import type { PlanInput } from '../../models/plan/plan-schema';
import { evaluateTargets } from '../../models/targets/evaluate-targets';
import { minimalPlan } from '../../models/testing/minimal-plan';
import { validatePlan } from '../../models/plan/validate-plan';
import { createWorkspaceStore } from '../store/workspace-store';
import { renderWithStore } from '../test/render';
import { TargetTable } from './target-table';

function renderWithUrbanization(points: number) {
  const input: PlanInput = minimalPlan();
  (input.scenarios[0] as PlanInput['scenarios'][number]).assumptions.urbanization = [{ period: '14th', value: points }];
  const r = validatePlan(input);
  if (!r.ok) throw new Error('invalid test plan');
  const plan = r.plan;
  const store = createWorkspaceStore();
  store.getState().loadPlan(plan, { fileName: 'test.json' });
  const results = evaluateTargets(plan, plan.scenarios[0]!);
  renderWithStore(<TargetTable plan={plan} results={results} lang="zh" />, store);
}

const text = (id: string) => screen.getByTestId(id).textContent;

describe('target table precision (verdictDecimals)', () => {
  it('72.996 against 73 (missed) shows 72.996 / ≥ 73.000 / −0.004, never 73.0 / 73.0 / 0.0', () => {
    renderWithUrbanization(0.9992);
    expect(screen.getByTestId('target-status-urban-73').getAttribute('data-status')).toBe('missed');
    expect(text('target-projected-urban-73')).toBe('72.996%');
    expect(text('target-threshold-urban-73')).toBe('≥ 73.000%');
    expect(text('target-gap-urban-73')).toMatch(/^−0\.004/);
  });

  it('a clear verdict keeps the unit’s usual decimals', () => {
    renderWithUrbanization(1.2);
    expect(screen.getByTestId('target-status-urban-73').getAttribute('data-status')).toBe('met');
    expect(text('target-projected-urban-73')).toBe('74.0%');
    expect(text('target-threshold-urban-73')).toBe('≥ 73.0%');
    expect(text('target-gap-urban-73')).toMatch(/^\+1\.0/);
  });
});
