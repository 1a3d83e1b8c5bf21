import { describe, expect, it } from 'vitest';
import { readFileSync } from 'node:fs';
import { actualPoints, convertBasis, hasDrawableValues, requiredPath, targetGuides } from './chart-guides';
import { planFile, type Plan, type Scenario } from '../plan/plan-schema';
import { project } from '../engine/projection';
import { evaluateTargets } from '../targets/evaluate-targets';
import { minimalPlan, minimalPlanWithGdp2021 } from '../testing/minimal-plan';

const plan = (): Plan => planFile.parse(minimalPlan());
const scenarioOf = (p: Plan): Scenario => p.scenarios[0] as Scenario;
const withDeflator = (p: Plan, d: number): Scenario => ({ ...scenarioOf(p), deflator: [{ from: 2021, value: d }] });

describe('targetGuides', () => {
  it('marks the doubling at 2 × the real 2025 value and draws the required path from 2025', () => {
    const p = plan();
    const sc = scenarioOf(p);
    const proj = project(p, sc);
    const guides = targetGuides(p, proj, evaluateTargets(p, sc, proj), 'gdp', 'real');
    const double = guides.find((g) => g.targetId === 'gdp-double');
    const real2025 = proj.series.gdp?.real[5] ?? NaN;
    expect(double?.year).toBe(2035);
    expect(double?.value).toBeCloseTo(2 * real2025, 6);
    expect(double?.requiredPath?.years[0]).toBe(2025);
    expect(double?.requiredPath?.values[0]).toBeCloseTo(real2025, 6);
    expect(double?.requiredPath?.values[10]).toBeCloseTo(2 * real2025, 6);
    // 2^(1/10) − 1 a year
    const v = double?.requiredPath?.values ?? [];
    expect((v[1] ?? NaN) / (v[0] ?? NaN) - 1).toBeCloseTo(2 ** 0.1 - 1, 10);
  });

  it('converts a real target to the nominal chart with the price index, and a nominal one back', () => {
    const p = plan();
    const sc = withDeflator(p, 0.02);
    const proj = project(p, sc);
    const results = evaluateTargets(p, sc, proj);
    const nominal = targetGuides(p, proj, results, 'gdp', 'nominal');
    const real = targetGuides(p, proj, results, 'gdp', 'real');
    const idx2035 = 1.02 ** 15;
    const dn = nominal.find((g) => g.targetId === 'gdp-double')?.value ?? NaN;
    const dr = real.find((g) => g.targetId === 'gdp-double')?.value ?? NaN;
    expect(dn / dr).toBeCloseTo(idx2035, 10);
    expect(nominal.find((g) => g.targetId === 'gdp-trillion')?.value).toBe(10000);
    expect(real.find((g) => g.targetId === 'gdp-trillion')?.value).toBeCloseTo(10000 / 1.02 ** 5, 8);
  });

  it('draws an average-growth target at the level its growth reaches', () => {
    const p = plan();
    const sc = scenarioOf(p);
    const proj = project(p, sc);
    const g = targetGuides(p, proj, evaluateTargets(p, sc, proj), 'gdp', 'real').find((x) => x.targetId === 'gdp-growth');
    expect(g?.year).toBe(2025);
    expect(g?.value).toBeCloseTo(7400 * 1.065 ** 5, 6);
  });

  it('never converts a share, and its required path moves in equal points', () => {
    const p = plan();
    const sc = withDeflator(p, 0.03);
    const proj = project(p, sc);
    const g = targetGuides(p, proj, evaluateTargets(p, sc, proj), 'urbanization', 'real')[0];
    expect(g?.value).toBe(73);
    expect(g?.requiredPath?.values).toEqual([68, 69, 70, 71, 72, 73]);
  });

  it('keeps a stated threshold but draws no path when the indicator needs a base', () => {
    const raw = minimalPlan();
    const income = raw.indicators.find((i) => i.id === 'income_urban');
    if (income?.base) income.base = { ...income.base, value: null, status: 'missing' };
    const q = planFile.parse(raw);
    const sc = scenarioOf(q);
    const proj = project(q, sc);
    const g = targetGuides(q, proj, evaluateTargets(q, sc, proj), 'income_all', 'nominal')[0];
    expect(g?.value).toBe(40000);
    expect(g?.requiredPath).toBeNull();
    expect(g?.status).toBe('needs-base');
    const doubling = targetGuides(q, proj, evaluateTargets(q, sc, proj), 'gdp', 'real');
    expect(doubling.every((d) => d.status !== 'needs-base')).toBe(true);
  });
});

describe('requiredPath', () => {
  it('is null without a start or with a non-positive start', () => {
    const p = plan();
    const gdp = p.indicators[0];
    if (!gdp) throw new Error('gdp');
    expect(requiredPath(gdp, new Float64Array([1, 2, 3]), 2020, null, 2022, 5)).toBeNull();
    expect(requiredPath(gdp, new Float64Array([0, 2, 3]), 2020, 2020, 2022, 5)).toBeNull();
  });
});

describe('convertBasis and actualPoints', () => {
  it('leaves indicators without a price basis alone', () => {
    const p = plan();
    const proj = project(p, withDeflator(p, 0.05));
    const population = p.indicators.find((i) => i.id === 'population');
    if (!population) throw new Error('population');
    expect(convertBasis(proj, population, 900, 2030, 'real', 'nominal')).toBe(900);
  });

  it('shows a nominal series’ reported figures on the nominal chart only', () => {
    const p = planFile.parse(minimalPlanWithGdp2021());
    const proj = project(p, scenarioOf(p));
    expect(actualPoints(p, proj, 'gdp', 'nominal')).toEqual({ years: [2021], values: [8117.44] });
    expect(actualPoints(p, proj, 'gdp', 'real')).toEqual({ years: [], values: [] });
  });
});

describe('hasDrawableValues', () => {
  it('is true where a charted indicator has a finite value, false where all lack a base value', () => {
    const input = minimalPlan();
    const population = input.indicators[1] as { id: string; base?: unknown };
    expect(population.id).toBe('population');
    population.base = { year: 2020, value: null, source: 'none found', status: 'missing' };
    const p = planFile.parse(input);
    const proj = project(p, scenarioOf(p));
    // No population base value: neither population nor GDP per head (gdp / population) can be drawn.
    expect(hasDrawableValues(proj, ['population', 'gdp_per_capita'], 'nominal')).toBe(false);
    expect(hasDrawableValues(proj, ['population', 'gdp'], 'real')).toBe(true);
    expect(hasDrawableValues(proj, ['no-such-indicator'], 'nominal')).toBe(false);
  });
});

describe('targetGuides: an in-step target (基本同步)', () => {
  it('is drawn at the level its growth (the reference’s, less the tolerance) reaches from the start of its window, not at the growth itself', async () => {
    const { readFileSync } = await import('node:fs');
    const p = planFile.parse(JSON.parse(readFileSync(new URL('../../scenarios/national-15th-fyp.json', import.meta.url), 'utf8')));
    const sc = scenarioOf(p);
    const proj = project(p, sc);
    const results = evaluateTargets(p, sc, proj);
    const target = p.targets.find((t) => t.type === 'in-step' && t.indicator === 'income');
    if (target === undefined || target.type !== 'in-step') throw new Error('no in-step income target');
    const r = results.find((x) => x.id === target.id)!;
    const guide = targetGuides(p, proj, results, 'income', target.basis).find((g) => g.targetId === target.id)!;
    const start = proj.series.income![target.basis][target.from - p.baseYear]!;
    expect(r.target).toBeGreaterThan(0);
    expect(r.target).toBeLessThan(0.2);
    expect(guide.growth).toBe(r.target);
    expect(guide.value).toBeCloseTo(start * (1 + r.target!) ** (target.to - target.from), 6);
    expect(guide.requiredPath?.values.at(-1)).toBeCloseTo(guide.value!, 6);
  });
});

describe('no required path where the bound already holds', () => {
  const national = planFile.parse(JSON.parse(readFileSync(new URL('../../scenarios/national-15th-fyp.json', import.meta.url), 'utf8')));
  const trend = national.scenarios.find((s) => s.id === 'trend') as Scenario;
  const p = project(national, trend);
  const results = evaluateTargets(national, trend, p);
  const guide = (indicator: string, id: string) => targetGuides(national, p, results, indicator, 'nominal').find((g) => g.targetId === id);

  it('unemployment 5.2 (2025) under a cap of 5.5: the cap is drawn, no line rising to it', () => {
    const g = guide('unemployment', 'unemployment-cap');
    expect(g?.value).toBe(5.5);
    expect(g?.requiredPath).toBeNull();
  });

  it('crude oil 21,608.7万吨 (2025) above its floor of 20,000: no line falling to it', () => {
    expect(guide('crude_oil', 'crude-oil-2030')?.requiredPath).toBeNull();
  });

  it('a floor not yet reached keeps its path: forest coverage 25 → 25.8', () => {
    const g = guide('forest_coverage', 'forest-2030');
    expect(g?.requiredPath?.years[0]).toBe(2025);
    expect(g?.requiredPath?.values.at(-1)).toBeCloseTo(25.8, 9);
  });
});
