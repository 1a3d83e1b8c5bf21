import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { nextPlan } from '../plan/next-plan';
import { planFile, type Plan, type PlanInput } from '../plan/plan-schema';
import { minimalPlan } from '../testing/minimal-plan';
import { DEFAULT_HISTORY_YEARS, historyStart, MAX_HISTORY_YEARS } from './history-range';

const shipped = (name: string): Plan => planFile.parse(JSON.parse(readFileSync(new URL(`../../scenarios/${name}`, import.meta.url), 'utf8')) as PlanInput);

describe('historyStart: from which year charts show reported figures before the base year', () => {
  it('a next plan (续编): the finished period’s base year, 2020 for the 15th plan after the 14th (2021–2025)', () => {
    const next = nextPlan(shipped('xuzhou-14th-fyp.json')).plan;
    expect(next.baseYear).toBe(2025);
    expect(next.predecessor?.period).toMatchObject({ start: 2021, end: 2025 });
    expect(historyStart(next)).toBe(2020);
  });

  it('a plan listing the period that ends in its base year: that period’s base year (Xuzhou 14th, 13th 2016–2020: 2015)', () => {
    const xuzhou = shipped('xuzhou-14th-fyp.json');
    expect(xuzhou.periods.find((p) => p.end === 2020)).toMatchObject({ id: '13th', start: 2016 });
    expect(historyStart(xuzhou)).toBe(2015);
  });

  it('otherwise five years before the base year (the national 15th plan, 2025-based: 2020)', () => {
    const national = shipped('national-15th-fyp.json');
    expect(national.predecessor).toBeUndefined();
    expect(historyStart(national)).toBe(2025 - DEFAULT_HISTORY_YEARS);
    expect(historyStart(planFile.parse(minimalPlan()))).toBe(2015);
  });

  it('never decades back, never after the base year', () => {
    const plan = planFile.parse(minimalPlan());
    const long = { ...plan, periods: [{ id: 'long', name: { zh: '长', en: 'long' }, start: 1990, end: 2020 }, ...plan.periods] };
    expect(historyStart(long)).toBe(2020 - MAX_HISTORY_YEARS);
    const next = nextPlan(shipped('xuzhou-14th-fyp.json')).plan;
    const late = { ...next, predecessor: { ...next.predecessor!, period: { ...next.predecessor!.period, start: 2030, end: 2034 } } };
    expect(historyStart(late)).toBe(2025);
  });
});
