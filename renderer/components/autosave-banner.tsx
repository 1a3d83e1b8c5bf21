/**
 * What the user must know about the autosave: that it failed (with the reason — storage
 * full, disk full, no permission — and the way to save by hand), or that the autosave
 * found at start-up was damaged and has been kept aside.
 */
import { Alert, Button } from 'antd';
import { useTranslation } from 'react-i18next';
import type { AutosaveStatus } from '../store/autosave';

export interface AutosaveBannerProps {
  status: AutosaveStatus;
  /** Where a damaged autosave was kept (undefined: none found; null: the host could not keep it). */
  corruptWhere: string | null | undefined;
  onSaveAs: () => void;
  onDismissCorrupt: () => void;
}

export function AutosaveBanner({ status, corruptWhere, onSaveAs, onDismissCorrupt }: AutosaveBannerProps) {
  const { t } = useTranslation();
  return (
    <div className="autosave-banners" aria-live="polite">
      {status.failure === null ? null : (
        <Alert
          type="error"
          showIcon
          role="alert"
          data-testid="autosave-failed"
          data-reason={status.failure}
          title={t('autosave.failed')}
          description={
            <>
              {status.failure === 'other' ? t('autosave.other', { detail: status.detail.slice(0, 200) }) : t(`autosave.${status.failure}`)}{' '}
              {t('autosave.howTo')}
            </>
          }
          action={
            <Button size="small" type="primary" onClick={onSaveAs} data-testid="autosave-save-as">
              {t('autosave.saveAs')}
            </Button>
          }
        />
      )}
      {corruptWhere === undefined ? null : (
        <Alert
          type="warning"
          showIcon
          closable={{ onClose: onDismissCorrupt }}
          data-testid="autosave-corrupt"
          title={t('autosave.corruptTitle')}
          description={t('autosave.corrupt', { where: corruptWhere ?? '—' })}
        />
      )}
    </div>
  );
}
