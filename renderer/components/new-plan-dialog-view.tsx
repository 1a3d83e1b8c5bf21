/**
 * 新建规划 / New plan: choose what the new plan starts from (a blank plan, a city's 14th
 * or 15th Five-Year Plan template, the Xuzhou example). Arrow keys move between the
 * choices, Enter creates; focus goes back to where it was when the dialog closes.
 * Loaded when first asked for (new-plan-dialog.tsx: useNewPlanDialog).
 */
import { Modal, Radio } from 'antd';
import { useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { PLAN_TEMPLATES, type PlanTemplateId } from '../../scenarios/templates';
import { useWorkspace } from '../store/store-context';
import './new-plan-dialog.css';

/** The choice the dialog opens on: most plans being written now are 15th plans. */
export const DEFAULT_TEMPLATE: PlanTemplateId = 'city-15th';

export interface NewPlanDialogProps {
  open: boolean;
  onChoose(id: PlanTemplateId): void;
  onCancel(): void;
}

export default function NewPlanDialog({ open, onChoose, onCancel }: NewPlanDialogProps) {
  const { t } = useTranslation();
  const lang = useWorkspace((s) => s.lang);
  const [chosen, setChosen] = useState<PlanTemplateId>(DEFAULT_TEMPLATE);
  const group = useRef<HTMLDivElement>(null);

  return (
    <Modal
      open={open}
      title={t('newPlan.title')}
      okText={t('newPlan.create')}
      cancelText={t('common.cancel')}
      onOk={() => onChoose(chosen)}
      onCancel={onCancel}
      okButtonProps={{ 'data-testid': 'new-plan-confirm' } as Record<string, string>}
      afterOpenChange={(visible) => {
        if (visible) group.current?.querySelector<HTMLInputElement>('input:checked')?.focus();
      }}
      destroyOnHidden
      width={620}
      // The test id on the dialog's panel (title, body, buttons): the modal's root element has no box of its own.
      modalRender={(node) => <div data-testid="new-plan-dialog">{node}</div>}
    >
      <p className="muted" id="new-plan-intro">
        {t('newPlan.intro')}
      </p>
      <div
        ref={group}
        onKeyDown={(e) => {
          if (e.key === 'Enter') {
            e.preventDefault();
            onChoose(chosen);
          }
        }}
      >
        <Radio.Group
          value={chosen}
          onChange={(e) => setChosen(e.target.value as PlanTemplateId)}
          aria-labelledby="new-plan-intro"
          className="new-plan-choices"
        >
          {PLAN_TEMPLATES.map((tpl) => (
            <Radio key={tpl.id} value={tpl.id} data-testid={`new-plan-template-${tpl.id}`} aria-describedby={`new-plan-desc-${tpl.id}`}>
              <div className="new-plan-name">{tpl.name[lang]}</div>
              <div className="muted new-plan-desc" id={`new-plan-desc-${tpl.id}`}>
                {tpl.description[lang]}
              </div>
            </Radio>
          ))}
        </Radio.Group>
      </div>
    </Modal>
  );
}
