import { Alert, Collapse } from 'antd';
import { useTranslation } from 'react-i18next';
import type { ConsistencyNote } from '../../models/consistency';

export function ConsistencyNotes({ notes, lang }: { notes: readonly ConsistencyNote[]; lang: 'zh' | 'en' }) {
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
}
