import { describe, expect, it } from 'vitest';
import { DEFLATOR } from '../uncertainty/monte-carlo-types';
import { planFile, type Plan, type Scenario } from './plan-schema';
import { project } from '../engine/projection';
import { refYears, resolvedAssumption, setAssumption } from './scenario-edit';
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
