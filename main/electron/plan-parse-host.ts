/**
 * Parsing and validating plan text in the main process without stalling it: a text over
 * OFF_THREAD_BYTES (1 MB) goes to a worker thread (plan-parse-worker.ts), a smaller one
 * is parsed at once (a worker costs more than it saves there). The worker is made by
 * `spawn`, so tests pass their own; a worker that cannot start or dies falls back to
 * parsing here, with a line in the log, so the user still gets the file's messages.
 */
import { Worker } from 'node:worker_threads';
import { parsePlanText } from '../../models/plan/validate-plan';
import type { Lang } from '../../models/plan/validation-messages';
import { verdictOf, type PlanParseRequest, type PlanVerdict } from './plan-parse-protocol';

/** Texts larger than this (UTF-8 bytes) are parsed in a worker thread. */
export const OFF_THREAD_BYTES = 1024 * 1024;

/** What the host needs of a worker thread (node:worker_threads' Worker has it). */
export interface ThreadLike {
  postMessage(message: PlanParseRequest): void;
  once(event: 'message', listener: (verdict: PlanVerdict) => void): unknown;
  once(event: 'error', listener: (error: Error) => void): unknown;
  once(event: 'exit', listener: (code: number) => void): unknown;
  terminate(): Promise<number>;
}

export type ParsePlan = (text: string, lang: Lang) => Promise<PlanVerdict>;

export interface PlanParserOptions {
  /** The bundled worker script (dist-electron/plan-parse-worker.cjs). */
  workerScript: string;
  threshold?: number;
  spawn?: (script: string) => ThreadLike;
  log?: (message: string) => void;
}

const byteLength = (text: string) => Buffer.byteLength(text, 'utf8');

export function createPlanParser(options: PlanParserOptions): ParsePlan {
  const threshold = options.threshold ?? OFF_THREAD_BYTES;
  const spawn = options.spawn ?? ((script: string): ThreadLike => new Worker(script, { name: 'plan-parse' }) as ThreadLike);
  const inline = (text: string, lang: Lang): PlanVerdict => verdictOf(parsePlanText(text, lang));

  return async (text, lang) => {
    if (byteLength(text) <= threshold) return inline(text, lang);
    let thread: ThreadLike;
    try {
      thread = spawn(options.workerScript);
    } catch (error) {
      options.log?.(`plan parse worker did not start (${String(error)}); parsing in the main process`);
      return inline(text, lang);
    }
    try {
      return await new Promise<PlanVerdict>((resolve, reject) => {
        thread.once('message', resolve);
        thread.once('error', reject);
        thread.once('exit', (code) => reject(new Error(`the worker exited with code ${code} before answering`)));
        thread.postMessage({ text, lang });
      });
    } catch (error) {
      options.log?.(`plan parse worker failed (${error instanceof Error ? error.message : String(error)}); parsing in the main process`);
      return inline(text, lang);
    } finally {
      void thread.terminate().catch(() => undefined);
    }
  };
}
