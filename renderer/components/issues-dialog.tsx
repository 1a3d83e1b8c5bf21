import { Modal, Table, Typography } from 'antd';
import { useTranslation } from 'react-i18next';
import type { PlanIssue } from '../../models/validate-plan';

export interface FileIssues {
  fileName: string;
  issues: readonly PlanIssue[];
}

/** Why a file could not be opened: one row per problem, the field path and the reason. */
export function IssuesDialog({ value, onClose }: { value: FileIssues | null; onClose: () => void }) {
  const { t } = useTranslation();
  return (
    <Modal
      open={value !== null}
      title={t('issues.title', { name: value?.fileName ?? '' })}
      onOk={onClose}
      onCancel={onClose}
      okText={t('common.ok')}
      cancelButtonProps={{ style: { display: 'none' } }}
      width={720}
      data-testid="issues-dialog"
    >
      <Typography.Paragraph>{t('issues.intro', { count: value?.issues.length ?? 0 })}</Typography.Paragraph>
      <Table
        size="small"
        rowKey={(r) => `${r.path}:${r.code}:${r.message}`}
        pagination={value && value.issues.length > 50 ? { pageSize: 50 } : false}
        dataSource={value?.issues ?? []}
        data-testid="issues-table"
        columns={[
          { title: t('issues.path'), dataIndex: 'path', key: 'path', width: 260, render: (p: string) => <code>{p || '(file)'}</code> },
          { title: t('issues.reason'), dataIndex: 'message', key: 'message' },
        ]}
      />
    </Modal>
  );
}
