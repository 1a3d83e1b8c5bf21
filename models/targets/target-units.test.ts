import { describe, expect, it } from 'vitest';
import { formatValue } from '../numbers/format';
import type { PlanInput } from '../plan/plan-schema';
import { evaluateTargets, type TargetResult } from './evaluate-targets';
import { targetKernel } from './target-probability';
import { minimalPlan } from '../testing/minimal-plan';
import { unitInfo } from '../numbers/units';
import { validatePlan } from '../plan/validate-plan';

function valid(input: PlanInput) {
  const r = validatePlan(input, 'en');
  if (!r.ok) throw new Error(JSON.stringify(r.issues));
  return r.plan;
}
const byId = (input: PlanInput): Record<string, TargetResult> => {
  const plan = valid(input);
  return Object.fromEntries(evaluateTargets(plan, plan.scenarios[0] as (typeof plan.scenarios)[number]).map((r) => [r.id, r]));
};

describe('a target written in another magnitude of its indicator\'s unit', () => {
  it('1万亿元 against GDP in 亿元 is judged as 10,000亿元, exactly as the same target written in 亿元', () => {
    const input = minimalPlan();
    input.targets.push({ id: 'gdp-trillion-wan-yi', indicator: 'gdp', type: 'threshold', year: 2025, comparison: '>=', value: 1, unit: '万亿元', basis: 'nominal', sentence: '万亿', section: 's' });
    const r = byId(input);
    const inYi = r['gdp-trillion'] as TargetResult;
    const inWanYi = r['gdp-trillion-wan-yi'] as TargetResult;
    expect(inWanYi.target).toBe(10000);
    expect(inWanYi.projected).toBe(inYi.projected);
    expect(inWanYi.gap).toBe(inYi.gap);
    expect(inWanYi.status).toBe(inYi.status);
    expect(inWanYi.requiredGrowth).toBe(inYi.requiredGrowth);
    expect(inWanYi.rebased?.zh).toContain('1.00万亿元 = 10,000.00亿元');
  });

  it('a cumulative target of 350,000人 against jobs in 万人 is 35万人', () => {
    const input = minimalPlan();
    input.targets.push({ id: 'jobs-persons', indicator: 'jobs', type: 'cumulative', from: 2021, to: 2025, comparison: '>', value: 350000, unit: '人', sentence: '35万', section: 's' });
    const r = byId(input);
    expect((r['jobs-persons'] as TargetResult).target).toBe(35);
    expect((r['jobs-persons'] as TargetResult).gap).toBe((r['jobs-35'] as TargetResult).gap);
  });

  it('the Monte Carlo kernel judges the converted threshold', () => {
    const input = minimalPlan();
    input.targets.push({ id: 'gdp-t', indicator: 'gdp', type: 'threshold', year: 2025, comparison: '>=', value: 1, unit: '万亿元', basis: 'nominal', sentence: '万亿', section: 's' });
    const plan = valid(input);
    const kernel = targetKernel(plan, plan.targets.find((t) => t.id === 'gdp-t') as (typeof plan.targets)[number]);
    const projected = new Float64Array(2);
    const out = kernel.evaluate(() => Float64Array.from([9999, 10001]), 2, projected);
    expect(out).toEqual({ met: 1, valid: 2 });
  });
});

describe('unit checks when a plan is validated', () => {
  it('refuses a target unit of another dimension, naming the field', () => {
    const input = minimalPlan();
    input.targets.push({ id: 'bad', indicator: 'gdp', type: 'threshold', year: 2025, comparison: '>=', value: 1, unit: '万人', sentence: 'x', section: 's' });
    const r = validatePlan(input, 'en');
    expect(r.ok).toBe(false);
    if (!r.ok) expect(r.issues).toEqual([{ path: 'targets[6].unit', code: 'unit-not-convertible', message: expect.stringContaining('"万人" cannot be converted to the indicator\'s unit "亿元"') }]);
  });

  it('refuses an unknown indicator unit, and accepts it once the plan defines it with its labels', () => {
    const input = minimalPlan();
    (input.indicators[1] as { unit: string }).unit = '万床';
    const refused = validatePlan(input, 'zh');
    expect(refused.ok).toBe(false);
    if (!refused.ok) expect(refused.issues.map((i) => [i.path, i.code])).toEqual([['indicators[1].unit', 'unknown-unit']]);
    input.units = [{ id: '万床', name: { zh: '万张床位', en: '10k beds' }, decimals: 2 }];
    expect(validatePlan(input, 'zh').ok).toBe(true);
  });

  it('refuses a plan unit that redefines a built-in one', () => {
    const input = minimalPlan();
    input.units = [{ id: '亿元', name: { zh: '亿元', en: 'x' } }];
    const r = validatePlan(input, 'en');
    expect(r.ok).toBe(false);
    if (!r.ok) expect(r.issues.map((i) => [i.path, i.code])).toEqual([['units[0].id', 'unit-built-in']]);
  });

  it('converts a target written in a plan unit with a dimension and magnitude', () => {
    const input = minimalPlan();
    input.indicators.push({ id: 'farmland', name: { zh: '高标准农田', en: 'Farmland' }, unit: '万亩', kind: 'flow', basis: 'none', base: { year: 2020, value: 50, source: 'test', status: 'estimate' } });
    input.units = [{ id: '万公顷', name: { zh: '万公顷', en: '10k hectares' }, dimension: 'area', magnitude: 150000 }];
    input.targets.push({ id: 'farm', indicator: 'farmland', type: 'cumulative', from: 2021, to: 2025, comparison: '>=', value: 17, unit: '万公顷', sentence: 'x', section: 's' });
    expect((byId(input).farm as TargetResult).target).toBe(255);
  });
});

describe('a plan unit\'s labels', () => {
  it('show in its language, with its decimals; an unknown id shows as itself', () => {
    const own = [{ id: '万床', name: { zh: '万张床位', en: '10k beds' }, decimals: 2 }];
    expect(formatValue(5.2, '万床', 'en', undefined, own)).toBe('5.20 10k beds');
    expect(formatValue(5.2, '万床', 'zh', undefined, own)).toBe('5.20万张床位');
    expect(unitInfo('万床')).toEqual({ zh: '万床', en: '万床', decimals: 1 });
    expect(unitInfo('亿元', own).en).toBe('100m yuan');
  });
});
