/**
 * Unsaved changes: the title bar ("• name — PlanPath" when dirty) and the prompt before
 * closing a window with unsaved changes (Save / Don't Save / Cancel). The decision is a
 * pure function of the answers it is given, so it is tested without Electron.
 */
import type { MessageBoxOptions } from 'electron';
import type { UiLanguage } from '../../renderer/platform/platform-api';

export const APP_NAME = 'PlanPath';

export function windowTitle(name: string, dirty: boolean): string {
  const doc = name.trim();
  if (doc === '') return dirty ? `• ${APP_NAME}` : APP_NAME;
  return `${dirty ? '• ' : ''}${doc} — ${APP_NAME}`;
}

export const SAVE = 0;
export const DONT_SAVE = 1;
export const CANCEL = 2;

export function closePromptOptions(name: string, lang: UiLanguage): MessageBoxOptions {
  const doc = name.trim() || (lang === 'zh' ? '未命名规划' : 'Untitled plan');
  return lang === 'zh'
    ? {
        type: 'warning',
        title: APP_NAME,
        message: `是否保存对“${doc}”的更改？`,
        detail: '如果不保存，你的更改将会丢失。',
        buttons: ['保存', '不保存', '取消'],
        defaultId: SAVE,
        cancelId: CANCEL,
        noLink: true,
      }
    : {
        type: 'warning',
        title: APP_NAME,
        message: `Do you want to save the changes you made to “${doc}”?`,
        detail: "Your changes will be lost if you don't save them.",
        buttons: ['Save', "Don't Save", 'Cancel'],
        defaultId: SAVE,
        cancelId: CANCEL,
        noLink: true,
      };
}

export type CloseDecision = 'close' | 'close-discarding' | 'stay';

export interface CloseDecisionDeps {
  dirty: boolean;
  /** Shows the Save / Don't Save / Cancel prompt; resolves the index of the button. */
  showDialog: () => Promise<number>;
  /** Asks the UI to save; resolves true when it did (false: cancelled or failed). */
  requestSave: () => Promise<boolean>;
}

/**
 * close: nothing unsaved, or it was saved. close-discarding: the user chose Don't Save
 * (the autosave is dropped as well). stay: Cancel, the prompt dismissed, or the save
 * did not happen.
 */
export async function decideClose(deps: CloseDecisionDeps): Promise<CloseDecision> {
  if (!deps.dirty) return 'close';
  const answer = await deps.showDialog();
  if (answer === DONT_SAVE) return 'close-discarding';
  if (answer !== SAVE) return 'stay';
  try {
    return (await deps.requestSave()) ? 'close' : 'stay';
  } catch {
    return 'stay';
  }
}

/** The document state the renderer last reported, and the close guard around it. */
export interface DocumentTracker {
  state(): { title: string; dirty: boolean };
  update(state: { title: string; dirty: boolean }): void;
}

export function createDocumentTracker(onChange: (state: { title: string; dirty: boolean }) => void): DocumentTracker {
  let current = { title: '', dirty: false };
  return {
    state: () => current,
    update(state) {
      current = { ...state };
      onChange(current);
    },
  };
}

/** The bits of BrowserWindow the close guard uses. */
export interface GuardedWindow {
  on(event: 'close', listener: (event: { preventDefault(): void }) => void): unknown;
  close(): void;
  isDestroyed(): boolean;
}

export interface CloseGuardDeps {
  dirty: () => boolean;
  decide: () => Promise<CloseDecision>;
  /** After the decision, before the window closes (e.g. drop the autosave on Don't Save). */
  onDecided?: (decision: CloseDecision) => Promise<void> | void;
  log?: (message: string) => void;
}

/**
 * Holds a dirty window's 'close' until the user has decided; closes it for real when the
 * decision is to close. A second close attempt while the prompt is open is ignored.
 */
export function guardClose(window: GuardedWindow, deps: CloseGuardDeps): void {
  let allowed = false;
  let deciding = false;
  window.on('close', (event) => {
    if (allowed || !deps.dirty()) return;
    event.preventDefault();
    if (deciding) return;
    deciding = true;
    void (async () => {
      let decision: CloseDecision;
      try {
        decision = await deps.decide();
      } catch (error) {
        deps.log?.(`close prompt failed: ${String(error)}`);
        decision = 'stay';
      }
      try {
        await deps.onDecided?.(decision);
      } catch (error) {
        deps.log?.(`after the close prompt: ${String(error)}`);
      }
      deciding = false;
      if (decision !== 'stay' && !window.isDestroyed()) {
        allowed = true;
        window.close();
      }
    })();
  });
}
