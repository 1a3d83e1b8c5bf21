import { Collapse } from 'antd';
import { memo, useMemo } from 'react';
import { useTranslation } from 'react-i18next';
import { trendNote } from '../../models/engine/trend-text';
import type { Plan, Scenario } from '../../models/plan/plan-schema';
import { scenarioTrends } from '../../models/engine/trend';

/** A trend scenario's note: per indicator the years its trend rests on, those left out and why, or its fallback. */
export const TrendNotes = memo(function TrendNotes({ plan, scenario, lang }: { plan: Plan; scenario: Scenario; lang: 'zh' | 'en' }) {
  const { t } = useTranslation();
  const notes = useMemo(() => scenarioTrends(plan, scenario).map((info) => ({ id: info.indicator, note: trendNote(plan, scenario, info) })), [plan, scenario]);
  if (scenario.trend === undefined || notes.length === 0) return null;
  return (
    <Collapse
      size="small"
      className="trend-notes"
      data-testid="trend-notes"
      defaultActiveKey={['trend']}
      items={[
        {
          key: 'trend',
          label: t('trend.title'),
          children: (
            <ul className="note-list">
              {notes.map((n) => (
                <li key={n.id} data-indicator={n.id}>
                  {n.note[lang]}
                </li>
              ))}
            </ul>
          ),
        },
      ]}
    />
  );
});
