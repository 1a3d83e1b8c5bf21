/**
 * A tab that does not write the workspace (another tab of PlanPath does): a dialog over
 * the app, which stays visible behind it but cannot be edited, with the one way out —
 * edit in this tab (the other then becomes read-only).
 */
import { Button, Modal } from 'antd';
import { useTranslation } from 'react-i18next';
import type { RoleStatus } from '../platform/use-workspace-status';

export interface TabGuardProps {
  role: RoleStatus;
  busy: boolean;
  onTakeOver: () => void;
}

export function TabGuard({ role, busy, onTakeOver }: TabGuardProps) {
  const { t } = useTranslation();
  return (
    <Modal
      open={role.kind === 'reader'}
      title={t('tabs.readerTitle')}
      closable={false}
      mask={{ closable: false }}
      keyboard={false}
      data-testid="tab-guard"
      footer={[
        <Button key="take-over" type="primary" loading={busy} onClick={onTakeOver} data-testid="tab-take-over">
          {t('tabs.takeOver')}
        </Button>,
      ]}
    >
      <p data-testid="tab-guard-text" data-why={role.kind === 'reader' ? role.why : undefined}>
        {role.kind !== 'reader' ? null : role.why === 'taken-over' ? t('tabs.takenOver') : role.why === 'other-tab-closed' ? t('tabs.otherTabClosed') : t('tabs.otherTabOpen')}
      </p>
      <span className="muted">{t('tabs.takeOverHint')}</span>
    </Modal>
  );
}
