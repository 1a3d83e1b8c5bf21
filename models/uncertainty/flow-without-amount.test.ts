/**
 * A flow with neither an assumed amount nor reported figures is unknown on every path, as
 * in the deterministic engine: a cap on its sum (新增建设用地…2600万亩以内) gets no
 * probability, not 100% from a sum of zeros, while the target table says it needs a base.
 */
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { planFile } from '../plan/plan-schema';
import { evaluateTargets } from '../targets/evaluate-targets';
import { runMonteCarlo } from './monte-carlo';

const plan = planFile.parse(JSON.parse(readFileSync(new URL('../../scenarios/national-15th-fyp.json', import.meta.url), 'utf8')));

describe('a cap on a flow nobody has given an amount', () => {
  it('needs a base in the target table, and has no probability in Monte Carlo', () => {
    const trend = plan.scenarios.find((s) => s.id === 'trend');
    if (trend === undefined) throw new Error('no trend');
    expect(evaluateTargets(plan, trend).find((r) => r.id === 'construction-land-cap')?.status).toBe('needs-base');
    const r = runMonteCarlo(plan, 'trend', { shocks: [{ indicator: 'gdp', sd: 0.01 }] }, { runs: 200, seed: 1 });
    const p = r.targets.find((t) => t.id === 'construction-land-cap');
    expect(p?.probability).toBeNull();
    expect(p?.validCount).toBe(0);
  });
});
