/**
 * The derived-data caches: a scenario's projection is reused while what it is computed
 * from stays, and recomputed when any of it changes, a trend scenario's fallback
 * scenario included (an edit of the plan scenario changes the trend scenario's paths of
 * indicators with too few figures for a trend).
 */
import { describe, expect, it } from 'vitest';
import type { Plan, Scenario } from '../../models/plan/plan-schema';
import { project } from '../../models/engine/projection';
import { reportedPath } from '../../models/engine/reported-path';
import { defaultPlan } from '../default-plan';
import { corePlan, projectionOf, targetsOf } from './derive';

const plan: Plan = defaultPlan();
const trend = plan.scenarios.find((s) => s.trend?.fallback !== undefined) as Scenario;
const fallback = plan.scenarios.find((s) => s.id === trend.trend?.fallback) as Scenario;
const rp = reportedPath(plan);
/** An indicator the trend scenario takes from its fallback (too few figures for a trend). */
const fromFallback = plan.indicators.find(
  (i) => i.kind !== 'derived' && (rp.series.get(i.id)?.last ?? -1) < 1 && fallback.assumptions[i.id] !== undefined,
)?.id as string;

function withScenario(p: Plan, sc: Scenario): Plan {
  return { ...p, scenarios: p.scenarios.map((s) => (s.id === sc.id ? sc : s)) };
}

describe('projectionOf', () => {
  it('has a trend scenario that takes an indicator from its fallback (the case below)', () => {
    expect(trend).toBeDefined();
    expect(fromFallback).toBeDefined();
  });

  it('reuses a projection when another scenario is edited', () => {
    const other = plan.scenarios.find((s) => s !== fallback && s !== trend) as Scenario;
    const before = projectionOf(plan, fallback);
    const edited = withScenario(plan, { ...other, assumptions: { ...other.assumptions, gdp: [{ from: plan.baseYear + 1, value: 0.09 }] } });
    expect(projectionOf(edited, fallback)).toBe(before);
  });

  it("recomputes a trend scenario when its fallback scenario's assumptions change", () => {
    const before = projectionOf(plan, trend);
    const edited = withScenario(plan, { ...fallback, assumptions: { ...fallback.assumptions, [fromFallback]: [{ from: plan.baseYear + 1, value: 0.2 }] } });
    const after = projectionOf(edited, trend);
    expect(after).not.toBe(before);
    expect(after.series[fromFallback]?.nominal).toEqual(project(edited, trend).series[fromFallback]?.nominal);
    expect(after.series[fromFallback]?.nominal[plan.horizon - plan.baseYear]).not.toBe(before.series[fromFallback]?.nominal[plan.horizon - plan.baseYear]);
  });

  it('evaluates targets again when the targets change, on the same projection', () => {
    const before = targetsOf(plan, fallback);
    const edited = { ...plan, targets: plan.targets.slice(1) };
    expect(projectionOf(edited, fallback)).toBe(projectionOf(plan, fallback));
    expect(targetsOf(edited, fallback).map((r) => r.id)).toEqual(before.slice(1).map((r) => r.id));
    expect(targetsOf(plan, fallback).map((r) => r.id)).toEqual(before.map((r) => r.id));
  });
});

describe('corePlan', () => {
  it('is the same object while only scenarios change, and a new one when prices or units change', () => {
    const core = corePlan(plan);
    expect(corePlan(withScenario(plan, { ...fallback }))).toBe(core);
    const cpi = { index: 'cpi' as const, year: plan.baseYear + 1, value: 0.02, status: 'reported' as const, source: 'test' };
    const repriced: Plan = { ...plan, prices: [...(plan.prices ?? []), cpi] };
    expect(corePlan(repriced).prices).toBe(repriced.prices);
    const unitsChanged: Plan = { ...plan, units: [...(plan.units ?? [])] };
    expect(corePlan(unitsChanged).units).toBe(unitsChanged.units);
  });
});
