/**
 * The header's "导入指标表 / Import indicators" command: the dialog (and with it the
 * import rules) loads when first opened. The header holds the dialog (usePlanImportDialog)
 * and shows the command as a button or as an item of its 更多 / More menu.
 */
import { TableOutlined } from '@ant-design/icons';
import { Button, Tooltip } from 'antd';
import { lazy, Suspense, useCallback, useState, type ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import { useWorkspace } from '../store/store-context';

const PlanImportDialog = lazy(() => import('./plan-import-dialog'));

export interface DialogHost {
  open: () => void;
  /** The dialog itself, rendered once whichever control opens it. */
  dialog: ReactNode;
}

export function usePlanImportDialog(): DialogHost {
  const [loaded, setLoaded] = useState(false);
  const [open, setOpen] = useState(false);
  const show = useCallback(() => {
    setLoaded(true);
    setOpen(true);
  }, []);
  const dialog = loaded ? (
    <Suspense fallback={null}>
      <PlanImportDialog open={open} onClose={() => setOpen(false)} />
    </Suspense>
  ) : null;
  return { open: show, dialog };
}

export const PlanImportIcon = TableOutlined;

export function PlanImportButton({ onOpen }: { onOpen: () => void }) {
  const { t } = useTranslation();
  const hasPlan = useWorkspace((s) => s.plan !== null);
  return (
    <Tooltip title={t('planImport.buttonTip')}>
      <Button size="small" icon={<PlanImportIcon />} disabled={!hasPlan} aria-haspopup="dialog" onClick={onOpen} data-testid="plan-import-open">
        {t('planImport.button')}
      </Button>
    </Tooltip>
  );
}
