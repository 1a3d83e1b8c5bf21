import { describe, expect, it } from 'vitest';
import { readFileSync } from 'node:fs';
import { planFile, type Plan } from '../plan/plan-schema';
import { project, valueAt } from './projection';
import { parsePlanText } from '../plan/validate-plan';
import { minimalPlan, minimalPlanWithGdp2021 } from '../testing/minimal-plan';

const plan = (): Plan => planFile.parse(minimalPlan());
const withScenario = (p: Plan, patch: Partial<Plan['scenarios'][number]>): Plan => ({
  ...p,
  scenarios: [{ ...(p.scenarios[0] as Plan['scenarios'][number]), ...patch }],
});

describe('levels', () => {
  it('compound real growth: 7400 × 1.065⁵ = 10,138.64 at constant prices', () => {
    const p = project(plan(), 'plan');
    expect(valueAt(p, 'gdp', 2025, 'nominal')).toBeCloseTo(10138.6413, 3);
    expect(valueAt(p, 'gdp', 2025, 'real')).toBeCloseTo(10138.6413, 3);
    expect(p.series.gdp?.origin.slice(0, 2)).toEqual(['base', 'projected']);
  });

  it('apply the deflator to nominal series only: nominal = real × price index', () => {
    const base = plan();
    const p = project(withScenario(base, { deflator: [{ from: 2021, to: 2035, value: 0.02 }] }), 'plan');
    const real = valueAt(p, 'gdp', 2025, 'real');
    expect(real).toBeCloseTo(10138.6413, 3);
    expect(valueAt(p, 'gdp', 2025, 'nominal')).toBeCloseTo(7400 * (1.065 * 1.02) ** 5, 6);
    expect(p.priceIndex[5]).toBeCloseTo(1.02 ** 5, 12);
    // population has basis "none": no deflator
    expect(valueAt(p, 'population', 2025, 'nominal')).toBeCloseTo(908.38, 9);
  });

  it('follow a linked level: income grows with GDP × elasticity', () => {
    const p = project(plan(), 'plan');
    expect(valueAt(p, 'income_urban', 2025, 'real')).toBeCloseTo(39000 * 1.065 ** 5, 6);
    // the link carries on after its period: 2026–35 at the doubling rate
    expect(valueAt(p, 'income_urban', 2035, 'real')).toBeCloseTo(39000 * 1.065 ** 5 * 2, 4);
  });

  it('carry the nearest earlier segment into uncovered years', () => {
    const base = plan();
    const p = project(withScenario(base, { assumptions: { gdp: [{ from: 2021, value: 0.05 }] } }), 'plan');
    expect(valueAt(p, 'gdp', 2035, 'real')).toBeCloseTo(7400 * 1.05 ** 15, 6);
  });

  it('leave a missing base missing instead of inventing one', () => {
    const raw = minimalPlan();
    const gdp = raw.indicators[0];
    if (gdp?.base) gdp.base = { ...gdp.base, value: null, status: 'missing' };
    const p = project(planFile.parse(raw), 'plan');
    expect(valueAt(p, 'gdp', 2025, 'nominal')).toBeNaN();
    expect(p.series.gdp?.origin[3]).toBe('missing');
    expect(p.warnings).toContainEqual({ code: 'needs-base', indicator: 'gdp' });
  });
});

describe('shares', () => {
  it('move in points and never compound: 68 + 5 × 1 = 73', () => {
    const p = project(plan(), 'plan');
    expect(valueAt(p, 'urbanization', 2025, 'nominal')).toBeCloseTo(73, 12);
    expect(valueAt(p, 'urbanization', 2035, 'nominal')).toBeCloseTo(78, 12);
  });

  it('stay within [0, 100]', () => {
    const p = project(withScenario(plan(), { assumptions: { urbanization: [{ from: 2021, value: 9 }] } }), 'plan');
    expect(valueAt(p, 'urbanization', 2025, 'nominal')).toBe(100);
    const q = project(withScenario(plan(), { assumptions: { urbanization: [{ from: 2021, value: -30 }] } }), 'plan');
    expect(valueAt(q, 'urbanization', 2025, 'nominal')).toBe(0);
  });
});

describe('flows', () => {
  it('take the annual amounts', () => {
    const p = project(plan(), 'plan');
    expect(Array.from(p.series.jobs?.nominal.slice(1, 6) ?? [])).toEqual([7.2, 7.2, 7.2, 7.2, 7.2]);
  });
});

describe('derived indicators', () => {
  it('GDP per capita (元) = GDP (亿元) × 10⁴ / population (万人)', () => {
    const p = project(plan(), 'plan');
    expect(valueAt(p, 'gdp_per_capita', 2020, 'nominal')).toBeCloseTo((7400 * 1e4) / 908.38, 6); // 81,464
    expect(valueAt(p, 'gdp_per_capita', 2025, 'nominal')).toBeCloseTo((10138.6413 * 1e4) / 908.38, 1);
  });

  it('all-resident income is the urbanization-weighted mean of urban and rural', () => {
    const p = project(plan(), 'plan');
    // 39000 × 0.68 + 21000 × 0.32 = 33,240
    expect(valueAt(p, 'income_all', 2020, 'nominal')).toBeCloseTo(33240, 9);
    const u = 73 / 100;
    const g = 1.065 ** 5;
    expect(valueAt(p, 'income_all', 2025, 'nominal')).toBeCloseTo(39000 * g * u + 21000 * g * (1 - u), 6);
  });

  it('are evaluated on real inputs for the real series', () => {
    const p = project(withScenario(plan(), { deflator: [{ from: 2021, value: 0.03 }] }), 'plan');
    expect(valueAt(p, 'gdp_per_capita', 2030, 'real')).toBeCloseTo(
      (valueAt(p, 'gdp', 2030, 'real') * 1e4) / valueAt(p, 'population', 2030, 'real'),
      6,
    );
  });
});

describe('every scenario follows the reported figures', () => {
  const reported = (): Plan => planFile.parse(minimalPlanWithGdp2021());

  it('replaces the projection with actuals and continues from them', () => {
    const p = project(reported(), 'plan');
    expect(valueAt(p, 'gdp', 2021, 'nominal')).toBe(8117.44);
    expect(p.series.gdp?.origin[1]).toBe('actual');
    // real growth of the actual year is the reported 8.7%
    expect(valueAt(p, 'gdp', 2021, 'real')).toBeCloseTo(7400 * 1.087, 9);
    expect(valueAt(p, 'gdp', 2022, 'nominal')).toBeCloseTo(8117.44 * 1.065, 9);
  });

  it('whatever the scenario assumes for a reported year: another growth and deflator change only later years', () => {
    const p = reported();
    const other = project(withScenario(p, { deflator: [{ from: 2021, to: 2035, value: 0.03 }], assumptions: { ...p.scenarios[0]?.assumptions, gdp: [{ from: 2021, to: 2035, value: 0.02 }] } }), 'plan');
    expect(valueAt(other, 'gdp', 2021, 'nominal')).toBe(8117.44);
    expect(valueAt(other, 'gdp', 2021, 'real')).toBeCloseTo(7400 * 1.087, 9);
    expect(valueAt(other, 'gdp', 2022, 'real')).toBeCloseTo(7400 * 1.087 * 1.02, 9);
  });

  it('an old file’s `anchor` field is read and ignored: "base" and "actuals" project the same', () => {
    const raw = minimalPlanWithGdp2021();
    const asBase = parsePlanText(JSON.stringify({ ...raw, scenarios: raw.scenarios.map((s) => ({ ...s, anchor: 'base' })) }), 'en');
    const asActuals = parsePlanText(JSON.stringify({ ...raw, scenarios: raw.scenarios.map((s) => ({ ...s, anchor: 'actuals' })) }), 'en');
    if (!asBase.ok || !asActuals.ok) throw new Error('an old file with `anchor` must stay valid');
    const a = project(asBase.plan, 'plan');
    const b = project(asActuals.plan, 'plan');
    for (const id of a.order) expect(Array.from(a.series[id]?.nominal ?? [])).toEqual(Array.from(b.series[id]?.nominal ?? []));
    expect(valueAt(a, 'gdp', 2021, 'nominal')).toBe(8117.44);
  });
});

describe('the embedded Xuzhou plan', () => {
  const text = readFileSync(new URL('../../scenarios/xuzhou-14th-fyp.json', import.meta.url), 'utf8');
  const result = parsePlanText(text, 'en');

  it('is valid', () => {
    expect(result.ok ? [] : result.issues).toEqual([]);
  });

  it('the plan scenario starts from the reported GDP and grows 6.5% a year with 0.5% prices: it does not double by 2035', () => {
    if (!result.ok) throw new Error('invalid');
    const p = project(result.plan, 'plan');
    expect(p.years).toHaveLength(16);
    const gdp = result.plan.indicators.find((i) => i.id === 'gdp');
    const last = (gdp?.actuals ?? []).filter((a) => a.year <= 2035).sort((a, b) => b.year - a.year)[0];
    if (last === undefined) throw new Error('no GDP figure');
    expect(valueAt(p, 'gdp', last.year, 'nominal')).toBe(last.value);
    // After the last reported year: × 1.065 × 1.005 a year.
    expect(valueAt(p, 'gdp', last.year + 1, 'nominal')).toBeCloseTo(last.value * 1.065 * 1.005, 6);
    // 2025 → 2035 at 6.5%: 1.065¹⁰ = 1.877, short of the doubling (which would need 7.18%).
    expect(valueAt(p, 'gdp', 2035, 'real') / valueAt(p, 'gdp', 2025, 'real')).toBeCloseTo(1.065 ** 10, 9);
  });

  it('projects every scenario with no NaN in indicators that have a base', () => {
    if (!result.ok) throw new Error('invalid');
    for (const sc of result.plan.scenarios) {
      const p = project(result.plan, sc);
      for (const id of ['gdp', 'population', 'gdp_per_capita', 'urbanization', 'income_all', 'retail_sales']) {
        expect(Array.from(p.series[id]?.nominal ?? []).every(Number.isFinite), `${sc.id}/${id}`).toBe(true);
      }
    }
  });
});
