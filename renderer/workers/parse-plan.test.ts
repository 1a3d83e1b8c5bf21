import { describe, expect, it } from 'vitest';
import { minimalPlan } from '../../models/testing/minimal-plan';
import { parsePlanText } from '../../models/plan/validate-plan';
import { OFF_THREAD_BYTES, parsePlan, type ParseWorkerLike } from './parse-plan';
import type { ParseRequest, ParseResponse } from './plan-parse-protocol';

/** A worker stand-in that runs the same code the worker entry runs, asynchronously. */
function fakeWorker(log: string[], fail = false): () => ParseWorkerLike {
  return () => {
    const listeners: { message: ((e: MessageEvent<ParseResponse>) => void)[]; error: ((e: Event) => void)[] } = { message: [], error: [] };
    return {
      postMessage(message: ParseRequest) {
        log.push(`post ${message.text.length}`);
        setTimeout(() => {
          if (fail) listeners.error.forEach((l) => l(new Event('error')));
          else listeners.message.forEach((l) => l({ data: { id: message.id, result: parsePlanText(message.text, message.lang) } } as MessageEvent<ParseResponse>));
        }, 0);
      },
      addEventListener(type: 'message' | 'error', listener: never) {
        (listeners[type] as unknown[]).push(listener);
      },
      terminate() {
        log.push('terminate');
      },
    } as ParseWorkerLike;
  };
}

describe('parsing a plan file off the page', () => {
  const globalWithWorker = globalThis as { Worker?: unknown };

  it('parses small files on the page and files over 1 MB in a worker, with the same result', async () => {
    globalWithWorker.Worker ??= class {};
    const log: string[] = [];
    const small = JSON.stringify(minimalPlan());
    expect((await parsePlan(small, 'en', fakeWorker(log))).ok).toBe(true);
    expect(log).toEqual([]);
    // The same plan padded with whitespace past the threshold.
    const big = small.replace('{', `{${' '.repeat(OFF_THREAD_BYTES)}`);
    const result = await parsePlan(big, 'en', fakeWorker(log));
    expect(result.ok).toBe(true);
    expect(log).toEqual([`post ${big.length}`, 'terminate']);
  });

  it('refuses a deeply nested large file in the worker, and parses on the page if the worker fails', async () => {
    globalWithWorker.Worker ??= class {};
    const log: string[] = [];
    const nested = `${'['.repeat(OFF_THREAD_BYTES)}${']'.repeat(OFF_THREAD_BYTES)}`;
    const refused = await parsePlan(nested, 'en', fakeWorker(log));
    expect(refused.ok ? null : refused.issues[0]?.code).toBe('json-too-deep');
    const fallback = await parsePlan(nested, 'en', fakeWorker(log, true));
    expect(fallback.ok ? null : fallback.issues[0]?.code).toBe('json-too-deep');
  });
});
