import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { goalSeek, GoalSeekError } from './goal-seek';
import { planFile, type Plan, type Scenario } from '../plan/plan-schema';
import { project, valueAt } from './projection';
import { evaluateTargets } from '../targets/evaluate-targets';
import { minimalPlan } from '../testing/minimal-plan';
import { parsePlanText } from '../plan/validate-plan';

const plan = (): Plan => planFile.parse(minimalPlan());

describe('goal seek', () => {
  it('the constant GDP growth from 2026 that makes the 2035 doubling hold exactly is 2^(1/10) − 1 (2021–25 fixed)', () => {
    const p = plan();
    const sc = p.scenarios[0] as Scenario;
    // move the 15th/16th-period growth away from the answer first
    const slow: Scenario = { ...sc, assumptions: { ...sc.assumptions, gdp: [{ period: '14th', value: 0.065 }, { from: 2026, to: 2035, value: 0.04 }] } };
    const r = goalSeek(p, slow, { targetId: 'gdp-double', indicator: 'gdp', fromYear: 2026 });
    expect(r.ok).toBe(true);
    if (!r.ok) return;
    expect(r.value).toBeCloseTo(2 ** 0.1 - 1, 11);
    expect(r.toYear).toBe(2035);
    expect(Math.abs(r.gap)).toBeLessThan(1e-6);
    expect(r.met).toBe(true);
    expect(r.gap).toBeGreaterThanOrEqual(0);
    // 2021–25 untouched
    expect(r.scenario).toBeUndefined();
  });

  it('Xuzhou plan, from the reported figures: the doubling from 2026 still needs 2^(1/10) − 1 in every scenario', () => {
    const x = parsePlanText(readFileSync(new URL('../../scenarios/xuzhou-14th-fyp.json', import.meta.url), 'utf8'), 'en');
    if (!x.ok) throw new Error('embedded plan invalid');
    for (const id of ['plan', 'slower', 'faster', 'trend']) {
      const r = goalSeek(x.plan, id, { targetId: 'gdp-2035-double', indicator: 'gdp', fromYear: 2026 });
      expect(r.ok && r.value, id).toBeCloseTo(2 ** 0.1 - 1, 11);
    }
  });

  it('writes the value into a new scenario on request, leaving the original as it was', () => {
    const p = plan();
    const before = structuredClone(p);
    const r = goalSeek(p, 'plan', { targetId: 'gdp-trillion', indicator: 'gdp', fromYear: 2021, toYear: 2025 }, {
      id: 'trillion-exactly',
      name: { zh: '恰好万亿', en: 'Exactly a trillion' },
    });
    expect(p).toEqual(before);
    expect(r.ok).toBe(true);
    if (!r.ok || !r.scenario) throw new Error('no scenario');
    expect(r.value).toBeCloseTo((10000 / 7400) ** 0.2 - 1, 11);
    const sc = r.scenario;
    expect(sc.id).toBe('trillion-exactly');
    expect(sc.name.en).toBe('Exactly a trillion');
    expect(sc.builtIn).toBeUndefined();
    expect(sc.assumptions.gdp?.at(-1)).toEqual({ from: 2021, to: 2025, value: r.value });
    const withNew = { ...p, scenarios: [...p.scenarios, sc] };
    expect(valueAt(project(withNew, sc.id), 'gdp', 2025, 'nominal')).toBeCloseTo(10000, 6);
    // years after 2025 keep the original path
    expect(valueAt(project(withNew, sc.id), 'gdp', 2035, 'real') / valueAt(project(withNew, sc.id), 'gdp', 2025, 'real')).toBeCloseTo(2, 10);
    expect(evaluateTargets(withNew, sc).find((t) => t.id === 'gdp-trillion')?.met).toBe(true);
  });

  it('solves shares in points a year and flows in amounts a year', () => {
    const p = plan();
    const urban = goalSeek(p, 'plan', { targetId: 'urban-73', indicator: 'urbanization', fromYear: 2021, toYear: 2025 });
    expect(urban.ok && urban.value).toBeCloseTo(1, 9);
    const jobs = goalSeek(p, 'plan', { targetId: 'jobs-35', indicator: 'jobs', fromYear: 2021, toYear: 2025 });
    // "> 35" is strict, and values within 1e-9 of the threshold count as equal: a hair above 7
    expect(jobs.ok && jobs.value).toBeGreaterThan(7);
    expect(jobs.ok && jobs.value).toBeCloseTo(7, 7);
  });

  it('moves several indicators together (both incomes for resident income)', () => {
    const p = plan();
    const r = goalSeek(p, 'plan', { targetId: 'income-40k', indicator: ['income_urban', 'income_rural'], fromYear: 2021, toYear: 2025 });
    expect(r.ok).toBe(true);
    if (!r.ok) return;
    const weighted = 0.73 * 39000 + 0.27 * 21000;
    expect(r.value).toBeCloseTo((40000 / weighted) ** 0.2 - 1, 10);
  });

  it('says why when it cannot: no base value, no effect, no bracket', () => {
    const p = plan();
    const sc = p.scenarios[0] as Scenario;
    const noBase = { ...p, targets: [...p.targets, { id: 'jobs-2025', indicator: 'population', type: 'threshold' as const, year: 2025, comparison: '>=' as const, value: 1, sentence: 's', section: 's' }] };
    noBase.indicators = noBase.indicators.map((i) => (i.id === 'population' ? { ...i, base: { ...i.base!, value: null } } : i));
    expect(goalSeek(noBase, sc, { targetId: 'jobs-2025', indicator: 'population', fromYear: 2021 })).toMatchObject({ ok: false, reason: 'needs-base' });
    expect(goalSeek(p, sc, { targetId: 'gdp-double', indicator: 'urbanization', fromYear: 2026 })).toMatchObject({ ok: false, reason: 'no-effect' });
    expect(goalSeek(p, sc, { targetId: 'gdp-double', indicator: 'gdp', fromYear: 2026, bracket: [0.1, 0.2] })).toMatchObject({ ok: false, reason: 'no-bracket' });
    expect(() => goalSeek(p, sc, { targetId: 'gdp-double', indicator: 'gdp', fromYear: 2020 })).toThrow(GoalSeekError);
    expect(() => goalSeek(p, sc, { targetId: 'gdp-double', indicator: ['gdp', 'urbanization'], fromYear: 2026 })).toThrow(/one kind/);
    expect(() => goalSeek(p, sc, { targetId: 'gdp-double', indicator: 'gdp', fromYear: 2026 }, { id: 'plan', name: { zh: '重', en: 'dup' } })).toThrow(
      /duplicate-scenario-id/,
    );
  });
});
