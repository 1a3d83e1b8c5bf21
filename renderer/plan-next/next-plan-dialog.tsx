/**
 * 续编下一期规划 / Start the next plan: says what will happen (base year, what is carried,
 * what becomes an outcome), then makes the new plan the open document. Unsaved changes
 * of the open plan are saved first (or the user cancels).
 */
import { Alert, Modal, Typography } from 'antd';
import { useMemo, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { finishedPeriod } from '../../models/plan/next-plan';
import { useCommands } from '../commands/commands-context';
import { useWorkspace, useWorkspaceStore } from '../store/store-context';
import { startNextPlan } from './start-next-plan';

export interface NextPlanDialogProps {
  open: boolean;
  onClose(): void;
  notify(kind: 'success' | 'error', text: string): void;
}

export default function NextPlanDialog({ open, onClose, notify }: NextPlanDialogProps) {
  const { t } = useTranslation();
  const store = useWorkspaceStore();
  const commands = useCommands();
  const plan = useWorkspace((s) => s.plan);
  const lang = useWorkspace((s) => s.lang);
  const dirty = useWorkspace((s) => s.dirty);
  const fileName = useWorkspace((s) => s.fileName);
  const [busy, setBusy] = useState(false);
  const period = useMemo(() => (plan === null ? null : finishedPeriod(plan)), [plan]);
  const possible = plan !== null && period !== null && period.end < plan.horizon;

  const run = async () => {
    if (plan === null) return;
    setBusy(true);
    try {
      if (dirty && !(await commands.save())) return;
      const r = startNextPlan(store, fileName || plan.title[lang]);
      if (!r.ok) {
        notify('error', t('nextPlan.failed', { reason: t(`nextPlan.reason.${r.reason}`) }));
        return;
      }
      notify(
        'success',
        t('nextPlan.done', {
          base: r.result.plan.baseYear,
          reported: r.result.reportedBases.length,
          estimated: r.result.estimatedBases.length,
          missing: r.result.missingBases.length,
          carried: r.result.carriedTargets.length,
          outcomes: r.result.outcomes.length,
        }),
      );
      onClose();
    } finally {
      setBusy(false);
    }
  };

  return (
    <Modal
      open={open}
      title={t('nextPlan.title')}
      onCancel={onClose}
      onOk={() => void run()}
      okText={dirty ? t('nextPlan.saveAndStart') : t('nextPlan.start')}
      okButtonProps={{ disabled: !possible, loading: busy, ...({ 'data-testid': 'next-plan-ok' } as Record<`data-${string}`, string>) }}
      cancelText={t('common.cancel')}
      destroyOnHidden
      modalRender={(node) => <div data-testid="next-plan-dialog">{node}</div>}
    >
      {plan === null ? null : possible && period !== null ? (
        <>
          <Typography.Paragraph data-testid="next-plan-summary">
            {t('nextPlan.summary', { period: period.name[lang], base: period.end, horizon: plan.horizon })}
          </Typography.Paragraph>
          <ul className="next-plan-list">
            <li>{t('nextPlan.bases', { base: period.end })}</li>
            <li>{t('nextPlan.carried')}</li>
            <li>{t('nextPlan.outcomes', { period: period.name[lang] })}</li>
            <li>{t('nextPlan.noTargets')}</li>
          </ul>
          {dirty ? <Alert type="info" showIcon title={t('nextPlan.dirty')} /> : null}
        </>
      ) : (
        <Alert type="warning" showIcon title={t('nextPlan.impossible', { horizon: plan.horizon })} />
      )}
    </Modal>
  );
}
