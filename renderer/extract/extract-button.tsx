/**
 * The header's "从文本提取目标 / Extract targets from text" button; the dialog (and with
 * it the extraction rules) loads when first opened.
 */
import { FileSearchOutlined } from '@ant-design/icons';
import { Button } from 'antd';
import { lazy, Suspense, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useWorkspace } from '../store/store-context';

const ExtractDialog = lazy(() => import('./extract-dialog'));

export function ExtractButton() {
  const { t } = useTranslation();
  const plan = useWorkspace((s) => s.plan);
  const [loaded, setLoaded] = useState(false);
  const [open, setOpen] = useState(false);
  return (
    <>
      <Button
        size="small"
        icon={<FileSearchOutlined />}
        disabled={plan === null}
        aria-haspopup="dialog"
        onClick={() => {
          setLoaded(true);
          setOpen(true);
        }}
        data-testid="extract-open-dialog"
      >
        {t('extract.button')}
      </Button>
      {loaded ? (
        <Suspense fallback={null}>
          <ExtractDialog open={open} onClose={() => setOpen(false)} />
        </Suspense>
      ) : null}
    </>
  );
}
