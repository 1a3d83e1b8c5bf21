import { describe, expect, it } from 'vitest';
import { DEFLATOR, planSpans, writeSpan } from '../engine/period-assumptions';
import { planFile, type Plan, type Scenario } from './plan-schema';
import { project } from '../engine/projection';
import { differencesByYear, diffScenarios } from './scenario-diff';
import { minimalPlan } from '../testing/minimal-plan';

const plan = (): Plan => planFile.parse(minimalPlan());
const scenarioOf = (p: Plan): Scenario => p.scenarios[0] as Scenario;
const span = (p: Plan, id: string) => planSpans(p).find((s) => s.id === id) ?? planSpans(p)[0]!;

function variant(p: Plan): Scenario {
  const sc = scenarioOf(p);
  return {
    ...sc,
    id: 'slow',
    deflator: writeSpan(p, sc.deflator, span(p, '16th'), { value: 0.02 }),
    assumptions: { ...sc.assumptions, gdp: writeSpan(p, sc.assumptions.gdp, span(p, '15th'), { value: 0.055 }) },
  };
}

describe('diffScenarios', () => {
  it('is empty for one scenario or identical ones', () => {
    const p = plan();
    expect(diffScenarios(p, [scenarioOf(p)])).toEqual([]);
    expect(diffScenarios(p, [scenarioOf(p), { ...scenarioOf(p), id: 'copy' }])).toEqual([]);
  });

  it('ignores how a path is written: equal years are equal', () => {
    const p = plan();
    const sc = scenarioOf(p);
    const rewritten = { ...sc, id: 'b', assumptions: { ...sc.assumptions, gdp: writeSpan(p, sc.assumptions.gdp, span(p, '14th'), { value: 0.065 }) } };
    expect(rewritten.assumptions.gdp).not.toEqual(sc.assumptions.gdp);
    expect(diffScenarios(p, [sc, rewritten])).toEqual([]);
  });

  it('lists the deflator and the GDP period that differ, with each scenario’s entry', () => {
    const p = plan();
    const diffs = diffScenarios(p, [scenarioOf(p), variant(p)]);
    expect(diffs).toHaveLength(2);
    expect(diffs[0]).toMatchObject({
      kind: 'assumption',
      key: DEFLATOR,
      span: { id: '16th' },
      entries: [
        { kind: 'value', value: 0 },
        { kind: 'value', value: 0.02 },
      ],
    });
    expect(diffs[1]).toMatchObject({
      kind: 'assumption',
      key: 'gdp',
      span: { id: '15th' },
      entries: [
        { kind: 'value', value: 2 ** 0.1 - 1 },
        { kind: 'value', value: 0.055 },
      ],
    });
  });

  it('reports a difference when any of up to four scenarios differs; an old anchor field is no difference', () => {
    const p = plan();
    const sc = scenarioOf(p);
    const linked = { ...sc, id: 'c', assumptions: { ...sc.assumptions, income_urban: writeSpan(p, sc.assumptions.income_urban, span(p, '14th'), { value: 0.04 }) } };
    const anchored: Scenario = { ...sc, id: 'd', anchor: 'actuals' };
    const diffs = diffScenarios(p, [sc, { ...sc, id: 'b' }, linked, anchored]);
    expect(diffs.every((d) => d.key !== undefined)).toBe(true);
    expect(diffs.map((d) => d.key)).toEqual(['income_urban']);
    const income = diffs.find((d) => d.kind === 'assumption' && d.key === 'income_urban');
    expect(income).toMatchObject({
      span: { id: '14th' },
      entries: [{ kind: 'link', indicator: 'gdp' }, { kind: 'link' }, { kind: 'value', value: 0.04 }, { kind: 'link' }],
    });
  });
});

describe('differencesByYear', () => {
  it('gives each scenario’s value and its difference from the first, per year', () => {
    const p = plan();
    const a = project(p, scenarioOf(p));
    const b = project(p, variant(p));
    const rows = differencesByYear([a, b], 'gdp', 'real');
    expect(rows).toHaveLength(16);
    expect(rows[0]).toMatchObject({ year: 2020, values: [7400, 7400], deltas: [0, 0], relative: [0, 0] });
    const r2030 = rows[10];
    const expectedA = 7400 * 1.065 ** 5 * (2 ** 0.1) ** 5;
    const expectedB = 7400 * 1.065 ** 5 * 1.055 ** 5;
    expect(r2030?.values[0]).toBeCloseTo(expectedA, 6);
    expect(r2030?.values[1]).toBeCloseTo(expectedB, 6);
    expect(r2030?.deltas[1]).toBeCloseTo(expectedB - expectedA, 6);
    expect(r2030?.relative[1]).toBeCloseTo(expectedB / expectedA - 1, 10);
  });

  it('nominal differs from real when the deflator does, and unknown values are null', () => {
    const p = plan();
    const a = project(p, scenarioOf(p));
    const b = project(p, variant(p));
    const nominal = differencesByYear([a, b], 'gdp', 'nominal');
    const real = differencesByYear([a, b], 'gdp', 'real');
    expect(nominal[15]?.values[1]).toBeCloseTo((real[15]?.values[1] ?? NaN) * 1.02 ** 5, 6);
    const jobs = differencesByYear([a, b], 'jobs', 'nominal');
    expect(jobs[0]?.values).toEqual([null, null]);
    expect(jobs[0]?.deltas).toEqual([null, null]);
    expect(differencesByYear([], 'gdp', 'real')).toEqual([]);
  });
});
