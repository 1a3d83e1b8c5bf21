/**
 * Rule 16, against hand arithmetic: a trend rests on at least three reported years on one
 * basis, names the years it uses and leaves out (a rebound after a collapse), and with too
 * little data falls back to the plan's assumption.
 */
import { describe, expect, it } from 'vitest';
import { planFile, type ActualValue, type Plan, type PlanInput, type Scenario } from '../plan/plan-schema';
import { project } from './projection';
import { reviewPlan } from '../review/review';
import { trendOf } from './trend';
import { minimalPlan } from '../testing/minimal-plan';

const actual = (year: number, value: number, extra: Partial<ActualValue> = {}): ActualValue => ({
  year,
  value,
  source: 'bulletin',
  status: 'reported',
  ...extra,
});

function build(edit: (p: PlanInput) => void): Plan {
  const raw = minimalPlan();
  edit(raw);
  const plan = raw.scenarios[0] as Scenario;
  raw.scenarios.push({ ...plan, id: 'trend', anchor: 'actuals', assumptions: {}, trend: { years: 5, fallback: 'plan' } });
  return planFile.parse(raw);
}
const ind = (p: PlanInput, id: string) => p.indicators.find((i) => i.id === id) as PlanInput['indicators'][number];
const indicator = (plan: Plan, id: string) => plan.indicators.find((i) => i.id === id) as Plan['indicators'][number];

describe('trend of a level', () => {
  it('a rebound after a collapse is left out: 3286 → 4038 (+22.9%) → 4103 leaves two years, too few: the plan’s assumption', () => {
    const plan = build((p) => {
      const x = ind(p, 'income_rural');
      x.basis = 'none';
      x.base = { year: 2020, value: 3286, source: 'implied from 2021', status: 'implied' };
      x.actuals = [actual(2021, 4038), actual(2022, 4103)];
    });
    const t = trendOf(plan, indicator(plan, 'income_rural'), 5);
    expect(4038 / 3286 - 1).toBeCloseTo(0.2288, 4);
    expect(t.leftOut).toEqual([{ year: 2021, reason: 'rebound' }]);
    expect(t.years).toEqual([2021, 2022]);
    expect(t.tooFew).toBe(true);
    expect(t.rate).toBeNull();
    // the trend scenario takes the plan scenario's path after 2022: GDP growth (linked, elasticity 1)
    const trend = project(plan, 'trend').series.income_rural;
    const gdp = project(plan, 'trend').series.gdp;
    expect(trend?.nominal[2]).toBe(4103);
    expect(trend?.growth[3]).toBeCloseTo(gdp?.growth[3] as number, 12);
    // not the 11.74% of the two-year span 2020 → 2022
    expect((4103 / 3286) ** 0.5 - 1).toBeCloseTo(0.1174, 4);
    expect(trend?.growth[3]).not.toBeCloseTo(0.1174, 3);
  });

  it('four steady years: 1000 × 1.05ⁿ gives 5% a year from 2021 to 2024, the years named', () => {
    const plan = build((p) => {
      const x = ind(p, 'income_rural');
      x.basis = 'none';
      x.base = { year: 2020, value: 900, source: 'plan', status: 'estimate' };
      x.actuals = [2021, 2022, 2023, 2024].map((y, k) => actual(y, 1000 * 1.05 ** k));
    });
    const t = trendOf(plan, indicator(plan, 'income_rural'), 5);
    expect(t.rate).toBeCloseTo(0.05, 12);
    expect(t.years).toEqual([2021, 2022, 2023, 2024]);
    expect(t.leftOut).toEqual([{ year: 2020, reason: 'not-reported' }]);
    expect(project(plan, 'trend').series.income_rural?.growth[5]).toBeCloseTo(0.05, 12);
  });

  it('a collapse in the window’s first year is left out too: 100 → 70 → 73.5 → 77.175 → 81.03 trends at 5%', () => {
    const plan = build((p) => {
      const x = ind(p, 'income_rural');
      x.basis = 'none';
      x.base = { year: 2020, value: 100, source: 'b', status: 'reported' };
      x.actuals = [actual(2021, 70), actual(2022, 73.5), actual(2023, 77.175), actual(2024, 81.03375)];
    });
    const t = trendOf(plan, indicator(plan, 'income_rural'), 5);
    expect(t.leftOut).toEqual([{ year: 2021, reason: 'collapse' }]);
    expect(t.rate).toBeCloseTo(0.05, 12);
  });

  it('only the last `years` years: a window of 3 over 2019–2024 starts in 2021', () => {
    const plan = build((p) => {
      const x = ind(p, 'income_rural');
      x.basis = 'none';
      x.base = { year: 2020, value: 100, source: 'b', status: 'reported' };
      x.actuals = [2021, 2022, 2023, 2024].map((y, k) => actual(y, 100 * 1.04 ** (k + 1)));
    });
    const t = trendOf(plan, indicator(plan, 'income_rural'), 3);
    expect(t.years).toEqual([2021, 2022, 2023, 2024]);
    expect(t.rate).toBeCloseTo(0.04, 12);
  });
});

describe('trend of a share on one basis', () => {
  it('never across a series break: 2021 flagged as a new basis leaves 2020 out, 2021–2024 gives 1 point a year', () => {
    const plan = build((p) => {
      const x = ind(p, 'urbanization');
      x.base = { year: 2020, value: 60, source: 'b', status: 'reported' };
      x.actuals = [actual(2021, 66, { seriesBreak: true }), actual(2022, 67), actual(2023, 68), actual(2024, 69)];
    });
    const t = trendOf(plan, indicator(plan, 'urbanization'), 5);
    expect(t.leftOut).toEqual([{ year: 2020, reason: 'series-break' }]);
    expect(t.years).toEqual([2021, 2022, 2023, 2024]);
    expect(t.rate).toBeCloseTo(1, 12);
  });
});

describe('the review says what the trend rests on', () => {
  it('review.trend names the years used and left out, in both languages', () => {
    const plan = build((p) => {
      const x = ind(p, 'income_rural');
      x.basis = 'none';
      x.base = { year: 2020, value: 3286, source: 'implied from 2021', status: 'implied' };
      x.actuals = [actual(2021, 4038), actual(2022, 4103)];
    });
    const review = reviewPlan(plan, { scenarioId: 'trend' });
    const rural = review.trend?.find((x) => x.indicator === 'income_rural');
    expect(rural?.years).toEqual([2021, 2022]);
    expect(rural?.tooFew).toBe(true);
    expect(rural?.note.zh).toBe('农村居民收入：数据不足（2021、2022年2个报告年度，趋势至少需要3个；未计入2021年增速（上年下降后的反弹）），沿用“规划”的假设');
    expect(rural?.note.en).toContain('the growth of 2021 (a rebound after a fall)');
    expect(reviewPlan(plan, { scenarioId: 'plan' }).trend).toBeNull();
  });
});
