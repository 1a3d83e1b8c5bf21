/**
 * The header's 续编下一期规划 and 规划对比 commands: each dialog (and the models it needs)
 * loads when first opened; rendered once, whichever control opens it.
 */
import { App } from 'antd';
import { lazy, Suspense, useCallback, useState, type ReactNode } from 'react';

const NextPlanDialog = lazy(() => import('./next-plan-dialog'));
const ComparePlansDialog = lazy(() => import('./compare-plans-dialog'));

export function usePlanNextDialogs(): { openNext: () => void; openCompare: () => void; dialogs: ReactNode } {
  const { message } = App.useApp();
  const [loaded, setLoaded] = useState({ next: false, compare: false });
  const [open, setOpen] = useState<'next' | 'compare' | null>(null);
  const openNext = useCallback(() => {
    setLoaded((l) => ({ ...l, next: true }));
    setOpen('next');
  }, []);
  const openCompare = useCallback(() => {
    setLoaded((l) => ({ ...l, compare: true }));
    setOpen('compare');
  }, []);
  const close = () => setOpen(null);
  const dialogs = (
    <Suspense fallback={null}>
      {loaded.next ? <NextPlanDialog open={open === 'next'} onClose={close} notify={(kind, text) => void message[kind](text)} /> : null}
      {loaded.compare ? <ComparePlansDialog open={open === 'compare'} onClose={close} /> : null}
    </Suspense>
  );
  return { openNext, openCompare, dialogs };
}
