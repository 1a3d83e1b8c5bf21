/**
 * Extraction in a Web Worker; where workers cannot start (jsdom in tests, a locked-down
 * host) it runs on the page, with the same result.
 */
import type { ExtractionResult } from '../../models/extract/candidate';
import { extractTargets } from '../../models/extract/extract-targets';
import type { ExtractRequest, ExtractResponse } from './extract-protocol';

export interface ExtractWorkerLike {
  postMessage(message: ExtractRequest): void;
  addEventListener(type: 'message', listener: (event: MessageEvent<ExtractResponse>) => void): void;
  addEventListener(type: 'error', listener: (event: Event) => void): void;
  terminate(): void;
}

export function createExtractWorker(): ExtractWorkerLike {
  return new Worker(new URL('./extract.worker.ts', import.meta.url), { type: 'module', name: 'extract' }) as unknown as ExtractWorkerLike;
}

let nextId = 1;

export async function runExtraction(text: string, createWorker: () => ExtractWorkerLike = createExtractWorker): Promise<ExtractionResult> {
  if (typeof Worker === 'undefined') return extractTargets(text);
  let worker: ExtractWorkerLike;
  try {
    worker = createWorker();
  } catch {
    return extractTargets(text);
  }
  const id = nextId++;
  return new Promise<ExtractionResult>((resolve) => {
    let done = false;
    const finish = (result: ExtractionResult) => {
      if (done) return;
      done = true;
      worker.terminate();
      resolve(result);
    };
    worker.addEventListener('message', (event: MessageEvent<ExtractResponse>) => {
      if (event.data.id === id) finish(event.data.result);
    });
    worker.addEventListener('error', () => finish(extractTargets(text)));
    worker.postMessage({ id, text });
  });
}
