import { Button, Select } from 'antd';
import { memo, useMemo } from 'react';
import { useTranslation } from 'react-i18next';
import { chartCandidates } from '../../models/charts/chart-plan';
import type { Plan, Scenario } from '../../models/plan/plan-schema';
import { projectionOf, targetsOf } from '../derived/derive';
import { useWorkspace, useWorkspaceStore } from '../store/store-context';
import { ChartCard } from './chart-card';
import { chartName, chartsFor, SCENARIO_COLORS } from './chart-defs';
import type { ChartRun } from './chart-figure';

export function ChartGrid({
  plan,
  scenarios,
  compare,
  children,
}: {
  plan: Plan;
  scenarios: readonly Scenario[];
  compare: boolean;
  /** Placed after the charts, in the same grid. */
  children?: React.ReactNode;
}) {
  const basis = useWorkspace((s) => s.basis);
  const lang = useWorkspace((s) => s.lang);
  const chartIds = useWorkspace((s) => s.chartIds);
  // Charts depend on the indicators and the chart list only; keep their identity across scenario edits.
  const charts = useMemo(() => chartsFor(plan, chartIds), [plan.indicators, plan.charts, plan.targets, plan.periods, plan.baseYear, plan.horizon, chartIds]);
  // The chooser's props stay the same objects across scenario edits: it is not re-rendered on a slider step.
  const shown = useMemo(() => charts.map((c) => c.id), [charts]);
  const chooserPlan = useMemo(() => plan, [plan.indicators, plan.charts, plan.targets, plan.periods, plan.baseYear, plan.horizon]);
  const runs: ChartRun[] = useMemo(
    () =>
      scenarios.map((scenario, i) => ({
        scenario,
        projection: projectionOf(plan, scenario),
        results: targetsOf(plan, scenario),
        color: SCENARIO_COLORS[i % SCENARIO_COLORS.length] ?? '#1d4ed8',
      })),
    [plan, scenarios],
  );
  return (
    <>
      <ChartChooser plan={chooserPlan} shown={shown} custom={chartIds !== null} lang={lang} />
      <div className="chart-grid">
        {charts.map((chart) => (
          <ChartCard key={chart.id} plan={plan} chart={chart} runs={runs} basis={basis} lang={lang} compare={compare} />
        ))}
        {children}
      </div>
    </>
  );
}

/**
 * Which charts are shown: add or remove one (saved in the workspace), or go back to the
 * plan's default. Reads only the plan's indicators, charts and targets.
 */
const ChartChooser = memo(function ChartChooser({ plan, shown, custom, lang }: { plan: Plan; shown: string[]; custom: boolean; lang: 'zh' | 'en' }) {
  const { t } = useTranslation();
  const store = useWorkspaceStore();
  const options = useMemo(() => chartCandidates(plan).map((c) => ({ value: c.id, label: chartName(plan, c, lang) })), [plan.indicators, plan.charts, plan.targets, lang]);
  return (
    <div className="chart-chooser" data-testid="chart-chooser">
      <Select
        mode="multiple"
        size="small"
        aria-label={t('chart.chooser')}
        placeholder={t('chart.chooserPlaceholder')}
        value={shown}
        options={options}
        optionFilterProp="label"
        onChange={(ids: string[]) => store.getState().setCharts(ids)}
        style={{ flex: 1, minWidth: 240 }}
      />
      <Button size="small" disabled={!custom} onClick={() => store.getState().setCharts(null)} data-testid="chart-reset">
        {t('chart.resetCharts')}
      </Button>
      {shown.length === 0 && <span className="chart-chooser-empty">{t('chart.noCharts')}</span>}
    </div>
  );
});
