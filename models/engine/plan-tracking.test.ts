/**
 * Plan tracking, checked against hand calculations on a small plan: reported years are
 * facts, reviews on reported figures, 左右 bands, series breaks, splices, consumer prices.
 */
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { planFile, type ActualValue, type Plan, type PlanInput, type Scenario } from '../plan/plan-schema';
import { project } from './projection';
import { reportedPath } from './reported-path';
import { reviewPlan } from '../review/review';
import { evaluateTargets } from '../targets/evaluate-targets';
import { minimalPlan } from '../testing/minimal-plan';

function build(edit: (p: PlanInput) => void = () => {}): Plan {
  const raw = minimalPlan();
  edit(raw);
  return planFile.parse(raw);
}

const ind = (p: PlanInput, id: string) => {
  const found = p.indicators.find((i) => i.id === id);
  if (found === undefined) throw new Error(id);
  return found;
};

const anchoredScenario = (plan: Plan, deflator = 0.02): Scenario => ({
  ...(plan.scenarios[0] as Scenario),
  id: 'anchored',
  anchor: 'actuals',
  deflator: [{ from: 2021, to: 2035, value: deflator }],
});

const actual = (year: number, value: number, extra: Partial<ActualValue> = {}): ActualValue => ({
  year,
  value,
  source: 'bulletin',
  status: 'reported',
  ...extra,
});

describe('real values of reported years', () => {
  const plan = build((p) => {
    ind(p, 'gdp').actuals = [
      actual(2020, 7319.77),
      actual(2021, 8117.44, { realGrowth: 0.087 }),
      actual(2022, 8457.84),
    ];
  });

  it('follow the reported real growth: 7319.77 × 1.087 = 7956.59 at 2020 prices, whatever the deflator assumed', () => {
    for (const d of [0, 0.02, 0.1]) {
      const p = project(plan, anchoredScenario(plan, d));
      expect(p.series.gdp?.real[1]).toBeCloseTo(7956.58999, 5);
      expect(p.series.gdp?.nominal[1]).toBe(8117.44);
      expect(p.series.gdp?.realEstimated[1]).toBe(0);
    }
  });

  it('without reported real growth: the implied deflator of the reported years, marked estimated', () => {
    // implied 2021 deflator: 8117.44 / 7319.77 / 1.087 − 1 = 2.0216%
    const d21 = 8117.44 / 7319.77 / 1.087 - 1;
    expect(d21).toBeCloseTo(0.020216, 6);
    const expected = (7319.77 * 1.087 * (8457.84 / 8117.44)) / (1 + d21);
    for (const d of [0, 0.05]) {
      const p = project(plan, anchoredScenario(plan, d));
      expect(p.series.gdp?.real[2]).toBeCloseTo(expected, 6);
      expect(p.series.gdp?.realEstimated[2]).toBe(1);
    }
  });

  it('a reported price change of the year wins over the estimate', () => {
    const withPrice = build((p) => {
      ind(p, 'gdp').actuals = [actual(2020, 7319.77), actual(2021, 8117.44, { realGrowth: 0.087 }), actual(2022, 8457.84)];
      p.prices = [{ index: 'gdp-deflator', year: 2022, value: 0.01, source: 'bulletin', status: 'reported' }];
    });
    const p = project(withPrice, anchoredScenario(withPrice));
    expect(p.series.gdp?.real[2]).toBeCloseTo((7319.77 * 1.087 * (8457.84 / 8117.44)) / 1.01, 6);
    expect(p.deflator[2]).toBe(0.01);
  });

  it('a verdict on a reported year does not move with the scenario’s deflator', () => {
    const withTarget = build((p) => {
      ind(p, 'gdp').actuals = [actual(2020, 7319.77), actual(2021, 8117.44, { realGrowth: 0.087 }), actual(2022, 8457.84)];
      p.targets.push({ id: 'gdp-2022-real', indicator: 'gdp', type: 'threshold', year: 2022, comparison: '>=', value: 8200, basis: 'real', sentence: 's', section: 's' });
    });
    const verdicts = [0, 0.03, 0.2].map((d) => {
      const sc = anchoredScenario(withTarget, d);
      const r = evaluateTargets(withTarget, sc).find((x) => x.id === 'gdp-2022-real');
      return [r?.status, r?.projected];
    });
    expect(new Set(verdicts.map((v) => JSON.stringify(v))).size).toBe(1);
  });
});

describe('the review on reported figures', () => {
  const withGdp2025 = (v: number, rg: number) =>
    build((p) => {
      ind(p, 'gdp').actuals = [
        actual(2020, 7400),
        ...[2021, 2022, 2023, 2024].map((y) => actual(y, 7400 * 1.08 ** (y - 2020), { realGrowth: rg })),
        actual(2025, v, { realGrowth: rg }),
      ];
    });

  it('met: 10,100 against 1万亿 — gap 100, 1.00%; missed: 9,900 — gap −100, −1.00%', () => {
    const met = reviewPlan(withGdp2025(10100, 0.065)).targets.find((t) => t.id === 'gdp-trillion');
    expect(met).toMatchObject({ source: 'reported', status: 'met', value: 10100, target: 10000, basis: 'nominal' });
    expect(met?.gap).toBeCloseTo(100, 9);
    expect(met?.gapPct).toBeCloseTo(0.01, 12);
    const missed = reviewPlan(withGdp2025(9900, 0.065)).targets.find((t) => t.id === 'gdp-trillion');
    expect(missed).toMatchObject({ status: 'missed', source: 'reported' });
    expect(missed?.gapPct).toBeCloseTo(-0.01, 12);
  });

  it('6.5% 左右 is the band 6.0–7.0%: 5.8% missed, 6.2% met, 7.2% met above the band', () => {
    for (const [rg, status, above] of [
      [0.058, 'missed', false],
      [0.062, 'met', false],
      [0.072, 'met', true],
    ] as const) {
      const r = reviewPlan(withGdp2025(10100, rg)).targets.find((t) => t.id === 'gdp-growth');
      expect(r?.band?.[0]).toBeCloseTo(0.06, 12);
      expect(r?.band?.[1]).toBeCloseTo(0.07, 12);
      expect(r?.value).toBeCloseTo(rg, 12); // five years at rg: the CAGR is rg
      expect(r?.status).toBe(status);
      expect(r?.aboveBand).toBe(above);
      expect(r?.basis).toBe('real');
    }
  });

  it('achieved growth (base → latest reported) and growth still required to 2035', () => {
    const r = reviewPlan(withGdp2025(10100, 0.065)).targets.find((t) => t.id === 'gdp-double');
    expect(r?.achievedGrowth).toBeCloseTo(0.065, 12);
    expect(r?.achievedGrowthNominal).toBeCloseTo((10100 / 7400) ** (1 / 5) - 1, 12);
    expect(r?.plannedGrowth).toBeCloseTo(2 ** (1 / 10) - 1, 12);
    expect(r?.requiredGrowth).toBeCloseTo(2 ** (1 / 10) - 1, 12); // 2025 is reported: 2× it in ten years
    expect(r?.requiredFrom).toBe(2025);
    expect(r?.status).toBe('pending');
    expect(r?.source).toBe('projected');
  });

  it('a year without a figure is projected and pending; as of 2023 the 2025 figure is ignored', () => {
    const plan = withGdp2025(10100, 0.065);
    const r = reviewPlan(plan, { asOf: 2023 }).targets.find((t) => t.id === 'gdp-trillion');
    expect(r?.source).toBe('projected');
    expect(r?.status).toBe('pending');
    expect(r?.requiredFrom).toBe(2023);
    expect(reviewPlan(plan, { asOf: 2023 }).latestReported).toBe(2023);
  });

  it('shares and counts have basis none in the review and the check', () => {
    const plan = build();
    expect(reviewPlan(plan).targets.find((t) => t.id === 'urban-73')?.basis).toBe('none');
    expect(evaluateTargets(plan, plan.scenarios[0] as Scenario).find((t) => t.id === 'urban-73')?.priceBasis).toBe('none');
  });
});

describe('a series break (census revision)', () => {
  // Old basis 68 in 2020; the census puts 2020 at 64: −4 points. 2021 on the new basis 65.
  const plan = build((p) => {
    const u = ind(p, 'urbanization');
    u.seriesBreaks = [{ year: 2021, overlapYear: 2020, oldValue: 68, newValue: 64, reason: { zh: '第七次人口普查', en: '2020 census' } }];
    u.actuals = [actual(2021, 65), actual(2025, 69.5)];
  });

  it('rebases the old-basis threshold (73 → 69) and says so in the verdict', () => {
    const r = reviewPlan(plan).targets.find((t) => t.id === 'urban-73');
    expect(r).toMatchObject({ source: 'reported', status: 'met', value: 69.5, target: 69, targetAsWritten: 73 });
    expect(r?.rebased?.zh).toContain('73.0 → 69.0');
    const checked = evaluateTargets(plan, anchoredScenario(plan)).find((t) => t.id === 'urban-73');
    expect(checked?.target).toBe(69);
    expect(checked?.rebased).not.toBeNull();
  });

  it('shows no spurious fall: 2020 is rebased to 64, then 65 in 2021', () => {
    const p = project(plan, anchoredScenario(plan));
    expect(p.series.urbanization?.nominal[0]).toBe(64);
    expect(p.series.urbanization?.nominal[1]).toBe(65);
    // 2022–24 interpolated at constant points: 66.125, 67.25, 68.375
    expect(p.series.urbanization?.nominal[3]).toBeCloseTo(67.25, 12);
    expect(p.series.urbanization?.origin[3]).toBe('interpolated');
  });

  it('a target set on the new basis is not rebased', () => {
    const newBasis = build((p) => {
      const u = ind(p, 'urbanization');
      u.seriesBreaks = [{ year: 2021, overlapYear: 2020, oldValue: 68, newValue: 64, reason: { zh: '普查', en: 'census' } }];
      u.actuals = [actual(2021, 65), actual(2025, 69.5)];
      const t = p.targets.find((x) => x.id === 'urban-73');
      if (t) t.seriesBasis = 'new';
    });
    expect(reviewPlan(newBasis).targets.find((t) => t.id === 'urban-73')).toMatchObject({ target: 73, status: 'missed' });
  });
});

describe('splices and interpolation', () => {
  it('a derived indicator continues from its official level at the formula’s growth: no jump back', () => {
    const plan = build((p) => {
      ind(p, 'income_all').actuals = [actual(2021, 36000)];
    });
    const sc = anchoredScenario(plan);
    const p = project(plan, sc);
    const free = project(plan, { ...sc, anchor: 'base' }); // the formula's own path
    const f = free.series.income_all?.nominal as Float64Array;
    const s = p.series.income_all?.nominal as Float64Array;
    expect(s[1]).toBe(36000);
    expect(s[2]).toBeCloseTo(36000 * ((f[2] as number) / (f[1] as number)), 6);
    expect(s[15]).toBeCloseTo(36000 * ((f[15] as number) / (f[1] as number)), 4);
    expect(p.series.income_all?.origin[5]).toBe('spliced');
  });

  it('between two reported years a level moves at a constant rate: 908.38 → 912 over two years', () => {
    const plan = build((p) => {
      ind(p, 'population').actuals = [actual(2022, 912)];
    });
    const p = project(plan, anchoredScenario(plan));
    expect(p.series.population?.nominal[1]).toBeCloseTo(908.38 * (912 / 908.38) ** 0.5, 9);
    expect(p.series.population?.origin[1]).toBe('interpolated');
  });

  it('first year reached rests on reported or interpolated values, and says which', () => {
    const plan = build((p) => {
      ind(p, 'gdp').actuals = [actual(2020, 7400), actual(2023, 10050, { realGrowth: 0.1 })];
    });
    const r = evaluateTargets(plan, anchoredScenario(plan)).find((t) => t.id === 'gdp-trillion');
    // 7400 → 10050 in three years: 2022 is 7400 × (10050/7400)^(2/3) = 9,092.6 < 10,000; 2023 reported
    expect(r?.firstYearReached).toBe(2023);
    expect(r?.firstYearReachedSource).toBe('reported');
  });
});

describe('consumer prices', () => {
  it('incomes deflated by CPI, GDP by its deflator: 39,000 × 1.05 × 1.02 = 41,769', () => {
    const plan = build((p) => {
      ind(p, 'income_urban').priceIndex = 'cpi';
      const sc = p.scenarios[0];
      if (sc === undefined) throw new Error('no scenario');
      sc.assumptions.income_urban = [{ from: 2021, to: 2035, value: 0.05 }];
      sc.deflator = [{ from: 2021, to: 2035, value: 0.05 }];
      sc.cpi = [{ from: 2021, to: 2035, value: 0.02 }];
    });
    const p = project(plan, plan.scenarios[0] as Scenario);
    expect(p.series.income_urban?.nominal[1]).toBeCloseTo(41769, 9);
    expect(p.series.income_urban?.real[1]).toBeCloseTo(40950, 9);
    expect(p.series.gdp?.nominal[1]).toBeCloseTo(7400 * 1.065 * 1.05, 9);
    expect(p.cpiIndex[2]).toBeCloseTo(1.02 ** 2, 14);
  });

  it('a nominal income target needs real growth net of consumer prices', () => {
    const plan = build((p) => {
      ind(p, 'income_urban').priceIndex = 'cpi';
      p.targets.push({ id: 'urban-income', indicator: 'income_urban', type: 'threshold', year: 2025, comparison: '>=', value: 50000, basis: 'nominal', sentence: 's', section: 's' });
      const sc = p.scenarios[0];
      if (sc === undefined) throw new Error('no scenario');
      sc.deflator = [{ from: 2021, to: 2035, value: 0.05 }];
      sc.cpi = [{ from: 2021, to: 2035, value: 0.02 }];
    });
    const r = evaluateTargets(plan, plan.scenarios[0] as Scenario).find((t) => t.id === 'urban-income');
    expect(r?.requiredGrowth).toBeCloseTo((50000 / (39000 * 1.02 ** 5)) ** (1 / 5) - 1, 12);
  });
});

describe('on the line', () => {
  it('a scenario built to meet the doubling exactly (2^(1/10) − 1) is met "on the line", not plainly met', () => {
    const plan = build();
    const r = evaluateTargets(plan, plan.scenarios[0] as Scenario).find((t) => t.id === 'gdp-double');
    expect(r?.status).toBe('met');
    expect(r?.onTheLine).toBe(true);
    const faster = evaluateTargets(plan, {
      ...(plan.scenarios[0] as Scenario),
      assumptions: { ...(plan.scenarios[0] as Scenario).assumptions, gdp: [{ from: 2021, to: 2035, value: 0.08 }] },
    }).find((t) => t.id === 'gdp-double');
    expect(faster?.onTheLine).toBe(false);
  });
});

describe('reported figures are facts (fast-check)', () => {
  it('adding a figure for year Y changes no value up to the last fixed year before Y', () => {
    const plan = build((p) => {
      ind(p, 'gdp').actuals = [actual(2020, 7319.77), actual(2021, 8117.44, { realGrowth: 0.087 })];
    });
    const sc = anchoredScenario(plan);
    const before = project(plan, sc);
    fc.assert(
      fc.property(
        fc.constantFrom('gdp', 'population', 'urbanization', 'income_urban', 'jobs'),
        fc.integer({ min: 2021, max: 2035 }),
        fc.double({ min: 1, max: 99, noNaN: true }),
        fc.option(fc.double({ min: -0.1, max: 0.2, noNaN: true }), { nil: undefined }),
        (id, year, value, realGrowth) => {
          const next = structuredClone(plan);
          const target = next.indicators.find((i) => i.id === id);
          if (target === undefined) return;
          const kept = (target.actuals ?? []).filter((a) => a.year !== year);
          const extra = id === 'urbanization' || realGrowth === undefined ? {} : { realGrowth };
          target.actuals = [...kept, actual(year, value, extra)];
          const after = project(next, sc);
          const fixed = reportedPath(plan).series.get(id);
          let lastFixedBefore = 0;
          for (let i = 0; i < year - 2020; i++) if (fixed?.origin[i] != null) lastFixedBefore = i;
          for (const sid of before.order) {
            // the years between the last fixed one and Y become interpolated, in it and in what follows it
            for (let i = 0; i <= lastFixedBefore; i++) {
              for (const basis of ['nominal', 'real'] as const) {
                const a = before.series[sid]?.[basis][i] as number;
                const b = after.series[sid]?.[basis][i] as number;
                if (!(Number.isNaN(a) && Number.isNaN(b))) expect(b, `${sid} ${basis} ${2020 + i}`).toBe(a);
              }
            }
          }
        },
      ),
      { numRuns: 150, seed: 8 },
    );
  });
});
