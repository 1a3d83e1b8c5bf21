/**
 * The Monte Carlo worker as the app makes it: a module worker from its own file in the
 * build (Vite turns the URL below into that file's; no blob: URL is involved, which the
 * Content-Security-Policy would refuse). Tests replace this module with a fake.
 */
import type { FromWorker, ToWorker } from './mc-protocol';

/** What the app needs of a worker (a real Worker has it). */
export interface WorkerLike {
  postMessage(message: ToWorker): void;
  terminate(): void;
  onmessage: ((event: { data: FromWorker }) => void) | null;
  onerror: ((event: unknown) => void) | null;
}

export function createMcWorker(): WorkerLike {
  return new Worker(new URL('./monte-carlo.worker.ts', import.meta.url), { type: 'module', name: 'monte-carlo' }) as unknown as WorkerLike;
}

/**
 * The same protocol run in the page, for where no worker can be made: the handler is
 * loaded on first use and hands control back between simulated years.
 */
export function createInPageWorker(): WorkerLike {
  let handle: ((m: ToWorker) => Promise<void>) | null = null;
  const queue: ToWorker[] = [];
  let closed = false;
  const w: WorkerLike = {
    onmessage: null,
    onerror: null,
    postMessage(message) {
      if (closed) return;
      if (handle === null) queue.push(message);
      else void handle(message);
    },
    terminate() {
      closed = true;
    },
  };
  void import('./mc-protocol').then(({ createMcHandler }) => {
    handle = createMcHandler((data) => {
      if (!closed) setTimeout(() => w.onmessage?.({ data }), 0);
    });
    for (const m of queue.splice(0)) void handle(m);
  });
  return w;
}
