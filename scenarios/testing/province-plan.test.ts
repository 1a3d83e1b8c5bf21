/**
 * A plan that is not Xuzhou's (a province's 15th plan: 万亿元, 岁, shares, a flow and a
 * derived per-head figure; no `gdp`): projection and targets against hand arithmetic.
 */
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { project } from '../../models/engine/projection';
import { evaluateTargets } from '../../models/targets/evaluate-targets';
import { validatePlan } from '../../models/plan/validate-plan';
import type { Plan } from '../../models/plan/plan-schema';

const PROVINCE_PLAN_URL = new URL('./province-15th-fyp.json', import.meta.url);

function load(): Plan {
  const result = validatePlan(JSON.parse(readFileSync(PROVINCE_PLAN_URL, 'utf8')));
  if (!result.ok) throw new Error(result.issues.map((i) => `${i.path}: ${i.message}`).join('; '));
  return result.plan;
}

const plan = load();
const scenario = plan.scenarios[0]!;
const at = (year: number) => year - plan.baseYear;

describe('the province plan fixture', () => {
  it('is valid, has no gdp, and uses 岁 and 万亿元', () => {
    const ids = plan.indicators.map((i) => i.id);
    expect(ids).not.toContain('gdp');
    expect(plan.indicators.map((i) => i.unit)).toEqual(expect.arrayContaining(['岁', '万亿元']));
  });

  it('projects levels, shares, flows and the derived figure as compounding says', () => {
    const p = project(plan, scenario);
    const emerging = p.series.strategic_emerging!;
    // 2.1万亿元 × 1.09^5 real, × 1.01^5 prices; then 1.07^5 and 1.01^5 more.
    expect(emerging.real[at(2030)]).toBeCloseTo(2.1 * 1.09 ** 5, 10);
    expect(emerging.nominal[at(2030)]).toBeCloseTo(2.1 * 1.09 ** 5 * 1.01 ** 5, 10);
    expect(emerging.nominal[at(2035)]).toBeCloseTo(2.1 * 1.09 ** 5 * 1.07 ** 5 * 1.01 ** 10, 10);
    expect(p.series.life_expectancy!.nominal[at(2035)]).toBeCloseTo(79.5 * 1.003 ** 10, 10);
    expect(p.series.rd_share!.nominal[at(2030)]).toBeCloseTo(3.3, 10);
    expect(p.series.forest_cover!.nominal[at(2035)]).toBeCloseTo(26.1, 10);
    expect(p.series.afforestation!.nominal[at(2030)]).toBe(110);
    // 元 per head = 万亿元 × 10^8 / 万人.
    const perHead = p.series.emerging_per_head!;
    expect(perHead.nominal[0]).toBeCloseTo((2.1 * 1e8) / 8500, 6);
    expect(perHead.real[at(2035)]).toBeCloseTo((2.1 * 1.09 ** 5 * 1.07 ** 5 * 1e8) / (8500 * 1.002 ** 10), 6);
  });

  it('judges every target: the 3.5万亿元 of 2030 missed, the others met', () => {
    const results = new Map(evaluateTargets(plan, scenario).map((r) => [r.id, r]));
    const missed = results.get('emerging-2030')!;
    expect(missed.met).toBe(false);
    expect(missed.gap).toBeCloseTo(2.1 * 1.09 ** 5 * 1.01 ** 5 - 3.5, 10);
    expect(missed.requiredGrowth).toBeCloseTo((3.5 / 2.1) ** (1 / 5) / 1.01 - 1, 6);
    expect(results.get('emerging-growth-15th')?.projected).toBeCloseTo(0.09, 10);
    expect(results.get('life-2035')?.projected).toBeCloseTo(79.5 * 1.003 ** 10, 10);
    expect(results.get('afforestation-15th')?.projected).toBeCloseTo(550, 10);
    const multiple = results.get('emerging-per-head-2035')!;
    expect(multiple.met).toBe(true);
    for (const id of ['emerging-growth-15th', 'rd-2030', 'life-2030', 'life-2035', 'forest-2030', 'afforestation-15th']) {
      expect(results.get(id)?.met, id).toBe(true);
    }
    expect(results.size).toBe(plan.targets.length);
  });
});
