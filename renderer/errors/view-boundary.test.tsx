// @vitest-environment jsdom
import '../test/setup-dom';
import { act, fireEvent, screen } from '@testing-library/react';
import { describe, expect, it, vi } from 'vitest';
import { useWorkspace } from '../store/store-context';
import { renderWithStore } from '../test/render';
import { ViewBoundary } from './view-boundary';

/** Throws while the selected scenario is "bad": a view that fails on one state only. */
function Fragile() {
  const selected = useWorkspace((s) => s.selectedId);
  const name = useWorkspace((s) => s.plan?.scenarios.find((x) => x.id === s.selectedId)?.name.zh);
  if (name?.includes('炸')) throw new Error(`cannot draw ${'x'.repeat(500)}`);
  return <div data-testid="fragile">{selected}</div>;
}

describe('the error boundary around a view', () => {
  it('shows the error instead of a blank page and goes back to the last good state', () => {
    const spy = vi.spyOn(console, 'error').mockImplementation(() => undefined);
    const { store } = renderWithStore(
      <>
        <ViewBoundary name="main">
          <Fragile />
        </ViewBoundary>
        <div data-testid="outside">still here</div>
      </>,
    );
    const good = store.getState().selectedId;
    expect(screen.getByTestId('fragile').textContent).toBe(good);
    act(() => {
      const created = store.getState().newScenario({ zh: '炸', en: 'boom' });
      if (created) store.getState().selectScenario(created);
    });
    const alert = screen.getByTestId('view-error-main');
    expect(alert.textContent).toMatch(/cannot draw x+…/);
    expect(alert.textContent!.length).toBeLessThan(300);
    expect(screen.getByTestId('outside').textContent).toBe('still here');
    act(() => fireEvent.click(screen.getByTestId('view-error-back')));
    expect(screen.queryByTestId('view-error-main')).toBeNull();
    expect(screen.getByTestId('fragile').textContent).toBe(good);
    // The failing edit was undone, so it can be redone: nothing is lost.
    expect(store.getState().future.length).toBeGreaterThan(0);
    spy.mockRestore();
  });
});
