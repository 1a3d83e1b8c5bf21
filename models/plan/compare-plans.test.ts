import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import type { Indicator, Plan, PlanInput } from './plan-schema';
import { validatePlan } from './validate-plan';
import { comparedPath, comparePlans, matchIndicators, nameKey, pairTargets, type TargetSide } from './compare-plans';
import { nextPlan } from './next-plan';

function xuzhou(): Plan {
  const raw = JSON.parse(readFileSync(new URL('../../scenarios/xuzhou-14th-fyp.json', import.meta.url), 'utf8')) as PlanInput;
  raw.indicators.find((i) => i.id === 'gdp')?.actuals?.push({ year: 2025, value: 9900, realGrowth: 0.058, source: 'test', status: 'preliminary' });
  const r = validatePlan(raw, 'en');
  if (!r.ok) throw new Error('invalid');
  return r.plan;
}

const ind = (id: string, zh: string, en: string): Indicator => ({ id, name: { zh, en }, unit: '亿元', kind: 'level', basis: 'nominal' });

describe('matchIndicators', () => {
  it('matches by id, then by name, each indicator once, and lists the rest', () => {
    const pairs = matchIndicators(
      [ind('gdp', '地区生产总值', 'GDP'), ind('retail', '社会消费品零售总额', 'Retail sales'), ind('only_a', '甲', 'A')],
      [ind('gdp', '地区生产总值', 'GDP'), ind('retail_sales', '社会消费品 零售总额', 'retail'), ind('only_b', '乙', 'B')],
    );
    expect(pairs.map((p) => [p.a, p.b, p.matchedBy])).toEqual([
      ['gdp', 'gdp', 'id'],
      ['retail', 'retail_sales', 'name'],
      ['only_a', null, null],
      [null, 'only_b', null],
    ]);
  });

  it('compares names without spaces, punctuation or case', () => {
    expect(nameKey('“十五五” GDP, Total')).toBe(nameKey('十五五gdptotal'));
  });
});

describe('pairTargets', () => {
  const t = (id: string, type: TargetSide['type'], year: number) => ({ id, type, year }) as TargetSide;
  it('pairs the same kind first, in year order; the rest stand alone', () => {
    const pairs = pairTargets([t('a1', 'threshold', 2025), t('a2', 'multiple', 2035)], [t('b2', 'multiple', 2035), t('b1', 'threshold', 2030), t('b3', 'threshold', 2035)]);
    expect(pairs.map(([a, b]) => [a?.id ?? null, b?.id ?? null])).toEqual([
      ['a1', 'b1'],
      ['a2', 'b2'],
      [null, 'b3'],
    ]);
  });
});

describe('comparePlans: the 14th plan and the next plan made from it', () => {
  const a = xuzhou();
  const b = nextPlan(a).plan;
  const c = comparePlans(a, b);

  it('matches every indicator', () => {
    expect(c.onlyInA).toEqual([]);
    expect(c.onlyInB).toEqual([]);
    expect(c.indicators.every((p) => p.matchedBy === 'id')).toBe(true);
  });

  it('sets the carried 2035 doubling beside itself, judged in each plan', () => {
    const k = c.indicators.findIndex((p) => p.a === 'gdp');
    const pair = c.targets.find((p) => p.indicator === k && p.a?.id === 'gdp-2035-double');
    expect(pair?.b?.id).toBe('gdp-2035-double');
    // In the next plan the reference year is its base year, whose value is the reported 9,900.
    expect(pair?.b?.threshold).toBeCloseTo(19800, 6);
    // Targets of the finished period have no counterpart.
    expect(c.targets.find((p) => p.a?.id === 'gdp-2025-trillion')?.b).toBeNull();
  });

  it('draws both paths on one set of years', () => {
    const pair = c.indicators.find((p) => p.a === 'gdp');
    if (!pair) throw new Error('no gdp');
    const path = comparedPath(a, b, pair);
    expect(path.years[0]).toBe(2020);
    expect(path.years.at(-1)).toBe(2035);
    // The next plan starts in 2025 at the reported figure.
    expect(path.b[5]).toBe(9900);
    expect(Number.isNaN(path.b[0] as number)).toBe(true);
  });
});
