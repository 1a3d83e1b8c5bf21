import { describe, expect, it } from 'vitest';
import { DEFLATOR } from './monte-carlo-types';
import { planFile, type Plan } from '../plan/plan-schema';
import { axisAround, twoWayTable } from './two-way-table';
import { minimalPlan } from '../testing/minimal-plan';

const plan = (): Plan => planFile.parse(minimalPlan());

describe('two-way table', () => {
  it('real growth × deflator → GDP 2025 (nominal): each cell is 7400·((1 + g)(1 + d))^5', () => {
    const growth = axisAround(0.06, 0.01, 5);
    const deflator = axisAround(0.01, 0.01, 3);
    const t = twoWayTable(plan(), 'plan', 'gdp-trillion', { indicator: 'gdp', period: '14th', values: growth }, { indicator: DEFLATOR, period: '14th', values: deflator });
    expect(t.projected).toHaveLength(5);
    expect(t.projected[0]).toHaveLength(3);
    growth.forEach((g, r) =>
      deflator.forEach((d, c) => {
        const v = 7400 * ((1 + g) * (1 + d)) ** 5;
        expect(t.projected[r]?.[c]).toBeCloseTo(v, 6);
        expect(t.gap[r]?.[c]).toBeCloseTo(v - 10000, 6);
        expect(t.met[r]?.[c]).toBe(v >= 10000);
      }),
    );
    expect(t.current.rows).toBeCloseTo(0.065, 12);
    expect(t.current.cols).toBe(0);
  });

  it('a multiple target’s threshold moves with the grid', () => {
    const t = twoWayTable(
      plan(),
      'plan',
      'gdp-double',
      { indicator: 'gdp', period: '14th', values: [0.05, 0.07] },
      { indicator: 'gdp', from: 2026, to: 2035, values: [0.06, 0.072, 0.08] },
    );
    expect(t.target[0]?.[0]).toBeCloseTo(2 * 7400 * 1.05 ** 5, 6);
    expect(t.target[1]?.[0]).toBeCloseTo(2 * 7400 * 1.07 ** 5, 6);
    expect(t.met.map((row) => row.map(Boolean))).toEqual([
      [false, true, true],
      [false, true, true],
    ]);
  });

  it('refuses axes that set the same years of one indicator, and empty axes', () => {
    expect(() => twoWayTable(plan(), 'plan', 'gdp-trillion', { indicator: 'gdp', period: '14th', values: [0.05] }, { indicator: 'gdp', from: 2025, values: [0.05] })).toThrow(/same years/);
    expect(() => twoWayTable(plan(), 'plan', 'gdp-trillion', { indicator: 'gdp', period: '14th', values: [] }, { indicator: DEFLATOR, period: '14th', values: [0] })).toThrow(RangeError);
  });
});
