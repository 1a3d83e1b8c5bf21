import { describe, expect, it } from 'vitest';
import type { Plan } from '../../models/plan/plan-schema';
import { createTestI18n } from '../test/i18n-all';
import { storeWithDefaultPlan } from '../test/render';
import { reportTargets } from './report-model';

const i18n = createTestI18n('zh');
const t = (key: string, options?: Record<string, unknown>) => i18n.t(key, options);

describe('the target table of the PDF report', () => {
  const plan = storeWithDefaultPlan().getState().plan as Plan;
  const scenario = plan.scenarios.find((s) => s.id === 'plan') as Plan['scenarios'][number];
  const [block] = reportTargets({ plan, scenarios: [scenario], compare: false, basis: 'nominal', lang: 'zh' }, t);
  const row = (id: string) => block?.rows.find((r) => r.id === id);
  const decimals = (text: string) => /\d(?:\.(\d+))?(?=[^\d]*$)/.exec(text.replace(/,/g, ''))?.[1]?.length ?? 0;

  it('writes every number of one unit with the same decimals in threshold, projected and gap', () => {
    // growth rates and shares are both in %: one number of decimals for both
    expect(row('gdp-growth-14th')?.threshold).toBe('6.0–7.0%'); // 6.5%左右: the band, as in the app's table
    expect(row('urbanization-2025')?.threshold).toBe('≥ 73.00%');
    // the reported 66.81% of 2022 (census basis) + 1 point a year in 2023–25
    expect(row('urbanization-2025')?.projected).toBe('69.81%');
    expect(row('gdp-2025-trillion')).toMatchObject({ threshold: '≥ 10,000.0亿元', projected: '10,207.8亿元', gap: '+207.8亿元' }); // 9537.12 × 1.065 × 1.005
    // Counts are whole: 3,000.0007 firms is 3,000 firms, which does not break 3,000 (never "3,000.001家")
    expect(row('hightech-2025')).toMatchObject({ threshold: '> 3,000家', projected: '3,000家' });
    const byUnit = new Map<string, Set<number>>();
    for (const r of block?.rows ?? []) {
      const unit = /[^\d.,%]*$/.exec(r.threshold)?.[0] ?? '';
      for (const text of [r.threshold, r.projected]) {
        // A 左右 band is written with the plan's own precision (6.0–7.0%), as in the app's table and the review.
        if (text === '—' || /\d–\d/.test(text)) continue;
        const set = byUnit.get(unit) ?? new Set<number>();
        set.add(decimals(text));
        byUnit.set(unit, set);
      }
    }
    for (const [unit, set] of byUnit) expect(set.size, unit).toBe(1);
  });

  it('names each target 约束性 or 预期性 as the plan marks it', () => {
    expect(row('farmland-14th')?.binding).toBe('约束性');
    expect(row('gdp-2025-trillion')?.binding).toBe('预期性');
    expect(block?.rows.filter((r) => r.binding === '约束性')).toHaveLength(plan.targets.filter((x) => x.binding === 'binding').length);
  });
});
