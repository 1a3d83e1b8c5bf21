import { describe, expect, it } from 'vitest';
import type { PlanInput } from './plan-schema';
import { applyWarningFix, planWarnings } from './plan-warnings';
import { minimalPlan } from '../testing/minimal-plan';
import { validatePlan } from './validate-plan';

const scenario0 = (p: PlanInput) => p.scenarios[0] as PlanInput['scenarios'][number];

describe('plan warnings', () => {
  it('the test plan has none', () => {
    expect(planWarnings(minimalPlan(), 'en')).toEqual([]);
  });

  it('a growth assumption of 6: did you mean 6% = 0.06?, and its fix', () => {
    const p = minimalPlan();
    scenario0(p).assumptions.gdp = [{ period: '14th', value: 6 }];
    const [w, ...rest] = planWarnings(p, 'en');
    expect(rest).toEqual([]);
    expect(w).toMatchObject({
      path: 'scenarios[0].assumptions.gdp[0].value',
      code: 'growth-as-percent',
      fix: { path: 'scenarios[0].assumptions.gdp[0].value', value: 0.06 },
    });
    expect(w?.message).toContain('did you mean 6% = 0.06?');
    expect(planWarnings(p, 'zh')[0]?.message).toContain('是否应为 6% = 0.06？');
    const fixed = applyWarningFix(p, w!.fix!);
    expect(scenario0(fixed).assumptions.gdp).toEqual([{ period: '14th', value: 0.06 }]);
    expect(scenario0(p).assumptions.gdp?.[0]?.value).toBe(6); // the plan given is not changed
    expect(planWarnings(fixed, 'en')).toEqual([]);
  });

  it('a deflator of 2 and an average-growth target of 6.5 warn; 0.5 and share points do not', () => {
    const p = minimalPlan();
    scenario0(p).deflator = [{ from: 2021, value: 2 }, { from: 2022, value: 0.5 }];
    scenario0(p).assumptions.urbanization = [{ period: '14th', value: 1 }];
    (p.targets[0] as { value: number }).value = 6.5;
    const ws = planWarnings(p, 'en');
    expect(ws.map((w) => [w.path, w.fix?.value])).toEqual([
      ['targets[0].value', 0.065],
      ['scenarios[0].deflator[0].value', 0.02],
    ]);
  });

  it('a share written as a fraction beside a threshold above 1 (fix × 100), and the reverse', () => {
    const p = minimalPlan();
    const urb = p.indicators[3] as PlanInput['indicators'][number];
    urb.base = { year: 2020, value: 0.68, source: 'test', status: 'estimate' };
    let ws = planWarnings(p, 'en');
    expect(ws).toHaveLength(1);
    expect(ws[0]).toMatchObject({ path: 'indicators[3].base.value', code: 'share-as-fraction', fix: { value: 68 } });
    expect(ws[0]?.message).toContain('did you mean 68?');

    const q = minimalPlan();
    (q.targets[4] as { value: number }).value = 0.73;
    ws = planWarnings(q, 'zh');
    expect(ws).toHaveLength(1);
    expect(ws[0]).toMatchObject({ path: 'targets[4].value', code: 'threshold-as-fraction', fix: { value: 73 } });
    expect(ws[0]?.message).toContain('是否应为 73？');
  });

  it('a tolerance on a multiple target is ignored: the warning offers to remove it, though the schema drops it', () => {
    const p = minimalPlan();
    Object.assign(p.targets[2] as object, { tolerance: 0.005 });
    const ws = planWarnings(p, 'en');
    expect(ws).toHaveLength(1);
    expect(ws[0]).toMatchObject({ path: 'targets[2].tolerance', code: 'tolerance-ignored', fix: { value: undefined } });
    const fixed = applyWarningFix(p, ws[0]!.fix!);
    expect('tolerance' in (fixed.targets[2] as object)).toBe(false);
    expect(validatePlan(p, 'en').ok).toBe(true); // a warning, not an error
  });

  it('a base value with a blank source; a missing base needs none', () => {
    const p = minimalPlan();
    (p.indicators[0] as PlanInput['indicators'][number]).base!.source = '   ';
    const ws = planWarnings(p, 'en');
    expect(ws).toEqual([{ path: 'indicators[0].base.source', at: ['indicators', 0, 'base', 'source'], code: 'base-without-source', message: expect.stringContaining('no source') }]);
    expect(validatePlan(p, 'en').ok).toBe(true);
    // jobs: value null, status missing, source 'none' → no warning either way.
    (p.indicators[7] as PlanInput['indicators'][number]).base!.source = '';
    expect(planWarnings(p, 'en')).toHaveLength(1);
  });
});
