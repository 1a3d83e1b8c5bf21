/**
 * Built-in scenarios are read-only. Trying to edit one offers to duplicate it; if the
 * user agrees, the copy is selected and the edit is applied to it. Either way, focus
 * returns to the field the user was in.
 */
import { App } from 'antd';
import { useRef } from 'react';
import { useTranslation } from 'react-i18next';
import { useWorkspaceStore } from '../store/store-context';

export function useEditGuard(): (scenarioId: string, apply: (editableId: string) => void) => void {
  const store = useWorkspaceStore();
  const { modal } = App.useApp();
  const { t } = useTranslation();
  const open = useRef(false);

  return (scenarioId, apply) => {
    const s = store.getState();
    const sc = s.plan?.scenarios.find((x) => x.id === scenarioId);
    if (sc === undefined) return;
    if (sc.builtIn !== true) {
      apply(scenarioId);
      return;
    }
    if (open.current) return;
    open.current = true;
    // Focus returns where it was: the same field, now in the copy (the row re-renders).
    const before = document.activeElement instanceof HTMLElement ? document.activeElement : null;
    const testId = before?.getAttribute('data-testid') ?? null;
    const restoreFocus = () => {
      const same = testId === null ? null : document.querySelector<HTMLElement>(`[data-testid="${CSS.escape(testId)}"]`);
      (same ?? (before?.isConnected ? before : null))?.focus();
    };
    const name = s.lang === 'en' ? sc.name.en : sc.name.zh;
    modal.confirm({
      title: t('builtIn.title'),
      content: t('builtIn.offer', { name }),
      okText: t('builtIn.duplicate'),
      cancelText: t('common.cancel'),
      onOk: () => {
        open.current = false;
        const id = store.getState().duplicateScenario(scenarioId);
        if (id !== null) apply(id);
      },
      onCancel: () => {
        open.current = false;
      },
      afterClose: restoreFocus,
    });
  };
}
