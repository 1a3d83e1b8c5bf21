/**
 * The header's "导入指标表 / Import indicators" button; the dialog (and with it the
 * import rules) loads when first opened.
 */
import { TableOutlined } from '@ant-design/icons';
import { Button, Tooltip } from 'antd';
import { lazy, Suspense, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useWorkspace } from '../store/store-context';

const PlanImportDialog = lazy(() => import('./plan-import-dialog'));

export function PlanImportButton() {
  const { t } = useTranslation();
  const plan = useWorkspace((s) => s.plan);
  const [loaded, setLoaded] = useState(false);
  const [open, setOpen] = useState(false);
  return (
    <>
      <Tooltip title={t('planImport.buttonTip')}>
        <Button
          size="small"
          icon={<TableOutlined />}
          disabled={plan === null}
          aria-haspopup="dialog"
          onClick={() => {
            setLoaded(true);
            setOpen(true);
          }}
          data-testid="plan-import-open"
        >
          {t('planImport.button')}
        </Button>
      </Tooltip>
      {loaded ? (
        <Suspense fallback={null}>
          <PlanImportDialog open={open} onClose={() => setOpen(false)} />
        </Suspense>
      ) : null}
    </>
  );
}
