/**
 * 2,000 seeded mutants of the Xuzhou plan through validate → project → targets →
 * Monte Carlo → export: each is refused cleanly (every issue names a field) or gives a
 * result without NaN. scripts/fuzz-plans.ts runs the same chain on 20,000.
 */
import fc from 'fast-check';
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { planFuzzer, runPipeline, type Json } from '../testing/plan-fuzz';

const original = JSON.parse(readFileSync(new URL('../../scenarios/xuzhou-14th-fyp.json', import.meta.url), 'utf8')) as Json;

describe('mutated plan files through the whole chain', () => {
  it('2,000 seeded mutants: a clean refusal or a result without NaN, never an internal error', { timeout: 300_000 }, () => {
    const fuzzer = planFuzzer(original);
    const counts = { refused: 0, accepted: 0, internal: 0 };
    const errors: string[] = [];
    let slowest = 0;
    for (let batch = 0; batch < 4; batch++) {
      for (const edits of fc.sample(fuzzer.edits, { numRuns: 500, seed: 4242 + batch })) {
        const t0 = performance.now();
        const outcome = runPipeline(fuzzer.mutate(edits), batch % 2 === 0 ? 'en' : 'zh');
        slowest = Math.max(slowest, performance.now() - t0);
        counts[outcome.kind]++;
        if (outcome.kind === 'internal' && errors.length < 5) errors.push(`${outcome.error} after ${JSON.stringify(edits).slice(0, 300)}`);
      }
    }
    console.info(`plan fuzz: 2000 mutants, ${counts.refused} refused cleanly, ${counts.accepted} accepted without NaN, ${counts.internal} internal errors, slowest ${slowest.toFixed(0)} ms`);
    expect(errors).toEqual([]);
    expect(counts.refused + counts.accepted).toBe(2000);
    // Both ends of the chain are exercised, not only the validator.
    expect(counts.accepted).toBeGreaterThan(200);
    expect(counts.refused).toBeGreaterThan(200);
  });

  it('the attacks of issue 12 are each refused cleanly', () => {
    const fuzzer = planFuzzer(original);
    for (const formula of ['gdp/0', '10^400', 'log(0)', 'sqrt(0-1)', 'log(gdp, 10)', 'valueOf(gdp)', 'hasOwnProperty()', 'toString(gdp)+1', '__proto__()', 'constructor()']) {
      expect(runPipeline(fuzzer.mutate([{ kind: 'formula', index: 0, formula }])).kind, formula).toBe('refused');
    }
    const plan = structuredClone(original) as { indicators: { id: string }[] };
    plan.indicators[0]!.id = 'constructor';
    expect(runPipeline(JSON.stringify(plan)).kind).toBe('refused');
  });
});
