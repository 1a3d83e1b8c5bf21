/** The chart list: the plan's own, the rule without one, the user's choice, and what follows from it. */
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { chartCandidates, chartedIndicators, chartsOf, defaultCharts, fanChoices, firstCharted, openAssumptions, ruleCharts, tableYears, targetYears } from './chart-plan';
import { planFile, type Plan } from '../plan/plan-schema';
import { checkSemantics } from '../plan/validate-plan';

const load = (path: string): Plan => planFile.parse(JSON.parse(readFileSync(new URL(path, import.meta.url), 'utf8')));
const xuzhou = load('../../scenarios/xuzhou-14th-fyp.json');
const province = load('../../scenarios/testing/province-15th-fyp.json');

describe('the Xuzhou plan', () => {
  it('keeps its five charts from its own list, income as one chart of three lines', () => {
    const charts = defaultCharts(xuzhou);
    expect(charts.map((c) => c.id)).toEqual(['gdp', 'gdp_per_capita', 'income', 'retail_sales', 'urbanization']);
    expect(charts[2]?.indicators).toEqual(['income_urban', 'income_rural', 'income_all']);
    expect(charts[2]?.title?.zh).toBe('居民人均可支配收入');
  });

  it('tabulates its target years and period ends, and opens the assumptions of its charted indicators', () => {
    expect(tableYears(xuzhou)).toEqual([2025, 2030, 2035]);
    expect(openAssumptions(xuzhou)).toEqual(['gdp', 'income_urban', 'income_rural', 'retail_sales', 'urbanization']);
    expect(firstCharted(xuzhou)).toBe('gdp');
  });
});

describe('a plan with no charts list (the rule)', () => {
  it('charts every indicator with a target: money first, then other levels, shares, flows', () => {
    expect(province.charts).toBeUndefined();
    expect(defaultCharts(province).map((c) => c.id)).toEqual([
      'strategic_emerging',
      'emerging_per_head',
      'life_expectancy',
      'rd_share',
      'forest_cover',
      'afforestation',
    ]);
    // Population has no target: not charted, but a user can add it.
    expect(chartCandidates(province).map((c) => c.id)).toContain('resident_population');
    expect(firstCharted(province)).toBe('strategic_emerging');
  });

  it('charts the first six non-flow indicators of a plan with no targets', () => {
    const bare = { ...province, targets: [] };
    expect(ruleCharts(bare).map((c) => c.id)).toEqual(['resident_population', 'rd_share', 'life_expectancy', 'strategic_emerging', 'emerging_per_head', 'forest_cover']);
    expect(targetYears(bare)).toEqual([2035]);
  });

  it('gives the target years and period ends for tables, and fan choices without flows, charted first', () => {
    expect(targetYears(province)).toEqual([2030, 2035]);
    expect(tableYears(province)).toEqual([2030, 2035]);
    const fan = fanChoices(province).map((i) => i.id);
    expect(fan).toEqual(['strategic_emerging', 'emerging_per_head', 'life_expectancy', 'rd_share', 'forest_cover', 'resident_population']);
    expect(openAssumptions(province)).toEqual(['strategic_emerging', 'life_expectancy', 'rd_share', 'forest_cover', 'afforestation']);
  });
});

describe("the user's choice", () => {
  it('shows the chosen charts in the chosen order, once each, and drops ids the plan lacks', () => {
    const charts = chartsOf(xuzhou, ['urbanization', 'population', 'nope', 'gdp', 'urbanization']);
    expect(charts.map((c) => c.id)).toEqual(['urbanization', 'population', 'gdp']);
    expect(chartedIndicators(charts)).toEqual(['urbanization', 'population', 'gdp']);
  });

  it('may choose no chart at all; null means the default', () => {
    expect(chartsOf(xuzhou, [])).toEqual([]);
    expect(chartsOf(xuzhou, null)).toEqual(defaultCharts(xuzhou));
  });

  it('drops indicators a plan list names but the plan lacks (after an edit)', () => {
    const edited = { ...xuzhou, indicators: xuzhou.indicators.filter((i) => i.id !== 'income_rural') };
    expect(defaultCharts(edited)[2]?.indicators).toEqual(['income_urban', 'income_all']);
  });
});

describe('validation of a charts list', () => {
  it('names an unknown indicator and a duplicate chart id with their paths', () => {
    const bad = { ...province, charts: [{ id: 'a', indicators: ['rd_share', 'gdp'] }, { id: 'a', indicators: ['forest_cover'] }] };
    const issues = checkSemantics(bad, 'en');
    expect(issues.map((i) => i.path)).toEqual(expect.arrayContaining(['charts[0].indicators[1]', 'charts[1].id']));
    expect(issues.find((i) => i.path === 'charts[0].indicators[1]')?.message).toContain('gdp');
  });

  it('refuses more than 50 charts and an empty indicator list in the schema', () => {
    const many = Array.from({ length: 51 }, (_, i) => ({ id: `c${i}`, indicators: ['rd_share'] }));
    expect(planFile.safeParse({ ...province, charts: many }).success).toBe(false);
    expect(planFile.safeParse({ ...province, charts: [{ id: 'a', indicators: [] }] }).success).toBe(false);
    expect(planFile.safeParse({ ...province, charts: [{ id: 'a', indicators: ['rd_share'] }] }).success).toBe(true);
  });
});
