/**
 * One writer among the tabs of PlanPath in one browser (Web Locks API, with a
 * BroadcastChannel for the hand-over). The tab that holds the lock autosaves; any other
 * tab is a reader: it shows the workspace but must not write it, or the last writer would
 * silently overwrite the other tab's later edits.
 *
 * - At start a tab takes the lock if it is free (writer, `first`). If not, it waits a
 *   moment (a reloading tab's old page may still hold it) and is then a reader
 *   (`other-tab-open`). A reader never takes the lock by itself: a writer that reloads
 *   must get it back. It looks now and then whether the lock is free
 *   (`other-tab-closed`), so it can say so.
 * - A reader takes over on request: it asks the writer to let go (the writer stops
 *   writing at once, lets its writes in flight finish, and answers), then steals the lock
 *   (at the latest after HAND_OVER_MS, should the writer's tab be frozen). The old writer
 *   becomes a reader (`taken-over`).
 * - Where the Web Locks API is missing (an http:// address other than localhost, an old
 *   browser), every tab writes, as before (`no-coordination`).
 */

export type TabRole = 'writer' | 'reader';
export type WriterWhy = 'first' | 'took-over' | 'no-coordination';
export type ReaderWhy = 'other-tab-open' | 'taken-over' | 'other-tab-closed';
export type TabState = { role: 'writer'; why: WriterWhy } | { role: 'reader'; why: ReaderWhy };

export const LOCK_NAME = 'planpath:workspace-writer';
export const CHANNEL_NAME = 'planpath:workspace';
/** How long a take-over waits for the writer's answer before it steals the lock. */
export const HAND_OVER_MS = 2_000;
/** How long a tab that finds the lock held waits for it before it is a reader (a reload's old page letting go). */
export const START_WAIT_MS = 1_000;
/** How often a reader looks whether the lock is free. */
export const READER_POLL_MS = 2_000;

/** The part of LockManager used here (navigator.locks). */
export interface LockManagerLike {
  request(name: string, options: LockOptions, callback: (lock: Lock | null) => Promise<unknown> | unknown): Promise<unknown>;
  query?(): Promise<{ held?: { name?: string }[] }>;
}

/** The part of BroadcastChannel used here. */
export interface ChannelLike {
  postMessage(message: unknown): void;
  addEventListener(type: 'message', listener: (event: MessageEvent) => void): void;
  close(): void;
}

export interface TabCoordinatorDeps {
  locks: LockManagerLike | undefined;
  channel: ChannelLike | undefined;
  /** This tab's id, in messages. */
  id: string;
  setTimeout: (fn: () => void, ms: number) => unknown;
  setInterval?: (fn: () => void, ms: number) => unknown;
}

export interface TabCoordinator {
  /** Resolves with the first state, once known. */
  readonly ready: Promise<TabState>;
  state(): TabState;
  /** Listener for every later change of state. */
  onChange(listener: (state: TabState) => void): () => void;
  /** Make this tab the writer (a reader's "edit here"). Resolves once it is. */
  takeOver(): Promise<void>;
  /** What the writer finishes before it answers a take-over (its writes in flight). */
  setBeforeHandOver(fn: () => Promise<void>): void;
}

type Message = { type: 'take-over'; from: string; to?: undefined } | { type: 'released'; from: string; to: string };

function isMessage(value: unknown): value is Message {
  if (typeof value !== 'object' || value === null) return false;
  const v = value as Record<string, unknown>;
  return (v.type === 'take-over' || (v.type === 'released' && typeof v.to === 'string')) && typeof v.from === 'string';
}

export function createTabCoordinator(deps: TabCoordinatorDeps): TabCoordinator {
  const { locks, channel, id } = deps;
  const listeners = new Set<(state: TabState) => void>();
  let current: TabState = { role: 'writer', why: 'no-coordination' };
  let beforeHandOver: () => Promise<void> = async () => undefined;
  let released: (() => void) | null = null;

  const set = (next: TabState) => {
    if (next.role === current.role && next.why === current.why) return;
    current = next;
    for (const l of listeners) l(next);
  };

  /** Is the lock held by some tab? null where the browser cannot say. */
  const held = async (): Promise<boolean | null> => {
    if (!locks?.query) return null;
    try {
      const state = await locks.query();
      return (state.held ?? []).some((l) => l.name === LOCK_NAME);
    } catch {
      return null;
    }
  };

  /**
   * Asks for the lock; `granted` runs when it is given (null: not available), and the
   * lock is then held for the life of the tab — unless another tab steals it, which
   * makes this one a reader.
   */
  const ask = (options: LockOptions, granted: (lock: Lock | null) => void, failed: () => void = () => undefined): void => {
    if (!locks) return;
    let holding = false;
    locks
      .request(LOCK_NAME, options, (lock) => {
        granted(lock);
        if (lock === null) return undefined;
        holding = true;
        return new Promise<never>(() => undefined);
      })
      .catch(() => {
        // Stolen while held: another tab took over without waiting for this one's answer.
        if (holding && current.role === 'writer') set({ role: 'reader', why: 'taken-over' });
        else if (!holding) failed();
      });
  };

  channel?.addEventListener('message', (event) => {
    const message: unknown = event.data;
    if (!isMessage(message) || message.from === id) return;
    if (message.type === 'take-over' && current.role === 'writer' && current.why !== 'no-coordination') {
      // Stop writing now; let what is in flight land; then say so. The other tab steals the lock.
      set({ role: 'reader', why: 'taken-over' });
      void beforeHandOver()
        .catch(() => undefined)
        .then(() => channel.postMessage({ type: 'released', from: id, to: message.from } satisfies Message));
    } else if (message.type === 'released' && message.to === id) {
      released?.();
    }
  });

  const ready: Promise<TabState> = new Promise<TabState>((resolve) => {
    if (!locks) {
      resolve(current);
      return;
    }
    const writer = () => {
      current = { role: 'writer', why: 'first' };
      resolve(current);
    };
    const reader = () => {
      current = { role: 'reader', why: 'other-tab-open' };
      resolve(current);
    };
    ask(
      { mode: 'exclusive', ifAvailable: true },
      (lock) => {
        if (lock !== null) return writer();
        // Held: by another tab, or by this tab's own page before a reload, about to let go.
        const controller = new AbortController();
        deps.setTimeout(() => controller.abort(), START_WAIT_MS);
        ask({ mode: 'exclusive', signal: controller.signal }, writer, reader);
      },
      () => resolve(current), // the Web Locks API refused: every tab writes, as before
    );
  });

  // A reader says whether the writing tab is still there.
  void ready.then(() => {
    if (!locks?.query || !deps.setInterval) return;
    deps.setInterval(() => {
      if (current.role !== 'reader' || current.why === 'taken-over') return;
      void held().then((h) => {
        if (h === null || current.role !== 'reader' || current.why === 'taken-over') return;
        set({ role: 'reader', why: h ? 'other-tab-open' : 'other-tab-closed' });
      });
    }, READER_POLL_MS);
  });

  return {
    ready,
    state: () => current,
    onChange(listener) {
      listeners.add(listener);
      return () => listeners.delete(listener);
    },
    setBeforeHandOver(fn) {
      beforeHandOver = fn;
    },
    async takeOver() {
      await ready;
      if (!locks || current.role === 'writer') return;
      // Nobody writes (the other tab closed): no one to ask.
      if ((await held()) !== false) {
        const answered = new Promise<void>((resolve) => {
          released = resolve;
          deps.setTimeout(resolve, HAND_OVER_MS);
        });
        channel?.postMessage({ type: 'take-over', from: id } satisfies Message);
        await answered;
        released = null;
      }
      await new Promise<void>((resolve) => {
        ask(
          { mode: 'exclusive', steal: true },
          () => {
            set({ role: 'writer', why: 'took-over' });
            resolve();
          },
          () => resolve(),
        );
      });
    },
  };
}
