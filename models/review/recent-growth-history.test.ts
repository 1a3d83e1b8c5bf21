/**
 * "Growth of the last five years" in a plan with nothing reported after its base year (the
 * national outline, based on 2025; a plan just continued): taken from its reported history,
 * the 2025 level against 2020's chained back with the reported real growth of 2021–25.
 */
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { planFile } from '../plan/plan-schema';
import { headlineLines } from '../targets/headline';
import { nextPlan } from '../plan/next-plan';
import { reviewPlan } from './review';

const plan = planFile.parse(JSON.parse(readFileSync(new URL('../../scenarios/national-15th-fyp.json', import.meta.url), 'utf8')));

describe('recent growth from the reported history', () => {
  const review = reviewPlan(plan, { scenarioId: 'trend' });
  const row = (id: string) => review.targets.find((t) => t.id === id);

  it('GDP per capita 2020–25: (1.08 × 1.03 × 1.054 × 1.051 × 1.051)^(1/5) − 1 = 5.31% a year', () => {
    const chain = 1.08 * 1.03 * 1.054 * 1.051 * 1.051;
    expect(row('gdp-pc-2035-double-2020')?.recentGrowth).toBeCloseTo(chain ** (1 / 5) - 1, 9);
    expect(row('gdp-pc-2035-double-2020')?.recentFrom).toBe(2020);
    const line = headlineLines(plan, review, null).find((l) => l.id === 'gdp-pc-2035-double-2020');
    expect([line?.recentFrom, line?.recentTo]).toEqual([2020, 2025]);
  });

  it('none where the history cannot be chained (R&D spending: nominal figures, no real growth)', () => {
    expect(row('rd-growth-15th')?.recentGrowth).toBeNull();
  });
});

describe('recent growth in a plan continued from the Xuzhou 14th plan', () => {
  it('where the history cannot be chained (2024 has no reported real growth), is the growth the previous plan’s review found', () => {
    const raw = JSON.parse(readFileSync(new URL('../../scenarios/xuzhou-14th-fyp.json', import.meta.url), 'utf8')) as { indicators: { id: string; actuals?: unknown[] }[] };
    raw.indicators.find((i) => i.id === 'gdp')?.actuals?.push({ year: 2025, value: 9950, realGrowth: 0.055, source: 'test', status: 'preliminary' });
    const next = nextPlan(planFile.parse(raw)).plan;
    const kept = next.predecessor?.outcomes.find((o) => o.indicator === 'gdp' && o.achievedTo === 2025);
    expect(kept?.achievedFrom).toBe(2020);
    const r = reviewPlan(next, { scenarioId: 'plan' }).targets.find((t) => t.id === 'gdp-2035-double');
    expect(r?.recentGrowth).toBe(kept?.achievedGrowth);
    expect([r?.recentFrom, r?.recentTo]).toEqual([2020, 2025]);
  });
});
