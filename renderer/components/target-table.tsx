/**
 * Every target of the plan against the selected scenario: threshold, projected value,
 * gap, the growth still required, and met / missed / needs a base value (colour, icon
 * and word, so it is not told by colour alone). The plan's sentence shows on hover/focus.
 */
import { CheckCircleFilled, CloseCircleFilled, QuestionCircleOutlined } from '@ant-design/icons';
import { Tag, Tooltip } from 'antd';
import { useMemo } from 'react';
import { useTranslation } from 'react-i18next';
import type { Indicator, Plan, Target } from '../../models/plan-schema';
import type { TargetResult, TargetStatus } from '../../models/targets';
import { DataTable, type DataColumn } from './data-table';
import { COMPARISON_SIGN, formatGap, formatRequired, formatTargetValue } from './target-format';

interface Row {
  id: string;
  target: Target;
  indicator: Indicator;
  result: TargetResult;
  label: string;
}

/** What a row shows: rows whose numbers did not change are not re-rendered. */
const signature = (row: Row): string => {
  const r = row.result;
  return [row.label, r.status, r.target, r.projected, r.gap, r.requiredGrowth, r.requiredAnnualChange, r.requiredFrom, r.requiredGrowthOf.join(','), r.basis].join('|');
};

const STATUS_ORDER: Record<TargetStatus, number> = { missed: 0, 'needs-base': 1, met: 2 };

export function StatusTag({ status, id }: { status: TargetStatus; id?: string }) {
  const { t } = useTranslation();
  const props = id ? { 'data-testid': `target-status-${id}`, 'data-status': status } : {};
  if (status === 'met') {
    return (
      <Tag color="success" icon={<CheckCircleFilled />} {...props}>
        {t('status.met')}
      </Tag>
    );
  }
  if (status === 'missed') {
    return (
      <Tag color="error" icon={<CloseCircleFilled />} {...props}>
        {t('status.missed')}
      </Tag>
    );
  }
  return (
    <Tag icon={<QuestionCircleOutlined />} {...props}>
      {t('status.needs-base')}
    </Tag>
  );
}

export function TargetTable({ plan, results, lang }: { plan: Plan; results: readonly TargetResult[]; lang: 'zh' | 'en' }) {
  const { t, i18n } = useTranslation();
  const rows: Row[] = useMemo(() => {
    const byId = new Map(results.map((r) => [r.id, r]));
    const inds = new Map(plan.indicators.map((i) => [i.id, i]));
    return plan.targets.flatMap((target) => {
      const result = byId.get(target.id);
      const indicator = inds.get(target.indicator);
      if (!result || !indicator) return [];
      return [{ id: target.id, target, indicator, result, label: target.label?.[lang] ?? target.id }];
    });
  }, [plan, results, lang]);

  const names = useMemo(() => new Map(plan.indicators.map((i) => [i.id, i.name[lang]])), [plan, lang]);

  const columns: DataColumn<Row>[] = [
    {
      title: t('table.target'),
      key: 'label',
      width: '23%',
      sorter: (a, b) => a.label.localeCompare(b.label, lang === 'zh' ? 'zh-CN' : 'en'),
      render: (row: Row) => (
        <Tooltip
          trigger={['hover', 'focus']}
          title={
            <span>
              “{row.target.sentence}”
              <br />
              <small>{row.target.section}</small>
            </span>
          }
        >
          <span className="target-label" tabIndex={0} aria-describedby={`sentence-${row.id}`}>
            {row.label}
            {row.target.qualifier && lang === 'zh' ? <span className="muted"> {row.target.qualifier}</span> : null}
          </span>
          <span id={`sentence-${row.id}`} className="sr-only">
            {row.target.sentence}
          </span>
        </Tooltip>
      ),
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
        row.target.type === 'cumulative' || row.target.type === 'average-growth' ? `${row.target.from}–${row.target.to}` : row.result.year,
    },
    {
      title: t('table.threshold'),
      key: 'threshold',
      align: 'right' as const,
      render: (row: Row) => `${COMPARISON_SIGN[row.result.comparison]} ${formatTargetValue(row.result, row.indicator, row.result.target, lang)}`,
    },
    {
      title: t('table.projected'),
      key: 'projected',
      align: 'right' as const,
      render: (row: Row) => formatTargetValue(row.result, row.indicator, row.result.projected, lang),
    },
    {
      title: t('table.gap'),
      key: 'gap',
      align: 'right' as const,
      render: (row: Row) => (
        <span className={row.result.gap === null ? '' : row.result.status === 'missed' ? 'gap-negative' : 'gap-positive'}>
          {formatGap(row.result, row.indicator, lang)}
        </span>
      ),
    },
    {
      title: t('table.required'),
      key: 'required',
      align: 'right' as const,
      sorter: (a, b) => (a.result.requiredGrowth ?? -Infinity) - (b.result.requiredGrowth ?? -Infinity),
      render: (row: Row) => {
        const text = formatRequired(row.result, row.indicator, lang);
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
      render: (row: Row) => <StatusTag status={row.result.status} id={row.id} />,
    },
  ];

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
    />
  );
}
