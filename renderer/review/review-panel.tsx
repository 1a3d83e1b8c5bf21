/**
 * 规划评估 / Plan review, as shown: the controls (scenario, as-of year, export), every
 * target with its value (reported, or projected and marked 预测), threshold, verdict
 * (with P(met) where a Monte Carlo run exists), gap in units and percent, growth
 * achieved against planned, and for targets ahead the growth now required beside the
 * last five years'; the plan's estimates beside the reported base; and the year-by-year
 * table of one indicator against the path its targets imply.
 */
import { CheckCircleFilled, ClockCircleOutlined, CloseCircleFilled, FileExcelOutlined, FilePdfOutlined, QuestionCircleOutlined } from '@ant-design/icons';
import { Button, Select, Tag, Tooltip } from 'antd';
import { useMemo, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { STATUS_LABELS } from '../../models/plan/actuals-input';
import { formatNumber, formatValue } from '../../models/numbers/format';
import type { DataStatus, Plan } from '../../models/plan/plan-schema';
import type { Review, ReviewTarget } from '../../models/review/review-types';
import { unitInfo } from '../../models/numbers/units';
import { bindingVerdictCounts } from '../../models/export/report-model';
import { BindingFilterBar, useBindingFiltered } from '../components/binding-filter-bar';
import { BindingTag } from '../components/binding-tag';
import { DataTable, type DataColumn } from '../components/data-table';
import { PreviousOutcomes } from './previous-outcomes';
import { formatProbability } from '../uncertainty/probability-format';
import {
  formatAchieved,
  formatAchievedMethod,
  formatAsWritten,
  formatRecent,
  formatRequiredChange,
  formatRequiredGrowth,
  formatReviewGap,
  formatReviewValue,
  formatThreshold,
  verdictOf,
  type Lang,
  type VerdictTone,
} from '../../models/review/review-format';
import './review.css';

export interface ReviewPanelProps {
  plan: Plan;
  review: Review;
  lang: Lang;
  scenarioId: string;
  onScenario(id: string): void;
  /** Years the review can be read as of. */
  asOfYears: readonly number[];
  onAsOf(year: number): void;
  /** P(met) per target from the scenario's current Monte Carlo run; null without one. */
  probabilities: Readonly<Record<string, number | null>> | null;
  onExportXlsx(): void;
  onReport(): void;
  exporting?: boolean;
}

const ICON: Record<VerdictTone, React.ReactNode> = {
  met: <CheckCircleFilled />,
  missed: <CloseCircleFilled />,
  'needs-base': <QuestionCircleOutlined />,
  pending: <ClockCircleOutlined />,
};
const COLOR: Record<VerdictTone, string | undefined> = { met: 'success', missed: 'error', 'needs-base': undefined, pending: 'processing' };

function VerdictCell({ r, lang }: { r: ReviewTarget; lang: Lang }) {
  const v = verdictOf(r, lang);
  return (
    <span className="review-verdict">
      <Tag color={COLOR[v.tone]} icon={ICON[v.tone]} data-testid={`review-status-${r.id}`} data-status={r.status} data-projected-status={r.projectedStatus} data-on-the-line={r.onTheLine ? 'true' : undefined}>
        {v.text}
      </Tag>
      {v.notes.map((n) => (
        <span key={n} className="review-verdict-note">
          {n}
        </span>
      ))}
    </span>
  );
}

export function ReviewPanel(props: ReviewPanelProps) {
  const { plan, review, lang, probabilities } = props;
  const { t } = useTranslation();
  const scenario = plan.scenarios.find((s) => s.id === review.scenarioId);
  const count = (s: ReviewTarget['status']) => review.targets.filter((r) => r.status === s).length;
  const bindingOfTarget = useMemo(() => new Map(plan.targets.map((x) => [x.id, x.binding])), [plan]);
  const byGroup = bindingVerdictCounts(plan, review.targets, lang);
  const shown = useBindingFiltered(plan, review.targets).rows;
  const ids = useMemo(() => review.targets.map((r) => r.id), [review.targets]);
  const fromOf = useMemo(() => new Map(plan.targets.map((x) => [x.id, x.type === 'cumulative' || x.type === 'average-growth' || x.type === 'in-step' ? x.from : undefined])), [plan]);

  const columns: DataColumn<ReviewTarget>[] = [
    {
      key: 'name',
      title: t('review.target'),
      width: '17%',
      render: (r) => (
        <Tooltip trigger={['hover', 'focus']} title={<span>“{r.sentence}”<br /><small>{r.section}</small></span>}>
          <span className="target-label" tabIndex={0}>
            {r.name[lang]}
            <BindingTag binding={bindingOfTarget.get(r.id)} id={`review-${r.id}`} />
          </span>
        </Tooltip>
      ),
    },
    { key: 'year', title: t('review.year'), align: 'right', width: 74, render: (r) => (fromOf.get(r.id) === undefined ? r.year : `${fromOf.get(r.id)}–${r.year}`), sorter: (a, b) => a.year - b.year },
    {
      key: 'value',
      title: t('review.value'),
      align: 'right',
      render: (r) => (
        <span data-testid={`review-value-${r.id}`} data-source={r.source}>
          {formatReviewValue(r, r.value, lang, plan.units)}
          {r.source === 'projected' && r.value !== null ? <span className="review-projected">{t('review.projected')}</span> : null}
        </span>
      ),
    },
    {
      key: 'threshold',
      title: t('review.threshold'),
      align: 'right',
      render: (r) => {
        const written = formatAsWritten(r, lang, plan.units);
        return (
          <span data-testid={`review-threshold-${r.id}`}>
            {formatThreshold(r, lang, r.reference === undefined ? undefined : plan.indicators.find((i) => i.id === r.reference)?.name[lang], plan.units)}
            {written ? <span className="review-sub">{written}</span> : null}
          </span>
        );
      },
    },
    {
      key: 'verdict',
      title: t('review.verdict'),
      width: 150,
      sorter: (a, b) => a.status.localeCompare(b.status),
      render: (r) => (
        <span className="review-verdict-cell">
          <VerdictCell r={r} lang={lang} />
          {probabilities ? (
            <span className="review-probability" data-testid={`review-probability-${r.id}`} title={t('review.probabilityTip')}>
              P {formatProbability(probabilities[r.id])}
            </span>
          ) : null}
        </span>
      ),
    },
    {
      key: 'gap',
      title: t('review.gap'),
      align: 'right',
      render: (r) => {
        const g = formatReviewGap(r, lang, plan.units);
        return (
          <span className={r.gap === null ? '' : r.gap < 0 ? 'gap-negative' : 'gap-positive'} data-testid={`review-gap-${r.id}`}>
            {g.units}
            <span className="review-sub">{g.percent}</span>
          </span>
        );
      },
    },
    {
      key: 'achieved',
      title: t('review.achieved'),
      align: 'right',
      render: (r) => (
        <span>
          {formatAchieved(r, lang)}
          {r.achievedMethod ? <span className="review-sub" data-testid={`review-method-${r.id}`}>{formatAchievedMethod(r, lang)}</span> : null}
          {r.plannedGrowth !== null ? <span className="review-sub">{t('review.planned', { rate: formatReviewValue({ unit: 'fraction', type: 'average-growth' }, r.plannedGrowth, lang) })}</span> : null}
        </span>
      ),
    },
    {
      key: 'required',
      title: t('review.required'),
      align: 'right',
      render: (r) =>
        r.requiredGrowth === null ? (
          r.requiredChange === null ? (
            '—'
          ) : (
            <span data-testid={`review-required-${r.id}`}>{formatRequiredChange(r, lang)}</span>
          )
        ) : (
          <span data-testid={`review-required-${r.id}`}>
            {formatRequiredGrowth(r, lang)}
            <span className="review-sub">{t('review.recent', { rate: formatRecent(r, lang) })}</span>
          </span>
        ),
    },
  ];

  const bases = review.indicators.filter((i) => i.planBase !== null && i.reportedBase !== null && i.planBase !== i.reportedBase);

  return (
    <div className="review-view" data-testid="review-view">
      <div className="review-toolbar">
        <label className="review-control">
          <span>{t('review.scenario')}</span>
          <Select
            size="small"
            value={props.scenarioId}
            onChange={props.onScenario}
            options={plan.scenarios.map((s) => ({ value: s.id, label: s.name[lang] }))}
            popupMatchSelectWidth={false}
            style={{ minWidth: 180 }}
            data-testid="review-scenario"
            aria-label={t('review.scenario')}
          />
        </label>
        <label className="review-control">
          <span>{t('review.asOf')}</span>
          <Select
            size="small"
            value={review.asOf}
            onChange={props.onAsOf}
            options={props.asOfYears.map((y) => ({ value: y, label: lang === 'zh' ? `${y}年` : String(y) }))}
            data-testid="review-as-of"
            aria-label={t('review.asOf')}
            style={{ minWidth: 90 }}
          />
        </label>
        <span className="review-summary muted" data-testid="review-summary">
          {t(review.latestReported === null ? 'review.summaryNoLatest' : 'review.summary', {
            met: count('met'),
            missed: count('missed'),
            pending: count('pending'),
            needsBase: count('needs-base'),
            latest: review.latestReported,
          })}
        </span>
        {/* Counts by 约束性 / 预期性 where the plan marks any target; the groups it has, no rows of zeros. */}
        {byGroup.some((c) => c.group !== 'unmarked' && c.total > 0) && (
          <span className="review-summary muted" data-testid="review-summary-binding">
            {byGroup
              .filter((c) => c.total > 0)
              .map((c) => t('binding.summary', { group: c.label, met: c.met, missed: c.missed, pending: c.pending, noData: c.noData }))
              .join(lang === 'zh' ? '；' : '; ')}
          </span>
        )}
        <span className="review-actions">
          <Button size="small" icon={<FileExcelOutlined />} onClick={props.onExportXlsx} loading={props.exporting === true} data-testid="review-export-xlsx">
            {t('review.exportXlsx')}
          </Button>
          <Tooltip title={t('review.reportTip')}>
            <Button size="small" icon={<FilePdfOutlined />} onClick={props.onReport} data-testid="review-report">
              {t('review.report')}
            </Button>
          </Tooltip>
        </span>
      </div>
      <p className="review-note muted">{t('review.note', { scenario: scenario?.name[lang] ?? review.scenarioId, year: review.asOf })}</p>
      <div className="panel review-targets">
        <BindingFilterBar plan={plan} ids={ids} shown={shown.length} testId="review-binding-filter" />
        <DataTable<ReviewTarget>
          className="review-table"
          rowKey={(r) => r.id}
          columns={columns}
          rows={shown}
          rowProps={(r) => ({ 'data-testid': `review-row-${r.id}` })}
          aria-label={t('review.title')}
          data-testid="review-table"
          empty={t('binding.emptyGroup')}
        />
      </div>
      {plan.predecessor !== undefined ? <PreviousOutcomes plan={plan} predecessor={plan.predecessor} lang={lang} /> : null}
      {bases.length > 0 ? (
        <ul className="review-bases" data-testid="review-bases">
          {bases.map((i) => {
            const unit = plan.indicators.find((x) => x.id === i.id)?.unit;
            const fmt = (v: number | null) => (unit ? formatValue(v, unit, lang, undefined, plan.units) : formatNumber(v, 2));
            return <li key={i.id}>{t('review.baseVs', { name: i.name[lang], year: plan.baseYear, reported: fmt(i.reportedBase), plan: fmt(i.planBase) })}</li>;
          })}
        </ul>
      ) : null}
      <YearByYear plan={plan} review={review} lang={lang} />
    </div>
  );
}

function YearByYear({ plan, review, lang }: { plan: Plan; review: Review; lang: Lang }) {
  const { t } = useTranslation();
  // One path per target (an indicator can have several targets, e.g. a level and a doubling).
  const ids = useMemo(() => [...new Set(review.years.map((y) => y.target))], [review]);
  const [picked, setPicked] = useState<string | null>(null);
  const id = picked !== null && ids.includes(picked) ? picked : (ids[0] ?? null);
  const rows = review.years.filter((y) => y.target === id);
  const ind = plan.indicators.find((i) => i.id === rows[0]?.indicator);
  if (id === null || ind === undefined) return null;
  const names = new Map(review.targets.map((r) => [r.id, r.name[lang]]));
  const label = (target: string) => {
    const indicator = review.years.find((y) => y.target === target)?.indicator;
    const name = plan.indicators.find((i) => i.id === indicator)?.name[lang] ?? indicator ?? '';
    return `${name} · ${names.get(target) ?? target}`;
  };
  const decimals = Math.max(unitInfo(ind.unit, plan.units).decimals, 0);
  const num = (v: number | null) => formatNumber(v, decimals);
  const basis = rows[0]?.basis ?? 'none';
  const unit = `${unitInfo(ind.unit, plan.units)[lang]}${basis === 'real' ? (lang === 'zh' ? `，${plan.baseYear}年价格` : `, ${plan.baseYear} prices`) : basis === 'nominal' ? (lang === 'zh' ? '，现价' : ', current prices') : ''}`;
  const statusText = (s: string | null) => (s === null ? '' : s === 'interpolated' ? t('review.interpolated') : (STATUS_LABELS[s as DataStatus]?.[lang] ?? s));
  return (
    <section className="panel review-years" data-testid="review-years">
      <header className="panel-head">
        <h3 className="panel-heading">{t('review.yearsTitle')}</h3>
        <Select
          size="small"
          value={id}
          onChange={setPicked}
          options={ids.map((x) => ({ value: x, label: label(x) }))}
          popupMatchSelectWidth={false}
          style={{ minWidth: 260 }}
          data-testid="review-years-target"
          aria-label={t('review.yearsIndicator')}
        />
      </header>
      <div className="panel-body">
        <table className="review-years-table" aria-label={t('review.yearsTitle')}>
          <thead>
            <tr>
              <th>{t('review.year')}</th>
              <th className="num">{t('review.reported', { unit })}</th>
              <th>{t('review.status')}</th>
              <th className="num">{t('review.implied')}</th>
              <th className="num">{t('review.deviation')}</th>
              <th className="num">{t('review.deviationPct')}</th>
            </tr>
          </thead>
          <tbody>
            {rows.map((y) => (
              <tr key={y.year} data-testid={`review-year-${y.target}-${y.year}`}>
                <td>{y.year}</td>
                <td className="num">
                  {num(y.reported)}
                  {y.estimated ? (
                    <span className="review-estimated" title={t('review.estimatedTip')}>
                      {t('review.estimated')}
                    </span>
                  ) : null}
                </td>
                <td>{statusText(y.status)}</td>
                <td className="num">{num(y.implied)}</td>
                <td className={`num ${y.deviation === null ? '' : y.deviation < 0 ? 'gap-negative' : 'gap-positive'}`}>{y.deviation === null ? '—' : `${y.deviation > 0 ? '+' : ''}${num(y.deviation)}`}</td>
                <td className="num">{y.deviationPct === null ? '—' : `${y.deviationPct > 0 ? '+' : ''}${formatNumber(y.deviationPct * 100, 1)}%`}</td>
              </tr>
            ))}
          </tbody>
        </table>
      </div>
    </section>
  );
}
