/**
 * One writer among the tabs of PlanPath in one browser (Web Locks API, with a
 * BroadcastChannel for the hand-over). The tab that holds the lock autosaves; any other
 * tab is a reader: it shows the workspace but must not write it, or the last writer would
 * silently overwrite the other tab's later edits.
 *
 * - At start a tab takes the lock if it is free (writer, `first`), else it is a reader
 *   (`other-tab-open`) and queues for the lock: when the writer's tab closes, the first
 *   reader in the queue becomes the writer (`other-tab-closed`).
 * - A reader takes over on request: it asks the writer to let go (the writer stops
 *   writing at once, lets its writes in flight finish, and answers), then steals the lock
 *   (at the latest after HAND_OVER_MS, should the writer's tab be frozen). The old writer
 *   becomes a reader (`taken-over`) and queues again.
 * - Where the Web Locks API is missing (an http:// address other than localhost, an old
 *   browser), every tab writes, as before (`no-coordination`).
 */

export type TabRole = 'writer' | 'reader';
export type WriterWhy = 'first' | 'took-over' | 'other-tab-closed' | 'no-coordination';
export type ReaderWhy = 'other-tab-open' | 'taken-over';
export type TabState = { role: 'writer'; why: WriterWhy } | { role: 'reader'; why: ReaderWhy };

export const LOCK_NAME = 'planpath:workspace-writer';
export const CHANNEL_NAME = 'planpath:workspace';
/** How long a take-over waits for the writer's answer before it steals the lock. */
export const HAND_OVER_MS = 2_000;

/** The part of LockManager used here (navigator.locks). */
export interface LockManagerLike {
  request(name: string, options: LockOptions, callback: (lock: Lock | null) => Promise<unknown> | unknown): Promise<unknown>;
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
  /** Cancels a reader's place in the queue. */
  let leaveQueue: AbortController | null = null;
  let released: (() => void) | null = null;

  const set = (next: TabState) => {
    if (next.role === current.role && next.why === current.why) return;
    current = next;
    for (const l of listeners) l(next);
  };

  /**
   * Asks for the lock; `granted` runs when it is given (null: not available, with
   * ifAvailable), and the lock is then held for the life of the tab — unless another tab
   * steals it, which makes this one a reader that queues again.
   */
  const ask = (options: LockOptions, granted: (lock: Lock | null) => void, failed: () => void = () => undefined): void => {
    if (!locks) return;
    let held = false;
    locks
      .request(LOCK_NAME, options, (lock) => {
        granted(lock);
        if (lock === null) return undefined;
        held = true;
        return new Promise<never>(() => undefined);
      })
      .catch(() => {
        // Stolen while held: another tab took over without waiting for this one's answer.
        if (held && current.role === 'writer') {
          set({ role: 'reader', why: 'taken-over' });
          queue();
        } else if (!held) failed();
      });
  };

  const queue = () => {
    leaveQueue?.abort();
    const controller = new AbortController();
    leaveQueue = controller;
    ask({ mode: 'exclusive', signal: controller.signal }, () => {
      if (leaveQueue === controller) leaveQueue = null;
      set({ role: 'writer', why: 'other-tab-closed' });
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
        .then(() => {
          channel.postMessage({ type: 'released', from: id, to: message.from } satisfies Message);
          queue();
        });
    } else if (message.type === 'released' && message.to === id) {
      released?.();
    }
  });

  const ready: Promise<TabState> = new Promise<TabState>((resolve) => {
    if (!locks) {
      resolve(current);
      return;
    }
    ask(
      { mode: 'exclusive', ifAvailable: true },
      (lock) => {
        current = lock === null ? { role: 'reader', why: 'other-tab-open' } : { role: 'writer', why: 'first' };
        if (lock === null) queue();
        resolve(current);
      },
      () => resolve(current), // the Web Locks API refused: every tab writes, as before
    );
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
      const answered = new Promise<void>((resolve) => {
        released = resolve;
        deps.setTimeout(resolve, HAND_OVER_MS);
      });
      channel?.postMessage({ type: 'take-over', from: id } satisfies Message);
      await answered;
      released = null;
      leaveQueue?.abort();
      leaveQueue = null;
      await new Promise<void>((resolve) => {
        ask(
          { mode: 'exclusive', steal: true },
          () => {
            set({ role: 'writer', why: 'took-over' });
            resolve();
          },
          () => {
            queue();
            resolve();
          },
        );
      });
    },
  };
}
