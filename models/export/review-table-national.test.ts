/** The review table (CSV/XLSX) of the national example: own units by their English name, 低于区间 for an upper bound met past its band. */
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { planFile, type Plan } from '../plan/plan-schema';
import { reviewPlan } from '../review/review';
import { reviewTargetsTable } from './review-table';

const plan: Plan = planFile.parse(JSON.parse(readFileSync(new URL('../../scenarios/national-15th-fyp.json', import.meta.url), 'utf8')));
const review = reviewPlan(plan, { scenarioId: 'trend', asOf: 2026 });

describe('review table of the national example', () => {
  it('names own units in English and says below the band for the energy intensity', () => {
    const en = reviewTargetsTable(plan, review, 'en');
    const row = (id: string) => en.rows.find((r) => r[0] === id)?.map(String).join('|') ?? '';
    const unitCol = en.columns.findIndex((c) => c.header === 'Unit');
    expect(unitCol).toBeGreaterThan(0);
    expect(en.rows.find((r) => r[0] === 'energy-production-2030')?.[unitCol]).toBe('100m tce');
    expect(row('energy-intensity-15th')).toContain('below the band');
    const zh = reviewTargetsTable(plan, review, 'zh');
    expect(zh.rows.find((r) => r[0] === 'energy-intensity-15th')?.map(String).join('|')).toContain('低于区间');
  });
});
