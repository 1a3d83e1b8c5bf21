import { useMemo } from 'react';
import type { Plan, Scenario } from '../../models/plan-schema';
import { projectionOf, targetsOf } from '../derived/derive';
import { useWorkspace } from '../store/store-context';
import { ChartCard } from './chart-card';
import { chartsFor, SCENARIO_COLORS } from './chart-defs';
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
  // Charts depend on the indicators only; keep their identity across scenario edits.
  const charts = useMemo(() => chartsFor(plan), [plan.indicators]);
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
    <div className="chart-grid">
      {charts.map((chart) => (
        <ChartCard key={chart.id} plan={plan} chart={chart} runs={runs} basis={basis} lang={lang} compare={compare} />
      ))}
      {children}
    </div>
  );
}
