import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { DEFLATOR } from './monte-carlo-types';
import type { Plan, Scenario, Target } from '../plan/plan-schema';
import { defaultTwoWayAxes, goalSeekDefaultStart, judgedYear, twoWayAxisOptions } from './sensitivity-defaults';
import { parsePlanText } from '../plan/validate-plan';

function xuzhou(): Plan {
  const r = parsePlanText(readFileSync(new URL('../../scenarios/xuzhou-14th-fyp.json', import.meta.url), 'utf8'), 'en');
  if (!r.ok) throw new Error('embedded plan invalid');
  return r.plan;
}

describe('sensitivity defaults', () => {
  const plan = xuzhou();
  const sc = (id: string) => plan.scenarios.find((s) => s.id === id) as Scenario;
  const target = (id: string) => plan.targets.find((t) => t.id === id) as Target;

  it('goal seek on the 2035 doubling starts in 2026 (the year after the 2025 it doubles)', () => {
    expect(goalSeekDefaultStart(plan, sc('plan'), target('gdp-2035-double'), ['gdp'])).toBe(2026);
    expect(goalSeekDefaultStart(plan, sc('trend'), target('gdp-2035-double'), ['gdp'])).toBe(2026);
  });

  it('a 2025 level starts after the last reported year of what moves, in every scenario', () => {
    // GDP is reported up to 2024
    for (const id of ['plan', 'trend']) expect(goalSeekDefaultStart(plan, sc(id), target('gdp-2025-trillion'), ['gdp'])).toBe(2025);
    expect(goalSeekDefaultStart(plan, sc('plan'), target('gdp-2025-trillion'), [DEFLATOR])).toBe(2021);
  });

  it('windows: average growth over (2020, 2025] after GDP’s reported years; a cumulative flow 2021–25 with none from 2021', () => {
    expect(goalSeekDefaultStart(plan, sc('plan'), target('gdp-growth-14th'), ['gdp'])).toBe(2025);
    expect(goalSeekDefaultStart(plan, sc('plan'), target('urban-jobs-14th'), ['new_urban_jobs'])).toBe(2021);
    expect(judgedYear(target('urban-jobs-14th'))).toBe(2025);
  });

  it('never starts after the judged year', () => {
    const t = { ...target('gdp-2025-trillion'), year: 2023 } as Target;
    expect(goalSeekDefaultStart(plan, sc('plan'), t, ['gdp'])).toBe(2023);
  });

  it('two-way axes: GDP growth and the deflator per period', () => {
    const options = twoWayAxisOptions(plan, 'gdp');
    expect(options.map((a) => `${a.indicator}:${a.period}:${a.from}-${a.to}`)).toEqual([
      'gdp:14th:2021-2025',
      'gdp:15th:2026-2030',
      'gdp:16th:2031-2035',
      `${DEFLATOR}:14th:2021-2025`,
      `${DEFLATOR}:15th:2026-2030`,
      `${DEFLATOR}:16th:2031-2035`,
    ]);
    // GDP 2025 at current prices: 14th-period growth × 14th-period deflator
    expect(defaultTwoWayAxes(plan, target('gdp-2025-trillion'), options)).toEqual([0, 3]);
    // the 2035 doubling (real): growth in the 15th × the 16th period
    expect(defaultTwoWayAxes(plan, target('gdp-2035-double'), options)).toEqual([1, 2]);
    // a share: nothing moves it; still two different axes
    const [r, c] = defaultTwoWayAxes(plan, target('urbanization-2025'), options);
    expect(r).not.toBe(c);
  });
});
