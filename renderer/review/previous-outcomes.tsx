/**
 * 上期规划完成情况 / Outcomes of the previous plan: in a continued plan (续编), the
 * finished plan's targets as the file keeps them (models/review/predecessor-outcomes.ts):
 * value, threshold, the stored verdict, the growth achieved. Collapsible (a keyboard-usable
 * antd Collapse header), open by default.
 */
import { CheckCircleFilled, ClockCircleOutlined, CloseCircleFilled, QuestionCircleOutlined } from '@ant-design/icons';
import { Collapse, Tag, Tooltip } from 'antd';
import { useMemo } from 'react';
import { useTranslation } from 'react-i18next';
import { cellText } from '../../models/export/report-text';
import type { Plan } from '../../models/plan/plan-schema';
import type { Predecessor } from '../../models/plan/predecessor';
import { outcomeCounts, outcomeCountsText, outcomeRows, outcomesHeading, outcomesNote, type OutcomeRow } from '../../models/review/predecessor-outcomes';
import { DataTable, type DataColumn } from '../components/data-table';
import type { Lang } from '../../models/review/review-format';

const ICON: Record<OutcomeRow['status'], React.ReactNode> = {
  met: <CheckCircleFilled />,
  missed: <CloseCircleFilled />,
  'needs-base': <QuestionCircleOutlined />,
  pending: <ClockCircleOutlined />,
};
const COLOR: Record<OutcomeRow['status'], string | undefined> = { met: 'success', missed: 'error', 'needs-base': undefined, pending: 'processing' };

export function PreviousOutcomes({ plan, predecessor, lang }: { plan: Plan; predecessor: Predecessor; lang: Lang }) {
  const { t } = useTranslation();
  const rows = useMemo(() => outcomeRows(predecessor, lang, plan.units), [predecessor, lang, plan.units]);
  const heading = outcomesHeading(predecessor, lang);
  const counts = outcomeCountsText(outcomeCounts(predecessor), lang);
  const anyBinding = rows.some((r) => r.binding !== '');
  const columns: DataColumn<OutcomeRow>[] = [
    {
      key: 'name',
      title: t('review.target'),
      width: '26%',
      render: (r) => (
        <Tooltip trigger={['hover', 'focus']} title={<span>“{r.sentence}”<br /><small>{r.section}</small></span>}>
          <span className="target-label" tabIndex={0}>
            {r.name}
          </span>
        </Tooltip>
      ),
    },
    ...(anyBinding ? [{ key: 'binding', title: t('review.outcomesBinding'), render: (r: OutcomeRow) => r.binding }] : []),
    { key: 'year', title: t('review.year'), align: 'right', width: 60, render: (r) => r.year },
    {
      key: 'value',
      title: t('review.value'),
      align: 'right',
      render: (r) => (
        <span data-testid={`outcome-value-${r.id}`}>
          {r.projected ? cellText({ parts: r.value.parts.slice(0, -1) }) : cellText(r.value)}
          {r.projected ? <span className="review-projected">{t('review.projected')}</span> : null}
        </span>
      ),
    },
    { key: 'threshold', title: t('review.threshold'), align: 'right', render: (r) => <span data-testid={`outcome-threshold-${r.id}`}>{cellText(r.threshold)}</span> },
    {
      key: 'verdict',
      title: t('review.verdict'),
      sorter: (a, b) => a.status.localeCompare(b.status),
      render: (r) => (
        <Tag color={COLOR[r.status]} icon={ICON[r.status]} data-testid={`outcome-status-${r.id}`} data-status={r.status}>
          {r.verdict}
        </Tag>
      ),
    },
    { key: 'achieved', title: t('review.outcomesAchieved'), align: 'right', width: 170, render: (r) => cellText(r.achieved) },
  ];
  return (
    <Collapse
      size="small"
      className="review-outcomes"
      data-testid="review-outcomes"
      defaultActiveKey={['outcomes']}
      items={[
        {
          key: 'outcomes',
          label: (
            <span className="review-outcomes-head">
              <span className="review-outcomes-title">{heading}</span>
              <span className="muted review-outcomes-counts" data-testid="review-outcomes-counts">
                {counts}
              </span>
            </span>
          ),
          children: (
            <>
              <p className="review-note muted">{outcomesNote(predecessor, lang, plan.scenarios.find((s) => s.id === predecessor.scenario)?.name[lang])}</p>
              <DataTable<OutcomeRow>
                className="review-table"
                rowKey={(r) => r.id}
                columns={columns}
                rows={rows}
                rowProps={(r) => ({ 'data-testid': `outcome-row-${r.id}` })}
                aria-label={heading}
                data-testid="review-outcomes-table"
              />
            </>
          ),
        },
      ]}
    />
  );
}
