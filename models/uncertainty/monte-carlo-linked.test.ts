import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { runMonteCarlo } from './monte-carlo';
import { planFile, type Plan } from '../plan/plan-schema';
import { project } from '../engine/projection';
import { minimalPlan } from '../testing/minimal-plan';
import { parsePlanText } from '../plan/validate-plan';

const xuzhou = (): Plan => {
  const r = parsePlanText(readFileSync(new URL('../../scenarios/xuzhou-14th-fyp.json', import.meta.url), 'utf8'), 'en');
  if (!r.ok) throw new Error('embedded plan invalid');
  return r.plan;
};

/** Reported figures by year (statuses that count as reported). */
const figures = (plan: Plan, id: string): Map<number, number> =>
  new Map((plan.indicators.find((i) => i.id === id)?.actuals ?? []).filter((a) => !['estimate', 'draft', 'missing'].includes(a.status)).map((a) => [a.year, a.value]));

describe('linked indicators spread in every year without a figure of their own (issue 18)', () => {
  // The plan scenario (the old "reported" one; every scenario now follows the figures): GDP has figures for 2021–24, retail sales for 2021–22 only,
  // and retail sales follow GDP's growth (elasticity 1). Only GDP is uncertain.
  const plan = xuzhou();
  const sd = 0.03;
  const r = runMonteCarlo(plan, 'plan', { shocks: [{ indicator: 'gdp', sd }] }, { runs: 4000, seed: 11 });
  const band = (id: string, year: number) => {
    const t = r.series[id]?.nominal;
    return { p5: t?.p5?.[year - plan.baseYear] as number, p95: t?.p95?.[year - plan.baseYear] as number };
  };

  it('reported years stay exact on every path: p5 = p95 = the figure (GDP and retail sales)', () => {
    for (const id of ['gdp', 'retail_sales']) {
      const f = figures(plan, id);
      expect(f.size).toBeGreaterThan(0);
      for (const [year, value] of f) {
        if (year <= plan.baseYear) continue;
        expect(band(id, year), `${id} ${year}`).toEqual({ p5: value, p95: value });
      }
    }
  });

  it('retail sales spread in 2023–24, where GDP is reported but retail sales are not', () => {
    const gdp = figures(plan, 'gdp');
    const retail = figures(plan, 'retail_sales');
    for (const year of [2023, 2024]) {
      expect(gdp.has(year) && !retail.has(year)).toBe(true);
      const b = band('retail_sales', year);
      expect(b.p5, String(year)).toBeLessThan(b.p95);
    }
    // 2023: one year of GDP's shock (elasticity 1): ln(p95 / p5) ≈ 2 · 1.645 · sd
    const b = band('retail_sales', 2023);
    expect(Math.log(b.p95 / b.p5)).toBeCloseTo(2 * 1.6448536 * sd, 1);
    // 2024: two years of it
    const b2 = band('retail_sales', 2024);
    expect(Math.log(b2.p95 / b2.p5)).toBeCloseTo(2 * 1.6448536 * sd * Math.SQRT2, 1);
  });

  it('every year after the last figure spreads, for every indicator linked to GDP', () => {
    const linked = ['retail_sales', 'income_urban', 'income_rural', 'income_all'];
    for (const id of linked) {
      for (let year = 2025; year <= plan.horizon; year++) {
        const b = band(id, year);
        expect(b.p5, `${id} ${year}`).toBeLessThan(b.p95);
      }
    }
  });

  it('the reported median follows GDP’s reported growth: the shock is centred as in any other year', () => {
    // the median of retail 2023 is near retail 2022 × GDP's reported nominal growth 2022→23 (exp(shock) median 1)
    const gdp = figures(plan, 'gdp');
    const p50 = r.series.retail_sales?.real.p50?.[2023 - plan.baseYear] as number;
    const p50Gdp = r.series.gdp?.real.p50 ?? [];
    const gReal = (p50Gdp[3] as number) / (p50Gdp[2] as number);
    const retail2022 = r.series.retail_sales?.real.p50?.[2] as number;
    expect(gdp.has(2023)).toBe(true);
    expect(p50 / (retail2022 * gReal)).toBeCloseTo(1, 2);
  });
});

describe('a chain of links through reported figures', () => {
  // GDP reported for 2021–22; urban income follows GDP and is reported for 2021–22 too;
  // rural income follows urban income and has no figure. Only GDP is uncertain: rural
  // income still spreads in 2021–22, by the shock GDP would have had, passed on through
  // urban income's link (elasticities multiply).
  const raw = minimalPlan();
  const ind = (id: string) => raw.indicators.find((i: { id: string }) => i.id === id) as { actuals?: unknown[] };
  ind('gdp').actuals = [
    { year: 2021, value: 8117.44, realGrowth: 0.087, source: 'test', status: 'preliminary' },
    { year: 2022, value: 8457.84, realGrowth: 0.03, source: 'test', status: 'preliminary' },
  ];
  ind('income_urban').actuals = [
    { year: 2021, value: 41000, source: 'test', status: 'preliminary' },
    { year: 2022, value: 42500, source: 'test', status: 'preliminary' },
  ];
  const scenario = raw.scenarios[0] as { anchor?: string; assumptions: Record<string, unknown> };
  scenario.anchor = 'actuals';
  scenario.assumptions.income_rural = [{ period: '14th', link: { indicator: 'income_urban', elasticity: 0.5 } }];
  const plan = planFile.parse(raw);
  const sd = 0.04;
  const r = runMonteCarlo(plan, 'plan', { shocks: [{ indicator: 'gdp', sd }] }, { runs: 4000, seed: 5 });
  const at = (id: string, year: number) => ({
    p5: r.series[id]?.nominal.p5?.[year - 2020] as number,
    p95: r.series[id]?.nominal.p95?.[year - 2020] as number,
  });

  it('the reported indicators stay exact; the one that follows them spreads by elasticity × the shock', () => {
    expect(at('gdp', 2022)).toEqual({ p5: 8457.84, p95: 8457.84 });
    expect(at('income_urban', 2022)).toEqual({ p5: 42500, p95: 42500 });
    const b = at('income_rural', 2021);
    expect(b.p5).toBeLessThan(b.p95);
    expect(Math.log(b.p95 / b.p5)).toBeCloseTo(2 * 1.6448536 * 0.5 * sd, 1);
  });

  it('without any shock the chain gives project() exactly (no spread, no drift)', () => {
    const flat = runMonteCarlo(plan, 'plan', { shocks: [{ indicator: 'gdp', sd: 0 }] }, { runs: 3, seed: 5 });
    const det = project(plan, 'plan');
    const expected = Array.from(det.series.income_rural?.nominal ?? [], (v) => (Number.isFinite(v) ? v : null));
    expect(flat.series.income_rural?.nominal.p5).toEqual(expected);
    expect(flat.series.income_rural?.nominal.p95).toEqual(expected);
  });
});
