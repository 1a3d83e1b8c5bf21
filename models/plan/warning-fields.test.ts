import { describe, expect, it } from 'vitest';
import type { Plan, PlanInput } from './plan-schema';
import { applyWarningFix } from './plan-warnings';
import { minimalPlan } from '../testing/minimal-plan';
import { validatePlan } from './validate-plan';
import { warningField, warningItems } from './warning-fields';
import { planWithFix } from './warning-fix';

function parsed(p: PlanInput): Plan {
  const r = validatePlan(p, 'en');
  if (!r.ok) throw new Error(r.issues.map((i) => `${i.path}: ${i.message}`).join('; '));
  return r.plan;
}

const scenario0 = (p: PlanInput) => p.scenarios[0] as PlanInput['scenarios'][number];

describe('warning fields in words', () => {
  it('names the scenario, indicator and period of a growth typed as a percentage, with its fix', () => {
    const p = minimalPlan();
    scenario0(p).assumptions.gdp = [{ period: '14th', value: 0.065 }, { from: 2026, to: 2030, value: 6 }];
    const plan = parsed(p);
    const [item, ...rest] = warningItems(plan, 'zh');
    expect(rest).toEqual([]);
    expect(item).toMatchObject({ code: 'growth-as-percent', path: 'scenarios[0].assumptions.gdp[1].value', field: '情景“规划” · 地区生产总值 · 2026—2030年的假设' });
    expect(item?.fix?.value).toBe(0.06);
    expect(warningItems(plan, 'en')[0]?.field).toBe('scenario “Plan” · GDP · assumption for 2026–2030');
    // The fix applied to the plan in the store leaves it valid and without the warning.
    const fixed = applyWarningFix(plan, item!.fix!);
    expect(fixed.scenarios[0]?.assumptions.gdp?.[1]?.value).toBe(0.06);
    expect(validatePlan(fixed).ok).toBe(true);
    expect(warningItems(fixed, 'zh')).toEqual([]);
  });

  it('names a period by its name and years, the deflator and consumer prices', () => {
    const p = minimalPlan();
    scenario0(p).deflator = [{ period: '15th', value: 2 }];
    scenario0(p).cpi = [{ from: 2031, value: 3 }];
    const plan = parsed(p);
    expect(warningItems(plan, 'zh').map((w) => w.field)).toEqual(['情景“规划” · GDP平减指数 · “十五五”（2026—2030年）的假设', '情景“规划” · 居民消费价格 · 2031年的假设']);
    expect(warningItems(plan, 'en').map((w) => w.field)).toEqual(['scenario “Plan” · GDP deflator · assumption for 15th FYP (2026–2030)', 'scenario “Plan” · consumer prices · assumption for 2031']);
  });

  it('names a target by its indicator and years, and a base value by its indicator', () => {
    const p = minimalPlan();
    (p.targets[0] as { value: number }).value = 6.5;
    (p.indicators[0] as PlanInput['indicators'][number]).base!.source = ' ';
    const plan = parsed(p);
    const items = warningItems(plan, 'zh');
    expect(items.map((w) => [w.code, w.field])).toEqual([
      ['base-without-source', '指标“地区生产总值” · 基期值来源'],
      ['growth-as-percent', '目标“地区生产总值 2020—2025年” · 年均增长率'],
    ]);
    expect(items[0]?.fix).toBeUndefined();
    expect(items.every((w) => w.message.length > 0)).toBe(true);
  });

  it('names a share written as a fraction, a tolerance, and falls back to the path for anything else', () => {
    const plan = parsed(minimalPlan());
    expect(warningField(plan, ['indicators', 3, 'base', 'value'], 'zh')).toBe('指标“城镇化率” · 2020年基期值');
    expect(warningField(plan, ['targets', 4, 'value'], 'en')).toBe('target “Urbanization 2025” · threshold');
    expect(warningField(plan, ['targets', 1, 'tolerance'], 'zh')).toBe('目标“地区生产总值 2025年” · 允许幅度（“左右”）');
    expect(warningField(plan, ['facts', 0, 'value'], 'en')).toBe('facts[0].value');
    expect(warningField(plan, ['indicators', 99, 'base', 'value'], 'en')).toBe('indicators[99].base.value');
  });
});

describe('planWithFix', () => {
  it('applies a fix through validation, leaving the plan given unchanged; a path that leads nowhere is refused', () => {
    const p = minimalPlan();
    scenario0(p).assumptions.gdp = [{ period: '14th', value: 6.5 }];
    const plan = parsed(p);
    const fix = warningItems(plan, 'en')[0]!.fix!;
    const r = planWithFix(plan, fix, 'en');
    expect(r.ok && r.plan.scenarios[0]?.assumptions.gdp?.[0]?.value).toBe(0.065);
    expect(plan.scenarios[0]?.assumptions.gdp?.[0]?.value).toBe(6.5);
    expect(planWithFix(plan, { ...fix, at: ['scenarios', 7, 'assumptions', 'gdp', 0, 'value'] }, 'en').ok).toBe(false);
  });
});
