/**
 * Every target of the plan against the selected scenario: threshold, projected value,
 * gap, the growth still required, and met / missed / needs a base value (colour, icon
 * and word, so it is not told by colour alone). The plan's sentence shows on hover/focus.
 */
import { CheckCircleFilled, CloseCircleFilled, QuestionCircleOutlined } from '@ant-design/icons';
import { Tag, Tooltip } from 'antd';
import { memo, useMemo, type ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import { passageAt } from '../../models/extract/source-text';
import { formatRate } from '../../models/numbers/format';
import type { MonteCarloResult } from '../../models/uncertainty/monte-carlo-types';
import type { Indicator, Plan, Target } from '../../models/plan/plan-schema';
import type { TargetResult, TargetStatus } from '../../models/targets/evaluate-targets';
import { targetResultDecimals } from '../../models/targets/target-result-decimals';
import { formatProbability } from '../uncertainty/probability-format';
import { BindingTag } from './binding-tag';
import { DataTable, type DataColumn } from './data-table';
import { formatGap, formatRequired, formatTargetValue, formatThresholdText, inStepThresholdText, isRateTarget } from './target-format';
import { targetName } from '../../models/targets/target-name';
import { beyondSide } from '../../models/targets/about-band';

interface Row {
  id: string;
  target: Target;
  indicator: Indicator;
  result: TargetResult;
  /** Decimals of threshold, projected and gap: enough not to contradict the verdict (models/targets/target-result-decimals.ts). */
  decimals: number;
  label: string;
  /** P(met) as shown: '' without a (current) Monte Carlo result, '—' where the target needs a base. */
  probability: string;
}

/** The selected scenario's last Monte Carlo result, and whether it is out of date. */
export interface ProbabilityColumn {
  result: MonteCarloResult;
  stale: boolean;
}

/** What a row shows: rows whose numbers did not change are not re-rendered. */
const signature = (row: Row): string => {
  const r = row.result;
  return [row.label, row.probability, row.decimals, r.status, r.onTheLine, r.aboveBand, r.target, r.projected, r.gap, r.requiredGrowth, r.requiredAnnualChange, r.requiredFrom, r.requiredGrowthOf.join(','), r.basis].join('|');
};

/** "≤ 0.92 × 2025年" breaks, in a narrow column, before "×", never between 2025 and 年. */
function timesTogether(text: string): ReactNode {
  const at = text.lastIndexOf(' × ');
  if (at < 0) return text;
  return (
    <>
      {text.slice(0, at + 1)}
      <span style={{ whiteSpace: 'nowrap' }}>{text.slice(at + 1)}</span>
    </>
  );
}

const STATUS_ORDER: Record<TargetStatus, number> = { missed: 0, 'needs-base': 1, met: 2 };

/** A verdict as a tag (colour, icon and word); memoised: its props are plain values, so it re-renders only when the verdict changes. */
export const StatusTag = memo(function StatusTag({
  status,
  id,
  onTheLine = false,
  aboveBand = false,
  comparison = '>=',
}: {
  status: TargetStatus;
  id?: string;
  onTheLine?: boolean;
  aboveBand?: boolean;
  /** The target's comparison: beyond the band is above it for ≥, below it for ≤. */
  comparison?: Target['comparison'];
}) {
  const { t } = useTranslation();
  const props = id ? { 'data-testid': `target-status-${id}`, 'data-status': status, 'data-on-the-line': onTheLine ? 'true' : undefined } : {};
  if (status === 'met' && onTheLine) {
    // Met with a margin under 0.1% of the threshold: likely true by construction.
    return (
      <Tooltip title={t('status.onTheLineTip')}>
        <Tag className="status-tag" color="warning" icon={<CheckCircleFilled />} {...props}>
          {t('status.onTheLine')}
        </Tag>
      </Tooltip>
    );
  }
  if (status === 'met' && aboveBand) {
    const below = beyondSide({ comparison }) === 'below';
    return (
      <Tooltip title={t(below ? 'status.belowBandTip' : 'status.aboveBandTip')}>
        <Tag className="status-tag" color="success" icon={<CheckCircleFilled />} {...props}>
          {t(below ? 'status.belowBand' : 'status.aboveBand')}
        </Tag>
      </Tooltip>
    );
  }
  if (status === 'met') {
    return (
      <Tag className="status-tag" color="success" icon={<CheckCircleFilled />} {...props}>
        {t('status.met')}
      </Tag>
    );
  }
  if (status === 'missed') {
    return (
      <Tag className="status-tag" color="error" icon={<CloseCircleFilled />} {...props}>
        {t('status.missed')}
      </Tag>
    );
  }
  return (
    <Tag icon={<QuestionCircleOutlined />} {...props}>
      {t('status.needs-base')}
    </Tag>
  );
});

export interface TargetTableProps {
  plan: Plan;
  results: readonly TargetResult[];
  lang: 'zh' | 'en';
  /** Monte Carlo probabilities of meeting each target; null (or absent): none run yet. */
  probability?: ProbabilityColumn | null;
  /** Shown in place of the rows when there are none (e.g. a filter keeps none). */
  empty?: string;
}

export function TargetTable({ plan, results, lang, probability = null, empty }: TargetTableProps) {
  const { t, i18n } = useTranslation();
  const rows: Row[] = useMemo(() => {
    const byId = new Map(results.map((r) => [r.id, r]));
    const inds = new Map(plan.indicators.map((i) => [i.id, i]));
    // A stale result shows no numbers (the header says it is out of date).
    const shown = probability === null || probability.stale ? null : new Map(probability.result.targets.map((p) => [p.id, p.probability]));
    return plan.targets.flatMap((target) => {
      const result = byId.get(target.id);
      const indicator = inds.get(target.indicator);
      if (!result || !indicator) return [];
      const p = shown === null ? '' : formatProbability(shown.get(target.id));
      const decimals = targetResultDecimals(plan, result);
      return [{ id: target.id, target, indicator, result, decimals, label: targetName(target, lang), probability: p }];
    });
  }, [plan, results, lang, probability]);
  const names = useMemo(() => new Map(plan.indicators.map((i) => [i.id, i.name[lang]])), [plan.indicators, lang]);
  const { baseYear, texts, units } = plan;

  // The columns (and with them the header) stay the same objects across scenario edits:
  // a slider step re-renders only the rows whose numbers changed.
  const columns = useMemo((): DataColumn<Row>[] => {
    const runInfo = probability === null ? null : { runs: probability.result.runs.toLocaleString('en-US'), seed: probability.result.seed };
    return [
      {
        title: t('table.target'),
        key: 'label',
        width: '23%',
        sorter: (a, b) => a.label.localeCompare(b.label, lang === 'zh' ? 'zh-CN' : 'en'),
        render: (row: Row) => <TargetLabel target={row.target} label={row.label} lang={lang} texts={texts} />,
      },
      {
        title: t('table.section'),
        key: 'section',
        width: 130,
        className: 'ellipsis',
        render: (row: Row) => <span title={row.target.section}>{row.target.section}</span>,
        sorter: (a, b) => a.target.section.localeCompare(b.target.section, 'zh-CN'),
      },
      {
        title: t('table.year'),
        key: 'year',
        width: 70,
        align: 'right' as const,
        sorter: (a, b) => a.result.year - b.result.year,
        render: (row: Row) =>
          row.target.type === 'cumulative' || row.target.type === 'average-growth' || row.target.type === 'in-step' ? `${row.target.from}–${row.target.to}` : row.result.year,
      },
      {
        title: t('table.threshold'),
        key: 'threshold',
        align: 'right' as const,
        render: (row: Row) => {
          const r = row.result;
          const reference = r.reference === undefined ? undefined : (names.get(r.reference) ?? r.reference);
          const text =
            reference !== undefined
              ? inStepThresholdText(r, reference, lang)
              : formatThresholdText(r, row.indicator, lang, row.decimals, units);
          // A real (constant-price) threshold names its price base.
          const priceBase = r.priceBasis === 'real' && !isRateTarget(r) ? t('table.priceBase', { year: baseYear }) : '';
          const shown = (
            <span data-testid={`target-threshold-${row.id}`}>
              {timesTogether(text)}
              {priceBase ? <span className="muted nowrap">{priceBase}</span> : null}
              {r.rebased ? <span className="muted"> *</span> : null}
            </span>
          );
          const tip = r.rebased
            ? r.rebased[lang]
            : r.band !== null
              ? isRateTarget(r)
                ? t('table.bandTip', { value: formatRate(r.target, 1) })
                : t(r.comparison.startsWith('<') ? 'table.bandTipAroundAtMost' : 'table.bandTipAround', {
                    value: formatTargetValue(r, row.indicator, r.target, lang, row.decimals, units),
                  })
              : null;
          return tip ? <Tooltip title={tip}>{shown}</Tooltip> : shown;
        },
      },
      {
        title: t('table.projected'),
        key: 'projected',
        align: 'right' as const,
        render: (row: Row) => {
          const value = formatTargetValue(row.result, row.indicator, row.result.projected, lang, row.decimals, units);
          // A growth target's value is a growth rate: say how it is computed, and mark estimated years (估)
          const method = row.result.type === 'average-growth' || row.result.type === 'in-step' ? (row.result.growthMethod?.[lang] ?? null) : null;
          const est = method !== null && (row.result.growthEstimatedYears ?? []).length > 0 ? t('table.estimated') : '';
          const shown = <span data-testid={`target-projected-${row.id}`}>{value}{est}</span>;
          return method === null ? shown : <Tooltip title={method}>{shown}</Tooltip>;
        },
      },
      {
        title: t('table.gap'),
        key: 'gap',
        align: 'right' as const,
        render: (row: Row) => (
          <span className={row.result.gap === null ? '' : row.result.status === 'missed' ? 'gap-negative' : 'gap-positive'} data-testid={`target-gap-${row.id}`}>
            {formatGap(row.result, row.indicator, lang, row.decimals, units)}
          </span>
        ),
      },
      {
        title: t('table.required'),
        key: 'required',
        align: 'right' as const,
        sorter: (a, b) => (a.result.requiredGrowth ?? -Infinity) - (b.result.requiredGrowth ?? -Infinity),
        render: (row: Row) => {
          const text = formatRequired(row.result, row.indicator, lang, units);
          const r = row.result;
          const of = r.requiredGrowthOf.filter((id) => id !== row.target.indicator);
          const note =
            r.requiredFrom === null
              ? null
              : of.length > 0
                ? t('table.requiredOf', { from: r.requiredFrom, of: of.map((id) => names.get(id) ?? id).join(lang === 'zh' ? '、' : ', ') })
                : t('table.requiredFrom', { from: r.requiredFrom });
          return note ? (
            <Tooltip title={note}>
              <span data-testid={`target-required-${row.id}`}>{text}</span>
            </Tooltip>
          ) : (
            <span data-testid={`target-required-${row.id}`}>{text}</span>
          );
        },
      },
      {
        title: t('table.basis'),
        key: 'basis',
        width: 76,
        render: (row: Row) =>
          row.indicator.basis === 'none' || row.indicator.kind === 'share' ? '—' : t(`basis.short.${row.result.basis}`),
      },
      {
        title: t('table.status'),
        key: 'status',
        width: 110,
        sorter: (a, b) => STATUS_ORDER[a.result.status] - STATUS_ORDER[b.result.status],
        render: (row: Row) => <StatusTag status={row.result.status} id={row.id} onTheLine={row.result.onTheLine} aboveBand={row.result.aboveBand} comparison={row.result.comparison} />,
      },
      {
        title: (
          <Tooltip title={probability?.stale ? t('table.probabilityStaleTip') : runInfo ? t('table.probabilityTip', runInfo) : t('table.probabilityNone')}>
            <span className="probability-head" data-testid="probability-head" data-stale={probability?.stale ? 'true' : undefined}>
              {t('table.probability')}
              {probability?.stale ? <span className="probability-stale"> · {t('table.probabilityStale')}</span> : null}
            </span>
          </Tooltip>
        ),
        key: 'probability',
        width: 80,
        align: 'right' as const,
        sorter: (a, b) => probabilityRank(a.probability) - probabilityRank(b.probability),
        render: (row: Row) => <span data-testid={`target-probability-${row.id}`}>{row.probability}</span>,
      },
    ];
  }, [t, lang, baseYear, texts, units, names, probability]);

  return (
    <DataTable<Row>
      className="target-table"
      rowKey={(row) => row.id}
      columns={columns}
      rows={rows}
      rowProps={(row) => ({ 'data-testid': `target-row-${row.id}` })}
      rowSignature={signature}
      epoch={`${lang}:${i18n.language}`}
      aria-label={t('table.title')}
      empty={empty}
    />
  );
}

/**
 * A target's name, with the plan's sentence (and where it stands in the plan's text) on
 * hover or focus. Memoised: a row whose numbers change does not redo its tooltip.
 */
const TargetLabel = memo(function TargetLabel({ target, label, lang, texts }: { target: Target; label: string; lang: 'zh' | 'en'; texts: Plan['texts'] }) {
  return (
    <Tooltip
      trigger={['hover', 'focus']}
      title={
        <span>
          “{target.sentence}”
          <br />
          <small>{target.section}</small>
          <SourcePassage texts={texts} target={target} />
        </span>
      }
    >
      <span className="target-label" tabIndex={0} aria-describedby={`sentence-${target.id}`}>
        {label}
        {target.qualifier && lang === 'zh' ? <span className="muted"> {target.qualifier}</span> : null}
        <BindingTag binding={target.binding} id={target.id} />
      </span>
      <span id={`sentence-${target.id}`} className="sr-only">
        {target.sentence}
      </span>
    </Tooltip>
  );
});

/** Where a target read from a text kept with the plan stands in it: the passage, the place marked. */
function SourcePassage({ texts, target }: { texts: Plan['texts']; target: Target }) {
  const { t } = useTranslation();
  const ref = target.textRef;
  const text = ref ? texts?.find((x) => x.id === ref.text) : undefined;
  const passage = ref && text ? passageAt(text, ref.offset) : null;
  if (!ref || !text || passage === null) return null;
  return (
    <span className="source-passage" data-testid={`source-passage-${target.id}`}>
      <br />
      <small>
        {t('table.sourcePlace', { name: text.name, offset: (ref.offset + 1).toLocaleString('en-US') })}：…{passage.before}
        <mark>{passage.at}</mark>
        {passage.after}…
      </small>
    </span>
  );
}

/** Sort order of a shown probability: blank and "—" below every number. */
function probabilityRank(text: string): number {
  const v = Number.parseFloat(text);
  return Number.isFinite(v) ? v : -1;
}
