/**
 * The Electron preload (sandboxed, bundled to dist-electron/preload.cjs): exposes
 * PlanPathApi as window.planpath and nothing else.
 */
import { contextBridge, ipcRenderer } from 'electron';
import { createPreloadApi } from './preload-api';

contextBridge.exposeInMainWorld('planpath', createPreloadApi(ipcRenderer, process.argv));
