// @vitest-environment jsdom
import { act, renderHook, waitFor } from '@testing-library/react';
import { afterEach, describe, expect, it, vi } from 'vitest';

const fresh = async () => {
  vi.resetModules();
  return import('./first-chart');
};

afterEach(() => vi.useRealTimers());

describe('the first window is usable', () => {
  it('once a chart has been drawn and painted', async () => {
    const { chartDrawn, useFirstWindowUsable } = await fresh();
    const { result } = renderHook(() => useFirstWindowUsable());
    expect(result.current).toBe(false);
    act(() => chartDrawn());
    await waitFor(() => expect(result.current).toBe(true));
    // Later users find it so at once.
    expect(renderHook(() => useFirstWindowUsable()).result.current).toBe(true);
  });

  it('with no chart, after FIRST_CHART_WAIT_MS from the page’s start', async () => {
    vi.useFakeTimers({ toFake: ['setTimeout', 'clearTimeout', 'performance'] });
    const { FIRST_CHART_WAIT_MS, useFirstWindowUsable } = await fresh();
    const { result } = renderHook(() => useFirstWindowUsable());
    expect(result.current).toBe(false);
    await act(async () => void (await vi.advanceTimersByTimeAsync(FIRST_CHART_WAIT_MS + 10)));
    expect(result.current).toBe(true);
  });
});
