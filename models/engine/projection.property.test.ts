/** Invariants of the engine, for any growth path (fast-check). */
import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { planFile, type Plan, type Scenario } from '../plan/plan-schema';
import { project, valueAt } from './projection';
import { requiredGrowth } from './growth-math';
import { minimalPlan } from '../testing/minimal-plan';

const base = planFile.parse(minimalPlan());
const growth = fc.double({ min: -0.3, max: 0.5, noNaN: true });
const yearlyPath = fc.array(growth, { minLength: 15, maxLength: 15 });
const withPath = (gdp: number[], extra: Partial<Scenario> = {}): Plan => ({
  ...base,
  scenarios: [
    {
      ...(base.scenarios[0] as Scenario),
      ...extra,
      assumptions: {
        ...(base.scenarios[0] as Scenario).assumptions,
        gdp: gdp.map((value, i) => ({ from: 2021 + i, value })),
      },
    },
  ],
});

describe('projection properties', () => {
  it('round-trips: the required growth to reach the projected 2035 value is the path’s average growth', () => {
    fc.assert(
      fc.property(yearlyPath, (path) => {
        const p = project(withPath(path), 'plan');
        const v2035 = valueAt(p, 'gdp', 2035, 'real');
        const product = path.reduce((acc, g) => acc * (1 + g), 1);
        const g = requiredGrowth(7400, v2035, 15);
        expect(g).toBeCloseTo(product ** (1 / 15) - 1, 9);
        expect(7400 * (1 + g) ** 15).toBeCloseTo(v2035, 6);
      }),
    );
  });

  it('a higher growth in any year never gives a lower level in any later year', () => {
    fc.assert(
      fc.property(yearlyPath, fc.nat(14), fc.double({ min: 0, max: 0.2, noNaN: true }), (path, year, bump) => {
        const higher = path.map((g, i) => (i === year ? g + bump : g));
        const a = project(withPath(path), 'plan');
        const b = project(withPath(higher), 'plan');
        for (let i = 0; i < 16; i++) {
          expect(b.series.gdp!.real[i]!).toBeGreaterThanOrEqual(a.series.gdp!.real[i]! * (1 - 1e-12));
          expect(b.series.gdp_per_capita!.nominal[i]!).toBeGreaterThanOrEqual(a.series.gdp_per_capita!.nominal[i]! * (1 - 1e-12));
        }
      }),
    );
  });

  it('shares stay within [0, 100] whatever the yearly points', () => {
    fc.assert(
      fc.property(fc.array(fc.double({ min: -100, max: 100, noNaN: true }), { minLength: 15, maxLength: 15 }), (points) => {
        const plan: Plan = {
          ...base,
          scenarios: [
            {
              ...(base.scenarios[0] as Scenario),
              assumptions: { urbanization: points.map((value, i) => ({ from: 2021 + i, value })) },
            },
          ],
        };
        const p = project(plan, 'plan');
        for (const v of p.series.urbanization!.nominal) {
          expect(v).toBeGreaterThanOrEqual(0);
          expect(v).toBeLessThanOrEqual(100);
        }
      }),
    );
  });

  it('nominal / real = the price index for nominal levels', () => {
    fc.assert(
      fc.property(yearlyPath, fc.array(fc.double({ min: -0.05, max: 0.2, noNaN: true }), { minLength: 15, maxLength: 15 }), (path, defl) => {
        const p = project(withPath(path, { deflator: defl.map((value, i) => ({ from: 2021 + i, value })) }), 'plan');
        for (let i = 0; i < 16; i++) {
          expect(p.series.gdp!.nominal[i]! / p.series.gdp!.real[i]!).toBeCloseTo(p.priceIndex[i]!, 9);
        }
      }),
    );
  });
});
