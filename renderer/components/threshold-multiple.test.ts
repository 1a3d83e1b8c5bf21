/** The target table, the review view, the PDF report and the plan comparison write a multiple without its reference value as "≤ 0.92 × 2025年" (was "≤ —"). */
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { planFile, type Plan } from '../../models/plan/plan-schema';
import { reviewPlan } from '../../models/review/review';
import { evaluateTargets } from '../../models/targets/evaluate-targets';
import { formatThreshold } from '../../models/review/review-format';
import { formatThresholdText } from './target-format';

const plan: Plan = planFile.parse(JSON.parse(readFileSync(new URL('../../scenarios/national-15th-fyp.json', import.meta.url), 'utf8')));
const scenario = plan.scenarios[0] as Plan['scenarios'][number];
const indicator = (id: string) => {
  const i = plan.indicators.find((x) => x.id === id);
  if (i === undefined) throw new Error(id);
  return i;
};

describe('threshold of a multiple without a base value', () => {
  const results = evaluateTargets(plan, scenario);
  const result = (id: string) => {
    const r = results.find((x) => x.id === id);
    if (r === undefined) throw new Error(id);
    return r;
  };

  it('target table (and PDF report): ≤ 0.92 × 2025年 / ≤ 0.92 × 2025 level', () => {
    expect(formatThresholdText(result('nox-15th'), indicator('nox'), 'zh')).toBe('≤ 0.92 × 2025年');
    expect(formatThresholdText(result('nox-15th'), indicator('nox'), 'en')).toBe('≤ 0.92 × 2025 level');
    expect(formatThresholdText(result('tp-15th'), indicator('total_phosphorus'), 'zh')).toBe('≤ 0.94 × 2025年');
  });

  it('a multiple with a base value keeps its number; a cumulative cap without a base keeps its amount', () => {
    expect(formatThresholdText(result('co2-intensity-15th'), indicator('co2_intensity'), 'zh')).toMatch(/^≤ 72\.\d+/);
    expect(formatThresholdText(result('construction-land-cap'), indicator('new_construction_land'), 'zh')).toBe('≤ 2,600.0万亩');
  });

  it('review view: the same words', () => {
    const review = reviewPlan(plan, { scenarioId: scenario.id, asOf: 2026 });
    const cod = review.targets.find((r) => r.id === 'cod-15th');
    if (cod === undefined) throw new Error('cod-15th');
    expect(formatThreshold(cod, 'zh')).toBe('≤ 0.94 × 2025年');
    expect(formatThreshold(cod, 'en')).toBe('≤ 0.94 × 2025 level');
  });
});
