import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { DEFLATOR } from './monte-carlo-types';
import { planFile, type Plan, type Scenario } from '../plan/plan-schema';
import { project, valueAt } from '../engine/projection';
import { tornado, tornadoAssumptions } from './sensitivity';
import { minimalPlan } from '../testing/minimal-plan';
import { parsePlanText } from '../plan/validate-plan';

const plan = (): Plan => planFile.parse(minimalPlan());

describe('tornado', () => {
  it('ranks GDP growth in the 15th and 16th periods highest for the 2035 doubling', () => {
    const r = tornado(plan(), 'plan', 'gdp-double');
    const top = r.bars.slice(0, 2).map((b) => `${b.ref.indicator}×${b.ref.period}`);
    expect(top.sort()).toEqual(['gdp×15th', 'gdp×16th']);
    const bar = r.bars[0];
    expect(bar?.low).toBeLessThan(0);
    expect(bar?.high).toBeGreaterThan(0);
    // 14th-period growth moves GDP 2025 and 2035 alike: the doubling's gap does not move
    const g14 = r.bars.find((b) => b.ref.indicator === 'gdp' && b.ref.period === '14th');
    expect(g14?.swing).toBe(0);
    // bars are sorted by swing
    for (let i = 1; i < r.bars.length; i++) expect(r.bars[i]?.swing ?? -1).toBeLessThanOrEqual(r.bars[i - 1]?.swing ?? -1);
  });

  it('Xuzhou plan: GDP 15th/16th-period growth leads the tornado of gdp-2035-double, in every scenario', () => {
    const r = parsePlanText(readFileSync(new URL('../../scenarios/xuzhou-14th-fyp.json', import.meta.url), 'utf8'), 'en');
    if (!r.ok) throw new Error('embedded plan invalid');
    for (const sc of r.plan.scenarios) {
      const t = tornado(r.plan, sc, 'gdp-2035-double');
      expect(t.bars.slice(0, 2).map((b) => `${b.ref.indicator}×${b.ref.period}`).sort(), sc.id).toEqual(['gdp×15th', 'gdp×16th']);
    }
  });

  it('moves growth by ±1 point: the gap changes as the closed form says', () => {
    const p = plan();
    const r = tornado(p, 'plan', 'gdp-trillion');
    const bar = r.bars.find((b) => b.ref.indicator === 'gdp' && b.ref.period === '14th');
    expect(bar?.step).toBe(0.01);
    expect(bar?.gapHigh).toBeCloseTo(7400 * 1.075 ** 5 - 10000, 6);
    expect(bar?.gapLow).toBeCloseTo(7400 * 1.055 ** 5 - 10000, 6);
    expect(r.baseGap).toBeCloseTo(7400 * 1.065 ** 5 - 10000, 6);
    // the nominal target moves with the deflator as much as with real growth
    const deflator = r.bars.find((b) => b.ref.indicator === DEFLATOR && b.ref.period === '14th');
    expect(deflator?.gapHigh).toBeCloseTo(7400 * (1.065 * 1.01) ** 5 - 10000, 6);
    expect(deflator?.gapLow).toBeCloseTo(7400 * (1.065 * 0.99) ** 5 - 10000, 6);
  });

  it('shares move by ±1 point a year, flows by ±10%', () => {
    const urban = tornado(plan(), 'plan', 'urban-73').bars[0];
    expect(urban?.ref).toEqual({ indicator: 'urbanization', period: '14th' });
    expect(urban?.low).toBeCloseTo(-5, 10);
    expect(urban?.high).toBeCloseTo(5, 10);
    const jobs = tornado(plan(), 'plan', 'jobs-35').bars[0];
    expect(jobs?.ref).toEqual({ indicator: 'jobs', period: '14th' });
    expect(jobs?.low).toBeCloseTo(-0.1 * 36, 10);
    expect(jobs?.high).toBeCloseTo(0.1 * 36, 10);
  });

  it('moves a linked assumption by adding the step to the growth it has (GDP’s)', () => {
    const p = plan();
    const r = tornado(p, 'plan', 'income-40k');
    const urban = r.bars.find((b) => b.ref.indicator === 'income_urban' && b.ref.period === '14th');
    // urban income grows with GDP at 6.5%; +1 point: 7.5% a year, weighted by 73% urbanization
    const expected = 0.73 * 39000 * (1.075 ** 5 - 1.065 ** 5);
    expect(urban?.high).toBeCloseTo(expected, 6);
    // GDP itself moves both incomes (they follow it)
    const gdp = r.bars.find((b) => b.ref.indicator === 'gdp' && b.ref.period === '14th');
    expect(gdp?.high).toBeCloseTo((0.73 * 39000 + 0.27 * 21000) * (1.075 ** 5 - 1.065 ** 5), 6);
    // a nominal target: prices move it a little more than real growth does
    expect(r.bars.slice(0, 2).map((b) => b.ref)).toEqual([
      { indicator: DEFLATOR, period: '14th' },
      { indicator: 'gdp', period: '14th' },
    ]);
  });

  it('uses ±1 sd where the uncertainty gives one', () => {
    const r = tornado(plan(), 'plan', 'gdp-trillion', { step: 'sd', uncertainty: { shocks: [{ indicator: 'gdp', sd: 0.02 }] } });
    const bar = r.bars.find((b) => b.ref.indicator === 'gdp' && b.ref.period === '14th');
    expect(bar?.stepFrom).toBe('sd');
    expect(bar?.gapHigh).toBeCloseTo(7400 * 1.085 ** 5 - 10000, 6);
    const deflator = r.bars.find((b) => b.ref.indicator === DEFLATOR);
    expect(deflator?.stepFrom).toBe('unit');
  });

  it('lists indicator × period with an assumption, and the deflator, and can drop the bars that do not move', () => {
    const p = plan();
    const refs = tornadoAssumptions(p, p.scenarios[0] as Scenario);
    expect(refs).toHaveLength(6 * 3 + 3);
    const r = tornado(p, 'plan', 'gdp-double', { dropZero: true });
    expect(r.bars.map((b) => `${b.ref.indicator}×${b.ref.period}`).sort()).toEqual(['gdp×15th', 'gdp×16th']);
  });

  it('does not change the scenario it is given', () => {
    const p = plan();
    const before = structuredClone(p);
    tornado(p, 'plan', 'income-40k');
    expect(p).toEqual(before);
    expect(valueAt(project(p, 'plan'), 'gdp', 2025, 'real')).toBeCloseTo(7400 * 1.065 ** 5, 6);
  });
});
