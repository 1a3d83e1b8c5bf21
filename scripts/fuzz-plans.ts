/**
 * The nightly-size fuzz run: seeded mutants of the Xuzhou plan through validate →
 * project → targets → Monte Carlo → export (models/testing/plan-fuzz.ts), and the time
 * to validate a 5 MB file. Prints the figures the README quotes; exits 1 on any
 * internal error.
 *
 *   npx tsx scripts/fuzz-plans.ts [--mutants 20000] [--seed 20261201]
 */
import fc from 'fast-check';
import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { performance } from 'node:perf_hooks';
import { MAX_FILE_BYTES } from '../models/plan/plan-schema';
import { planFuzzer, runPipeline, type Json } from '../models/testing/plan-fuzz';
import { parsePlanText } from '../models/plan/validate-plan';

function arg(name: string, fallback: number): number {
  const i = process.argv.indexOf(`--${name}`);
  const value = i >= 0 ? Number(process.argv[i + 1]) : fallback;
  if (!Number.isInteger(value) || value < 0) throw new Error(`--${name} must be a whole number`);
  return value;
}

const mutants = arg('mutants', 20_000);
const seed = arg('seed', 20_261_201);
const planPath = fileURLToPath(new URL('../scenarios/xuzhou-14th-fyp.json', import.meta.url));
const original = JSON.parse(readFileSync(planPath, 'utf8')) as Json;
const fuzzer = planFuzzer(original);

const counts = { refused: 0, accepted: 0, internal: 0 };
const errors = new Map<string, number>();
let slowest = { ms: 0, edits: '' };
const started = performance.now();
const batch = 1000;
for (let done = 0; done < mutants; done += batch) {
  const samples = fc.sample(fuzzer.edits, { numRuns: Math.min(batch, mutants - done), seed: seed + done });
  for (const edits of samples) {
    const t0 = performance.now();
    const outcome = runPipeline(fuzzer.mutate(edits));
    const ms = performance.now() - t0;
    if (ms > slowest.ms) slowest = { ms, edits: JSON.stringify(edits).slice(0, 200) };
    counts[outcome.kind]++;
    if (outcome.kind === 'internal') errors.set(outcome.error.slice(0, 160), (errors.get(outcome.error.slice(0, 160)) ?? 0) + 1);
  }
}
const total = performance.now() - started;

// Just under 5 MB, the largest file the app accepts: the plan with its indicator list
// repeated (valid JSON, schema work on every element), a list of a million numbers where
// a list of targets belongs, and brackets nested 2.6 million levels deep.
const under = (make: (n: number) => string): string => {
  let n = 1;
  while (Buffer.byteLength(make(n * 2)) < MAX_FILE_BYTES) n *= 2;
  let lo = n;
  let hi = n * 2;
  while (hi - lo > 1) {
    const mid = (lo + hi) >> 1;
    if (Buffer.byteLength(make(mid)) < MAX_FILE_BYTES) lo = mid;
    else hi = mid;
  }
  return make(lo);
};
const plan = original as Record<string, Json>;
const indicators = plan.indicators as Json[];
const repeated = under((n) => JSON.stringify({ ...plan, indicators: Array.from({ length: n }, (_, i) => indicators[i % indicators.length] as Json) }));
const numbers = under((n) => JSON.stringify({ ...plan, targets: Array.from({ length: n }, (_, i) => i % 1000) }));
const nested = under((n) => `${'['.repeat(n)}${']'.repeat(n)}`);
/** Time of one validation (the mutants above have warmed the code up, as a session would). */
const timeOf = (text: string) => {
  const t0 = performance.now();
  const result = parsePlanText(text, 'en');
  const ms = performance.now() - t0;
  if (result.ok || result.issues[0]?.code === 'file-too-large') throw new Error('the 5 MB sample must reach the checks');
  return ms;
};
const big = [
  { what: 'indicators repeated', bytes: Buffer.byteLength(repeated), ms: timeOf(repeated) },
  { what: 'a million numbers as targets', bytes: Buffer.byteLength(numbers), ms: timeOf(numbers) },
  { what: 'nested brackets', bytes: Buffer.byteLength(nested), ms: timeOf(nested) },
];

console.log(`mutants            ${mutants} (seed ${seed})`);
console.log(`refused cleanly    ${counts.refused}`);
console.log(`accepted, no NaN   ${counts.accepted}`);
console.log(`internal errors    ${counts.internal}`);
console.log(`slowest mutant     ${slowest.ms.toFixed(1)} ms  ${slowest.edits}`);
console.log(`mean per mutant    ${(total / Math.max(1, mutants)).toFixed(2)} ms (total ${(total / 1000).toFixed(1)} s)`);
for (const b of big) console.log(`validate ${(b.bytes / 1e6).toFixed(1)} MB (${b.what}): ${b.ms.toFixed(0)} ms (budget 1000 ms)`);
for (const [error, n] of errors) console.log(`  ${n} × ${error}`);
process.exitCode = counts.internal > 0 || big.some((b) => b.ms > 1000) ? 1 : 0;
