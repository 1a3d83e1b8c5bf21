import { lazy, Suspense, useMemo, useRef } from 'react';
import { useTranslation } from 'react-i18next';
import { hasDrawableValues, type DisplayBasis } from '../../models/charts/chart-guides';
import { formatValue } from '../../models/numbers/format';
import type { Plan } from '../../models/plan/plan-schema';
import type { TargetStatus } from '../../models/targets/evaluate-targets';
import { baseNeededFor } from '../../models/plan/base-values-needed';
import { Button } from 'antd';
import { Panel } from '../components/panel';
import { formulaInputsOf } from '../derived/derive';
import { useMcResultsStore } from '../store/mc-results';
import { useAfterFirstPaint } from './after-first-paint';
import { LegendList } from './legend-list';
import { chartName, shortLabels, type ChartDef } from './chart-defs';
import { buildFigure, historyLabels, holdKeyOf, PLOT_CONFIG, sameFigure, withHeldYRange, type ChartLabels, type ChartRun, type Figure, type Lang } from './chart-figure';
import { useWorkspace } from '../store/store-context';

const Plot = lazy(() => import('./plot'));

export interface ChartCardProps {
  plan: Plan;
  chart: ChartDef;
  runs: readonly ChartRun[];
  basis: DisplayBasis;
  lang: Lang;
  compare: boolean;
}

const PLOT_STYLE = { width: '100%', height: 230 };

export function useChartLabels(): ChartLabels {
  const { t } = useTranslation();
  return useMemo(
    () => ({
      projected: t('chart.projected'),
      short: shortLabels(t('chart.short', { returnObjects: true })),
      required: t('chart.required'),
      actual: t('chart.actual'),
      status: { met: t('status.met'), missed: t('status.missed'), 'needs-base': t('status.needs-base') } as Record<TargetStatus, string>,
      axis: (unit: string, basis: DisplayBasis | 'none', baseYear: number) =>
        basis === 'none' ? unit : basis === 'nominal' ? t('chart.axisNominal', { unit }) : t('chart.axisReal', { unit, year: baseYear }),
      history: historyLabels(t),
    }),
    [t],
  );
}

export function ChartCard({ plan, chart, runs, basis, lang, compare }: ChartCardProps) {
  const labels = useChartLabels();
  // The table first, the charts after (the first window).
  const afterPaint = useAfterFirstPaint();
  const built = useMemo(() => buildFigure(plan, chart, runs, basis, lang, labels, compare), [plan, chart, runs, basis, lang, labels, compare]);
  // Through a run of edits of one field (a slider moving) the y axis holds its range while
  // the data still fit it; and the previous figure object is kept when nothing it draws
  // changed (an edit elsewhere): the plot then has nothing to compare or draw for this chart.
  const editRun = useWorkspace((s) => s.editRun);
  const holdKey = holdKeyOf(editRun, chart.id, basis, lang, compare, runs.map((r) => r.scenario.id));
  const last = useRef<{ figure: Figure; holdKey: string | null } | null>(null);
  const held = holdKey !== null && last.current?.holdKey === holdKey ? withHeldYRange(built, last.current.figure) : built;
  const figure = last.current !== null && sameFigure(last.current.figure, held) ? last.current.figure : held;
  last.current = { figure, holdKey };
  const inds = chart.indicators.map((id) => plan.indicators.find((i) => i.id === id)).filter((i) => i !== undefined);
  const title = chartName(plan, chart, lang);
  const hasData = runs.some((run) => hasDrawableValues(run.projection, chart.indicators, basis));

  // A text summary for screen readers (and tests): the last year of each line.
  const summary = runs
    .flatMap((run) =>
      inds.map((ind) => {
        const s = run.projection.series[ind.id];
        const values = basis === 'real' ? s?.real : s?.nominal;
        const last = values?.[values.length - 1];
        const who = compare ? `${run.scenario.name[lang]} ` : '';
        return `${who}${ind.name[lang]} ${plan.horizon}: ${formatValue(last ?? null, ind.unit, lang, undefined, plan.units)}`;
      }),
    )
    .join('; ');

  return (
    <Panel
      title={title}
      className="chart-card"
      data-testid={`chart-${chart.id}`}
      extra={
        compare && inds.length > 1 ? (
          <span className="dash-key">
            {inds.map((ind, k) => (
              <span key={ind.id}>
                {['━', '╍', '┈'][k] ?? ''} {labels.short[ind.id] ?? ind.name[lang]}
              </span>
            ))}
          </span>
        ) : null
      }
    >
      {hasData && <LegendList items={figure.legend} />}
      <figure className="chart-figure" aria-label={title}>
        {!hasData ? (
          <ChartEmpty plan={plan} ids={chart.indicators} lang={lang} testId={`chart-${chart.id}-empty`} />
        ) : afterPaint ? (
          <Suspense fallback={<div className="chart-placeholder" aria-busy="true" />}>
            <Plot data={figure.data} layout={figure.layout} config={PLOT_CONFIG} style={PLOT_STYLE} useResizeHandler />
          </Suspense>
        ) : (
          <div className="chart-placeholder" aria-busy="true" />
        )}
        <figcaption className="sr-only" data-testid={`chart-${chart.id}-summary`}>
          {summary}
        </figcaption>
      </figure>
    </Panel>
  );
}

/** In place of a plot with nothing to draw: why, and where to fix it. */
function ChartEmpty({ plan, ids, lang, testId }: { plan: Plan; ids: readonly string[]; lang: Lang; testId: string }) {
  const { t } = useTranslation();
  const results = useMcResultsStore();
  const needed = useMemo(() => baseNeededFor(plan, ids, formulaInputsOf(plan)), [plan, ids]);
  const first = needed[0];
  return (
    <div className="chart-empty" data-testid={testId}>
      <span>{first === undefined ? t('chart.noData') : t('chart.needsBase', { names: needed.map((i) => i.name[lang]).join(lang === 'zh' ? '、' : ', ') })}</span>
      {needed.map((i) =>
        // The plan's own words on why the base value is missing (searched, not found).
        i.note ? (
          <span key={i.id} className="chart-empty-note" title={i.note[lang]} data-testid={`${testId}-note-${i.id}`}>
            {i.note[lang]}
          </span>
        ) : null,
      )}
      {first !== undefined && (
        <Button size="small" onClick={() => results.getState().openEditorAt(first.id)}>
          {t('baseNotice.open')}
        </Button>
      )}
    </div>
  );
}
