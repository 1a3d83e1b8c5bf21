/**
 * A history figure corrected in 实际数据 (a year before the base year) is taken by the
 * engine like any other: the per-capita doubling relative to 2020 (its reference, the
 * threshold the target table shows), the review's recent growth and the charts' history
 * points all follow; the base values do not move.
 */
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { historyPoints } from '../charts/history-points';
import { reviewPlan } from '../review/review';
import { evaluateTargets, referenceOf } from '../targets/evaluate-targets';
import { readTypedFigure } from './actuals-input';
import { applyActualsTakingBases } from './base-from-reported';
import { planFile, type Plan, type PlanInput } from './plan-schema';
import { validatePlan } from './validate-plan';

const national = (): Plan => planFile.parse(JSON.parse(readFileSync(new URL('../../scenarios/national-15th-fyp.json', import.meta.url), 'utf8')) as PlanInput);
const defaults = { source: '手工录入', status: 'reported' as const };
const ID = 'gdp-pc-2035-double-2020';

function doubling(plan: Plan) {
  const t = plan.targets.find((x) => x.id === ID);
  if (t === undefined || t.type !== 'multiple') throw new Error('no per-capita doubling');
  return t;
}

/** The plan after typing a figure into the grid (value, real growth in percent). */
function typed(plan: Plan, indicator: string, year: number, value: string, realGrowth: string) {
  const batch = readTypedFigure(plan, { indicator, year, value, realGrowth, source: '更正', status: '公布' }, defaults);
  expect(batch.issues).toEqual([]);
  return applyActualsTakingBases(plan, batch.changes);
}

describe('a corrected history figure reaches every view', () => {
  it('2024 real growth of GDP per capita 5.1% → 6.1%: the 2020 reference, the threshold and the recent growth follow; bases stay', () => {
    const plan = national();
    const { plan: next, taken } = typed(plan, 'gdp_per_capita', 2024, '95749', '6.1');
    expect(taken).toEqual([]);
    expect(next.indicators.map((i) => i.base)).toEqual(plan.indicators.map((i) => i.base));
    expect(validatePlan(next).ok).toBe(true);

    const was = 99665 / (1.08 * 1.03 * 1.054 * 1.051 * 1.051);
    const now = 99665 / (1.08 * 1.03 * 1.054 * 1.061 * 1.051);
    expect(referenceOf(plan, doubling(plan))).toBeCloseTo(was, 6);
    expect(referenceOf(next, doubling(next))).toBeCloseTo(now, 6);
    const threshold = (p: Plan) => evaluateTargets(p, p.scenarios[0] as Plan['scenarios'][number]).find((r) => r.id === ID)?.target;
    expect(threshold(next)).toBeCloseTo(2 * now, 6);
    expect(threshold(plan)).toBeCloseTo(2 * was, 6);

    const recent = (p: Plan) => reviewPlan(p, { scenarioId: 'trend' }).targets.find((t) => t.id === ID)?.recentGrowth;
    expect(recent(next)).toBeCloseTo((1.08 * 1.03 * 1.054 * 1.061 * 1.051) ** (1 / 5) - 1, 9);
  });

  it('2024 GDP level corrected: the chart’s 2024 history point (current prices) follows', () => {
    const plan = national();
    const at2024 = (p: Plan) => historyPoints(p, 'gdp', 'nominal').find((h) => h.year === 2024)?.value;
    expect(at2024(plan)).toBe(1349084);
    const { plan: next } = typed(plan, 'gdp', 2024, '1350000', '5');
    expect(at2024(next)).toBe(1350000);
  });
});
