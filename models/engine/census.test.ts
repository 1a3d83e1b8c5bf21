/**
 * Rule 11, with figures made for the test: population and per-capita figures on one
 * census basis; growth never runs across a break; an old-basis threshold is judged on a
 * rebased threshold, and the rebasing is said.
 */
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
const census = { zh: '第七次全国人口普查', en: '7th census' };

function build(edit: (p: PlanInput) => void): Plan {
  const raw = minimalPlan();
  raw.scenarios = [{ ...(raw.scenarios[0] as Scenario), id: 'anchored', anchor: 'actuals' }];
  edit(raw);
  return planFile.parse(raw);
}
const ind = (p: PlanInput, id: string) => p.indicators.find((i) => i.id === id) as PlanInput['indicators'][number];

describe('population across the 2020 census', () => {
  // Old basis: 950 in 2019, 970 in 2020; the census puts 2020 at 1000 (×1.0309).
  const plan = build((p) => {
    const pop = ind(p, 'population');
    pop.base = { year: 2020, value: 1000, source: 'census', status: 'final' };
    pop.actuals = [actual(2019, 950), actual(2021, 1010)];
    pop.seriesBreaks = [{ year: 2020, overlapYear: 2020, oldValue: 970, newValue: 1000, reason: census }];
  });

  it('review .indicators: 2019 rebased to 950 × 1000 / 970 = 979.38, growth 2019–21 (1010 / 979.38)^½ − 1 = 1.55%, not 3.11%', () => {
    const pop = reviewPlan(plan, { scenarioId: 'anchored' }).indicators.find((i) => i.id === 'population');
    const rebased2019 = (950 * 1000) / 970;
    expect(rebased2019).toBeCloseTo(979.38, 2);
    expect(pop?.cagrNominal).toBeCloseTo((1010 / rebased2019) ** 0.5 - 1, 12);
    expect(pop?.cagrNominal).toBeCloseTo(0.01551, 5);
    expect((1010 / 950) ** 0.5 - 1).toBeCloseTo(0.0311, 4);
    expect(pop?.cagrFrom).toBe(2019);
    expect(pop?.cagrTo).toBe(2021);
    expect(pop?.rebased?.zh).toBe('2019年数据按新口径折算（2020年新旧口径970.00 → 1,000.00，×1.0309；第七次全国人口普查）');
    expect(pop?.rebased?.en).toContain('2019 rebased to the new series');
  });

  it('a break marked on a figure only (no overlap values): growth counts from the new basis', () => {
    const flagged = build((p) => {
      const pop = ind(p, 'population');
      pop.actuals = [actual(2019, 950), actual(2021, 1000, { seriesBreak: true }), actual(2023, 1020.1)];
    });
    const pop = reviewPlan(flagged, { scenarioId: 'anchored' }).indicators.find((i) => i.id === 'population');
    expect(pop?.cagrNominal).toBeCloseTo(0.01, 12);
    expect(pop?.cagrFrom).toBe(2021);
    expect(pop?.reportedYears).toEqual([2019, 2021, 2023]);
    expect(pop?.rebased?.en).toBe('new series basis from 2021: growth counted from 2021');
  });

  it('per-capita GDP divides by population on the new basis in every year', () => {
    const withGdp = build((p) => {
      const pop = ind(p, 'population');
      pop.base = { year: 2020, value: 970, source: 'old basis', status: 'estimate' };
      pop.actuals = [actual(2021, 1010)];
      pop.seriesBreaks = [{ year: 2021, overlapYear: 2020, oldValue: 970, newValue: 1000, reason: census }];
    });
    const s = project(withGdp, 'anchored');
    expect(s.series.population?.nominal[0]).toBeCloseTo(1000, 9);
    expect(s.series.gdp_per_capita?.nominal[0]).toBeCloseTo((7400 * 10000) / 1000, 6);
  });
});

describe('an old-basis threshold on a level', () => {
  it('is judged on the rebased threshold: 1,050万人 (old) × 1000 / 970 = 1,082.47, and says so', () => {
    const plan = build((p) => {
      const pop = ind(p, 'population');
      pop.base = { year: 2020, value: 970, source: 'old basis', status: 'estimate' };
      pop.actuals = [actual(2021, 1010), actual(2025, 1080)];
      pop.seriesBreaks = [{ year: 2021, overlapYear: 2020, oldValue: 970, newValue: 1000, reason: census }];
      p.targets.push({ id: 'pop-2025', indicator: 'population', type: 'threshold', year: 2025, comparison: '>=', value: 1050, sentence: '1050万人', section: 's' });
    });
    const r = evaluateTargets(plan, plan.scenarios[0] as Scenario).find((t) => t.id === 'pop-2025');
    expect(r?.target).toBeCloseTo((1050 * 1000) / 970, 9);
    expect(r?.met).toBe(false);
    expect(r?.rebased?.zh).toContain('1,050.00 → 1,082.47');
    const reviewed = reviewPlan(plan, { scenarioId: 'anchored' }).targets.find((t) => t.id === 'pop-2025');
    expect(reviewed).toMatchObject({ status: 'missed', targetAsWritten: 1050, value: 1080 });
  });
});
