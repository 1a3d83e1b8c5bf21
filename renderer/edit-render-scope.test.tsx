// @vitest-environment jsdom
/**
 * What an assumption edit (a slider step) re-renders in the whole app (issue 11: a step
 * within 50 ms of main-thread CPU). React calls a devtools hook after every commit; the
 * hook installed here walks the committed tree and names the components that rendered
 * in that commit: fibers new since the previous commit (React clones the ones it works
 * on) with the flag React sets when a component's function ran.
 */
import { vi } from 'vitest';

/** Component name → renders, from the commits since the last reset. */
const rendered = vi.hoisted(() => {
  interface Fiber {
    child: Fiber | null;
    sibling: Fiber | null;
    flags: number;
    type: unknown;
  }
  const counts = new Map<string, number>();
  let previous = new Set<Fiber>();
  const PERFORMED_WORK = 1;
  const nameOf = (type: unknown): string | null => {
    if (typeof type === 'function') return (type as { displayName?: string; name: string }).displayName ?? (type as { name: string }).name;
    // forwardRef: its render function. A memo with a comparison has a fiber of its own
    // above the component's: not counted, the component's fiber is.
    if (typeof type === 'object' && type !== null) return (type as { render?: { name?: string } }).render?.name ?? null;
    return null;
  };
  (globalThis as Record<string, unknown>).__REACT_DEVTOOLS_GLOBAL_HOOK__ = {
    supportsFiber: true,
    renderers: new Map(),
    inject: () => 1,
    onScheduleFiberRoot: () => undefined,
    onCommitFiberUnmount: () => undefined,
    onPostCommitFiberRoot: () => undefined,
    onCommitFiberRoot: (_id: number, root: { current: Fiber }) => {
      const next = new Set<Fiber>();
      const walk = (first: Fiber | null) => {
        for (let f = first; f !== null; f = f.sibling) {
          next.add(f);
          const name = nameOf(f.type);
          if (name && !previous.has(f) && (f.flags & PERFORMED_WORK) !== 0) counts.set(name, (counts.get(name) ?? 0) + 1);
          walk(f.child);
        }
      };
      walk(root.current);
      previous = next;
    },
  };
  return counts;
});

import './test/setup-dom';
import { act, render, screen } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import { planSpans } from '../models/engine/period-assumptions';
import { App } from './app';
import { createTestI18n } from './test/i18n-all';
import { createWorkspaceStore } from './store/workspace-store';
import { fakePlatform } from './test/fake-platform';

vi.mock('./charts/plot', () => ({ default: () => <div data-testid="plot" /> }));

describe('an assumption edit re-renders what shows it, not the frame around it', () => {
  it('GDP 2026–2030 changed: the results and the changed rows render; the header, the scenario list, the assumption groups and the notes do not', async () => {
    const store = createWorkspaceStore();
    render(<App api={fakePlatform()} store={store} i18n={createTestI18n('zh')} autosaveDelay={20} />);
    await screen.findByTestId('scenario-item-plan');
    act(() => void store.getState().duplicateScenario('plan'));
    await screen.findByTestId('assumption-gdp-15th');
    const state = store.getState();
    const span = state.plan && planSpans(state.plan).find((s) => s.id === '15th');
    if (!span) throw new Error('no 15th period');

    rendered.clear();
    act(() => void store.getState().setSpan(store.getState().selectedId, 'gdp', span, { value: 0.06 }));
    const names = new Set(rendered.keys());

    // What shows the change renders again.
    for (const name of ['MainView', 'TargetTable', 'ChartCard', 'AssumptionRowImpl']) expect(names, name).toContain(name);
    // The frame, the header, the scenario list and its buttons, the assumption panel
    // with its groups, and the notes that depend on the plan's core only, do not.
    for (const name of ['Workspace', 'HeaderBar', 'ScenarioActions', 'ScenarioItem', 'AssumptionPanel', 'ConsistencyNotes', 'BaseValuesNotice', 'ViewTabs', 'IssuesDialog', 'NewPlanDialog']) {
      expect(names, name).not.toContain(name);
    }
    // Of the rows, the GDP 2026–2030 row and the rows linked to GDP in that period.
    expect(rendered.get('AssumptionRowImpl')).toBe(1 + document.querySelectorAll('[data-testid$="-15th-link"]').length);
  });
});
