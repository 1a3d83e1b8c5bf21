/** The review report model: one evaluation, so every table agrees; counts by 约束性 / 预期性; the chart from the base year. */
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import type { Plan } from '../plan/plan-schema';
import { reviewPlan } from '../review/review';
import { validatePlan } from '../plan/validate-plan';
import { bindingVerdictCounts, buildReviewReport, headlineTargetIds, reportAsOf } from './report-model';
import { cellText } from './report-text';

function xuzhou(): Plan {
  const r = validatePlan(JSON.parse(readFileSync(new URL('../../scenarios/xuzhou-14th-fyp.json', import.meta.url), 'utf8')));
  if (!r.ok) throw new Error(r.issues.map((i) => i.message).join('; '));
  return r.plan;
}

describe('the review report model', () => {
  const plan = xuzhou();
  const report = buildReviewReport(plan, { lang: 'zh', scenarioId: 'plan', asOf: 2026, today: '2026-12-07' });

  it('counts each group apart, and the groups add up to the total', () => {
    const review = reviewPlan(plan, { scenarioId: 'plan', asOf: 2026 });
    const counts = bindingVerdictCounts(plan, review.targets, 'zh');
    expect(counts.map((c) => [c.label, c.total])).toEqual([
      ['约束性', 5],
      ['预期性', 23],
    ]);
    for (const c of counts) expect(c.met + c.missed + c.pending + c.noData).toBe(c.total);
    const total = report.counts.rows.find((r) => r.id === 'total');
    expect(total?.cells.map((c) => c.num)).toEqual([undefined, 0, 0, 14, 14, 28]);
  });

  it('gives each target one verdict everywhere: the headline lines and the group tables agree', () => {
    const verdicts = new Map<string, string>();
    for (const g of report.groups) for (const r of g.table.rows) verdicts.set(r.id, cellText(r.cells[4] ?? { parts: [] }));
    expect(report.headline.rows.length).toBe(headlineTargetIds(plan).length);
    for (const r of report.headline.rows) expect(cellText(r.cells[5] ?? { parts: [] }), r.id).toBe(verdicts.get(r.id));
    expect(report.scenario).toEqual({ id: 'plan', name: plan.scenarios.find((s) => s.id === 'plan')?.name.zh });
    expect(report.pageHeader).toContain(report.scenario.name);
  });

  it('draws GDP from the base year to 2025: the reported base, the path the plan set', () => {
    expect(report.chart?.years).toEqual([2020, 2021, 2022, 2023, 2024, 2025]);
    expect(report.chart?.reported[0]).toBeCloseTo(report.chart?.planned[0] ?? Number.NaN, 6);
    expect(report.chart?.reported[5]).toBeNull();
    const [p0, p1, , , , p5] = report.chart?.planned ?? [];
    expect((p1 ?? 0) / (p0 ?? 1)).toBeCloseTo(1.065, 9);
    expect(p5).toBeCloseTo((p0 ?? 0) * 1.065 ** 5, 6);
  });

  it('lists every figure used with its source and status, and reads as of the latest figure by default', () => {
    const gdp2023 = report.sources.rows.find((r) => r.id === 'gdp-actual-2023');
    expect(gdp2023?.cells.map(cellText).slice(1, 4)).toEqual(['2023', '8,900.4亿元', '初步核算']);
    expect(report.sources.rows.some((r) => r.id === 'gdp-base-2020')).toBe(true);
    expect(reportAsOf(plan, 2021)).toBeGreaterThanOrEqual(2024);
    expect(reportAsOf(plan, 2040)).toBe(plan.horizon);
  });

  it('is written in English on request', () => {
    const en = buildReviewReport(plan, { lang: 'en', asOf: 2026, today: '2026-12-07', issuer: 'Xuzhou DRC' });
    expect(en.countsByGroup.map((c) => c.label)).toEqual(['binding', 'expected']);
    expect(en.methods.heading).toBe('Methods');
    expect(en.issuer).toBe('Xuzhou DRC');
    expect(en.groups.map((g) => g.heading)).toEqual(['Binding targets', 'Expected targets']);
  });
});

describe('a plan that marks no target 约束性 or 预期性 (the national outline)', () => {
  it('has no header-only group tables: only the group its targets are in', () => {
    const r = validatePlan(JSON.parse(readFileSync(new URL('../../scenarios/national-15th-fyp.json', import.meta.url), 'utf8')));
    if (!r.ok) throw new Error(r.issues.map((i) => i.message).join('; '));
    const report = buildReviewReport(r.plan, { lang: 'zh', asOf: 2026, today: '2026-12-07' });
    expect(report.groups.length).toBeGreaterThan(0);
    for (const g of report.groups) expect(g.table.rows.length).toBeGreaterThan(0);
    expect(report.groups.map((g) => g.group)).toEqual(['unmarked']);
  });
});

describe('the plan file’s own note on what it holds of its document', () => {
  it('is the last paragraph of 方法说明 in the report’s language, and absent when the plan has none', () => {
    const plan = xuzhou();
    const noted: Plan = { ...plan, source: { ...plan.source, note: { zh: '主要指标表为图片，仅收录正文中的目标。', en: 'The indicator table is an image: only targets in the prose.' } } };
    const zh = buildReviewReport(noted, { lang: 'zh', scenarioId: 'plan', asOf: 2026, today: '2026-12-07' });
    const en = buildReviewReport(noted, { lang: 'en', scenarioId: 'plan', asOf: 2026, today: '2026-12-07' });
    expect(zh.methods.paragraphs.at(-1)).toBe('规划文件：主要指标表为图片，仅收录正文中的目标。');
    expect(en.methods.paragraphs.at(-1)).toBe('The plan file. The indicator table is an image: only targets in the prose.');
    const plain = buildReviewReport(plan, { lang: 'zh', scenarioId: 'plan', asOf: 2026, today: '2026-12-07' });
    expect(plain.methods.paragraphs.some((p) => p.startsWith('规划文件：'))).toBe(false);
  });
});

describe('方法说明 of a plan with nothing reported since its base year', () => {
  it('does not name a latest reported year that has no figures', () => {
    const national = validatePlan(JSON.parse(readFileSync(new URL('../../scenarios/national-15th-fyp.json', import.meta.url), 'utf8')));
    if (!national.ok) throw new Error('national plan invalid');
    const zh = buildReviewReport(national.plan, { lang: 'zh', scenarioId: 'trend', asOf: 2026, today: '2026-12-07' });
    const line = zh.methods.paragraphs.find((p) => p.startsWith('已实现增速'));
    expect(line).toContain('基期2025年之后尚无公布数据');
    expect(line).not.toContain('2026年');
  });
});
