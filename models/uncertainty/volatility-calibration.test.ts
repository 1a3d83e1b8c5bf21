import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { planFile, type Plan } from '../plan/plan-schema';
import { minimalPlan } from '../testing/minimal-plan';
import { parsePlanText } from '../plan/validate-plan';
import { calibrateAll, calibrateVolatility } from './volatility-calibration';

const xuzhou = (): Plan => {
  const r = parsePlanText(readFileSync(new URL('../../scenarios/xuzhou-14th-fyp.json', import.meta.url), 'utf8'), 'en');
  if (!r.ok) throw new Error('embedded plan invalid');
  return r.plan;
};

const sampleSd = (xs: number[]) => {
  const m = xs.reduce((a, b) => a + b, 0) / xs.length;
  return Math.sqrt(xs.reduce((a, b) => a + (b - m) ** 2, 0) / (xs.length - 1));
};

describe('volatility calibrated from the plan’s actuals', () => {
  it('Xuzhou GDP: the sample sd of the reported real growth rates, and the years it rests on', () => {
    const plan = xuzhou();
    const reported = (plan.indicators.find((i) => i.id === 'gdp')?.actuals ?? []).filter((a) => a.realGrowth !== undefined);
    const c = calibrateVolatility(plan, 'gdp');
    expect(c.measure).toBe('real-growth');
    expect(c.count).toBe(reported.length);
    expect(c.count).toBeGreaterThanOrEqual(3);
    expect(c.years).toEqual(reported.map((a) => a.year));
    expect(c.sd).toBeCloseTo(sampleSd(reported.map((a) => a.realGrowth as number)), 15);
    expect(c.sdLog).toBeCloseTo(sampleSd(reported.map((a) => Math.log1p(a.realGrowth as number))), 15);
    expect(c.reason).toBeNull();
  });

  it('basis-"none" levels use consecutive values; shares use point changes; across a series break nothing', () => {
    const plan = planFile.parse(minimalPlan());
    const pop = plan.indicators.find((i) => i.id === 'population');
    if (!pop) throw new Error('no population');
    pop.actuals = [2016, 2017, 2018, 2019, 2021].map((year, k) => ({ year, value: 880 + k * k, source: 't', status: 'final' as const }));
    const c = calibrateVolatility(plan, 'population');
    // pairs: 2017/16, 2018/17, 2019/18, 2020 (base 908.38)/2019, 2021/2020
    expect(c.measure).toBe('growth');
    expect(c.years).toEqual([2017, 2018, 2019, 2020, 2021]);
    const values = [880, 881, 884, 889, 908.38, 896];
    expect(c.sd).toBeCloseTo(sampleSd(values.slice(1).map((v, i) => v / (values[i] as number) - 1)), 15);

    const urban = plan.indicators.find((i) => i.id === 'urbanization');
    if (!urban) throw new Error('no urbanization');
    urban.actuals = [
      { year: 2016, value: 60, source: 't', status: 'final' },
      { year: 2017, value: 61.5, source: 't', status: 'final' },
      { year: 2018, value: 62.4, source: 't', status: 'final' },
      { year: 2019, value: 64, source: 't', status: 'final', seriesBreak: true },
      { year: 2021, value: 69, source: 't', status: 'final' },
    ];
    const u = calibrateVolatility(plan, 'urbanization');
    expect(u.measure).toBe('points');
    expect(u.years).toEqual([2017, 2018, 2020, 2021]); // 2019 starts a new series
    expect(u.sd).toBeCloseTo(sampleSd([1.5, 0.9, 68 - 64, 1]), 15);
  });

  it('null, with the reason, when it rests on fewer than 3 years or cannot be read', () => {
    const plan = xuzhou();
    const pop = calibrateVolatility(plan, 'population');
    expect(pop.sd).toBeNull();
    expect(pop.reason).toBe('too-few-years');
    expect(pop.count).toBe(2);
    expect(calibrateVolatility(plan, 'income_urban').reason).toBe('nominal-without-real-growth');
    expect(calibrateVolatility(plan, 'income_all').reason).toBe('derived');
    expect(calibrateVolatility(plan, 'nope').reason).toBe('unknown-indicator');
    expect(calibrateAll(plan).map((c) => c.indicator)).not.toContain('gdp_per_capita');
  });
});
