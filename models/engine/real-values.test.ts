/**
 * Rules 10 and 14, against hand arithmetic: a reported year's real value comes from the
 * reported real growth, else the reported price index of its kind (CPI for incomes),
 * else an estimate (the scenario's stated price path, else a known index), marked 估,
 * never equal to the nominal value because a price change defaulted to 0.
 */
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { planFile, type ActualValue, type Plan, type PlanInput, type Scenario } from '../plan/plan-schema';
import { project } from './projection';
import { reviewPlan } from '../review/review';
import { evaluateTargets } from '../targets/evaluate-targets';
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
  for (const i of raw.indicators) if (i.id === 'income_urban' || i.id === 'income_rural') i.priceIndex = 'cpi';
  edit(raw);
  return planFile.parse(raw);
}

const ind = (p: PlanInput, id: string) => {
  const found = p.indicators.find((i) => i.id === id);
  if (found === undefined) throw new Error(id);
  return found;
};

const anchored = (plan: Plan, prices: Partial<Pick<Scenario, 'deflator' | 'cpi'>> = {}): Scenario => ({
  ...(plan.scenarios[0] as Scenario),
  id: 'anchored',
  anchor: 'actuals',
  deflator: [],
  ...prices,
});

describe('reported CPI deflates incomes', () => {
  const plan = build((p) => {
    ind(p, 'income_urban').actuals = [actual(2021, 41000), actual(2022, 43460)];
    p.prices = [
      { index: 'cpi', year: 2021, value: 0.02, source: 'bulletin', status: 'reported' },
      { index: 'cpi', year: 2022, value: 0.025, source: 'bulletin', status: 'reported' },
    ];
  });

  it('real = nominal ÷ cumulative CPI: 41000 / 1.02 = 40,196.08; 43460 / (1.02 × 1.025) = 41,568.63, not estimated, whatever the scenario assumes', () => {
    for (const deflator of [[], [{ from: 2021, to: 2035, value: 0.05 }]]) {
      const s = project(plan, anchored(plan, { deflator, cpi: [{ from: 2021, to: 2035, value: 0.04 }] })).series.income_urban;
      expect(s?.real[1]).toBeCloseTo(40196.0784, 3);
      expect(s?.real[2]).toBeCloseTo(41568.6275, 3);
      expect(s?.realEstimated[1]).toBe(0);
      expect(s?.realEstimated[2]).toBe(0);
    }
  });

  it('a reported real growth is used as is: 39000 × 1.035 = 40,365 although CPI is reported', () => {
    const withGrowth = build((p) => {
      ind(p, 'income_urban').actuals = [actual(2021, 41000, { realGrowth: 0.035 })];
      p.prices = [{ index: 'cpi', year: 2021, value: 0.02, source: 'bulletin', status: 'reported' }];
    });
    const s = project(withGrowth, anchored(withGrowth)).series.income_urban;
    expect(s?.real[1]).toBeCloseTo(40365, 6);
    expect(s?.realEstimated[1]).toBe(0);
  });

  it('property: with CPI reported every year, real × Π(1 + cpi) = nominal', () => {
    fc.assert(
      fc.property(
        fc.array(fc.double({ min: -0.03, max: 0.1, noNaN: true }), { minLength: 4, maxLength: 4 }),
        fc.array(fc.double({ min: 30000, max: 80000, noNaN: true }), { minLength: 4, maxLength: 4 }),
        (cpi, values) => {
          const p = build((x) => {
            ind(x, 'income_urban').actuals = values.map((v, k) => actual(2021 + k, v));
            x.prices = cpi.map((c, k) => ({ index: 'cpi' as const, year: 2021 + k, value: c, source: 'b', status: 'reported' as const }));
          });
          const s = project(p, anchored(p)).series.income_urban;
          let level = 1;
          for (let k = 0; k < 4; k++) {
            level *= 1 + (cpi[k] as number);
            expect(((s?.real[k + 1] as number) * level) / (values[k] as number)).toBeCloseTo(1, 9);
          }
        },
      ),
      { numRuns: 50 },
    );
  });
});

describe('no price reported: estimated, marked 估, never nominal', () => {
  const plan = build((p) => {
    ind(p, 'income_urban').actuals = [actual(2021, 41000), actual(2022, 43460)];
  });

  it("the scenario's consumer prices: 41000 / 1.03 = 39,805.83 (估); another assumption, another estimate", () => {
    const at3 = project(plan, anchored(plan, { cpi: [{ from: 2021, to: 2035, value: 0.03 }] })).series.income_urban;
    expect(at3?.real[1]).toBeCloseTo(41000 / 1.03, 6);
    expect(at3?.real[2]).toBeCloseTo(43460 / 1.03 ** 2, 6);
    expect(at3?.realEstimated[1]).toBe(1);
    expect(at3?.nominal[1]).toBe(41000);
    const at1 = project(plan, anchored(plan, { deflator: [{ from: 2021, to: 2035, value: 0.01 }] })).series.income_urban;
    expect(at1?.real[1]).toBeCloseTo(41000 / 1.01, 6);
  });

  it('a scenario with no price path: the GDP deflator implied by reported GDP (8117.44 / 7319.77 / 1.087 − 1 = 2.0216%), later years its mean', () => {
    const d = 8117.44 / 7319.77 / 1.087 - 1;
    expect(d).toBeCloseTo(0.020216, 6);
    const withGdp = build((x) => {
      ind(x, 'income_urban').actuals = [actual(2021, 41000), actual(2022, 43460)];
      ind(x, 'gdp').actuals = [actual(2020, 7319.77), actual(2021, 8117.44, { realGrowth: 0.087 })];
    });
    const s = project(withGdp, anchored(withGdp)).series.income_urban;
    expect(s?.real[1]).toBeCloseTo(41000 / (1 + d), 6);
    expect(s?.real[2]).toBeCloseTo(43460 / (1 + d) ** 2, 6);
    expect(s?.real[1]).toBeLessThan(41000);
    expect(s?.realEstimated[1]).toBe(1);
  });

  it('a reported GDP deflator stands in for a missing CPI (known index)', () => {
    const p = build((x) => {
      ind(x, 'income_urban').actuals = [actual(2021, 41000)];
      x.prices = [{ index: 'gdp-deflator', year: 2021, value: 0.015, source: 'b', status: 'reported' }];
    });
    const s = project(p, anchored(p)).series.income_urban;
    expect(s?.real[1]).toBeCloseTo(41000 / 1.015, 6);
    expect(s?.realEstimated[1]).toBe(1);
  });

  it("the income's own implied deflator (reported real growth of earlier years) comes before any assumption", () => {
    const p = build((x) => {
      ind(x, 'income_urban').actuals = [actual(2020, 39000), actual(2021, 41000, { realGrowth: 0.04 }), actual(2022, 43460)];
    });
    const own = 41000 / 39000 / 1.04 - 1;
    const s = project(p, anchored(p, { cpi: [{ from: 2021, to: 2035, value: 0.05 }] })).series.income_urban;
    expect(s?.real[2]).toBeCloseTo((39000 * 1.04 * (43460 / 41000)) / (1 + own), 6);
    expect(s?.realEstimated[2]).toBe(1);
  });
});

describe('the 2035 income doubling is 2 × the real 2025 figure', () => {
  const plan = build((p) => {
    const years = [2021, 2022, 2023, 2024, 2025];
    ind(p, 'income_urban').actuals = years.map((y, k) => actual(y, 39000 + (11000 * (k + 1)) / 5));
    ind(p, 'income_rural').actuals = years.map((y, k) => actual(y, 21000 + (6000 * (k + 1)) / 5));
    ind(p, 'urbanization').actuals = years.map((y, k) => actual(y, 68 + k + 1));
    p.targets.push({
      id: 'income-double',
      indicator: 'income_all',
      type: 'multiple',
      year: 2035,
      ofYear: 2025,
      factor: 2,
      comparison: '>=',
      basis: 'real',
      sentence: '翻一番',
      section: 's',
    });
  });
  const sc = anchored(plan, { cpi: [{ from: 2021, to: 2035, value: 0.03 }] });

  it('50000 × 73% + 27000 × 27% = 43,790 (2025, current prices) → 43,790 / 1.03⁵ = 37,773.6 → threshold 75,547.3, not 87,580', () => {
    const r = evaluateTargets(plan, sc).find((x) => x.id === 'income-double');
    expect(r?.target).toBeCloseTo((2 * 43790) / 1.03 ** 5, 3);
    expect(r?.target).toBeCloseTo(75547.25, 1);
  });

  it('achieved growth real and nominal differ by the price change: (1 + nominal) / (1 + real) = 1.03', () => {
    const p2 = { ...plan, scenarios: [sc] };
    const t = reviewPlan(p2, { scenarioId: 'anchored' }).targets.find((x) => x.id === 'income-40k');
    expect(t?.achievedGrowth).not.toBeNull();
    expect((1 + (t?.achievedGrowthNominal as number)) / (1 + (t?.achievedGrowth as number))).toBeCloseTo(1.03, 9);
  });

  it('the achieved growth states its method and its estimated years', () => {
    const t = reviewPlan({ ...plan, scenarios: [sc] }, { scenarioId: 'anchored' }).targets.find((x) => x.id === 'income-40k');
    expect(t?.achievedEstimatedYears).toEqual([2021, 2022, 2023, 2024, 2025]);
    expect(t?.achievedMethod?.zh).toBe('2020—2025年复合年均实际增长（2020年价格，按居民消费价格指数平减；2021、2022、2023、2024、2025年实际值为估算）');
    expect(t?.achievedMethod?.en).toBe('compound annual real growth 2020–2025 (2020 prices, deflated by consumer prices; 2021, 2022, 2023, 2024, 2025 real values estimated)');
  });

  it('with CPI reported every year nothing is estimated', () => {
    const reported = build((p) => {
      ind(p, 'income_urban').actuals = [actual(2021, 41000)];
      ind(p, 'income_rural').actuals = [actual(2021, 22000)];
      ind(p, 'urbanization').actuals = [actual(2021, 69)];
      p.prices = [{ index: 'cpi', year: 2021, value: 0.02, source: 'b', status: 'reported' }];
    });
    const t = reviewPlan({ ...reported, scenarios: [anchored(reported)] }, { scenarioId: 'anchored' }).targets.find((x) => x.id === 'income-40k');
    expect(t?.achievedEstimatedYears).toEqual([]);
    expect(t?.achievedMethod?.zh).toBe('2020—2021年复合年均实际增长（2020年价格，按居民消费价格指数平减）');
  });
});
