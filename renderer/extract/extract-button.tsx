/**
 * The header's "从文本提取目标 / Extract targets from text" command: the dialog (and with
 * it the extraction rules) loads when first opened. The header holds the dialog
 * (useExtractDialog) and shows the command as a button or as an item of its 更多 / More menu.
 */
import { FileSearchOutlined } from '@ant-design/icons';
import { Button } from 'antd';
import { lazy, Suspense, useCallback, useState, type ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import { useWorkspace } from '../store/store-context';

const ExtractDialog = lazy(() => import('./extract-dialog'));

/** open(), and the dialog itself: rendered once, whichever control opens it. */
export function useExtractDialog(): { open: () => void; dialog: ReactNode } {
  const [loaded, setLoaded] = useState(false);
  const [open, setOpen] = useState(false);
  const show = useCallback(() => {
    setLoaded(true);
    setOpen(true);
  }, []);
  const dialog = loaded ? (
    <Suspense fallback={null}>
      <ExtractDialog open={open} onClose={() => setOpen(false)} />
    </Suspense>
  ) : null;
  return { open: show, dialog };
}

export const ExtractIcon = FileSearchOutlined;

export function ExtractButton({ onOpen }: { onOpen: () => void }) {
  const { t } = useTranslation();
  const hasPlan = useWorkspace((s) => s.plan !== null);
  return (
    <Button size="small" icon={<ExtractIcon />} disabled={!hasPlan} aria-haspopup="dialog" onClick={onOpen} data-testid="extract-open-dialog">
      {t('extract.button')}
    </Button>
  );
}
