/**
 * Plan text → PlanResult, on the page for ordinary files and in a Web Worker for files
 * over OFF_THREAD_BYTES, so the window stays responsive while a large file is checked.
 * Where workers cannot start (jsdom in tests, a locked-down host), it parses on the
 * page: the result is the same.
 */
import type { PlanResult } from '../../models/plan/validate-plan';
import type { Lang } from '../../models/plan/validation-messages';
import type { ParseRequest, ParseResponse } from './plan-parse-protocol';

/** Files above this size (in UTF-16 code units, about bytes for JSON) are parsed in a worker. */
export const OFF_THREAD_BYTES = 1024 * 1024;

export interface ParseWorkerLike {
  postMessage(message: ParseRequest): void;
  addEventListener(type: 'message', listener: (event: MessageEvent<ParseResponse>) => void): void;
  addEventListener(type: 'error', listener: (event: Event) => void): void;
  terminate(): void;
}

export function createParseWorker(): ParseWorkerLike {
  return new Worker(new URL('./plan-parse.worker.ts', import.meta.url), { type: 'module', name: 'plan-parse' }) as unknown as ParseWorkerLike;
}

let nextId = 1;

/** On the page: the validator is imported on the first file read, not with the window. */
async function parsePlanText(text: string, lang: Lang): Promise<PlanResult> {
  return (await import('../../models/plan/validate-plan')).parsePlanText(text, lang);
}

export async function parsePlan(
  text: string,
  lang: Lang,
  createWorker: () => ParseWorkerLike = createParseWorker,
): Promise<PlanResult> {
  if (text.length <= OFF_THREAD_BYTES || typeof Worker === 'undefined') return parsePlanText(text, lang);
  let worker: ParseWorkerLike;
  try {
    worker = createWorker();
  } catch {
    return parsePlanText(text, lang);
  }
  const id = nextId++;
  return new Promise<PlanResult>((resolve) => {
    let done = false;
    const finish = (result: PlanResult) => {
      if (done) return;
      done = true;
      worker.terminate();
      resolve(result);
    };
    worker.addEventListener('message', (event: MessageEvent<ParseResponse>) => {
      if (event.data.id === id) finish(event.data.result);
    });
    // A worker that fails to load: parse here rather than leave the user waiting.
    worker.addEventListener('error', () => void parsePlanText(text, lang).then(finish));
    worker.postMessage({ id, text, lang });
  });
}
