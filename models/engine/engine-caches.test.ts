/**
 * The engine's caches are keyed on the immutable inputs of what they hold: a new plan
 * object that keeps them finds the cached value; a new value of any input computes anew.
 */
import { describe, expect, it } from 'vitest';
import { planFile, type Plan, type Scenario } from '../plan/plan-schema';
import { minimalPlanWithGdp2021 } from '../testing/minimal-plan';
import { preparePlan, projectPrepared } from './projection';
import { reportedPath } from './reported-path';
import { resolvedSegments } from './resolved-segments';

const plan = (): Plan => planFile.parse(minimalPlanWithGdp2021());

describe('engine caches', () => {
  it('the reported path: one per indicators, prices and years, whatever the plan object', () => {
    const p = plan();
    const rp = reportedPath(p);
    expect(reportedPath({ ...p, scenarios: [] })).toBe(rp);
    const withPrice: Plan = { ...p, prices: [{ year: 2021, index: 'gdp-deflator', value: 0.03, source: 'test', status: 'final' }] };
    expect(reportedPath(withPrice)).not.toBe(rp);
    expect(reportedPath(withPrice).prices['gdp-deflator'][1]).toBe(0.03);
    expect(reportedPath({ ...p, horizon: 2030 })).not.toBe(rp);
    expect(reportedPath(p, 2020)).not.toBe(rp);
    const gdp = p.indicators[0] as Plan['indicators'][number];
    const moreFigures: Plan = { ...p, indicators: [{ ...gdp, actuals: [...(gdp.actuals ?? []), { year: 2022, value: 9000, source: 't', status: 'final' }] }, ...p.indicators.slice(1)] };
    expect(reportedPath(moreFigures).series.get('gdp')?.nominal[2]).toBe(9000);
  });

  it('yearly assumption paths: one per segments array, periods and years', () => {
    const p = plan();
    const periods = preparePlan(p).periods;
    const segments = [{ period: '14th', value: 0.05 }];
    const a = resolvedSegments(segments, 2020, 2035, periods);
    expect(resolvedSegments(segments, 2020, 2035, periods)).toBe(a);
    expect(resolvedSegments([...segments], 2020, 2035, periods)).not.toBe(a);
    expect(resolvedSegments(segments, 2020, 2030, periods).value.length).toBe(11);
    expect(resolvedSegments(segments, 2020, 2035, new Map(periods)).value).toEqual(a.value);
    expect(resolvedSegments(undefined, 2020, 2035, periods).unset).toBe(true);
  });

  it("a scenario's prices follow its deflator, and are shared while it stays", () => {
    const p = plan();
    const sc = p.scenarios[0] as Scenario;
    const first = projectPrepared(preparePlan(p), sc);
    const sameDeflator = projectPrepared(preparePlan({ ...p }), { ...sc, assumptions: { ...sc.assumptions, gdp: [{ from: 2021, value: 0.09 }] } });
    expect(sameDeflator.priceIndex).toBe(first.priceIndex);
    const otherDeflator = projectPrepared(preparePlan(p), { ...sc, deflator: [{ from: 2021, value: 0.04 }] });
    expect(otherDeflator.priceIndex).not.toBe(first.priceIndex);
    expect(otherDeflator.deflator[3]).toBe(0.04);
    expect(otherDeflator.priceIndex[3]).toBe(1.04 * 1.04 * 1.04);
    expect(otherDeflator.series.gdp?.nominal[15]).not.toBe(first.series.gdp?.nominal[15]);
  });
});
