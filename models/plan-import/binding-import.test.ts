/**
 * The 属性 column of a plan table (预期性 / 约束性) sets each imported target's `binding`.
 */
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import type { Plan } from '../plan/plan-schema';
import { parseTableText } from '../numbers/table-text';
import { validatePlan } from '../plan/validate-plan';
import { guessMapping } from './header-guess';
import { proposeImport } from './propose-import';
import { bindingOfAttribute } from './row-words';

function xuzhou(): Plan {
  const r = validatePlan(JSON.parse(readFileSync(new URL('../../scenarios/xuzhou-14th-fyp.json', import.meta.url), 'utf8')));
  if (!r.ok) throw new Error(r.issues.map((i) => i.message).join('; '));
  return r.plan;
}

describe('约束性 / 预期性 from an import column', () => {
  it('reads the words', () => {
    expect(bindingOfAttribute('约束性')).toBe('binding');
    expect(bindingOfAttribute(' Binding ')).toBe('binding');
    expect(bindingOfAttribute('预期性')).toBe('expected');
    expect(bindingOfAttribute('其他')).toBeUndefined();
  });

  it('marks the imported targets', () => {
    const rows = parseTableText(readFileSync(new URL('./fixtures/indicators-14th.csv', import.meta.url), 'utf8'));
    const plan = xuzhou();
    const p = proposeImport(plan, rows, guessMapping(rows, plan), { fileName: 'indicators-14th.csv', status: 'estimate', customUnits: false, lang: 'zh' });
    const air = p.plan.targets.filter((t) => t.indicator === 'air_quality_good_days');
    expect(air.length).toBeGreaterThan(0);
    for (const t of air) expect(t.binding).toBe('binding');
    const gdp = p.plan.targets.filter((t) => t.indicator === 'gdp');
    for (const t of gdp) expect(t.binding).toBe('expected');
    expect(validatePlan(JSON.parse(JSON.stringify(p.plan))).ok).toBe(true);
  });
});
