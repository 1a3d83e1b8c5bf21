import { describe, expect, it } from 'vitest';
import { nonFiniteWarnings } from './non-finite';
import { project } from './projection';
import { minimalPlan } from '../testing/minimal-plan';
import { validatePlan } from '../plan/validate-plan';

const planWith = (change: (p: ReturnType<typeof minimalPlan>) => void) => {
  const raw = structuredClone(minimalPlan());
  change(raw);
  const r = validatePlan(raw);
  if (!r.ok) throw new Error(JSON.stringify(r.issues));
  return r.plan;
};

describe('non-finite projected values', () => {
  it('none in an ordinary plan', () => {
    const plan = planWith(() => undefined);
    expect(nonFiniteWarnings(project(plan, plan.scenarios[0]!))).toEqual([]);
  });

  it('a flow with a base but no amount assumed is unknown (needs an assumption), not a failed computation', () => {
    const plan = planWith((p) => {
      const jobs = p.indicators.find((i) => i.id === 'jobs');
      if (jobs) jobs.base = { year: 2020, value: 7, source: 'test', status: 'final' };
      for (const sc of p.scenarios) delete sc.assumptions.jobs;
    });
    const p = project(plan, plan.scenarios[0]!);
    expect(p.series.jobs?.origin.slice(1).every((o) => o === 'missing')).toBe(true);
    expect(nonFiniteWarnings(p)).toEqual([]);
  });

  it('a deflator that overflows before the horizon is named, with the first year', () => {
    const plan = planWith((p) => {
      p.horizon = 2100;
      p.scenarios[0]!.deflator = [{ from: 2021, to: 2100, value: 1e6 }];
    });
    const warnings = nonFiniteWarnings(project(plan, plan.scenarios[0]!));
    expect(warnings[0]).toMatchObject({ indicator: 'deflator', basis: 'nominal' });
    expect(warnings[0]!.year).toBeGreaterThan(2021);
    expect(warnings[0]!.year).toBeLessThanOrEqual(2100);
    expect(warnings.some((w) => w.indicator === 'gdp')).toBe(true);
  });
});

describe('a non-finite value in the base year itself', () => {
  it('is warned about when the year shows a figure (an actual fed into a formula), not when the base is missing', () => {
    const plan = planWith(() => undefined);
    const p = project(plan, plan.scenarios[0]!);
    const id = p.order.find((x) => p.series[x]!.indicator.kind === 'derived')!;
    const s = p.series[id]!;
    s.nominal[0] = Number.POSITIVE_INFINITY;
    s.origin[0] = 'formula';
    expect(nonFiniteWarnings(p)).toContainEqual({ indicator: id, year: 2020, basis: 'nominal' });
    s.nominal[0] = Number.NaN;
    s.origin[0] = 'missing';
    expect(nonFiniteWarnings(p).filter((w) => w.indicator === id)).toEqual([]);
  });
});
