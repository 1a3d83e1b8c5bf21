/**
 * The fan chart of the selected scenario's last Monte Carlo run, for GDP, GDP per head,
 * all-resident income or retail sales, in the price basis of the header's switch.
 * Nothing is drawn from a stale result: the panel says so and offers to run again.
 */
import { Button, Select } from 'antd';
import { lazy, Suspense, useDeferredValue, useMemo } from 'react';
import { useTranslation } from 'react-i18next';
import { formatValue } from '../../models/numbers/format';
import type { Indicator, Plan, Scenario } from '../../models/plan/plan-schema';
import { unitInfo } from '../../models/numbers/units';
import { chartsOf, fanChoices } from '../../models/charts/chart-plan';
import { axisTitle, PLOT_CONFIG, type ChartLabels } from '../charts/chart-figure';
import { useChartLabels } from '../charts/chart-card';
import { Panel } from '../components/panel';
import { useProjection, useTargetResults } from '../derived/hooks';
import { useMcResults, useMcResultsStore, useResultView } from '../store/mc-results';
import { useWorkspace } from '../store/store-context';
import { FigureExportButtons } from '../export/figure-export-buttons';
import { buildFanFigure, fanSummary, type FanLabels } from './fan-figure';
import { formatProbability } from './probability-format';
import { LegendList } from '../charts/legend-list';
import { useRunSimulation } from './run-controls';
import { shortName } from './uncertainty-settings';
import { targetNameById } from '../../models/targets/target-name';

const Plot = lazy(() => import('../charts/plot'));
const PLOT_STYLE = { width: '100%', height: 300 };

/** The indicators a fan chart is offered for: every level, derived and share indicator, the charted ones first (models/charts/chart-plan.ts). */
export function fanIndicators(plan: Plan, chartIds?: readonly string[] | null): Indicator[] {
  return fanChoices(plan, chartsOf(plan, chartIds));
}

export function FanChart({ plan, scenario }: { plan: Plan; scenario: Scenario }) {
  const { t } = useTranslation();
  const lang = useWorkspace((s) => s.lang);
  const basis = useWorkspace((s) => s.basis);
  const results = useMcResultsStore();
  const chosen = useMcResults((s) => s.fanIndicator);
  const view = useResultView(plan, scenario);
  const projection = useProjection(scenario);
  const targets = useTargetResults(scenario);
  const run = useRunSimulation(plan, scenario);
  const chartLabels: ChartLabels = useChartLabels();
  const chartIds = useWorkspace((s) => s.chartIds);
  const options = fanIndicators(plan, chartIds);
  const indicator = options.find((i) => i.id === chosen) ?? options[0];

  const labels: FanLabels = useMemo(
    () => ({
      band: (lo, hi) => t('fan.band', { lo, hi }),
      median: t('fan.median'),
      path: t('fan.path'),
      status: chartLabels.status,
      probability: (p) => t('fan.probability', { p }),
      axis: '',
    }),
    [t, chartLabels],
  );
  // Drawn in a render of its own after the table shows the probabilities: two shorter tasks, not one long one.
  const entry = useDeferredValue(view.state === 'fresh' ? view.entry : null);
  const figure = useMemo(() => {
    if (entry === null || indicator === undefined || projection === null) return null;
    const axis = axisTitle(indicator, basis, plan.baseYear, lang, chartLabels, plan.units);
    return buildFanFigure({ plan, indicator, result: entry.result, projection, targets, basis, lang, labels: { ...labels, axis } });
  }, [entry, indicator, projection, targets, basis, lang, labels, chartLabels, plan]);

  const summary =
    entry !== null && indicator !== undefined
      ? fanSummary(
          entry.result,
          indicator,
          basis,
          (v) => formatValue(v, indicator.unit, lang, Math.min(unitInfo(indicator.unit, plan.units).decimals, 1), plan.units),
          (v) => t('fan.summary', { name: indicator.name[lang], ...v }),
        )
      : '';
  const probabilities =
    entry !== null && indicator !== undefined
      ? entry.result.targets
          .filter((x) => x.indicator === indicator.id)
          .map((x) => `${targetNameById(plan, x.id, lang)}: ${formatProbability(x.probability)}`)
          .join('; ')
      : '';

  return (
    <Panel
      title={t('fan.title')}
      className="unc-fan"
      data-testid="fan-chart"
      extra={
        figure !== null && indicator !== undefined ? (
          <FigureExportButtons
            testId="fan-export"
            input={{
              figure,
              plan,
              scenario,
              lang,
              title: `${t('fan.title')}${lang === 'zh' ? '：' : ': '}${indicator.name[lang]}`,
              subtitle: scenario.name[lang],
              xTitle: t('export.yearAxis'),
              stem: `${plan.id}-${scenario.id}-fan-${indicator.id}-${basis}`,
            }}
          />
        ) : null
      }
    >
      {options.length > 1 ? (
        <Select<string>
          size="small"
          className="unc-fan-pick"
          value={indicator?.id ?? ''}
          onChange={(v) => results.getState().setFanIndicator(v)}
          aria-label={t('fan.indicator')}
          data-testid="fan-indicator"
          showSearch={{ optionFilterProp: 'label' }}
          style={{ minWidth: 220 }}
          options={options.map((i) => ({ value: i.id, label: shortName(i.name[lang]) }))}
        />
      ) : null}
      <div data-state={view.state} data-testid="fan-state">
        {figure !== null ? (
          <>
            <LegendList items={figure.legend} />
            <figure className="chart-figure unc-fan-figure" aria-label={t('fan.title')}>
              <Suspense fallback={<div className="chart-placeholder" aria-busy="true" />}>
                <Plot data={figure.data} layout={figure.layout} config={PLOT_CONFIG} style={PLOT_STYLE} useResizeHandler />
              </Suspense>
              <figcaption className="sr-only" data-testid="fan-summary">
                {summary}. {probabilities}
              </figcaption>
            </figure>
          </>
        ) : view.state === 'stale' ? (
          <div className="unc-empty stale" role="status">
            <span>{t('uncertainty.stale')}</span>
            <Button size="small" type="primary" onClick={run} data-testid="fan-rerun">
              {t('uncertainty.rerun')}
            </Button>
          </div>
        ) : (
          <div className="unc-empty">{t('uncertainty.none')}</div>
        )}
      </div>
    </Panel>
  );
}
