/**
 * The main window's size, position and maximized state, kept across starts in the
 * user-data folder (window-state.json, written atomically). A saved position that is no
 * longer on any display (a monitor was unplugged) is dropped, so the window opens
 * centred instead of off screen; a saved size larger than every display is shrunk.
 */
import { z } from 'zod';
import { realFs, writeFileAtomic, type FileSystem } from './file-store';

export interface Rect {
  x: number;
  y: number;
  width: number;
  height: number;
}

export interface WindowState {
  bounds: Rect;
  maximized: boolean;
}

/** What the window opens with: a size, a position only when it is on a display. */
export interface InitialBounds {
  width: number;
  height: number;
  x?: number;
  y?: number;
  maximized: boolean;
}

export interface SizeLimits {
  width: number;
  height: number;
  minWidth: number;
  minHeight: number;
}

const coordinate = z.number().int().min(-100_000).max(100_000);
const size = z.number().int().min(1).max(100_000);
const stateSchema = z.object({
  bounds: z.object({ x: coordinate, y: coordinate, width: size, height: size }),
  maximized: z.boolean(),
});

/** A stored state; null when absent or not well-formed (then the defaults apply). */
export function parseWindowState(text: string): WindowState | null {
  try {
    const parsed = stateSchema.safeParse(JSON.parse(text));
    return parsed.success ? parsed.data : null;
  } catch {
    return null;
  }
}

function overlap(a: Rect, b: Rect): { width: number; height: number } {
  return {
    width: Math.min(a.x + a.width, b.x + b.width) - Math.max(a.x, b.x),
    height: Math.min(a.y + a.height, b.y + b.height) - Math.max(a.y, b.y),
  };
}

/** Enough of the title bar on a display to grab the window: 100 × 40 px. */
const MIN_VISIBLE = { width: 100, height: 40 };

export function initialBounds(saved: WindowState | null, workAreas: readonly Rect[], limits: SizeLimits): InitialBounds {
  if (saved === null) return { width: limits.width, height: limits.height, maximized: false };
  const largest = workAreas.reduce((a, b) => ({ width: Math.max(a.width, b.width), height: Math.max(a.height, b.height) }), { width: 0, height: 0 });
  const width = Math.max(limits.minWidth, largest.width > 0 ? Math.min(saved.bounds.width, largest.width) : saved.bounds.width);
  const height = Math.max(limits.minHeight, largest.height > 0 ? Math.min(saved.bounds.height, largest.height) : saved.bounds.height);
  const placed = { ...saved.bounds, width, height };
  const visible = workAreas.some((area) => {
    const o = overlap(placed, area);
    return o.width >= MIN_VISIBLE.width && o.height >= MIN_VISIBLE.height && placed.y >= area.y;
  });
  return visible ? { x: placed.x, y: placed.y, width, height, maximized: saved.maximized } : { width, height, maximized: saved.maximized };
}

/** The bits of BrowserWindow the tracker uses. */
export interface TrackedWindow {
  on(event: 'resize' | 'move' | 'maximize' | 'unmaximize' | 'close', listener: () => void): unknown;
  getNormalBounds(): Rect;
  isMaximized(): boolean;
  isMinimized(): boolean;
  isFullScreen(): boolean;
  isDestroyed(): boolean;
}

export interface WindowStateStore {
  saved(): WindowState | null;
  /** Follows the window: saves (debounced) after it moves or resizes, and when it closes. */
  track(window: TrackedWindow): void;
  /** Writes what is pending now. */
  flush(): Promise<void>;
}

export interface WindowStateOptions {
  /** <userData>/window-state.json */
  file: string;
  fs?: FileSystem;
  /** Quiet time before a move or resize is written (ms). */
  delay?: number;
  log?: (message: string) => void;
}

export async function openWindowStateStore(options: WindowStateOptions): Promise<WindowStateStore> {
  const fs = options.fs ?? realFs;
  let current: WindowState | null = null;
  try {
    current = parseWindowState(await fs.readFile(options.file, 'utf8'));
  } catch {
    current = null;
  }
  let timer: ReturnType<typeof setTimeout> | null = null;
  let writing: Promise<void> = Promise.resolve();
  let lastWritten = current === null ? '' : JSON.stringify(current);

  const write = () => {
    if (timer !== null) clearTimeout(timer);
    timer = null;
    const text = current === null ? '' : JSON.stringify(current);
    if (text === '' || text === lastWritten) return writing;
    lastWritten = text;
    writing = writing
      .then(() => writeFileAtomic(options.file, text))
      .catch((error: unknown) => options.log?.(`window state: ${String(error)}`));
    return writing;
  };

  return {
    saved: () => current,
    track(window) {
      const capture = () => {
        if (window.isDestroyed() || window.isMinimized() || window.isFullScreen()) return;
        // The normal bounds, so a maximized window comes back maximized over its old size.
        current = { bounds: window.getNormalBounds(), maximized: window.isMaximized() };
      };
      const later = () => {
        capture();
        if (timer !== null) clearTimeout(timer);
        timer = setTimeout(() => void write(), options.delay ?? 500);
      };
      for (const event of ['resize', 'move', 'maximize', 'unmaximize'] as const) window.on(event, later);
      window.on('close', () => {
        capture();
        void write();
      });
    },
    flush: () => write(),
  };
}
