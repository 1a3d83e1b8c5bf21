import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { Worker } from 'node:worker_threads';
import { build } from 'esbuild';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { TIMEOUTS } from '../../test-timeouts';
import { parsePlanText } from '../../models/plan/validate-plan';
import { bundleOptions } from '../build/electron-bundles';
import { readPlanFile } from './file-store';
import { verdictOf } from './plan-parse-protocol';
import { createPlanParser, OFF_THREAD_BYTES, type ThreadLike } from './plan-parse-host';

const PLAN_TEXT = readFileSync(path.join(import.meta.dirname, '../../scenarios/xuzhou-14th-fyp.json'), 'utf8');

/**
 * A 4 MB plan file as the fuzzing found them: the Xuzhou plan with megabytes of nested
 * numbers under a key the schema does not know, and a base year that is not a year.
 */
function bigPlanText(bytes: number): string {
  const plan = JSON.parse(PLAN_TEXT) as Record<string, unknown>;
  const rows: number[][][] = [];
  let text = '';
  while (text.length < bytes) {
    rows.push(Array.from({ length: 50 }, (_, i) => Array.from({ length: 20 }, (_, j) => (i * 20 + j) / 7)));
    text = JSON.stringify({ ...plan, baseYear: 'twenty-twenty', extraRows: rows });
  }
  return text;
}

let dir: string;
let workerScript: string;
let big: string;

beforeAll(async () => {
  dir = mkdtempSync(path.join(tmpdir(), 'planpath-parse-'));
  // The worker as the app ships it: the real bundle of plan-parse-worker.ts.
  const options = bundleOptions(dir).planParseWorker;
  await build({ ...options, sourcemap: false });
  workerScript = options.outfile as string;
  big = bigPlanText(4 * 1024 * 1024);
}, TIMEOUTS.slow);
afterAll(() => rmSync(dir, { recursive: true, force: true }));

describe('plan files over 1 MB are parsed in a worker thread', () => {
  it('keeps the main thread responsive (a 1 ms timer keeps firing) and gives the same messages as parsing in place', async () => {
    expect(Buffer.byteLength(big)).toBeGreaterThan(4 * 1024 * 1024);
    const spawned: string[] = [];
    const parse = createPlanParser({
      workerScript,
      spawn: (script) => {
        spawned.push(script);
        return new Worker(script) as ThreadLike;
      },
    });
    let ticks = 0;
    const timer = setInterval(() => ticks++, 1);
    const started = performance.now();
    const verdict = await parse(big, 'en');
    const offThreadMs = performance.now() - started;
    clearInterval(timer);
    const ticksOffThread = ticks;

    // The same parse in place, for comparison: the timer cannot fire while it runs.
    ticks = 0;
    const timer2 = setInterval(() => ticks++, 1);
    const inPlaceStarted = performance.now();
    const inPlace = verdictOf(parsePlanText(big, 'en'));
    const inPlaceMs = performance.now() - inPlaceStarted;
    const ticksInPlace = ticks;
    clearInterval(timer2);
    console.log(`4 MB plan: worker ${offThreadMs.toFixed(0)} ms with ${ticksOffThread} timer ticks meanwhile; in place ${inPlaceMs.toFixed(0)} ms with ${ticksInPlace}`);

    expect(spawned).toEqual([workerScript]);
    expect(ticksInPlace).toBe(0);
    expect(ticksOffThread).toBeGreaterThanOrEqual(5);
    expect(verdict).toEqual(inPlace);
    expect(verdict.ok).toBe(false);
    expect(verdict.ok ? [] : verdict.issues.map((i) => `${i.path}: ${i.message}`)).toEqual(['baseYear: expected a number, got text "twenty-twenty"']);
  }, TIMEOUTS.slow);

  it('opens a 4 MB file from disk through the worker with the messages of the file', async () => {
    const file = path.join(dir, 'big.json');
    writeFileSync(file, big);
    let spawns = 0;
    const parse = createPlanParser({
      workerScript,
      spawn: (script) => {
        spawns++;
        return new Worker(script) as ThreadLike;
      },
    });
    const opened = await readPlanFile(file, { lang: 'zh', parse });
    const inPlace = await readPlanFile(file, { lang: 'zh' });
    expect(spawns).toBe(1);
    expect(opened?.issues).toEqual(inPlace?.issues);
    expect(opened?.issues?.length).toBeGreaterThan(0);
    expect(opened?.text).toBe(big);
  }, TIMEOUTS.slow);

  it('parses a file under 1 MB in place, without a worker', async () => {
    const parse = createPlanParser({
      workerScript,
      spawn: () => {
        throw new Error('no worker for a small file');
      },
    });
    expect(Buffer.byteLength(PLAN_TEXT)).toBeLessThan(OFF_THREAD_BYTES);
    expect(await parse(PLAN_TEXT, 'zh')).toEqual({ ok: true });
  });

  it('falls back to parsing in place, and logs why, when the worker cannot start or dies', async () => {
    const log: string[] = [];
    const missing = createPlanParser({ workerScript: path.join(dir, 'no-such-worker.cjs'), threshold: 10, log: (m) => log.push(m) });
    const bad = '{"schemaVersion": 1, "baseYear": "x"}';
    expect(await missing(bad, 'en')).toEqual(verdictOf(parsePlanText(bad, 'en')));
    expect(log.join('\n')).toMatch(/plan parse worker (did not start|failed)/);
  }, TIMEOUTS.slow);
});
