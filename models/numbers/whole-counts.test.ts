import { describe, expect, it } from 'vitest';
import { targetResultDecimals } from '../targets/target-result-decimals';
import { targetKernel } from '../targets/target-probability';
import { evaluateTargets } from '../targets/evaluate-targets';
import { minimalPlan } from '../testing/minimal-plan';
import type { PlanInput } from '../plan/plan-schema';
import { parsePlanText } from '../plan/validate-plan';
import { outputGap } from './output-number';
import { isWholeCountUnit, judgedValue } from './whole-counts';

/** High-tech firms from 2,000 in 2020 to `at2025` in 2025, against 突破3000家 (> 3000). */
function firmsPlan(at2025: number) {
  const input: PlanInput = minimalPlan();
  input.indicators.push({
    id: 'firms',
    name: { zh: '高新技术企业', en: 'High-tech firms' },
    unit: '家',
    kind: 'level',
    basis: 'none',
    base: { year: 2020, value: 2000, source: 'test', status: 'final' },
  });
  input.targets.push({ id: 'firms-3000', indicator: 'firms', type: 'threshold', year: 2025, comparison: '>', value: 3000, sentence: '突破3000家', section: 's' });
  const scenario = input.scenarios[0] as { assumptions: Record<string, unknown> };
  scenario.assumptions.firms = [{ period: '14th', value: (at2025 / 2000) ** (1 / 5) - 1 }];
  const r = parsePlanText(JSON.stringify(input), 'en');
  if (!r.ok) throw new Error('firms plan invalid');
  return r.plan;
}

const firms = (at2025: number) => {
  const plan = firmsPlan(at2025);
  const result = evaluateTargets(plan, plan.scenarios[0] as never).find((x) => x.id === 'firms-3000');
  if (result === undefined) throw new Error('no result');
  return { plan, result };
};

describe('counts are whole', () => {
  it('knows which units count single things', () => {
    expect(['家', '个', '所', '次', '人'].every((u) => isWholeCountUnit(u))).toBe(true);
    expect(['万人', '亿元', '%', '万亩'].some((u) => isWholeCountUnit(u))).toBe(false);
    expect(isWholeCountUnit('项', [{ id: '项', name: { zh: '项', en: 'items' }, dimension: 'count' }])).toBe(true);
    expect(isWholeCountUnit('万家', [{ id: '万家', name: { zh: '万家', en: '10k firms' }, dimension: 'count', magnitude: 1e4 }])).toBe(false);
    expect(judgedValue(3000.0007, true)).toBe(3000);
    expect(judgedValue(3000.0007, false)).toBe(3000.0007);
  });

  it('3,000.0007 firms against "突破3000家" is 3,000, not met, gap 0: never "3,000 > 3,000 刚好达成" nor 3,000.001家', () => {
    const { plan, result } = firms(3000.0007);
    expect(result).toMatchObject({ projected: 3000, met: false, status: 'missed', onTheLine: false });
    expect(outputGap(result.gap, result.projected, result.target)).toBe(0);
    // Shown whole: the row's decimals stay the unit's 0.
    expect(targetResultDecimals(plan, result)).toBe(0);
  });

  it('3,000.6 firms is 3,001: met, gap 1', () => {
    const { result } = firms(3000.6);
    expect(result).toMatchObject({ projected: 3001, met: true, gap: 1 });
  });

  it('Monte Carlo judges every path the same way: 3,000.0007 does not break 3,000', () => {
    const plan = firmsPlan(3000);
    const t = plan.targets.find((x) => x.id === 'firms-3000');
    if (t === undefined) throw new Error('no target');
    const paths = Float64Array.from([3000.0007, 3000.6, 2999.4, 3002]);
    const projected = new Float64Array(paths.length);
    const count = targetKernel(plan, t).evaluate(() => paths, paths.length, projected);
    expect(count).toEqual({ met: 2, valid: 4 });
  });
});
