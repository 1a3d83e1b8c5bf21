import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { initialBounds, openWindowStateStore, parseWindowState, type Rect, type TrackedWindow } from './window-state';

const LIMITS = { width: 1440, height: 900, minWidth: 960, minHeight: 600 };
const SCREEN: Rect = { x: 0, y: 0, width: 1920, height: 1040 };

describe('window state: where the window opens', () => {
  it('uses the defaults the first time, or when the stored state is damaged', () => {
    expect(initialBounds(null, [SCREEN], LIMITS)).toEqual({ width: 1440, height: 900, maximized: false });
    expect(parseWindowState('{"bounds":{"x":1,"y":2,"width":"wide","height":3},"maximized":false}')).toBeNull();
    expect(parseWindowState('not json')).toBeNull();
    expect(parseWindowState('{"bounds":{"x":1e9,"y":0,"width":800,"height":600},"maximized":false}')).toBeNull();
  });

  it('comes back where it was, maximized if it was', () => {
    const saved = { bounds: { x: 120, y: 80, width: 1200, height: 760 }, maximized: true };
    expect(initialBounds(saved, [SCREEN], LIMITS)).toEqual({ x: 120, y: 80, width: 1200, height: 760, maximized: true });
  });

  it('opens centred (no position) when its old place is on no display any more', () => {
    const onUnpluggedMonitor = { bounds: { x: 2500, y: 100, width: 1200, height: 760 }, maximized: false };
    expect(initialBounds(onUnpluggedMonitor, [SCREEN], LIMITS)).toEqual({ width: 1200, height: 760, maximized: false });
    const titleBarAbove = { bounds: { x: 100, y: -300, width: 1200, height: 760 }, maximized: false };
    expect(initialBounds(titleBarAbove, [SCREEN], LIMITS)).not.toHaveProperty('x');
    // Still on the second display: kept.
    const second: Rect = { x: 1920, y: 0, width: 1280, height: 1000 };
    expect(initialBounds(onUnpluggedMonitor, [SCREEN, second], LIMITS)).toMatchObject({ x: 2500, y: 100 });
  });

  it('shrinks to the largest display, and never below the minimum size', () => {
    const huge = { bounds: { x: 0, y: 0, width: 5000, height: 3000 }, maximized: false };
    expect(initialBounds(huge, [SCREEN], LIMITS)).toMatchObject({ width: 1920, height: 1040 });
    const tiny = { bounds: { x: 0, y: 0, width: 200, height: 100 }, maximized: false };
    expect(initialBounds(tiny, [SCREEN], LIMITS)).toMatchObject({ width: 960, height: 600 });
  });
});

describe('window state: the store', () => {
  let dir = '';
  beforeEach(() => {
    dir = mkdtempSync(path.join(tmpdir(), 'planpath-window-state-'));
  });
  afterEach(() => rmSync(dir, { recursive: true, force: true }));

  function fakeWindow() {
    const handlers = new Map<string, (() => void)[]>();
    const w = {
      bounds: { x: 10, y: 20, width: 1300, height: 800 },
      maximized: false,
      on(event: string, listener: () => void) {
        handlers.set(event, [...(handlers.get(event) ?? []), listener]);
      },
      emit(event: string) {
        for (const h of handlers.get(event) ?? []) h();
      },
      getNormalBounds: () => w.bounds,
      isMaximized: () => w.maximized,
      isMinimized: () => false,
      isFullScreen: () => false,
      isDestroyed: () => false,
    };
    return w satisfies TrackedWindow;
  }

  it('writes the normal bounds after a move settles and when the window closes', async () => {
    const file = path.join(dir, 'window-state.json');
    const store = await openWindowStateStore({ file, delay: 20 });
    const w = fakeWindow();
    store.track(w);
    w.bounds = { x: 50, y: 60, width: 1100, height: 700 };
    w.emit('move');
    await new Promise((r) => setTimeout(r, 60));
    await store.flush();
    expect(JSON.parse(readFileSync(file, 'utf8'))).toEqual({ bounds: { x: 50, y: 60, width: 1100, height: 700 }, maximized: false });

    w.maximized = true;
    w.emit('close');
    await store.flush();
    expect(JSON.parse(readFileSync(file, 'utf8'))).toEqual({ bounds: { x: 50, y: 60, width: 1100, height: 700 }, maximized: true });
    expect((await openWindowStateStore({ file })).saved()).toEqual({ bounds: { x: 50, y: 60, width: 1100, height: 700 }, maximized: true });
  });

  it('a damaged file is as good as none', async () => {
    const file = path.join(dir, 'window-state.json');
    writeFileSync(file, '{"bounds":');
    expect((await openWindowStateStore({ file })).saved()).toBeNull();
  });
});
