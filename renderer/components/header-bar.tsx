import {
  BarChartOutlined,
  BranchesOutlined,
  ColumnWidthOutlined,
  EllipsisOutlined,
  ExportOutlined,
  FileAddOutlined,
  FolderOpenOutlined,
  RedoOutlined,
  SaveOutlined,
  UndoOutlined,
} from '@ant-design/icons';
import { Button, Divider, Segmented, Space, Tooltip, type MenuProps } from 'antd';
import { useRef } from 'react';
import { useTranslation } from 'react-i18next';
import { useCommands } from '../commands/commands-context';
import { useOpenExport } from '../export/export-context';
import { ExtractButton, ExtractIcon, useExtractDialog } from '../extract/extract-button';
import { PlanImportButton, PlanImportIcon, usePlanImportDialog } from '../plan-import/plan-import-button';
import { usePlanNextDialogs } from '../plan-next/plan-next-dialogs';
import { useWorkspace, useWorkspaceStore } from '../store/store-context';
import type { Basis, Lang } from '../store/workspace-store';
import { documentTitle } from '../store/document-title';
import { useMediaQuery } from './use-media-query';
import { LazyDropdown } from './lazy-dropdown';
import { WarningsButton } from './warnings-button';
import './header-bar.css';

/**
 * From this width every file command is a button of its own. Below it, 另存为 / Save As,
 * 从文本提取目标 and 导入指标表 go into the 更多 / More menu, so the plan title keeps its
 * room; below 1240 px (header-bar.css) the buttons show their icons only.
 */
export const ALL_COMMANDS_SHOWN = '(min-width: 1600px)';
/** Where the file buttons show their icons only (header-bar.css): each then names itself in a tooltip. */
const ICONS_ONLY = '(max-width: 1240px)';

/** Menu items carry their test ids onto the item element (rc-menu passes them through). */
type TestIdItem = NonNullable<MenuProps['items']>[number] & { 'data-testid': string };

export function HeaderBar() {
  const { t } = useTranslation();
  const store = useWorkspaceStore();
  const commands = useCommands();
  const openExport = useOpenExport();
  // The title alone (a string): an edit of the plan's numbers does not re-render the header.
  const title = useWorkspace((s) => (s.plan === null ? null : s.plan.title[s.lang]));
  const fileName = useWorkspace((s) => s.fileName);
  const dirty = useWorkspace((s) => s.dirty);
  const lang = useWorkspace((s) => s.lang);
  const basis = useWorkspace((s) => s.basis);
  const compareMode = useWorkspace((s) => s.compareMode);
  const canUndo = useWorkspace((s) => s.past.length > 0);
  const canRedo = useWorkspace((s) => s.future.length > 0);
  const allShown = useMediaQuery(ALL_COMMANDS_SHOWN);
  const iconsOnly = useMediaQuery(ICONS_ONLY);
  const nameTip = (key: string) => (iconsOnly ? t(key) : undefined);
  const extract = useExtractDialog();
  const planImport = usePlanImportDialog();
  const planNext = usePlanNextDialogs();
  const moreButton = useRef<HTMLButtonElement>(null);

  const planItems: TestIdItem[] = [
    { key: 'next-plan', label: t('nextPlan.menu'), icon: <BranchesOutlined />, disabled: title === null, 'data-testid': 'cmd-next-plan' },
    { key: 'compare-plans', label: t('comparePlans.menu'), icon: <ColumnWidthOutlined />, disabled: title === null, 'data-testid': 'cmd-compare-plans' },
  ];
  const moreItems: TestIdItem[] = [
    ...(allShown
      ? []
      : [
          { key: 'save-as', label: t('header.saveAs'), icon: <SaveOutlined />, 'data-testid': 'cmd-save-as' },
          { key: 'extract', label: t('extract.button'), icon: <ExtractIcon />, disabled: title === null, 'data-testid': 'extract-open-dialog' },
          { key: 'import', label: t('planImport.button'), icon: <PlanImportIcon />, disabled: title === null, title: t('planImport.buttonTip'), 'data-testid': 'plan-import-open' },
        ]),
    ...planItems,
  ];
  const onMore: MenuProps['onClick'] = ({ key }) => {
    // The menu closes: focus goes back to 更多, so a dialog opened from it returns focus there.
    moreButton.current?.focus();
    if (key === 'save-as') void commands.saveAs();
    else if (key === 'extract') extract.open();
    else if (key === 'import') planImport.open();
    else if (key === 'next-plan') planNext.openNext();
    else if (key === 'compare-plans') planNext.openCompare();
  };

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
        <h1 className="plan-title" title={title ?? undefined} data-testid="plan-title">
          {title ?? 'PlanPath'}
        </h1>
        {title === null ? (
          // No plan yet (the autosave or the embedded plan is being read): never 未命名规划 for it.
          <span className="file-name" role="status" aria-busy data-testid="doc-loading">
            {t('header.loading')}
          </span>
        ) : (
          <span className="file-name" title={documentTitle(fileName, lang)} data-testid="file-name">
            {documentTitle(fileName, lang)}
          </span>
        )}
        {dirty ? (
          <span className="unsaved" data-testid="unsaved-mark" title={t('header.unsaved')}>
            ● {t('header.unsaved')}
          </span>
        ) : null}
      </div>
      <Space size={4} className="file-buttons" wrap={false}>
        <Tooltip title={nameTip('header.new')}>
          <Button size="small" icon={<FileAddOutlined />} onClick={() => void commands.newFile()} aria-haspopup="dialog" data-testid="cmd-new">
            {t('header.new')}
          </Button>
        </Tooltip>
        <Tooltip title={nameTip('header.open')}>
          <Button size="small" icon={<FolderOpenOutlined />} onClick={() => void commands.open()} data-testid="cmd-open">
            {t('header.open')}
          </Button>
        </Tooltip>
        <Tooltip title={nameTip('header.save')}>
          <Button size="small" icon={<SaveOutlined />} onClick={() => void commands.save()} data-testid="cmd-save">
            {t('header.save')}
          </Button>
        </Tooltip>
        {allShown ? (
          <Button size="small" onClick={() => void commands.saveAs()} data-testid="cmd-save-as">
            {t('header.saveAs')}
          </Button>
        ) : null}
        <Tooltip title={t('header.exportTip')}>
          <Button size="small" icon={<ExportOutlined />} onClick={openExport} disabled={title === null} aria-haspopup="dialog" data-testid="export-menu">
            {t('header.export')}
          </Button>
        </Tooltip>
        {allShown ? (
          <>
            <ExtractButton onOpen={extract.open} />
            <PlanImportButton onOpen={planImport.open} />
          </>
        ) : null}
        <Tooltip title={nameTip('header.more')}>
          <LazyDropdown autoFocus menu={{ items: moreItems, onClick: onMore }} triggerRef={moreButton}>
            <Button ref={moreButton} size="small" icon={<EllipsisOutlined />} aria-haspopup="menu" data-testid="header-more">
              {t('header.more')}
            </Button>
          </LazyDropdown>
        </Tooltip>
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
        <span className="switch-label" aria-hidden>
          {t('header.basis')}
        </span>
        <Segmented<Basis>
          size="small"
          value={basis}
          onChange={(v) => store.getState().setBasis(v)}
          aria-label={t('header.basis')}
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
      {extract.dialog}
      {planImport.dialog}
      {planNext.dialogs}
    </header>
  );
}
