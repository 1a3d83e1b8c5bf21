/**
 * The plans 新建规划 / New plan starts from: each loads through validatePlan and the CLI's
 * `validate`, `check` and `project`; the templates hold the shared indicators with their
 * base values missing, built-in units, no targets and one neutral scenario.
 */
import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { SCHEMA_VERSION, type Plan } from '../../models/plan/plan-schema';
import { planWarnings } from '../../models/plan/plan-warnings';
import { BUILT_IN_UNITS } from '../../models/numbers/unit-registry';
import { validatePlan } from '../../models/plan/validate-plan';
import { cli } from '../../main/cli/test-helpers';
import { PLAN_TEMPLATES, planTemplate, type PlanTemplateId } from './index';

const FILES: Record<Exclude<PlanTemplateId, 'xuzhou' | 'national-15th'>, string> = {
  blank: 'blank.json',
  'city-14th': 'city-14th.json',
  'city-15th': 'city-15th.json',
};
const pathOf = (file: string) => fileURLToPath(new URL(`./${file}`, import.meta.url));
const rawOf = (file: string): unknown => JSON.parse(readFileSync(pathOf(file), 'utf8'));

const SHARED = ['gdp', 'population', 'gdp_per_capita', 'urbanization', 'income_urban', 'income_rural', 'income_all', 'retail_sales', 'rd_share'];

describe('PLAN_TEMPLATES', () => {
  it('offers the blank plan, the two city templates, the Xuzhou example and the national 15th-plan example, each named and described in both languages', () => {
    expect(PLAN_TEMPLATES.map((t) => t.id)).toEqual(['blank', 'city-14th', 'city-15th', 'xuzhou', 'national-15th']);
    for (const t of PLAN_TEMPLATES) {
      for (const text of [t.name.zh, t.name.en, t.description.zh, t.description.en]) expect(text.length).toBeGreaterThan(3);
    }
  });

  it.each(PLAN_TEMPLATES.map((t) => t.id))('loads %s as a valid plan', async (id) => {
    const plan = await planTemplate(id).load();
    expect(plan.scenarios.length).toBeGreaterThan(0);
    expect(plan.schemaVersion).toBe(SCHEMA_VERSION);
  });
});

describe.each(Object.entries(FILES))('template %s', (id, file) => {
  const raw = rawOf(file);
  const result = validatePlan(raw);
  const plan = (result.ok ? result.plan : null) as Plan;

  it('passes validatePlan with the current schema version, and warns of nothing', () => {
    expect(result.ok ? [] : result.issues).toEqual([]);
    expect(result.ok && result.migratedFrom).toBeFalsy();
    expect(result.ok ? result.warnings : null).toEqual([]);
    expect(planWarnings(plan, 'en')).toEqual([]);
  });

  it('passes the CLI: validate, check and project exit 0', async () => {
    const validated = await cli(['validate', pathOf(file)]);
    expect(validated.stderr).toBe('');
    expect(validated.code).toBe(0);
    expect(validated.stdout).toMatch(/^OK/);
    expect((await cli(['check', pathOf(file), '--json'])).code).toBe(0);
    expect((await cli(['project', pathOf(file), '--format', 'json'])).code).toBe(0);
  });

  it('invents nothing: every base value missing (needs a base value), no targets, facts, actuals or prices', () => {
    expect(plan.targets).toEqual([]);
    expect(plan.facts).toEqual([]);
    expect(plan.prices).toEqual([]);
    for (const ind of plan.indicators) {
      expect(ind.actuals, ind.id).toBeUndefined();
      if (ind.kind === 'derived') {
        expect(ind.base, ind.id).toBeUndefined();
        expect(ind.formula, ind.id).toBeTruthy();
      } else {
        expect(ind.base, ind.id).toMatchObject({ year: plan.baseYear, value: null, status: 'missing' });
      }
    }
  });

  it('uses built-in units and bilingual names only', () => {
    expect(plan.units).toBeUndefined();
    for (const ind of plan.indicators) {
      expect(BUILT_IN_UNITS.has(ind.unit), `${ind.id}: ${ind.unit}`).toBe(true);
      expect(ind.name.zh).toMatch(/[\u4e00-\u9fff]/);
      expect(ind.name.en).toMatch(/[a-z]/i);
    }
  });

  it('has one neutral scenario: no assumptions, constant prices, editable', () => {
    expect(plan.scenarios).toHaveLength(1);
    const sc = plan.scenarios[0];
    expect(sc?.assumptions).toEqual({});
    expect(sc?.deflator).toEqual([]);
    expect(sc?.cpi).toBeUndefined();
    expect(sc?.builtIn).toBeUndefined();
  });

  if (id !== 'blank') {
    it('holds the indicators most plans share, per-capita GDP as a formula', () => {
      const ids = plan.indicators.map((i) => i.id);
      expect(ids).toEqual(expect.arrayContaining(SHARED));
      expect(plan.indicators.find((i) => i.id === 'gdp_per_capita')).toMatchObject({ kind: 'derived', formula: 'gdp * 10000 / population', unit: '元' });
      expect(plan.indicators.find((i) => i.id === 'urbanization')).toMatchObject({ kind: 'share', unit: '%' });
      expect(plan.indicators.find((i) => i.id === 'gdp')).toMatchObject({ kind: 'level', unit: '亿元', basis: 'nominal' });
    });
  }
});

describe('template years and periods', () => {
  const periods = (file: string) => {
    const r = validatePlan(rawOf(file));
    if (!r.ok) throw new Error(file);
    return { base: r.plan.baseYear, horizon: r.plan.horizon, periods: r.plan.periods.map((p) => [p.start, p.end]) };
  };

  it('city-14th: base year 2020, horizon 2035, periods 2021–25, 2026–30, 2031–35', () => {
    expect(periods(FILES['city-14th'])).toEqual({ base: 2020, horizon: 2035, periods: [[2021, 2025], [2026, 2030], [2031, 2035]] });
  });

  it('city-15th: base year 2025, horizon 2035, periods 2026–30, 2031–35', () => {
    expect(periods(FILES['city-15th'])).toEqual({ base: 2025, horizon: 2035, periods: [[2026, 2030], [2031, 2035]] });
  });
});
