import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { parsePlanText } from '../index';
import type { Plan, PlanInput } from './plan-schema';
import { validatePlan } from './validate-plan';
import { evaluateTargets } from '../targets/evaluate-targets';
import { reviewPlan } from '../review/review';
import { finishedPeriod, nextPlan, nextPlanId, segmentsAfter } from './next-plan';

function xuzhouWith2025(): Plan {
  const raw = JSON.parse(readFileSync(new URL('../../scenarios/xuzhou-14th-fyp.json', import.meta.url), 'utf8')) as PlanInput;
  const gdp = raw.indicators.find((i) => i.id === 'gdp');
  gdp?.actuals?.push({ year: 2025, value: 9900, realGrowth: 0.058, source: 'a figure made for the test', status: 'preliminary' });
  const r = validatePlan(raw, 'en');
  if (!r.ok) throw new Error(r.issues.map((i) => `${i.path}: ${i.message}`).join('; '));
  return r.plan;
}

describe('nextPlan on the Xuzhou 14th plan with a 2025 GDP figure', () => {
  const plan = xuzhouWith2025();
  const result = nextPlan(plan);
  const next = result.plan;

  it('starts from the end of the finished period, and the file it writes passes validation', () => {
    expect(result.finished.id).toBe('14th');
    expect(next.baseYear).toBe(2025);
    expect(next.horizon).toBe(2035);
    expect(next.periods.map((p) => [p.start, p.end])).toEqual([
      [2026, 2030],
      [2031, 2035],
    ]);
    const again = parsePlanText(JSON.stringify(next), 'en');
    expect(again.ok ? [] : again.issues).toEqual([]);
  });

  it('takes each base value from the reported figure of 2025, keeping its source and status', () => {
    const gdp = next.indicators.find((i) => i.id === 'gdp');
    expect(gdp?.base).toMatchObject({ year: 2025, value: 9900, status: 'preliminary', source: 'a figure made for the test' });
    expect(result.reportedBases).toContain('gdp');
  });

  it('estimates a base value the year has no figure for from the projection, and says so', () => {
    const pop = next.indicators.find((i) => i.id === 'population');
    expect(result.estimatedBases).toContain('population');
    expect(pop?.base?.status).toBe('estimate');
    expect(pop?.base?.note).toMatch(/2025/);
    // As the statistics print it: 万人 has 1 decimal place, the estimate keeps 2; the source names the scenario once.
    expect(pop?.base?.value).toBe(Number((pop?.base?.value as number).toFixed(2)));
    expect(pop?.base?.source).not.toMatch(/情景”情景/);
    // The note about the old base year is labelled as the previous plan's.
    for (const ind of next.indicators.filter((i) => i.base?.status === 'estimate' || i.base?.status === 'missing')) {
      if (ind.note !== undefined) expect(ind.note.zh, ind.id).toMatch(/^（上期规划，基期2020年的说明）/);
    }
    // A sourced estimate of the year (industrial sales: 9,000, the city's December 2025 预计) is taken over the model's.
    const sales = next.indicators.find((i) => i.id === 'industrial_sales');
    expect(sales?.base).toMatchObject({ year: 2025, value: 9000, status: 'estimate' });
    expect(sales?.base?.source).toMatch(/新闻发布会/);
    // Never invented: an indicator with no base and no figure stays missing.
    for (const id of result.missingBases) expect(next.indicators.find((i) => i.id === id)?.base?.value).toBeNull();
  });

  it('keeps every reported figure as history', () => {
    for (const ind of plan.indicators) {
      expect(next.indicators.find((i) => i.id === ind.id)?.actuals ?? []).toEqual(ind.actuals ?? []);
    }
    expect(next.prices).toEqual(plan.prices);
  });

  it('keeps the finished period’s outcomes as facts: 1万亿 missed at 9,900', () => {
    const outcome = next.predecessor?.outcomes.find((o) => o.target === 'gdp-2025-trillion');
    expect(outcome).toMatchObject({ status: 'missed', value: 9900, threshold: 10000, source: 'reported', year: 2025 });
    expect(next.predecessor?.period).toMatchObject({ start: 2021, end: 2025 });
    expect(next.targets.some((t) => t.id === 'gdp-2025-trillion')).toBe(false);
  });

  it('carries the 2035 doublings with their sentences and reference year, judged from the reported 2025 level', () => {
    expect(result.carriedTargets).toEqual(expect.arrayContaining(['gdp-2035-double', 'income-2035-double']));
    const t = next.targets.find((x) => x.id === 'gdp-2035-double');
    expect(t).toMatchObject({ type: 'multiple', ofYear: 2025, year: 2035 });
    expect(t?.sentence).toBe(plan.targets.find((x) => x.id === 'gdp-2035-double')?.sentence);
    const r = evaluateTargets(next, next.scenarios[0] as Plan['scenarios'][number]).find((x) => x.id === 'gdp-2035-double');
    // Real terms at 2025 prices: the threshold is twice the reported 2025 level.
    expect(r?.target).toBeCloseTo(2 * 9900, 6);
  });

  it('review and check run on it', () => {
    const review = reviewPlan(next);
    expect(review.targets.map((t) => t.id)).toEqual(next.targets.map((t) => t.id));
  });
});

describe('next-plan helpers', () => {
  it('names the next plan', () => {
    expect(nextPlanId('xuzhou-14th-fyp')).toBe('xuzhou-15th-fyp');
    expect(nextPlanId('my-plan')).toBe('my-plan-next');
  });

  it('keeps only the years after the new base of an assumption path', () => {
    const periods = new Map([
      ['a', { id: 'a', name: { zh: 'a', en: 'a' }, start: 2021, end: 2025 }],
      ['b', { id: 'b', name: { zh: 'b', en: 'b' }, start: 2026, end: 2030 }],
      ['c', { id: 'c', name: { zh: 'c', en: 'c' }, start: 2024, end: 2027 }],
    ]);
    expect(
      segmentsAfter(
        [
          { period: 'a', value: 1 },
          { period: 'b', value: 2 },
          { period: 'c', value: 3 },
          { from: 2021, to: 2035, value: 4 },
          { from: 2022, value: 5 },
        ],
        2025,
        2035,
        periods,
      ),
    ).toEqual([
      { period: 'b', value: 2 },
      { from: 2026, to: 2027, value: 3 },
      { from: 2026, to: 2035, value: 4 },
    ]);
  });

  it('refuses a plan with no period left', () => {
    const plan = xuzhouWith2025();
    expect(finishedPeriod(plan)?.id).toBe('14th');
    expect(() => nextPlan({ ...plan, periods: [{ id: 'x', name: { zh: 'x', en: 'x' }, start: 2021, end: 2035 }] })).toThrow(/no-years-left/);
  });
});
