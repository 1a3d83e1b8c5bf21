/**
 * The app: providers (store, i18n, Ant Design locale and theme), start-up (recovery,
 * autosaved workspace or the embedded plan), host wiring (menu, shortcuts, autosave,
 * title, close prompt) and the layout.
 */
import { App as AntApp, Button, ConfigProvider, Modal, Spin, theme } from 'antd';
// The ES modules: antd/locale/* are CommonJS and bring a second copy of the locale tree.
import enUS from 'antd/es/locale/en_US';
import zhCN from 'antd/es/locale/zh_CN';
import type { i18n as I18n } from 'i18next';
import { lazy, Suspense, useCallback, useEffect, useMemo, useRef, useState } from 'react';
import { I18nextProvider, useTranslation } from 'react-i18next';
import { switchLanguage } from './i18n';
import { startWorkspace } from './bootstrap';
import { CommandsProvider } from './commands/commands-context';
import { createFileCommands, type FileCommands } from './commands/file-commands';
import { shortcutFor } from './commands/shortcuts';
import { FONT_FAMILY } from './charts/chart-defs';
import { AssumptionPanel } from './components/assumption-panel';
import { ExportProvider } from './export/export-context';
import { ViewBoundary } from './errors/view-boundary';
import { HeaderBar } from './components/header-bar';
import { IssuesDialog, type FileIssues } from './components/issues-dialog';
import { MainView } from './components/main-view';
import { useNewPlanDialog } from './components/new-plan-dialog';
import { ScenarioList } from './components/scenario-list';
import type { PlanPathApi, Recovery } from './platform/platform-api';
import { PlatformProvider } from './platform/platform-context';
import { startAutosave, type AutosaveStatus } from './store/autosave';
import { AutosaveBanner } from './components/autosave-banner';
import { StorageNotice } from './components/storage-notice';
import { TabGuard } from './components/tab-guard';
import { useWorkspaceStatus } from './platform/use-workspace-status';
import { useWorkspace, WorkspaceProvider } from './store/store-context';
import type { WorkspaceStore } from './store/workspace-store';

// Compare mode is loaded when first used.
const CompareView = lazy(() => import('./components/compare-view'));
// So is the export dialog (and with it the report view, exceljs and plotly's toImage).
const ExportDialog = lazy(() => import('./export/export-dialog'));

export interface AppProps {
  api: PlanPathApi;
  store: WorkspaceStore;
  i18n: I18n;
  /** Autosave delay (ms); tests shorten it. */
  autosaveDelay?: number;
}

export function App({ api, store, i18n, autosaveDelay = 500 }: AppProps) {
  return (
    <WorkspaceProvider store={store}>
      <I18nextProvider i18n={i18n}>
        <Themed>
          {/* Messages below the header, so they never cover its buttons. */}
          <AntApp message={{ top: 52 }}>
            <Workspace api={api} store={store} i18n={i18n} autosaveDelay={autosaveDelay} />
          </AntApp>
        </Themed>
      </I18nextProvider>
    </WorkspaceProvider>
  );
}

/**
 * zeroRuntime: Ant Design's styles come from its static stylesheet (antd/dist/antd.css,
 * imported first in main.tsx) instead of being generated in the page as components first
 * render; the theme below still applies through CSS variables. The same pixels (12 views
 * compared, zh and en), about 90 ms less main-thread CPU in the first window (cold loads
 * interleaved, bench/ui-cold-ab.ts: cheaper in 9 of 10).
 */
const THEME = {
  algorithm: theme.compactAlgorithm,
  zeroRuntime: true,
  token: { fontFamily: FONT_FAMILY, colorPrimary: '#1d4ed8', borderRadius: 4, fontSize: 13 },
};

/** The main view or the comparison, of the open plan: re-rendered by every edit of it. */
function Results() {
  const plan = useWorkspace((s) => s.plan);
  const compareMode = useWorkspace((s) => s.compareMode);
  if (plan === null) return null;
  return (
    <ViewBoundary name={compareMode ? 'compare' : 'main'}>
      {compareMode ? (
        <Suspense fallback={<Spin />}>
          <CompareView plan={plan} />
        </Suspense>
      ) : (
        <MainView plan={plan} />
      )}
    </ViewBoundary>
  );
}

function Themed({ children }: { children: React.ReactNode }) {
  const lang = useWorkspace((s) => s.lang);
  return (
    <ConfigProvider locale={lang === 'en' ? enUS : zhCN} theme={THEME}>
      {children}
    </ConfigProvider>
  );
}

function Workspace({ api, store, i18n, autosaveDelay }: Required<AppProps>) {
  const { t } = useTranslation();
  const { modal, message } = AntApp.useApp();
  // Only whether a plan is open: an edit of the plan re-renders the results and the
  // inputs (which subscribe to it themselves), not the header, the dialogs and the frame.
  const hasPlan = useWorkspace((s) => s.plan !== null);
  const lang = useWorkspace((s) => s.lang);
  const [recovery, setRecovery] = useState<{ value: Recovery; answer: (restore: boolean) => void } | null>(null);
  const [issues, setIssues] = useState<FileIssues | null>(null);
  const [ready, setReady] = useState(false);
  const [autosaveStatus, setAutosaveStatus] = useState<AutosaveStatus>({ failure: null, detail: '' });
  const [corruptWhere, setCorruptWhere] = useState<string | null | undefined>(undefined);
  const [exportOpen, setExportOpen] = useState(false);
  const [exportLoaded, setExportLoaded] = useState(false);
  const openExport = useCallback(() => {
    setExportLoaded(true);
    setExportOpen(true);
  }, []);
  const started = useRef(false);
  // Which tab writes the workspace, and what happened to the browser's database (web build).
  const storage = useWorkspaceStatus(api, store, () => void message.info(i18n.t('tabs.tookOver')));
  const readOnlyRef = storage.readOnlyRef;
  const newPlan = useNewPlanDialog();
  const chooseTemplate = newPlan.ask;

  // Language: i18next, <html lang>, and the host's menus.
  useEffect(() => {
    if (i18n.language !== lang) void switchLanguage(i18n, lang);
    document.documentElement.lang = lang === 'zh' ? 'zh-CN' : 'en';
    api.setLanguage?.(lang);
  }, [lang, i18n, api]);

  const commands: FileCommands = useMemo(
    () =>
      createFileCommands({
        api,
        store,
        t: (key, options) => i18n.t(key, options),
        confirmDiscard: () =>
          new Promise<boolean>((resolve) => {
            modal.confirm({
              title: i18n.t('file.discardTitle'),
              content: i18n.t('file.discardText'),
              okText: i18n.t('file.discard'),
              okButtonProps: { danger: true },
              cancelText: i18n.t('common.cancel'),
              onOk: () => resolve(true),
              onCancel: () => resolve(false),
            });
          }),
        showIssues: (fileName, list, kind) => setIssues({ fileName, issues: list, ...(kind === undefined ? {} : { kind }) }),
        notify: (kind, text) => void message[kind](text),
        chooseTemplate,
      }),
    [api, store, i18n, modal, message, chooseTemplate],
  );

  // Start-up, once.
  useEffect(() => {
    if (started.current) return;
    started.current = true;
    void startWorkspace(
      api,
      store,
      (value) => new Promise<boolean>((answer) => setRecovery({ value, answer })),
      (where) => setCorruptWhere(where),
    ).then(() => setReady(true));
  }, [api, store]);

  // Autosave and the title bar, once the workspace is there.
  useEffect(() => {
    if (!ready) return;
    const autosave = startAutosave(store, api, autosaveDelay, (status) =>
      setAutosaveStatus((old) => (old.failure === status.failure && old.detail === status.detail ? old : status)),
    );
    const flush = () => void autosave.flush();
    window.addEventListener('pagehide', flush);
    return () => {
      window.removeEventListener('pagehide', flush);
      autosave.stop();
    };
  }, [ready, store, api, autosaveDelay]);

  // Host: menu commands, save-before-close, files to open.
  useEffect(() => {
    const offMenu = api.onMenuCommand((command) => {
      const s = store.getState();
      switch (command) {
        case 'file:new':
          return void commands.newFile();
        case 'file:open':
          return void commands.open();
        case 'file:save':
          return void commands.save();
        case 'file:save-as':
          return void commands.saveAs();
        case 'file:export':
          return openExport();
        case 'edit:undo':
          return void s.undo();
        case 'edit:redo':
          return void s.redo();
        case 'view:toggle-language':
          return s.setLang(s.lang === 'zh' ? 'en' : 'zh');
        case 'view:toggle-basis':
          return s.setBasis(s.basis === 'real' ? 'nominal' : 'real');
        case 'help:about':
          return void modal.info({ title: 'PlanPath', content: i18n.t('about.text', { version: api.info().version }) });
      }
    });
    const offSave = api.onSaveBeforeClose?.(() => commands.save());
    return () => {
      offMenu();
      offSave?.();
    };
  }, [api, store, commands, modal, message, i18n, openExport]);

  // Files to open (given on the command line, or a double-clicked .ppath): only once the
  // start-up has loaded its workspace, or that load would replace the file just opened.
  // The preload keeps requests made before anyone listens.
  useEffect(() => {
    if (!ready) return;
    const offOpen = api.onOpenFileRequest?.((path) => void commands.openPath(path));
    return () => offOpen?.();
  }, [ready, api, commands]);

  // Shortcuts, unless the host's menu owns them.
  useEffect(() => {
    if (api.info().menuShortcuts) return;
    const onKey = (e: KeyboardEvent) => {
      // Another tab writes the workspace: nothing here may change it.
      if (readOnlyRef.current) return;
      const cmd = shortcutFor(e);
      if (cmd === null) return;
      e.preventDefault();
      const s = store.getState();
      if (cmd === 'undo') s.undo();
      else if (cmd === 'redo') s.redo();
      else if (cmd === 'save') void commands.save();
      else if (cmd === 'save-as') void commands.saveAs();
      else void commands.open();
    };
    window.addEventListener('keydown', onKey);
    return () => window.removeEventListener('keydown', onKey);
  }, [api, store, commands, readOnlyRef]);

  return (
    <PlatformProvider value={api}>
      <CommandsProvider value={commands}>
        <ExportProvider value={openExport}>
          <div className="app">
            <a className="skip-link" href="#results">
              {t('layout.skip')}
            </a>
            <HeaderBar />
            <AutosaveBanner
              status={autosaveStatus}
              corruptWhere={corruptWhere}
              onSaveAs={() => void commands.saveAs()}
              onDismissCorrupt={() => setCorruptWhere(undefined)}
            />
            <StorageNotice notice={storage.notice} onDismiss={storage.dismissNotice} />
            {!hasPlan ? (
              <div className="loading">
                <Spin />
              </div>
            ) : (
              <div className="app-body">
                <aside className="sider" aria-label={t('layout.inputs')}>
                  <ViewBoundary name="inputs">
                    <ScenarioList />
                    <AssumptionPanel />
                  </ViewBoundary>
                </aside>
                <main className="content" id="results" tabIndex={-1} aria-label={t('layout.results')}>
                  <Results />
                </main>
              </div>
            )}
          </div>
          {exportLoaded ? (
            <ViewBoundary name="export">
              <Suspense fallback={null}>
                <ExportDialog open={exportOpen} onClose={() => setExportOpen(false)} api={api} />
              </Suspense>
            </ViewBoundary>
          ) : null}
        </ExportProvider>
        <IssuesDialog value={issues} onClose={() => setIssues(null)} />
        <TabGuard role={storage.role} busy={storage.busy} onTakeOver={() => void storage.takeOver()} />
        {newPlan.element}
        <Modal
          open={recovery !== null}
          title={t('recovery.title')}
          closable={false}
          mask={{ closable: false }}
          keyboard={false}
          footer={[
            <Button
              key="discard"
              danger
              data-testid="recovery-discard"
              onClick={() => {
                recovery?.answer(false);
                setRecovery(null);
              }}
            >
              {t('recovery.discard')}
            </Button>,
            <Button
              key="restore"
              type="primary"
              data-testid="recovery-restore"
              onClick={() => {
                recovery?.answer(true);
                setRecovery(null);
              }}
            >
              {t('recovery.restore')}
            </Button>,
          ]}
        >
          <p>{t('recovery.text', { name: recovery?.value.snapshot.fileName ?? '' })}</p>
          <span className="muted">
            {t('recovery.when', { when: recovery ? new Date(recovery.value.snapshot.savedAt).toLocaleString(lang === 'zh' ? 'zh-CN' : 'en') : '' })}
          </span>
        </Modal>
      </CommandsProvider>
    </PlatformProvider>
  );
}
