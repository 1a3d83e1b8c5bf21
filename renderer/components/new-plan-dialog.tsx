/**
 * 新建规划 / New plan, as the file commands ask for it: `useNewPlanDialog` gives a promise
 * of the choice (null: cancelled). The dialog (new-plan-dialog-view.tsx), with the list of
 * templates, loads when first asked for; a spinner covers the moment it takes.
 */
import { Spin } from 'antd';
import { lazy, Suspense, useCallback, useState, type ReactNode } from 'react';
import type { PlanTemplateId } from '../../scenarios/templates';

const NewPlanDialog = lazy(() => import('./new-plan-dialog-view'));

/** The dialog as a promise: `ask()` opens it and resolves with the choice, or null when cancelled. */
export function useNewPlanDialog(): { ask: () => Promise<PlanTemplateId | null>; element: ReactNode } {
  const [pending, setPending] = useState<((id: PlanTemplateId | null) => void) | null>(null);
  const [loaded, setLoaded] = useState(false);
  const ask = useCallback(
    () =>
      new Promise<PlanTemplateId | null>((resolve) => {
        setLoaded(true);
        setPending(() => resolve);
      }),
    [],
  );
  const answer = (id: PlanTemplateId | null) => {
    pending?.(id);
    setPending(null);
  };
  return {
    ask,
    element: loaded ? (
      <Suspense fallback={<Spin fullscreen />}>
        <NewPlanDialog open={pending !== null} onChoose={(id) => answer(id)} onCancel={() => answer(null)} />
      </Suspense>
    ) : null,
  };
}
