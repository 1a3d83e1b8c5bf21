import {
  BarChartOutlined,
  ExportOutlined,
  FileAddOutlined,
  FolderOpenOutlined,
  RedoOutlined,
  SaveOutlined,
  UndoOutlined,
} from '@ant-design/icons';
import { Button, Divider, Segmented, Space, Tooltip } from 'antd';
import { useTranslation } from 'react-i18next';
import { useCommands } from '../commands/commands-context';
import { useOpenExport } from '../export/export-context';
import { ExtractButton } from '../extract/extract-button';
import { PlanImportButton } from '../plan-import/plan-import-button';
import { useWorkspace, useWorkspaceStore } from '../store/store-context';
import type { Basis, Lang } from '../store/workspace-store';
import { documentTitle } from '../store/document-title';
import { WarningsButton } from './warnings-button';

export function HeaderBar() {
  const { t } = useTranslation();
  const store = useWorkspaceStore();
  const commands = useCommands();
  const openExport = useOpenExport();
  const plan = useWorkspace((s) => s.plan);
  const fileName = useWorkspace((s) => s.fileName);
  const dirty = useWorkspace((s) => s.dirty);
  const lang = useWorkspace((s) => s.lang);
  const basis = useWorkspace((s) => s.basis);
  const compareMode = useWorkspace((s) => s.compareMode);
  const canUndo = useWorkspace((s) => s.past.length > 0);
  const canRedo = useWorkspace((s) => s.future.length > 0);

  return (
    <header className="app-header">
      <div className="brand">
        <span className="logo" aria-hidden>
          ▲
        </span>
        <span className="app-name">PlanPath</span>
      </div>
      <div className="doc" data-testid="doc-title">
        {/* The page's one h1 (axe: page-has-heading-one); on narrow windows only screen readers see it. */}
        <h1 className="plan-title" title={plan ? plan.title[lang] : undefined} data-testid="plan-title">
          {plan ? plan.title[lang] : 'PlanPath'}
        </h1>
        <span className="file-name" data-testid="file-name">
          {documentTitle(fileName, lang)}
        </span>
        {dirty ? (
          <span className="unsaved" data-testid="unsaved-mark" title={t('header.unsaved')}>
            ● {t('header.unsaved')}
          </span>
        ) : null}
      </div>
      <Space size={4} className="file-buttons" wrap={false}>
        <Button size="small" icon={<FileAddOutlined />} onClick={() => void commands.newFile()} aria-haspopup="dialog" data-testid="cmd-new">
          {t('header.new')}
        </Button>
        <Button size="small" icon={<FolderOpenOutlined />} onClick={() => void commands.open()} data-testid="cmd-open">
          {t('header.open')}
        </Button>
        <Button size="small" icon={<SaveOutlined />} onClick={() => void commands.save()} data-testid="cmd-save">
          {t('header.save')}
        </Button>
        <Button size="small" onClick={() => void commands.saveAs()} data-testid="cmd-save-as">
          {t('header.saveAs')}
        </Button>
        <Tooltip title={t('header.exportTip')}>
          <Button size="small" icon={<ExportOutlined />} onClick={openExport} disabled={plan === null} aria-haspopup="dialog" data-testid="export-menu">
            {t('header.export')}
          </Button>
        </Tooltip>
        <ExtractButton />
        <PlanImportButton />
        <Divider orientation="vertical" />
        <Tooltip title={t('header.undo')}>
          <Button size="small" icon={<UndoOutlined />} aria-label={t('header.undo')} disabled={!canUndo} onClick={() => store.getState().undo()} data-testid="cmd-undo" />
        </Tooltip>
        <Tooltip title={t('header.redo')}>
          <Button size="small" icon={<RedoOutlined />} aria-label={t('header.redo')} disabled={!canRedo} onClick={() => store.getState().redo()} data-testid="cmd-redo" />
        </Tooltip>
      </Space>
      <WarningsButton />
      <div className="spacer" />
      <Space size={8} className="view-switches">
        <Button
          size="small"
          type={compareMode ? 'primary' : 'default'}
          icon={<BarChartOutlined />}
          aria-pressed={compareMode}
          onClick={() => store.getState().setCompareMode(!compareMode)}
          data-testid="compare-toggle"
        >
          {t('header.compare')}
        </Button>
        <span className="switch-label" id="basis-label">
          {t('header.basis')}
        </span>
        <Segmented<Basis>
          size="small"
          value={basis}
          onChange={(v) => store.getState().setBasis(v)}
          aria-labelledby="basis-label"
          data-testid="basis-switch"
          options={[
            { value: 'nominal', label: t('basis.nominal') },
            { value: 'real', label: t('basis.real') },
          ]}
        />
        <Segmented<Lang>
          size="small"
          value={lang}
          onChange={(v) => store.getState().setLang(v)}
          aria-label={t('header.language')}
          data-testid="lang-switch"
          options={[
            { value: 'zh', label: '中文' },
            { value: 'en', label: 'English' },
          ]}
        />
      </Space>
    </header>
  );
}
