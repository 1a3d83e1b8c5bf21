// @vitest-environment jsdom
import './test/setup-dom';
import { act, render, screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { describe, expect, it, vi } from 'vitest';
import { App } from './app';
import { loadDefault } from './bootstrap';
import { defaultPlan } from './default-plan';
import { createTestI18n } from './test/i18n-all';
import { toSnapshot } from './store/snapshot';
import { createWorkspaceStore } from './store/workspace-store';
import { fakePlatform, type FakePlatform } from './test/fake-platform';

vi.mock('./charts/plot', () => ({ default: () => <div data-testid="plot" /> }));

function renderApp(api: FakePlatform) {
  const store = createWorkspaceStore();
  const i18n = createTestI18n('zh');
  render(<App api={api} store={store} i18n={i18n} autosaveDelay={20} />);
  return { store, user: userEvent.setup() };
}

function dirtySnapshot() {
  const s = createWorkspaceStore();
  loadDefault(s);
  s.getState().duplicateScenario('plan');
  const snap = toSnapshot(s.getState());
  if (!snap) throw new Error('no snapshot');
  return snap;
}

describe('app', () => {
  it('opens on the embedded plan with the plan scenario, and autosaves after a change', async () => {
    const api = fakePlatform();
    const { store, user } = renderApp(api);
    expect(await screen.findByTestId('scenario-item-plan')).toBeTruthy();
    expect(store.getState().selectedId).toBe('plan');
    expect(screen.getByTestId('file-name').textContent).toBe('xuzhou-14th-fyp.json');
    await waitFor(() => expect(api.documentStates.at(-1)).toEqual({ title: 'xuzhou-14th-fyp.json', dirty: false }));
    await user.click(screen.getByTestId('scenario-duplicate'));
    expect(await screen.findByTestId('unsaved-mark')).toBeTruthy();
    await waitFor(() => expect(api.workspaces.length).toBeGreaterThan(0));
    expect(api.workspaces.at(-1)?.dirty).toBe(true);
    expect(api.documentStates.at(-1)).toEqual({ title: 'xuzhou-14th-fyp.json', dirty: true });
    // Undo from the keyboard (browser: the UI binds the shortcut).
    await user.keyboard('{Control>}z{/Control}');
    await waitFor(() => expect(screen.queryByTestId('unsaved-mark')).toBeNull());
  });

  it('offers a crash recovery and restores it', async () => {
    const api = fakePlatform({ recovery: { snapshot: dirtySnapshot(), reason: 'crash' } });
    const { store, user } = renderApp(api);
    await user.click(await screen.findByTestId('recovery-restore'));
    await waitFor(() => expect(store.getState().selectedId).toBe('plan-copy'));
    expect(store.getState().dirty).toBe(true);
    expect(api.recovery).toBeNull();
  });

  it('discarding the recovery opens the embedded plan', async () => {
    const api = fakePlatform({ recovery: { snapshot: dirtySnapshot(), reason: 'crash' } });
    const { store, user } = renderApp(api);
    await user.click(await screen.findByTestId('recovery-discard'));
    await waitFor(() => expect(store.getState().plan).not.toBeNull());
    expect(store.getState().plan?.scenarios.some((s) => s.id === 'plan-copy')).toBe(false);
  });

  it('a menu Open of a broken file lists field and reason in a dialog; the workspace stays', async () => {
    const api = fakePlatform({ nextOpen: { name: 'broken.json', text: '{"schemaVersion": 1, "id": "X"}' } });
    const { store } = renderApp(api);
    await screen.findByTestId('scenario-item-plan');
    const plan = store.getState().plan;
    act(() => api.sendMenu('file:open'));
    const dialog = await screen.findByRole('dialog');
    expect(within(dialog).getByText('无法打开“broken.json”')).toBeTruthy();
    expect(within(dialog).getByText('id')).toBeTruthy();
    expect(within(dialog).getByText('title')).toBeTruthy();
    expect(store.getState().plan).toBe(plan);
  });

  it('switches language and basis from the header and from the menu', async () => {
    const api = fakePlatform();
    const { store, user } = renderApp(api);
    await screen.findByTestId('scenario-item-plan');
    await user.click(within(screen.getByTestId('lang-switch')).getByText('English'));
    expect(await screen.findByText('Scenarios')).toBeTruthy();
    expect(document.documentElement.lang).toBe('en');
    // Memoized table rows follow the language too.
    await waitFor(() => expect(within(screen.getByTestId('target-row-gdp-2035-double')).getByText('real')).toBeTruthy());
    // the plan scenario grows 6.5% a year after 2025, not the 7.18% the doubling needs: missed
    expect(within(screen.getByTestId('target-row-gdp-2035-double')).getByText('Missed')).toBeTruthy();
    act(() => api.sendMenu('view:toggle-basis'));
    expect(store.getState().basis).toBe('real');
    await user.click(within(screen.getByTestId('basis-switch')).getByText('Current (nominal)'));
    expect(store.getState().basis).toBe('nominal');
    act(() => api.sendMenu('view:toggle-language'));
    expect(await screen.findByText('情景')).toBeTruthy();
  });

  it('a file to open that arrives during start-up is opened after the workspace loads, not replaced by it', async () => {
    // The desktop host sends the command-line file as soon as the page has loaded, while
    // start-up still waits for the autosaved workspace (slow under load).
    const file = JSON.stringify(defaultPlan());
    const api = fakePlatform({ nextOpen: { name: 'from-command-line.ppath', path: '/tmp/from-command-line.ppath', text: file } });
    let releaseWorkspace: () => void = () => undefined;
    const slow = new Promise<void>((r) => (releaseWorkspace = r));
    api.loadWorkspace = async () => {
      await slow;
      return null;
    };
    const openListeners = new Set<(path: string) => void>();
    const pending: string[] = ['/tmp/from-command-line.ppath'];
    api.onOpenFileRequest = (listener) => {
      openListeners.add(listener);
      for (const p of pending.splice(0)) queueMicrotask(() => listener(p));
      return () => void openListeners.delete(listener);
    };
    renderApp(api);
    await act(async () => {
      await new Promise((r) => setTimeout(r, 30));
    });
    // Nobody takes the request before start-up has finished.
    expect(pending).toEqual(['/tmp/from-command-line.ppath']);
    releaseWorkspace();
    await waitFor(() => expect(screen.getByTestId('file-name').textContent).toBe('from-command-line.ppath'));
    await act(async () => {
      await new Promise((r) => setTimeout(r, 50));
    });
    expect(screen.getByTestId('file-name').textContent).toBe('from-command-line.ppath');
  });
});
