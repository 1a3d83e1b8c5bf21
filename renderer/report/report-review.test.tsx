// @vitest-environment jsdom
import '../test/setup-dom';
import { render, screen, within } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import type { Plan } from '../../models/plan/plan-schema';
import { reviewPlan } from '../../models/review/review';
import { createTestI18n } from '../test/i18n-all';
import { storeWithDefaultPlan } from '../test/render';
import { reportReviews, type ReportModel } from './report-model';
import { ReportView, type ReportLabels } from './report-view';

const i18n = createTestI18n('zh');
const t = (key: string, options?: Record<string, unknown>) => i18n.t(key, options);

describe('the plan review in the PDF report', () => {
  const plan = storeWithDefaultPlan().getState().plan as Plan;
  const scenario = plan.scenarios.find((s) => s.id === 'plan') as Plan['scenarios'][number];
  const scope = { plan, scenarios: [scenario], compare: false, basis: 'nominal' as const, lang: 'zh' as const };

  it('one row per target, projected values marked, verdicts in words', () => {
    const [block] = reportReviews(scope, t);
    const review = reviewPlan(plan, { scenarioId: 'plan' });
    expect(block?.rows.map((r) => r.id)).toEqual(review.targets.map((r) => r.id));
    const gdp = block?.rows.find((r) => r.id === 'gdp-2025-trillion');
    expect(gdp).toMatchObject({ projected: true, status: 'pending' });
    expect(gdp?.verdict).toMatch(/^待公布 · 预测/);
    expect(block?.withProbability).toBe(false);
  });

  it('is printed as its own section when present', () => {
    const model: ReportModel = {
      lang: 'zh', title: 't', subtitle: 's', date: 'd', day: '2026-12-01', basis: 'b', scenarios: [], charts: [], targets: [], notes: [],
      reviews: reportReviews(scope, t), sourceLine: 'src', fileName: 'r.pdf',
    };
    const labels: ReportLabels = {
      heading: 'h', scenarios: 's', charts: 'c', targets: 't', notes: 'n', noNotes: '-', source: '',
      columns: { target: '目标', year: '年份', threshold: '目标值', projected: '预测值', gap: '差距', required: '所需', status: '状态', probability: 'P' },
      review: { heading: '规划评估', asOf: '截至{year}年', projected: '预测', columns: { value: '数值', verdict: '判定', achieved: '已实现', required: '所需' } },
      pageOf: '{page}/{pages}', footer: 'f',
    };
    render(<ReportView model={model} labels={labels} />);
    const section = screen.getByTestId('report-review');
    expect(within(section).getByRole('heading', { level: 2 }).textContent).toBe('规划评估');
    expect(screen.getByTestId('report-review-gdp-2025-trillion').textContent).toContain('预测');
  });
});
