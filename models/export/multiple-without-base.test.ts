/** The report cells, the targets CSV and the review CSV of a multiple whose reference year has no value: "≤ 0.92 × 2025年", not "—" or an empty cell. */
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { planFile, type Plan } from '../plan/plan-schema';
import { reviewPlan } from '../review/review';
import { evaluateTargets } from '../targets/evaluate-targets';
import { targetsTable } from './export-tables';
import { cellText, thresholdCell } from './report-text';
import { reviewTargetsTable } from './review-table';

const plan: Plan = planFile.parse(JSON.parse(readFileSync(new URL('../../scenarios/national-15th-fyp.json', import.meta.url), 'utf8')));
const scenario = plan.scenarios[0] as Plan['scenarios'][number];
const review = reviewPlan(plan, { scenarioId: scenario.id, asOf: 2026 });
const nox = review.targets.find((r) => r.id === 'nox-15th');

describe('a multiple without a base value in the reports and tables', () => {
  it('the review target says it needs a base and carries the factor', () => {
    expect(nox?.status).toBe('needs-base');
    expect(nox?.target).toBeNull();
    expect(nox?.multipleOf).toEqual({ factor: 0.92, ofYear: 2025 });
  });

  it('the report (DOCX/XLSX/PDF) threshold cell: ≤ 0.92 × 2025年 / ≤ 0.92 × 2025 level', () => {
    if (nox === undefined) throw new Error('nox-15th missing');
    expect(cellText(thresholdCell(nox, 'zh'))).toBe('≤ 0.92 × 2025年');
    expect(cellText(thresholdCell(nox, 'en'))).toBe('≤ 0.92 × 2025 level');
  });

  it('the targets table (CSV/XLSX) writes the factor beside the comparison column', () => {
    const results = evaluateTargets(plan, scenario);
    for (const [lang, want] of [['zh', '0.94 × 2025年'], ['en', '0.94 × 2025 level']] as const) {
      const table = targetsTable(plan, [{ scenario, results }], lang);
      const col = table.columns.findIndex((c) => c.header === (lang === 'zh' ? '目标值' : 'Target value'));
      const row = table.rows.find((r) => r[1] === 'cod-15th');
      expect(row?.[col - 1]).toBe('<=');
      expect(row?.[col]).toBe(want);
    }
  });

  it('the review table (CSV/XLSX) too', () => {
    for (const [lang, want] of [['zh', '0.92 × 2025年'], ['en', '0.92 × 2025 level']] as const) {
      const table = reviewTargetsTable(plan, review, lang);
      const col = table.columns.findIndex((c) => c.header === (lang === 'zh' ? '目标值' : 'Threshold'));
      expect(table.rows.find((r) => r[0] === 'voc-15th')?.[col]).toBe(want);
    }
  });
});
