/**
 * The Monte Carlo worker: a separate file in the build (Vite bundles it; the app's
 * Content-Security-Policy allows scripts from the app itself, and no blob: workers are
 * made). All it does is hand messages to the handler in mc-protocol.ts.
 */
import { createMcHandler, type FromWorker, type ToWorker } from './mc-protocol';

const scope = self as unknown as {
  postMessage(message: FromWorker): void;
  onmessage: ((event: MessageEvent<ToWorker>) => void) | null;
};

const handle = createMcHandler((message) => scope.postMessage(message));
scope.onmessage = (event) => void handle(event.data);
