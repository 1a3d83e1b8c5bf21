import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import type { Plan } from './plan-schema';
import { validatePlan } from './validate-plan';
import { bindingCounts, setReportMeta, setTargetBinding, verdictCountsByBinding } from './target-binding';

function xuzhou(): Plan {
  const r = validatePlan(JSON.parse(readFileSync(new URL('../../scenarios/xuzhou-14th-fyp.json', import.meta.url), 'utf8')));
  if (!r.ok) throw new Error(r.issues.map((i) => i.message).join('; '));
  return r.plan;
}

describe('约束性 / 预期性 and the report title block as plan edits', () => {
  const plan = xuzhou();
  it('marks every target of the Xuzhou plan, farmland and air quality binding', () => {
    expect(bindingCounts(plan)).toEqual({ binding: 5, expected: 23, unmarked: 0 });
    expect(plan.targets.find((t) => t.id === 'farmland-14th')?.binding).toBe('binding');
    expect(plan.targets.find((t) => t.id === 'air-quality-2025')?.binding).toBe('binding');
    expect(plan.targets.find((t) => t.id === 'gdp-growth-14th')?.binding).toBe('expected');
  });
  it('sets and removes a mark, and the plan stays valid', () => {
    const a = setTargetBinding(plan, 'gdp-growth-14th', 'binding');
    expect(a.targets.find((t) => t.id === 'gdp-growth-14th')?.binding).toBe('binding');
    const b = setTargetBinding(a, 'gdp-growth-14th', undefined);
    expect('binding' in (b.targets.find((t) => t.id === 'gdp-growth-14th') ?? {})).toBe(false);
    expect(setTargetBinding(plan, 'gdp-growth-14th', 'expected')).toBe(plan);
    expect(validatePlan(JSON.parse(JSON.stringify(b))).ok).toBe(true);
  });
  it('keeps the issuing unit and date, trimmed; blank removes them', () => {
    const a = setReportMeta(plan, { issuer: ' 徐州市发展和改革委员会 ', date: '2026年12月' });
    expect(a.report).toEqual({ issuer: '徐州市发展和改革委员会', date: '2026年12月' });
    expect(setReportMeta(a, { issuer: '徐州市发展和改革委员会', date: '2026年12月' })).toBe(a);
    expect('report' in setReportMeta(a, { issuer: '', date: ' ' })).toBe(false);
    expect(validatePlan(JSON.parse(JSON.stringify(a))).ok).toBe(true);
  });
  it('counts the verdicts of each group apart; 未标注 only where a listed target is not marked', () => {
    const out = verdictCountsByBinding(plan, [
      { id: 'farmland-14th', status: 'met' },
      { id: 'air-quality-2025', status: 'needs-base' },
      { id: 'gdp-growth-14th', status: 'missed' },
      { id: 'gdp-2025-trillion', status: 'pending' },
    ]);
    expect(out).toEqual([
      { group: 'binding', met: 1, missed: 0, pending: 0, noData: 1, total: 2 },
      { group: 'expected', met: 0, missed: 1, pending: 1, noData: 0, total: 2 },
    ]);
    const unmarked = setTargetBinding(plan, 'gdp-growth-14th', undefined);
    expect(verdictCountsByBinding(unmarked, [{ id: 'gdp-growth-14th', status: 'met' }])).toEqual([
      { group: 'binding', met: 0, missed: 0, pending: 0, noData: 0, total: 0 },
      { group: 'expected', met: 0, missed: 0, pending: 0, noData: 0, total: 0 },
      { group: 'unmarked', met: 1, missed: 0, pending: 0, noData: 0, total: 1 },
    ]);
  });
});
