/** Render part of the UI with the app's providers around it and a store of its own. */
import { render, type RenderResult } from '@testing-library/react';
import { App as AntApp, ConfigProvider } from 'antd';
import zhCN from 'antd/locale/zh_CN';
import type { ReactElement } from 'react';
import { I18nextProvider } from 'react-i18next';
import { loadDefault } from '../bootstrap';
import { createTestI18n } from './i18n-all';
import { WorkspaceProvider } from '../store/store-context';
import { createWorkspaceStore, type WorkspaceStore } from '../store/workspace-store';

export function storeWithDefaultPlan(): WorkspaceStore {
  const store = createWorkspaceStore();
  loadDefault(store);
  return store;
}

export function renderWithStore(ui: ReactElement, store: WorkspaceStore = storeWithDefaultPlan()): RenderResult & { store: WorkspaceStore } {
  const i18n = createTestI18n(store.getState().lang);
  const result = render(
    <WorkspaceProvider store={store}>
      <I18nextProvider i18n={i18n}>
        <ConfigProvider locale={zhCN}>
          <AntApp>{ui}</AntApp>
        </ConfigProvider>
      </I18nextProvider>
    </WorkspaceProvider>,
  );
  return { ...result, store };
}
