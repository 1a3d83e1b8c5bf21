/**
 * "Save" in the close prompt: main asks the renderer to save (it holds the document)
 * and waits for its answer. Each request has an id; an answer to an unknown id is
 * ignored, and pending requests resolve false if the page goes away.
 */
import type { SaveBeforeCloseResult } from '../ipc/ipc-contract';

export interface SaveBeforeCloseBroker {
  /** Sends the request; resolves true when the renderer saved. */
  request(): Promise<boolean>;
  /** The renderer's answer (IPC 'document:save-before-close-result'). */
  resolve(result: SaveBeforeCloseResult): void;
  /** The page reloaded or crashed: nobody will answer. */
  cancelAll(): void;
}

export function createSaveBeforeCloseBroker(send: (requestId: number) => void): SaveBeforeCloseBroker {
  let nextId = 1;
  const pending = new Map<number, (saved: boolean) => void>();
  return {
    request() {
      const id = nextId++;
      return new Promise<boolean>((resolve) => {
        pending.set(id, resolve);
        try {
          send(id);
        } catch {
          pending.delete(id);
          resolve(false);
        }
      });
    },
    resolve({ requestId, saved }) {
      const done = pending.get(requestId);
      if (!done) return;
      pending.delete(requestId);
      done(saved);
    },
    cancelAll() {
      for (const done of pending.values()) done(false);
      pending.clear();
    },
  };
}
