// @vitest-environment jsdom
import '../test/setup-dom';
import { act, screen } from '@testing-library/react';
import { memo, type NamedExoticComponent } from 'react';
import { describe, expect, it, vi } from 'vitest';
import { planSpans } from '../../models/engine/period-assumptions';
import { renderWithStore, storeWithDefaultPlan } from '../test/render';
import type { AssumptionRowProps } from './assumption-row';

/** Renders of each assumption row, by its test id (assumption-<indicator>-<period>). */
const renders = new Map<string, number>();

// The real row, counted: the same component under the same memo comparison.
vi.mock('./assumption-row', async (importOriginal) => {
  const actual = await importOriginal<typeof import('./assumption-row')>();
  const memoized = actual.AssumptionRow as NamedExoticComponent<AssumptionRowProps> & {
    type: (p: AssumptionRowProps) => React.ReactNode;
    compare: (a: AssumptionRowProps, b: AssumptionRowProps) => boolean;
  };
  const Row = memoized.type;
  function Counted(p: AssumptionRowProps) {
    const id = `assumption-${p.testKey}-${p.span.id}`;
    renders.set(id, (renders.get(id) ?? 0) + 1);
    return <Row {...p} />;
  }
  return { ...actual, AssumptionRow: memo(Counted, memoized.compare) };
});

const { AssumptionPanel } = await import('./assumption-panel');

describe('assumption panel re-renders', () => {
  it('one edit re-renders the row that changed and the rows that show a value following it, no other', () => {
    const store = storeWithDefaultPlan();
    store.getState().duplicateScenario('plan');
    renderWithStore(<AssumptionPanel />, store);
    const shown = [...renders.keys()];
    expect(shown.length).toBeGreaterThan(10);
    expect(screen.getByTestId('assumption-urbanization-15th')).toBeTruthy();

    renders.clear();
    const state = store.getState();
    const plan = state.plan;
    const span = plan && planSpans(plan).find((s) => s.id === '15th');
    if (!plan || !span) throw new Error('no plan or no 15th period');
    act(() => state.setSpan(state.selectedId, 'urbanization', span, { value: 1.2 }));
    expect(Object.fromEntries(renders)).toEqual({ 'assumption-urbanization-15th': 1 });

    // GDP: its row, and the rows linked to GDP in that period (their "≈ x %" follows it).
    renders.clear();
    act(() => state.setSpan(state.selectedId, 'gdp', span, { value: 0.05 }));
    const linked = [...document.querySelectorAll('[data-testid$="-15th-link"]')].map((el) => el.getAttribute('data-testid')?.replace(/-link$/, ''));
    expect(linked.length).toBeGreaterThan(0);
    expect(Object.fromEntries(renders)).toEqual(Object.fromEntries(['assumption-gdp-15th', ...linked].map((id) => [id, 1])));
  });
});
