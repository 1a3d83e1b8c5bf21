import { Alert, Collapse } from 'antd';
import { memo } from 'react';
import { useTranslation } from 'react-i18next';
import type { ConsistencyNote } from '../../models/targets/consistency';

/** Memoized: the notes are computed once per plan core (renderer/derived), so a slider step leaves them as they were. */
export const ConsistencyNotes = memo(function ConsistencyNotes({ notes, lang }: { notes: readonly ConsistencyNote[]; lang: 'zh' | 'en' }) {
  const { t } = useTranslation();
  const warnings = notes.filter((n) => n.severity === 'warning').length;
  return (
    <Collapse
      size="small"
      className="consistency-notes"
      data-testid="consistency-notes"
      defaultActiveKey={['notes']}
      items={[
        {
          key: 'notes',
          label: t('consistency.title', { count: notes.length, warnings }),
          children:
            notes.length === 0 ? (
              t('consistency.none')
            ) : (
              <div className="note-list">
                {notes.map((n, i) => (
                  <Alert
                    key={`${n.kind}-${n.indicator}-${i}`}
                    type={n.severity === 'warning' ? 'warning' : 'info'}
                    showIcon
                    title={<span data-kind={n.kind}>{n.message[lang]}</span>}
                  />
                ))}
              </div>
            ),
        },
      ]}
    />
  );
});
