/** Entry of the web build and of the Electron renderer. */
// Ant Design's styles first, so the app's own CSS comes after them and wins at equal specificity.
import 'antd/dist/antd.css';
import { StrictMode } from 'react';
import { createRoot } from 'react-dom/client';
import { App } from './app';
import { createI18n } from './i18n';
import { createBrowserPlatform } from './platform/browser-platform';
import { workspaceStore } from './store/workspace-store';
import './styles/app.css';

// In Electron the preload has set window.planpath; in a plain browser, provide it here.
if (typeof (window as Partial<Window>).planpath === 'undefined') {
  window.planpath = createBrowserPlatform();
}

const i18n = createI18n(workspaceStore.getState().lang);
const root = document.getElementById('root');
if (root === null) throw new Error('no #root element');
createRoot(root).render(
  <StrictMode>
    <App api={window.planpath} store={workspaceStore} i18n={i18n} />
  </StrictMode>,
);
