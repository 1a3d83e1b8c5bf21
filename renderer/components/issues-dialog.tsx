import { Modal } from 'antd';
import { useTranslation } from 'react-i18next';
import type { PlanIssue } from '../../models/plan/validate-plan';
import { DataTable } from './data-table';

export interface FileIssues {
  fileName: string;
  issues: readonly PlanIssue[];
  /** 'migrated': the file opened, and these are what reading its older format changed. */
  kind?: 'refused' | 'migrated';
}

/** Why a file could not be opened (or what opening an older format changed): one row per problem, the field path and the reason. */
export function IssuesDialog({ value, onClose }: { value: FileIssues | null; onClose: () => void }) {
  const { t } = useTranslation();
  return (
    <Modal
      open={value !== null}
      title={t(value?.kind === 'migrated' ? 'issues.migratedTitle' : 'issues.title', { name: value?.fileName ?? '' })}
      onOk={onClose}
      onCancel={onClose}
      okText={t('common.ok')}
      cancelButtonProps={{ style: { display: 'none' } }}
      width={720}
      data-testid="issues-dialog"
    >
      <p>{t(value?.kind === 'migrated' ? 'issues.migratedIntro' : 'issues.intro', { count: value?.issues.length ?? 0 })}</p>
      <DataTable<PlanIssue>
        rowKey={(r) => `${r.path}:${r.code}:${r.message}`}
        rows={value?.issues ?? []}
        data-testid="issues-table"
        maxHeight={420}
        columns={[
          { title: t('issues.path'), key: 'path', width: 260, render: (r) => <code>{r.path || '(file)'}</code> },
          { title: t('issues.reason'), key: 'message', render: (r) => r.message },
        ]}
      />
    </Modal>
  );
}
