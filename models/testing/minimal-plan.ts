/**
 * A small valid plan for tests: GDP 7400 (nominal), population, per-capita GDP,
 * urbanization, two incomes and their weighted mean, a flow, and targets of each type.
 * No reported figures: every scenario follows reported figures (projection.ts), so the
 * closed forms of the engine hold on this plan only without them; `withGdp2021` adds one.
 * Tests change a copy (structuredClone) to make the case they need.
 */
import { SCHEMA_VERSION, type PlanInput } from '../plan/plan-schema';

export function minimalPlan(): PlanInput {
  return {
    schemaVersion: SCHEMA_VERSION,
    id: 'test-plan',
    title: { zh: '测试规划', en: 'Test plan' },
    source: { document: '测试', issuer: '测试' },
    region: { zh: '测试市', en: 'Test City' },
    baseYear: 2020,
    horizon: 2035,
    periods: [
      { id: '14th', name: { zh: '“十四五”', en: '14th FYP' }, start: 2021, end: 2025 },
      { id: '15th', name: { zh: '“十五五”', en: '15th FYP' }, start: 2026, end: 2030 },
      { id: '16th', name: { zh: '2031—2035年', en: '2031–35' }, start: 2031, end: 2035 },
    ],
    indicators: [
      {
        id: 'gdp',
        name: { zh: '地区生产总值', en: 'GDP' },
        unit: '亿元',
        kind: 'level',
        basis: 'nominal',
        base: { year: 2020, value: 7400, source: 'test', status: 'estimate' },
      },
      {
        id: 'population',
        name: { zh: '常住人口', en: 'Population' },
        unit: '万人',
        kind: 'level',
        basis: 'none',
        base: { year: 2020, value: 908.38, source: 'census', status: 'final' },
      },
      {
        id: 'gdp_per_capita',
        name: { zh: '人均地区生产总值', en: 'GDP per capita' },
        unit: '元',
        kind: 'derived',
        basis: 'nominal',
        formula: 'gdp * 10000 / population',
      },
      {
        id: 'urbanization',
        name: { zh: '城镇化率', en: 'Urbanization' },
        unit: '%',
        kind: 'share',
        basis: 'none',
        base: { year: 2020, value: 68, source: 'test', status: 'estimate' },
      },
      {
        id: 'income_urban',
        name: { zh: '城镇居民收入', en: 'Urban income' },
        unit: '元',
        kind: 'level',
        basis: 'nominal',
        base: { year: 2020, value: 39000, source: 'test', status: 'estimate' },
      },
      {
        id: 'income_rural',
        name: { zh: '农村居民收入', en: 'Rural income' },
        unit: '元',
        kind: 'level',
        basis: 'nominal',
        base: { year: 2020, value: 21000, source: 'test', status: 'estimate' },
      },
      {
        id: 'income_all',
        name: { zh: '居民收入', en: 'Resident income' },
        unit: '元',
        kind: 'derived',
        basis: 'nominal',
        formula: 'income_urban * urbanization / 100 + income_rural * (1 - urbanization / 100)',
      },
      {
        id: 'jobs',
        name: { zh: '城镇新增就业', en: 'New urban jobs' },
        unit: '万人',
        kind: 'flow',
        basis: 'none',
        base: { year: 2020, value: null, source: 'none', status: 'missing' },
      },
    ],
    targets: [
      { id: 'gdp-growth', indicator: 'gdp', type: 'average-growth', from: 2020, to: 2025, comparison: '>=', value: 0.065, tolerance: 0.005, sentence: '年均增长6.5%左右', section: 's' },
      { id: 'gdp-trillion', indicator: 'gdp', type: 'threshold', year: 2025, comparison: '>=', value: 10000, basis: 'nominal', sentence: '万亿', section: 's' },
      { id: 'gdp-double', indicator: 'gdp', type: 'multiple', year: 2035, ofYear: 2025, factor: 2, comparison: '>=', basis: 'real', sentence: '翻一番', section: 's' },
      { id: 'income-40k', indicator: 'income_all', type: 'threshold', year: 2025, comparison: '>=', value: 40000, basis: 'nominal', sentence: '4万元', section: 's' },
      { id: 'urban-73', indicator: 'urbanization', type: 'threshold', year: 2025, comparison: '>=', value: 73, sentence: '73%', section: 's' },
      { id: 'jobs-35', indicator: 'jobs', type: 'cumulative', from: 2021, to: 2025, comparison: '>', value: 35, sentence: '35万', section: 's' },
    ],
    scenarios: [
      {
        id: 'plan',
        name: { zh: '规划', en: 'Plan' },
        description: { zh: '规划', en: 'Plan' },
        assumptions: {
          gdp: [
            { period: '14th', value: 0.065 },
            { from: 2026, to: 2035, value: 2 ** 0.1 - 1 },
          ],
          population: [{ period: '14th', value: 0 }],
          urbanization: [{ period: '14th', value: 1 }, { from: 2026, to: 2035, value: 0.5 }],
          income_urban: [{ period: '14th', link: { indicator: 'gdp', elasticity: 1 } }],
          income_rural: [{ period: '14th', link: { indicator: 'gdp', elasticity: 1 } }],
          jobs: [{ period: '14th', value: 7.2 }],
        },
      },
    ],
  };
}

/** The minimal plan with GDP 2021 reported (8,117.44亿元, real growth 8.7%). */
export function minimalPlanWithGdp2021(): PlanInput {
  const p = minimalPlan();
  const gdp = p.indicators[0];
  if (gdp !== undefined) gdp.actuals = [{ year: 2021, value: 8117.44, realGrowth: 0.087, source: 'test', status: 'preliminary' }];
  return p;
}
