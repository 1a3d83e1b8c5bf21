// @vitest-environment jsdom
import '../test/setup-dom';
import { act, render, screen, waitFor } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { describe, expect, it, vi } from 'vitest';
import { App } from '../app';
import { createTestI18n } from '../test/i18n-all';
import type { ExportFileRequest } from '../platform/platform-api';
import { createWorkspaceStore } from '../store/workspace-store';
import { fakePlatform } from '../test/fake-platform';

vi.mock('../charts/plot', () => ({ default: () => <div data-testid="plot" /> }));

function renderApp() {
  const api = fakePlatform();
  const requests: ExportFileRequest[] = [];
  let fail: string | null = null;
  api.exportFile = async (r) => {
    requests.push(r);
    if (fail !== null) throw new Error(fail);
    return { name: r.suggestedName, path: `/out/${r.suggestedName}` };
  };
  const store = createWorkspaceStore();
  render(<App api={api} store={store} i18n={createTestI18n('zh')} autosaveDelay={20} />);
  return { api, store, requests, user: userEvent.setup(), failWith: (m: string | null) => (fail = m) };
}

describe('export dialog', () => {
  it('opens from the header menu and from File → Export, and exports the CSV through the host', async () => {
    const { api, requests, user } = renderApp();
    await user.click(await screen.findByTestId('export-menu'));
    expect((await screen.findByTestId('export-scope')).textContent).toBe('范围：规划假设情景；图表口径：现价（名义）');
    for (const id of ['export-png', 'export-svg', 'export-xlsx', 'export-csv', 'export-pdf']) expect(screen.getByTestId(id)).toBeTruthy();
    // The scenario charts PDF and the meeting's review report say which is which.
    expect(screen.getByTestId('export-pdf').textContent).toContain('情景对比图表 PDF');
    expect(screen.getByTestId('export-review-section').textContent).toContain('评估报告（所选情景，供会议使用）');
    // The targets in the CSV carry 约束性 / 预期性.
    await user.click(screen.getByTestId('export-csv'));
    await waitFor(() => expect(requests).toHaveLength(1));
    expect(requests[0]?.suggestedName).toBe('xuzhou-14th-fyp-plan-nominal.csv');
    expect(String(requests[0]?.data).startsWith('\uFEFF')).toBe(true);
    const csv = String(requests[0]?.data);
    expect(csv).toContain(',目标,约束性/预期性,年份,');
    expect(csv).toMatch(/\r\n规划假设情景,farmland-14th,[^,]*,约束性,/);
    expect(await screen.findByText('已导出 xuzhou-14th-fyp-plan-nominal.csv')).toBeTruthy();

    act(() => api.sendMenu('file:export'));
    await waitFor(() => expect(screen.getByTestId('export-csv').closest('.ant-modal-wrap')?.getAttribute('style') ?? '').not.toContain('display: none'));
  });

  it('without a Monte Carlo run the option is off', async () => {
    const { user } = renderApp();
    await user.click(await screen.findByTestId('export-menu'));
    const option = (await screen.findByTestId('export-monte-carlo')) as HTMLInputElement;
    const input = option.tagName === 'INPUT' ? option : (option.querySelector('input') as HTMLInputElement);
    expect(input.disabled).toBe(true);
    expect(input.checked).toBe(false);
  });

  it('shows the host’s reason when the file cannot be written', async () => {
    const { requests, user, failWith } = renderApp();
    failWith('无法写入“/ro/a.csv”：没有写入该位置的权限（EACCES）。没有写入任何文件。');
    await user.click(await screen.findByTestId('export-menu'));
    await user.click(await screen.findByTestId('export-csv'));
    await waitFor(() => expect(requests).toHaveLength(1));
    expect(await screen.findByText('导出失败：无法写入“/ro/a.csv”：没有写入该位置的权限（EACCES）。没有写入任何文件。')).toBeTruthy();
  });

  it('an empty comparison is said, and nothing can be exported', async () => {
    const { store, user } = renderApp();
    await screen.findByTestId('export-menu');
    act(() => {
      store.getState().setCompareMode(true);
      for (const id of store.getState().compareIds) store.getState().toggleCompare(id);
    });
    await user.click(screen.getByTestId('export-menu'));
    expect((await screen.findByTestId('export-scope')).textContent).toBe('对比中没有情景：请在左侧情景列表中勾选要对比的情景后再导出。');
    for (const id of ['export-png', 'export-svg', 'export-xlsx', 'export-csv', 'export-pdf']) expect((screen.getByTestId(id) as HTMLButtonElement).disabled).toBe(true);
  });
});
