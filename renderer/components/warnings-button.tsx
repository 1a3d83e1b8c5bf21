/**
 * 提示 / Warnings: the likely mistakes in the open plan (models/plan/plan-warnings.ts), as a
 * header button ("3 条提示") opening a list. Each names its field in words and, where one
 * number mends it, offers 修正 / Fix, applied as one undoable edit. Warnings never block
 * a save; the button is not shown when there are none.
 */
import { WarningOutlined } from '@ant-design/icons';
import { App, Button, Modal, Tooltip } from 'antd';
import { useEffect, useMemo, useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { warningItems, type WarningItem } from '../../models/plan/warning-fields';
import { useWorkspace, useWorkspaceStore } from '../store/store-context';

const loadFix = () => import('../../models/plan/warning-fix');

export function WarningsButton() {
  const { t } = useTranslation();
  const { message } = App.useApp();
  const store = useWorkspaceStore();
  const plan = useWorkspace((s) => s.plan);
  const lang = useWorkspace((s) => s.lang);
  const items = useMemo(() => (plan === null ? [] : warningItems(plan, lang)), [plan, lang]);
  const [open, setOpen] = useState(false);
  const list = useRef<HTMLDivElement>(null);
  const closeButton = useRef<HTMLButtonElement>(null);
  /** After a fix its row goes: focus moves to the next fix (or Close), never to the page. */
  const focusAfterFix = useRef<number | null>(null);

  useEffect(() => {
    const at = focusAfterFix.current;
    if (at === null) return;
    focusAfterFix.current = null;
    const fixes = list.current?.querySelectorAll<HTMLButtonElement>('button[data-fix]') ?? [];
    (fixes[Math.min(at, fixes.length - 1)] ?? closeButton.current)?.focus();
  }, [items]);

  const fix = async (item: WarningItem, index: number) => {
    if (item.fix === undefined) return;
    // The validator a fix goes through is loaded when the list opens, not with the window.
    const { planWithFix } = await loadFix();
    const s = store.getState();
    if (s.plan === null) return;
    const r = planWithFix(s.plan, item.fix, s.lang);
    if (!r.ok) {
      void message.error(r.message);
      return;
    }
    focusAfterFix.current = index;
    s.applyPlan(r.plan);
    void message.success(t('warnings.fixed', { field: item.field }));
  };

  return (
    <>
      {items.length > 0 ? (
        <Tooltip title={t('warnings.buttonTip')}>
          <Button
            size="small"
            icon={<WarningOutlined />}
            onClick={() => {
              void loadFix();
              setOpen(true);
            }}
            aria-haspopup="dialog"
            data-testid="warnings-button"
            data-count={items.length}
            className="warnings-button"
          >
            {t('warnings.button', { count: items.length })}
          </Button>
        </Tooltip>
      ) : null}
      <Modal
        open={open}
        title={t('warnings.title')}
        onCancel={() => setOpen(false)}
        afterClose={() => {
          // The button is gone once every warning is fixed: focus goes to the results.
          if (!document.querySelector('[data-testid="warnings-button"]')) document.getElementById('results')?.focus();
        }}
        footer={
          <Button ref={closeButton} onClick={() => setOpen(false)} data-testid="warnings-close">
            {t('warnings.close')}
          </Button>
        }
        width={760}
        // The test id on the dialog's panel (title, list, Close): the modal's root element has no box of its own.
        modalRender={(node) => <div data-testid="warnings-dialog">{node}</div>}
      >
        <p className="muted">{t('warnings.intro')}</p>
        <div ref={list} role="list" className="warning-list">
          {items.length === 0 ? <p data-testid="warnings-empty">{t('warnings.empty')}</p> : null}
          {items.map((item, i) => (
            <div role="listitem" key={item.key} className="warning-item" data-testid={`warning-${i}`} data-code={item.code} data-path={item.path}>
              <div className="warning-text">
                <div className="warning-field" data-testid={`warning-field-${i}`}>
                  {item.field}
                </div>
                <div className="warning-message">{item.message}</div>
              </div>
              {item.fix === undefined ? (
                <span className="muted warning-nofix">{t('warnings.noFix')}</span>
              ) : (
                <Button
                  size="small"
                  type="primary"
                  data-fix
                  data-testid={`warning-fix-${i}`}
                  aria-label={`${t('warnings.fix')}: ${item.field}`}
                  onClick={() => void fix(item, i)}
                >
                  {t('warnings.fixWith', { what: item.fix.value === undefined ? t('warnings.remove') : t('warnings.fixTo', { value: String(item.fix.value) }) })}
                </Button>
              )}
            </div>
          ))}
        </div>
      </Modal>
    </>
  );
}
