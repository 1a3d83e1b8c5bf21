/**
 * Monte Carlo judges a multiple whose reference year lies before the base year against the
 * reported reference (the same on every path): the national outline's 2035 per-capita GDP
 * = 2 × 2020, in a 2025-based plan. Before, the kernel asked the paths for 2020, got none,
 * and the probability was "not computed".
 */
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { planFile } from '../plan/plan-schema';
import { runMonteCarlo } from '../uncertainty/monte-carlo';
import { targetKernel } from './target-probability';

const plan = planFile.parse(JSON.parse(readFileSync(new URL('../../scenarios/national-15th-fyp.json', import.meta.url), 'utf8')));
const t = plan.targets.find((x) => x.id === 'gdp-pc-2035-double-2020');
if (t === undefined || t.type !== 'multiple') throw new Error('no per-capita doubling');
// 2020 at 2025 prices: 99,665 chained back with the reported real growth 2021–25.
const ref2020 = 99665 / (1.08 * 1.03 * 1.054 * 1.051 * 1.051);

describe('a multiple relative to a year before the base year, in Monte Carlo', () => {
  it('needs only the target year from the paths and compares with 2 × the reported 2020 level', () => {
    const k = targetKernel(plan, t);
    expect(k.needs.map((n) => n.year)).toEqual([2035]);
    const projected = new Float64Array(3);
    const out = k.evaluate(() => Float64Array.from([2 * ref2020 + 1, 2 * ref2020 - 1, Number.NaN]), 3, projected);
    expect(out).toEqual({ met: 1, valid: 2 });
  });

  it('gives a probability in the headline run (trend: GDP per capita spread by its default shock)', () => {
    const r = runMonteCarlo(plan, 'trend', { shocks: [{ indicator: 'gdp_per_capita', sd: 0.01 }] }, { runs: 2000, seed: 3 });
    const p = r.targets.find((x) => x.id === 'gdp-pc-2035-double-2020');
    expect(p?.validCount).toBe(2000);
    expect(p?.probability).not.toBeNull();
    // the central path meets it with room (167,169 against 153,910): most paths do
    expect(p?.probability as number).toBeGreaterThan(0.9);
  });
});
