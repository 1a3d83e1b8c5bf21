import { describe, expect, it } from 'vitest';
import { planFile, type Plan, type Scenario } from '../plan/plan-schema';
import { project } from './projection';
import { DEFLATOR, effectiveGrowth, planSpans, readSpan, segmentsOf, spanEquals, writeSpan, writeSpans } from './period-assumptions';
import { minimalPlan } from '../testing/minimal-plan';

const plan = (): Plan => planFile.parse(minimalPlan());
const scenarioOf = (p: Plan): Scenario => p.scenarios[0] as Scenario;
const spanOf = (p: Plan, id: string) => {
  const s = planSpans(p).find((x) => x.id === id);
  if (!s) throw new Error(id);
  return s;
};

describe('planSpans', () => {
  it('lists the periods within (base, horizon]', () => {
    expect(planSpans(plan()).map((s) => [s.id, s.from, s.to, s.isPeriod])).toEqual([
      ['14th', 2021, 2025, true],
      ['15th', 2026, 2030, true],
      ['16th', 2031, 2035, true],
    ]);
  });

  it('drops periods before the base year, clips and fills the years no period covers', () => {
    const p = plan();
    p.periods = [
      { id: '13th', name: { zh: 'a', en: 'a' }, start: 2016, end: 2020 },
      { id: '14th', name: { zh: 'b', en: 'b' }, start: 2021, end: 2025 },
      { id: 'late', name: { zh: 'c', en: 'c' }, start: 2031, end: 2040 },
    ];
    expect(planSpans(p).map((s) => [s.id, s.from, s.to, s.isPeriod])).toEqual([
      ['14th', 2021, 2025, true],
      ['y2026-2030', 2026, 2030, false],
      ['late', 2031, 2035, false],
    ]);
  });
});

describe('readSpan', () => {
  it('reads a segment that spans two periods in each of them', () => {
    const p = plan();
    const gdp = segmentsOf(scenarioOf(p), 'gdp');
    expect(readSpan(p, gdp, spanOf(p, '14th'))).toEqual({ kind: 'value', value: 0.065, uniform: true });
    expect(readSpan(p, gdp, spanOf(p, '15th'))).toEqual({ kind: 'value', value: 2 ** 0.1 - 1, uniform: true });
    expect(readSpan(p, gdp, spanOf(p, '16th'))).toEqual({ kind: 'value', value: 2 ** 0.1 - 1, uniform: true });
  });

  it('reads links, missing paths (0) and mixed periods', () => {
    const p = plan();
    const sc = scenarioOf(p);
    expect(readSpan(p, segmentsOf(sc, 'income_urban'), spanOf(p, '15th'))).toEqual({
      kind: 'link',
      indicator: 'gdp',
      elasticity: 1,
      uniform: true,
    });
    expect(readSpan(p, segmentsOf(sc, DEFLATOR), spanOf(p, '14th'))).toEqual({ kind: 'value', value: 0, uniform: true });
    const mixed = [
      { from: 2021, to: 2022, value: 0.05 },
      { from: 2023, to: 2035, value: 0.06 },
    ];
    expect(readSpan(p, mixed, spanOf(p, '14th'))).toEqual({ kind: 'value', value: 0.05, uniform: false });
  });
});

describe('writeSpan', () => {
  it('changes one period and leaves every other year as it was', () => {
    const p = plan();
    const sc = scenarioOf(p);
    const gdp = writeSpan(p, segmentsOf(sc, 'gdp'), spanOf(p, '15th'), { value: 0.055 });
    expect(gdp).toEqual([
      { period: '14th', value: 0.065 },
      { period: '15th', value: 0.055 },
      { period: '16th', value: 2 ** 0.1 - 1 },
    ]);
    const before = project(p, sc);
    const after = project(p, { ...sc, assumptions: { ...sc.assumptions, gdp } });
    expect(after.series.gdp?.growth[2025 - 2020]).toBeCloseTo(0.065, 12);
    expect(after.series.gdp?.growth[2028 - 2020]).toBeCloseTo(0.055, 12);
    expect(after.series.gdp?.growth[2033 - 2020]).toBeCloseTo(before.series.gdp?.growth[2033 - 2020] ?? NaN, 12);
  });

  it('writes runs of years where a period is not uniform', () => {
    const p = plan();
    const mixed = [
      { from: 2021, to: 2022, value: 0.05 },
      { from: 2023, to: 2035, value: 0.06 },
    ];
    expect(writeSpan(p, mixed, spanOf(p, '16th'), { value: 0.04 })).toEqual([
      { from: 2021, to: 2022, value: 0.05 },
      { from: 2023, to: 2025, value: 0.06 },
      { period: '15th', value: 0.06 },
      { period: '16th', value: 0.04 },
    ]);
  });

  it('links and unlinks', () => {
    const p = plan();
    const sc = scenarioOf(p);
    const linked = writeSpan(p, segmentsOf(sc, 'income_rural'), spanOf(p, '14th'), { value: 0.05 });
    expect(linked[0]).toEqual({ period: '14th', value: 0.05 });
    // Years after the only segment inherit its link; they stay linked.
    expect(linked[1]).toEqual({ period: '15th', link: { indicator: 'gdp', elasticity: 1 } });
    const relinked = writeSpan(p, linked, spanOf(p, '14th'), { link: { indicator: 'gdp', elasticity: 0.8 } });
    expect(readSpan(p, relinked, spanOf(p, '14th'))).toEqual({ kind: 'link', indicator: 'gdp', elasticity: 0.8, uniform: true });
  });

  it('gives an unset path explicit zeros elsewhere', () => {
    const p = plan();
    const deflator = writeSpan(p, [], spanOf(p, '15th'), { value: 0.02 });
    expect(deflator).toEqual([
      { period: '14th', value: 0 },
      { period: '15th', value: 0.02 },
      { period: '16th', value: 0 },
    ]);
  });

  it('writes several spans at once and compares spans year by year', () => {
    const p = plan();
    const gdp = segmentsOf(scenarioOf(p), 'gdp');
    const changed = writeSpans(p, gdp, [
      [spanOf(p, '14th'), { value: 0.07 }],
      [spanOf(p, '16th'), { value: 0.03 }],
    ]);
    expect(spanEquals(p, gdp, changed, spanOf(p, '14th'))).toBe(false);
    expect(spanEquals(p, gdp, changed, spanOf(p, '15th'))).toBe(true);
    expect(spanEquals(p, gdp, writeSpans(p, gdp, []), spanOf(p, '16th'))).toBe(true);
  });
});

describe('effectiveGrowth', () => {
  it('is the geometric mean growth of the linked indicator over the span', () => {
    const p = plan();
    const proj = project(p, scenarioOf(p));
    expect(effectiveGrowth(proj, 'income_urban', spanOf(p, '14th'))).toBeCloseTo(0.065, 12);
    expect(effectiveGrowth(proj, 'nope', spanOf(p, '14th'))).toBeNaN();
  });
});
