/** The 约束性 / 预期性 filter of a target list, on the Xuzhou plan (5 binding, 23 expected targets). */
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import type { Plan } from './plan-schema';
import { validatePlan } from './validate-plan';
import { bindingFilterOptions, effectiveBindingFilter, filterByBinding } from './binding-filter';
import { setTargetBinding } from './target-binding';

function xuzhou(): Plan {
  const r = validatePlan(JSON.parse(readFileSync(new URL('../../scenarios/xuzhou-14th-fyp.json', import.meta.url), 'utf8')));
  if (!r.ok) throw new Error(r.issues.map((i) => i.message).join('; '));
  return r.plan;
}

describe('the 约束性 / 预期性 filter', () => {
  const plan = xuzhou();
  const rows = plan.targets.map((t) => ({ id: t.id }));
  const ids = rows.map((r) => r.id);

  it('offers 全部, 约束性 and 预期性 with their counts; 未标注 only where a target is not marked', () => {
    expect(bindingFilterOptions(plan, ids)).toEqual([
      { value: 'all', count: 28 },
      { value: 'binding', count: 5 },
      { value: 'expected', count: 23 },
    ]);
    const one = setTargetBinding(plan, 'gdp-growth-14th', undefined);
    expect(bindingFilterOptions(one, ids).map((o) => [o.value, o.count])).toEqual([
      ['all', 28],
      ['binding', 5],
      ['expected', 22],
      ['unmarked', 1],
    ]);
  });

  it('keeps the rows of the group chosen, in their order', () => {
    const binding = filterByBinding(plan, rows, 'binding').map((r) => r.id);
    expect(binding).toEqual(plan.targets.filter((t) => t.binding === 'binding').map((t) => t.id));
    expect(binding).toContain('farmland-14th');
    expect(binding).toContain('air-quality-2025');
    expect(binding).not.toContain('gdp-growth-14th');
    expect(filterByBinding(plan, rows, 'expected')).toHaveLength(23);
    expect(filterByBinding(plan, rows, 'all')).toBe(rows);
    const one = setTargetBinding(plan, 'gdp-growth-14th', undefined);
    expect(filterByBinding(one, rows, 'unmarked').map((r) => r.id)).toEqual(['gdp-growth-14th']);
  });

  it('keeps every row for a choice the list does not offer (nothing marked, or 未标注 once all are marked)', () => {
    expect(filterByBinding(plan, rows, 'unmarked')).toBe(rows);
    expect(effectiveBindingFilter(plan, ids, 'unmarked')).toBe('all');
    const none = plan.targets.reduce((p, t) => setTargetBinding(p, t.id, undefined), plan);
    expect(bindingFilterOptions(none, ids)).toEqual([]);
    expect(filterByBinding(none, rows, 'binding')).toBe(rows);
  });

  it('filters a list of some targets only (e.g. the results of one scenario) by their own counts', () => {
    const some = rows.filter((r) => r.id === 'farmland-14th' || r.id === 'gdp-growth-14th');
    expect(bindingFilterOptions(plan, some.map((r) => r.id))).toEqual([
      { value: 'all', count: 2 },
      { value: 'binding', count: 1 },
      { value: 'expected', count: 1 },
    ]);
    expect(filterByBinding(plan, some, 'binding')).toEqual([{ id: 'farmland-14th' }]);
  });
});
