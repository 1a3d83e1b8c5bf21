import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { historyStart } from '../charts/history-range';
import { readActualsRows, readGridPaste } from './actuals-input';
import { actualsIssueText } from './actuals-messages';
import { actualsGridYears, actualsYearGroups, firstActualsYear, isHistoryYear } from './actuals-years';
import { applyActualsTakingBases } from './base-from-reported';
import { nextPlan } from './next-plan';
import { planFile, type Plan, type PlanInput } from './plan-schema';
import { minimalPlanWithGdp2021 } from '../testing/minimal-plan';

const shipped = (name: string): Plan => planFile.parse(JSON.parse(readFileSync(new URL(`../../scenarios/${name}`, import.meta.url), 'utf8')) as PlanInput);
const defaults = { source: '手工录入', status: 'reported' as const };
const range = (from: number, to: number) => Array.from({ length: to - from + 1 }, (_, i) => from + i);

describe('actualsGridYears: the 实际数据 grid shows reported history, the base year and on', () => {
  it('the national example (base 2025): 2020–2024 history, 2025, to the current year', () => {
    const national = shipped('national-15th-fyp.json');
    expect(actualsGridYears(national, 2026)).toEqual(range(2020, 2026));
    expect(actualsGridYears(national, 2026)[0]).toBe(historyStart(national));
    expect(actualsGridYears(national, 2026).filter((y) => isHistoryYear(national, y))).toEqual(range(2020, 2024));
  });

  it('a next plan (续编, base 2025): from 2020 as its charts, the 14th plan’s figures in sight', () => {
    const next = nextPlan(shipped('xuzhou-14th-fyp.json')).plan;
    expect(actualsGridYears(next, 2026)).toEqual(range(2020, 2026));
    expect(next.indicators.find((i) => i.id === 'gdp')?.actuals?.map((a) => a.year)).toEqual(expect.arrayContaining(range(2020, 2024)));
  });

  it('the Xuzhou 14th plan (base 2020, lists the 13th 2016–20): from 2015, where its 2015–2019 figures are', () => {
    const xuzhou = shipped('xuzhou-14th-fyp.json');
    expect(actualsGridYears(xuzhou, 2026)).toEqual(range(2015, 2026));
    expect(xuzhou.indicators.find((i) => i.id === 'gdp')?.actuals?.[0]?.year).toBe(2015);
  });

  it('ends one past the latest figure, never past the horizon', () => {
    const p = planFile.parse(minimalPlanWithGdp2021());
    expect(firstActualsYear(p)).toBe(2015);
    const gdp = p.indicators[0];
    if (gdp === undefined) throw new Error('no indicator');
    gdp.actuals = [...(gdp.actuals ?? []), { year: 2029, value: 20000, source: 's', status: 'reported' }];
    expect(actualsGridYears(p, 2026).at(-1)).toBe(2030);
    gdp.actuals.push({ year: 2035, value: 20000, source: 's', status: 'reported' });
    expect(actualsGridYears(p, 2026)).toEqual(range(2015, 2035));
  });
});

describe('actualsYearGroups: the headings over the years', () => {
  it('history, the base year, the plan’s years; an empty group left out', () => {
    expect(actualsYearGroups({ baseYear: 2025 }, range(2020, 2026))).toEqual([
      { kind: 'history', span: 5 },
      { kind: 'base', span: 1 },
      { kind: 'plan', span: 1 },
    ]);
    expect(actualsYearGroups({ baseYear: 2025 }, [2025, 2026])).toEqual([
      { kind: 'base', span: 1 },
      { kind: 'plan', span: 1 },
    ]);
  });
});

describe('figures for history years', () => {
  it('are taken, from the history start on; a year before it is refused with the years allowed', () => {
    const p = planFile.parse(minimalPlanWithGdp2021());
    const b = readActualsRows(p, [['指标', '年份', '数值'], ['gdp', '2018', '6500'], ['gdp', '2014', '5000']], defaults);
    expect(b.changes.map((c) => c.year)).toEqual([2018]);
    expect(b.issues).toHaveLength(1);
    expect(actualsIssueText(b.issues[0] as (typeof b.issues)[number], p, 'zh')).toBe('第3行（地区生产总值，2014年，年份）：年份 2014 不在 2015—2035 年之间');
    expect(actualsIssueText(b.issues[0] as (typeof b.issues)[number], p, 'en')).toContain('2014');
  });

  it('a block pasted across history and the base year: only the base-year figure becomes a base value', () => {
    const national = shipped('national-15th-fyp.json');
    const years = actualsGridYears(national, 2026);
    const ids = national.indicators.map((i) => i.id);
    const gdpBase = national.indicators.find((i) => i.id === 'gdp')?.base;
    // GDP 2023, 2024 (history) and 2025 (the base year), pasted at 2023.
    const batch = readGridPaste(national, '1,260,000\t1,350,000\t1,400,000', { indicators: ids, years, row: ids.indexOf('gdp'), col: years.indexOf(2023) }, defaults);
    expect(batch.issues.filter((i) => i.severity === 'error')).toEqual([]);
    expect(batch.changes.map((c) => c.year)).toEqual([2023, 2024, 2025]);
    const historyOnly = applyActualsTakingBases(national, batch.changes.filter((c) => c.year < 2025));
    expect(historyOnly.taken).toEqual([]);
    expect(historyOnly.plan.indicators.find((i) => i.id === 'gdp')?.base).toEqual(gdpBase);
    expect(historyOnly.plan.indicators.find((i) => i.id === 'gdp')?.actuals?.find((a) => a.year === 2024)?.value).toBe(1350000);
  });
});
