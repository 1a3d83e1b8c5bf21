import { describe, expect, it, vi } from 'vitest';
import { CANCEL, closePromptOptions, decideClose, DONT_SAVE, guardClose, SAVE, windowTitle, type CloseDecision } from './unsaved-changes';

describe('title bar', () => {
  it('shows a dot when there are unsaved changes', () => {
    expect(windowTitle('xuzhou.json', true)).toBe('• xuzhou.json — PlanPath');
    expect(windowTitle('xuzhou.json', false)).toBe('xuzhou.json — PlanPath');
    expect(windowTitle('', false)).toBe('PlanPath');
    expect(windowTitle(' ', true)).toBe('• PlanPath');
  });
});

describe('close prompt', () => {
  it('offers Save / Don’t Save / Cancel, Save by default, Esc cancels', () => {
    const en = closePromptOptions('xuzhou.json', 'en');
    expect(en.buttons).toEqual(['Save', "Don't Save", 'Cancel']);
    expect(en.defaultId).toBe(SAVE);
    expect(en.cancelId).toBe(CANCEL);
    expect(en.message).toContain('xuzhou.json');
    expect(closePromptOptions('', 'zh').buttons).toEqual(['保存', '不保存', '取消']);
  });

  const run = (dirty: boolean, answer: number, saved: boolean | Error) => {
    const showDialog = vi.fn(async () => answer);
    const requestSave = vi.fn(async () => {
      if (saved instanceof Error) throw saved;
      return saved;
    });
    return { result: decideClose({ dirty, showDialog, requestSave }), showDialog, requestSave };
  };

  it('closes without asking when nothing is unsaved', async () => {
    const { result, showDialog } = run(false, CANCEL, false);
    await expect(result).resolves.toBe('close');
    expect(showDialog).not.toHaveBeenCalled();
  });

  it('Save: closes only once the save succeeded', async () => {
    const ok = run(true, SAVE, true);
    await expect(ok.result).resolves.toBe('close');
    expect(ok.requestSave).toHaveBeenCalledOnce();
    await expect(run(true, SAVE, false).result).resolves.toBe('stay');
    await expect(run(true, SAVE, new Error('disk full')).result).resolves.toBe('stay');
  });

  it("Don't Save closes and discards; Cancel and a dismissed prompt stay", async () => {
    const dont = run(true, DONT_SAVE, true);
    await expect(dont.result).resolves.toBe('close-discarding');
    expect(dont.requestSave).not.toHaveBeenCalled();
    await expect(run(true, CANCEL, true).result).resolves.toBe('stay');
    await expect(run(true, 7, true).result).resolves.toBe('stay');
  });
});

describe('close guard', () => {
  function fakeWindow() {
    let listener: ((event: { preventDefault(): void }) => void) | undefined;
    const window = {
      on: vi.fn((_event: 'close', l: (event: { preventDefault(): void }) => void) => {
        listener = l;
      }),
      close: vi.fn(() => {
        // Electron emits 'close' again for the real close.
        const event = { preventDefault: vi.fn() };
        listener?.(event);
        window.closedForReal = !event.preventDefault.mock.calls.length;
      }),
      isDestroyed: () => false,
      closedForReal: false,
      tryClose() {
        const event = { preventDefault: vi.fn() };
        listener?.(event);
        return event.preventDefault.mock.calls.length === 0;
      },
    };
    return window;
  }

  it('lets a clean window close at once', () => {
    const window = fakeWindow();
    const decide = vi.fn();
    guardClose(window, { dirty: () => false, decide });
    expect(window.tryClose()).toBe(true);
    expect(decide).not.toHaveBeenCalled();
  });

  it('holds a dirty window until the user decides, then closes it for real', async () => {
    const window = fakeWindow();
    let answer: (d: CloseDecision) => void = () => undefined;
    const decide = vi.fn(() => new Promise<CloseDecision>((resolve) => (answer = resolve)));
    const onDecided = vi.fn();
    guardClose(window, { dirty: () => true, decide, onDecided });
    expect(window.tryClose()).toBe(false);
    expect(window.tryClose()).toBe(false); // a second click while the prompt is open
    expect(decide).toHaveBeenCalledOnce();
    answer('close-discarding');
    await vi.waitFor(() => expect(window.close).toHaveBeenCalledOnce());
    expect(onDecided).toHaveBeenCalledWith('close-discarding');
    expect(window.closedForReal).toBe(true);
  });

  it('stays open on Cancel, and asks again next time', async () => {
    const window = fakeWindow();
    const decide = vi.fn(async (): Promise<CloseDecision> => 'stay');
    guardClose(window, { dirty: () => true, decide });
    expect(window.tryClose()).toBe(false);
    await vi.waitFor(() => expect(decide).toHaveBeenCalledOnce());
    await new Promise((r) => setTimeout(r, 0));
    expect(window.close).not.toHaveBeenCalled();
    expect(window.tryClose()).toBe(false);
    await vi.waitFor(() => expect(decide).toHaveBeenCalledTimes(2));
  });

  it('stays open if the prompt itself fails', async () => {
    const window = fakeWindow();
    const log = vi.fn();
    guardClose(window, { dirty: () => true, decide: async () => Promise.reject(new Error('no display')), log });
    window.tryClose();
    await vi.waitFor(() => expect(log).toHaveBeenCalled());
    expect(window.close).not.toHaveBeenCalled();
  });
});
