/**
 * What happened to the browser's database under the page, with its real cause: deleted
 * (another tab, site data cleared) or closed by the browser — reopened, and this tab's
 * work written again (or why not) — or upgraded by a newer PlanPath in another tab.
 */
import { Alert } from 'antd';
import { useTranslation } from 'react-i18next';
import type { DatabaseNotice } from '../platform/use-workspace-status';

export function StorageNotice({ notice, onDismiss }: { notice: DatabaseNotice | null; onDismiss: () => void }) {
  const { t, i18n } = useTranslation();
  if (notice === null) return null;
  if (notice.kind === 'database-upgraded') {
    return (
      <div className="autosave-banners">
        <Alert type="error" showIcon role="alert" data-testid="storage-notice" data-kind="upgraded" title={t('storage.upgradedTitle')} description={t('storage.upgraded')} />
      </div>
    );
  }
  const cause = notice.why === 'deleted' ? t('storage.causeDeleted') : t('storage.causeClosed');
  const outcome = notice.rewritten ? t('storage.rewritten') : t('storage.notRewritten', { detail: (notice.detail ?? '').slice(0, 200) });
  return (
    <div className="autosave-banners">
      <Alert
        type={notice.rewritten ? 'warning' : 'error'}
        showIcon
        role="alert"
        closable={{ onClose: onDismiss }}
        data-testid="storage-notice"
        data-kind={notice.why}
        data-rewritten={String(notice.rewritten)}
        title={notice.why === 'deleted' ? t('storage.deletedTitle') : t('storage.closedTitle')}
        description={`${cause}${i18n.language === 'zh' ? '' : ' '}${outcome}`}
      />
    </div>
  );
}
