import { Spin } from 'antd';
import { lazy, Suspense, useMemo } from 'react';
import { useTranslation } from 'react-i18next';
import type { Plan } from '../../models/plan/plan-schema';
import { ChartGrid } from '../charts/chart-grid';
import { HeadlinePanel } from '../headline/headline-panel';
import { useConsistency, useProjection, useSelectedScenario, useTargetResults } from '../derived/hooks';
import { useMcResults, useResultView } from '../store/mc-results';
import { useWorkspace } from '../store/store-context';
import { panelId, tabId, ViewTabs } from '../uncertainty/view-tabs';
import { BaseValuesNotice } from './base-values-notice';
import { ConsistencyNotes } from './consistency-notes';
import { NonFiniteAlert } from './non-finite-alert';
import { Panel } from './panel';
import { formatGap } from './target-format';
import { StatusTag, TargetTable } from './target-table';
import { TrendNotes } from './trend-notes';
import { targetResultDecimals } from '../../models/targets/target-result-decimals';
import { targetName } from '../../models/targets/target-name';
import { verdictCountsByBinding } from '../../models/plan/target-binding';
import { BindingFilterBar, useBindingFiltered } from './binding-filter-bar';

// The uncertainty view is loaded when first opened.
const UncertaintyPanel = lazy(() => import('../uncertainty/uncertainty-panel'));
// So are the actuals grid and the plan review.
const ActualsView = lazy(() => import('../actuals/actuals-view'));
const ReviewView = lazy(() => import('../review/review-view'));
// And the plan editor.
const PlanEditor = lazy(() => import('../plan-editor/plan-editor'));

export function MainView({ plan }: { plan: Plan }) {
  const { t } = useTranslation();
  const lang = useWorkspace((s) => s.lang);
  const scenario = useSelectedScenario();
  const results = useTargetResults(scenario);
  const projection = useProjection(scenario);
  const notes = useConsistency();
  const tab = useMcResults((s) => s.tab);
  const mc = useResultView(plan, scenario);
  const probability = useMemo(() => (mc.state === 'none' ? null : { stale: mc.state === 'stale', result: mc.entry.result }), [mc]);
  const filtered = useBindingFiltered(plan, results);
  const ids = useMemo(() => results.map((r) => r.id), [results]);
  if (scenario === undefined) return null;
  const met = results.filter((r) => r.status === 'met').length;
  const missed = results.filter((r) => r.status === 'missed').length;
  const needsBase = results.length - met - missed;
  const byBinding = verdictCountsByBinding(plan, results);
  return (
    <div className="main-view">
      <NonFiniteAlert plan={plan} projection={projection} lang={lang} />
      <BaseValuesNotice indicators={plan.indicators} targets={plan.targets} lang={lang} baseYear={plan.baseYear} units={plan.units} />
      <ViewTabs />
      {tab === 'plan' ? (
        <div role="tabpanel" id={panelId('plan')} aria-labelledby={tabId('plan')}>
          <Suspense fallback={<Spin />}>
            <PlanEditor plan={plan} />
          </Suspense>
        </div>
      ) : tab === 'review' ? (
        <div role="tabpanel" id={panelId('review')} aria-labelledby={tabId('review')}>
          <Suspense fallback={<Spin />}>
            <ReviewView plan={plan} scenario={scenario} />
          </Suspense>
        </div>
      ) : tab === 'actuals' ? (
        <div role="tabpanel" id={panelId('actuals')} aria-labelledby={tabId('actuals')}>
          <Suspense fallback={<Spin />}>
            <ActualsView plan={plan} />
          </Suspense>
        </div>
      ) : tab === 'uncertainty' ? (
        <div role="tabpanel" id={panelId('uncertainty')} aria-labelledby={tabId('uncertainty')}>
          <Suspense fallback={<Spin />}>
            <UncertaintyPanel plan={plan} scenario={scenario} />
          </Suspense>
        </div>
      ) : (
        <div role="tabpanel" id={panelId('charts')} aria-labelledby={tabId('charts')}>
          <HeadlinePanel plan={plan} scenario={scenario} lang={lang} />
          <ChartGrid plan={plan} scenarios={[scenario]} compare={false}>
            <Panel title={t('overview.title')} className="overview" data-testid="target-overview">
              <div className="overview-counts">
                <StatusTag status="met" /> {met}
                <StatusTag status="missed" /> {missed}
                <StatusTag status="needs-base" /> {needsBase}
              </div>
              {missed === 0 ? (
                <span className="muted" data-testid="target-overview-note">
                  {results.length === 0 ? t('overview.noTargets') : met === 0 ? t('overview.noneEvaluated') : t('overview.allMet')}
                </span>
              ) : (
                <ul className="overview-list">
                  {results
                    .filter((r) => r.status === 'missed')
                    .map((r) => {
                      const target = plan.targets.find((x) => x.id === r.id);
                      const ind = plan.indicators.find((i) => i.id === r.indicator);
                      return (
                        <li key={r.id}>
                          <span title={target?.sentence}>{target ? targetName(target, lang) : r.id}</span>
                          <span className="gap-negative">{ind ? formatGap(r, ind, lang, targetResultDecimals(plan, r)) : ''}</span>
                        </li>
                      );
                    })}
                </ul>
              )}
            </Panel>
          </ChartGrid>
        </div>
      )}
      {/* The review lists every target itself; the plan editor edits them. */}
      {tab === 'review' || tab === 'plan' ? null : (
        <>
          <Panel
            className="targets-card"
            title={t('table.titleOf', { name: scenario.name[lang] })}
            extra={
              <span className="muted">
                <span data-testid="target-summary">{t('table.summary', { met, missed, needsBase })}</span>
                {plan.targets.some((x) => x.binding !== undefined) ? (
                  <span data-testid="target-summary-binding">
                    {' · '}
                    {byBinding.map((c) => t('binding.tableSummary', { group: t(`binding.${c.group}`), met: c.met, missed: c.missed, needsBase: c.noData })).join(lang === 'zh' ? '；' : '; ')}
                  </span>
                ) : null}
              </span>
            }
          >
            <BindingFilterBar plan={plan} ids={ids} shown={filtered.rows.length} testId="target-binding-filter" />
            <TargetTable plan={plan} results={filtered.rows} lang={lang} probability={probability} empty={t('binding.emptyGroup')} />
          </Panel>
          <ConsistencyNotes notes={notes} lang={lang} />
          <TrendNotes plan={plan} scenario={scenario} lang={lang} />
        </>
      )}
    </div>
  );
}
