/**
 * 主要目标 / Headline targets: one line per headline target above the charts, from the
 * review of the selected scenario (so it agrees with the review, the target table and the
 * report): the reported outcome where the year has a figure, else the projection, the
 * probability of meeting it (Monte Carlo, started on opening; "计算中" while it runs) and
 * the growth now required against the growth of the last five reported years.
 */
import { useMemo } from 'react';
import { useTranslation } from 'react-i18next';
import type { Plan, Scenario } from '../../models/plan/plan-schema';
import { reviewPlan } from '../../models/review/review';
import { headlineLines, type HeadlineLine } from '../../models/targets/headline';
import { Panel } from '../components/panel';
import { defaultAsOf } from '../review/as-of';
import { formatRecent, formatRequiredGrowth, formatReviewGap, formatReviewValue, formatThreshold, priceBaseText, verdictOf, type Lang } from '../../models/review/review-format';
import { useMcResults, useResultView } from '../store/mc-results';
import { formatProbability } from '../uncertainty/probability-format';
import { useHeadlineRun } from './use-headline-run';
import './headline.css';

/** `units`: the plan's own units (English names in English); `referenceName`: a 基本同步 target's reference indicator. */
function LineText({ line, lang, running, units, referenceName }: { line: HeadlineLine; lang: Lang; running: boolean; units: Plan['units']; referenceName?: string }) {
  const { t } = useTranslation();
  const r = line.row;
  const value = `${formatReviewValue(r, r.value, lang, units)}${priceBaseText(r, lang)}`;
  const threshold = formatThreshold(r, lang, referenceName, units);
  if (line.status === 'needs-base') return <>{t('headline.needsBase')}</>;
  if (line.status === 'met' || line.status === 'missed') {
    const gap = formatReviewGap(r, lang, units).units;
    return <>{t(line.status === 'met' ? 'headline.met' : 'headline.missed', { value, threshold, gap, verdict: verdictOf(r, lang).text })}</>;
  }
  const probability = line.probability !== null ? t('headline.probability', { p: formatProbability(line.probability) }) : running ? t('headline.running') : t('headline.noRun');
  const growth =
    line.requiredGrowth !== null
      ? t('headline.growth', { required: formatRequiredGrowth(r, lang), recent: formatRecent(r, lang) })
      : '';
  return <>{t('headline.projected', { value, threshold, verdict: verdictOf(r, lang).text, probability, growth })}</>;
}

export function HeadlinePanel({ plan, scenario, lang }: { plan: Plan; scenario: Scenario; lang: Lang }) {
  const { t } = useTranslation();
  // A run about to start (after the first charts, or the pause after a change) reads as running.
  const due = useHeadlineRun(plan, scenario);
  // A scenario just created (a copy on its first edit) may reach this render before the plan that holds it: nothing to show then.
  const known = plan.scenarios.some((s) => s.id === scenario.id);
  const review = useMemo(
    () => (known ? reviewPlan(plan, { scenarioId: scenario.id, asOf: defaultAsOf(plan, new Date().getFullYear()) }) : null),
    [plan, scenario.id, known],
  );
  const mc = useResultView(plan, scenario);
  const running = useMcResults((s) => s.running !== null && s.running.scenarioId === scenario.id) || due;
  const lines = useMemo(() => (review === null ? [] : headlineLines(plan, review, mc.state === 'fresh' ? mc.entry.result : null)), [plan, review, mc]);
  if (lines.length === 0) return null;
  return (
    <Panel title={t('headline.title', { name: scenario.name[lang] })} className="headline-panel" data-testid="headline-panel">
      <ul className="headline-lines">
        {lines.map((line) => (
          <li key={line.id} data-testid={`headline-${line.id}`} data-status={line.status} data-projected={line.status === 'pending' ? line.projectedStatus : undefined}>
            <span className={`headline-name headline-${line.status}`} title={line.row.sentence}>
              {line.name[lang]}
              {lang === 'zh' ? `（${line.year}）` : ` (${line.year})`}
            </span>
            <span className="headline-text">
              <LineText line={line} lang={lang} running={running} units={plan.units} referenceName={line.row.reference === undefined ? undefined : plan.indicators.find((i) => i.id === line.row.reference)?.name[lang]} />
            </span>
          </li>
        ))}
      </ul>
    </Panel>
  );
}
