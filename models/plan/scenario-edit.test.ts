import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { DEFLATOR } from '../uncertainty/monte-carlo-types';
import { planFile, type Plan, type Scenario } from './plan-schema';
import { project } from '../engine/projection';
import { changeAssumption, refYears, resolvedAssumption, setAssumption } from './scenario-edit';
import { growthIn, tornado } from '../uncertainty/sensitivity';
import { minimalPlan } from '../testing/minimal-plan';

const plan = (): Plan => planFile.parse(minimalPlan());

describe('editing one assumption over some years', () => {
  it('does not leak into uncovered years after the span (they keep their inherited value)', () => {
    const p = plan();
    const sc = p.scenarios[0] as Scenario;
    // population has only a 14th-period segment (0); 2026+ inherit it
    const edited = setAssumption(p, sc, { indicator: 'population', from: 2026, to: 2030 }, 0.01);
    const a = resolvedAssumption(p, edited, 'population');
    expect(Array.from(a.value.subarray(1))).toEqual([0, 0, 0, 0, 0, 0.01, 0.01, 0.01, 0.01, 0.01, 0, 0, 0, 0, 0]);
    expect(sc.assumptions.population).toEqual([{ period: '14th', value: 0 }]);
  });

  it('does not leak into years before the first covered one, nor into an unset deflator', () => {
    const p = plan();
    const sc = p.scenarios[0] as Scenario;
    const edited = setAssumption(p, sc, { indicator: DEFLATOR, from: 2026 }, 0.02);
    const d = resolvedAssumption(p, edited, DEFLATOR);
    expect(Array.from(d.value.subarray(1))).toEqual([0, 0, 0, 0, 0, 0.02, 0, 0, 0, 0, 0, 0, 0, 0, 0]);
    expect(project(p, edited).priceIndex[15]).toBeCloseTo(1.02, 15);
  });

  it('keeps links outside the span as links', () => {
    const p = plan();
    const sc = p.scenarios[0] as Scenario;
    const edited = setAssumption(p, sc, { indicator: 'income_urban', from: 2023 }, 0.05);
    const a = resolvedAssumption(p, edited, 'income_urban');
    expect(a.link.slice(1, 6)).toEqual(['gdp', 'gdp', null, 'gdp', 'gdp']);
    expect(a.value[3]).toBe(0.05);
  });

  it('clips spans to the projected years and refuses unknown periods and derived indicators', () => {
    const p = plan();
    expect(refYears(p, { indicator: 'gdp', from: 2010, to: 2050 })).toEqual([2021, 2035]);
    expect(() => refYears(p, { indicator: 'gdp', period: 'nope' })).toThrow(/unknown-period/);
    expect(() => refYears(p, { indicator: 'gdp_per_capita', period: '14th' })).toThrow(/derived/);
    expect(() => refYears(p, { indicator: 'gdp', from: 2040 })).toThrow(/no-years/);
  });
});

describe('editing a trend scenario (its path is the trend underneath its own segments)', () => {
  // The embedded Xuzhou plan: `trend` sets no GDP assumption and follows the 2020–24 trend (6.34%).
  const xuzhou = (): Plan => planFile.parse(JSON.parse(readFileSync(new URL('../../scenarios/xuzhou-14th-fyp.json', import.meta.url), 'utf8')));

  it('moves only the years edited; the other years stay on the trend (the tornado had set them to 0)', () => {
    const p = xuzhou();
    const trend = p.scenarios.find((s) => s.id === 'trend') as Scenario;
    const before = project(p, trend).series.gdp?.growth as Float64Array;
    const moved = changeAssumption(p, trend, { indicator: 'gdp', period: '15th' }, (v) => v + 0.01, growthIn(project(p, trend)));
    const after = project(p, moved).series.gdp?.growth as Float64Array;
    for (let y = 2021; y <= 2035; y++) {
      const i = y - p.baseYear;
      if (y >= 2026 && y <= 2030) expect(after[i]).toBeCloseTo((before[i] as number) + 0.01, 12);
      else expect(after[i]).toBe(before[i]);
    }
    expect(before[2031 - p.baseYear]).toBeGreaterThan(0.06);
  });

  it('the tornado of the 2035 doubling: a higher 2026–30 growth narrows the gap, a lower one widens it', () => {
    const p = xuzhou();
    const result = tornado(p, 'trend', 'gdp-2035-double');
    const bar = result.bars.find((b) => b.ref.indicator === 'gdp' && b.ref.period === '15th');
    expect(bar?.low).toBeLessThan(0);
    expect(bar?.high).toBeGreaterThan(0);
  });
});
