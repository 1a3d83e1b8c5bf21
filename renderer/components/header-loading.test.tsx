// @vitest-environment jsdom
/** Issue 22, item 4: while the plan loads, the header says so; it never calls the plan 未命名规划. */
import '../test/setup-dom';
import { render, screen } from '@testing-library/react';
import { describe, expect, it, vi } from 'vitest';
import { App } from '../app';
import { createTestI18n } from '../test/i18n-all';
import { createWorkspaceStore } from '../store/workspace-store';
import { fakePlatform } from '../test/fake-platform';
import type { WorkspaceSnapshot } from '../platform/platform-api';

vi.mock('../charts/plot', () => ({ default: () => <div data-testid="plot" /> }));

describe('the header while the plan loads', () => {
  it.each([
    ['zh', '正在加载规划…', '未命名规划'],
    ['en', 'Loading the plan…', 'Untitled plan'],
  ] as const)('%s: a loading state, then the file name', async (lang, loading, untitled) => {
    const api = fakePlatform();
    let finish: (value: WorkspaceSnapshot | null) => void = () => undefined;
    api.loadWorkspace = () => new Promise((resolve) => (finish = resolve));
    const store = createWorkspaceStore();
    store.getState().setLang(lang);
    render(<App api={api} store={store} i18n={createTestI18n(lang)} autosaveDelay={20} />);
    const status = await screen.findByTestId('doc-loading');
    expect(status.textContent).toBe(loading);
    expect(status.getAttribute('role')).toBe('status');
    expect(screen.queryByTestId('file-name')).toBeNull();
    expect(document.body.textContent).not.toContain(untitled);
    finish(null);
    expect((await screen.findByTestId('file-name')).textContent).toBe('xuzhou-14th-fyp.json');
    expect(screen.queryByTestId('doc-loading')).toBeNull();
  });
});
