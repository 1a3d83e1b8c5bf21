// @vitest-environment jsdom
/**
 * A failed autosave is shown with its reason and the way to save by hand; a damaged
 * autosave found at start-up is kept aside and the user is told.
 */
import '../test/setup-dom';
import { act, fireEvent, render, screen } from '@testing-library/react';
import { App as AntApp, ConfigProvider } from 'antd';
import { I18nextProvider } from 'react-i18next';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { loadDefault, startWorkspace } from '../bootstrap';
import { AutosaveBanner } from '../components/autosave-banner';
import { createTestI18n } from '../test/i18n-all';
import { fakePlatform } from '../test/fake-platform';
import { autosaveFailureOf, startAutosave, type AutosaveStatus } from './autosave';
import { createWorkspaceStore } from './workspace-store';

const errno = (code: string) => Object.assign(new Error(`Error invoking remote method 'workspace:save': Error: ${code}: failed, write '/x'`), { code });

describe('autosave failures', () => {
  beforeEach(() => vi.useFakeTimers());
  afterEach(() => vi.useRealTimers());

  it('are classified: storage quota, disk full, no permission, other', () => {
    expect(autosaveFailureOf(new DOMException('quota', 'QuotaExceededError'))).toBe('quota');
    expect(autosaveFailureOf(Object.assign(new Error('The browser storage is full'), { name: 'QuotaExceededError' }))).toBe('quota');
    expect(autosaveFailureOf(errno('ENOSPC'))).toBe('disk');
    expect(autosaveFailureOf(errno('EACCES'))).toBe('permission');
    expect(autosaveFailureOf(errno('EROFS'))).toBe('permission');
    expect(autosaveFailureOf(new Error('boom'))).toBe('other');
  });

  it('are reported after the failing autosave and cleared by the next one that works', async () => {
    vi.spyOn(console, 'error').mockImplementation(() => undefined);
    const store = createWorkspaceStore();
    loadDefault(store);
    const api = fakePlatform();
    let fail = true;
    const save = api.saveWorkspace;
    api.saveWorkspace = async (s) => {
      if (fail) throw errno('ENOSPC');
      return save(s);
    };
    const statuses: AutosaveStatus[] = [];
    startAutosave(store, api, 500, (s) => statuses.push(s));
    store.getState().duplicateScenario('plan');
    await vi.advanceTimersByTimeAsync(600);
    expect(statuses.at(-1)?.failure).toBe('disk');
    fail = false;
    store.getState().setBasis('real');
    await vi.advanceTimersByTimeAsync(600);
    expect(statuses.at(-1)).toEqual({ failure: null, detail: '' });
  });
});

describe('the banner', () => {
  function show(status: AutosaveStatus, corruptWhere: string | null | undefined, lang: 'zh' | 'en' = 'en') {
    const onSaveAs = vi.fn();
    render(
      <I18nextProvider i18n={createTestI18n(lang)}>
        <ConfigProvider>
          <AntApp>
            <AutosaveBanner status={status} corruptWhere={corruptWhere} onSaveAs={onSaveAs} onDismissCorrupt={() => undefined} />
          </AntApp>
        </ConfigProvider>
      </I18nextProvider>,
    );
    return onSaveAs;
  }

  it('says why the autosave failed and offers Save As', () => {
    const onSaveAs = show({ failure: 'quota', detail: '' }, undefined);
    const banner = screen.getByTestId('autosave-failed');
    expect(banner.textContent).toMatch(/storage for this site is full/);
    expect(banner.textContent).toMatch(/Save As \(Ctrl\+Shift\+S\)/);
    act(() => fireEvent.click(screen.getByTestId('autosave-save-as')));
    expect(onSaveAs).toHaveBeenCalledOnce();
  });

  it('in Chinese, for a full disk', () => {
    show({ failure: 'disk', detail: '' }, undefined, 'zh');
    expect(screen.getByTestId('autosave-failed').textContent).toMatch(/磁盘已满.*另存为/);
  });

  it('tells where a damaged autosave was kept', () => {
    show({ failure: null, detail: '' }, 'IndexedDB planpath/workspace › corrupt:2026-12-01');
    expect(screen.queryByTestId('autosave-failed')).toBeNull();
    expect(screen.getByTestId('autosave-corrupt').textContent).toMatch(/kept aside, not overwritten \(IndexedDB planpath\/workspace › corrupt:2026-12-01\)/);
  });
});

describe('a damaged autosave at start-up', () => {
  it('is set aside before anything is written, the default plan opens, and the user is told', async () => {
    const store = createWorkspaceStore();
    const api = fakePlatform();
    const calls: string[] = [];
    api.loadWorkspace = async () => {
      calls.push('load');
      throw Object.assign(new Error('the autosaved workspace is damaged'), { name: 'CorruptWorkspaceError' });
    };
    api.setAsideWorkspace = async () => {
      calls.push('aside');
      return 'somewhere safe';
    };
    const told: (string | null)[] = [];
    await expect(startWorkspace(api, store, async () => false, (where) => told.push(where))).resolves.toBe('default');
    expect(calls).toEqual(['load', 'aside']);
    expect(told).toEqual(['somewhere safe']);
    expect(store.getState().plan).not.toBeNull();
    expect(api.workspaces).toEqual([]);
  });

  it('a snapshot whose plan no longer validates is set aside too', async () => {
    const store = createWorkspaceStore();
    const api = fakePlatform({ workspace: { planText: '{"schemaVersion": 1}', fileName: 'x.json', dirty: true, savedAt: '2026-12-01T00:00:00Z' } });
    let asideCalled = false;
    api.setAsideWorkspace = async () => {
      asideCalled = true;
      return 'aside';
    };
    const told: (string | null)[] = [];
    await startWorkspace(api, store, async () => false, (where) => told.push(where));
    expect(asideCalled).toBe(true);
    expect(told).toEqual(['aside']);
  });
});
