/**
 * New, Open, Save, Save As — with the host passed in, so they are tested with a fake.
 * A file that fails validation is reported (field path + reason) and the open
 * workspace is left exactly as it was.
 */
import type { PlanIssue } from '../../models/plan/validate-plan';
import { parsePlan } from '../workers/parse-plan';
import type { OpenedFile, PlanPathApi } from '../platform/platform-api';
import { loadDefault } from '../bootstrap';
import { DEFAULT_SCENARIO } from '../default-plan';
import type { PlanTemplateId } from '../../scenarios/templates';
import { planToText } from '../store/snapshot-write';
import type { WorkspaceStore } from '../store/workspace-store';

export interface FileCommandDeps {
  api: Pick<PlanPathApi, 'openPlanFile' | 'openRecent' | 'savePlanFile' | 'exportFile'>;
  store: WorkspaceStore;
  /** Ask before throwing away unsaved changes; true = go ahead. */
  confirmDiscard(): Promise<boolean>;
  /** Why a file was refused; or, with 'migrated', what reading an older format changed. */
  showIssues(fileName: string, issues: readonly PlanIssue[], kind?: 'refused' | 'migrated'): void;
  notify(kind: 'success' | 'error', text: string): void;
  /**
   * 新建规划 / New plan: which plan to start from (the new-plan dialog); null = cancelled.
   * Without it, New opens the embedded example.
   */
  chooseTemplate?(): Promise<PlanTemplateId | null>;
  t(key: string, options?: Record<string, unknown>): string;
}

export interface FileCommands {
  newFile(): Promise<void>;
  open(): Promise<void>;
  openPath(path: string): Promise<void>;
  save(): Promise<boolean>;
  saveAs(): Promise<boolean>;
  /** The selected scenario's projection and targets as CSV. */
  exportCsv(): Promise<void>;
}

export function createFileCommands(d: FileCommandDeps): FileCommands {
  const okToDiscard = async () => !d.store.getState().dirty || (await d.confirmDiscard());

  const load = async (file: OpenedFile) => {
    if (file.issues && file.issues.length > 0) {
      d.showIssues(file.name, file.issues);
      return;
    }
    const parsed = await parsePlan(file.text, d.store.getState().lang);
    if (!parsed.ok) {
      d.showIssues(file.name, parsed.issues);
      return;
    }
    const plan = parsed.plan;
    const selected = plan.scenarios.some((s) => s.id === DEFAULT_SCENARIO) ? DEFAULT_SCENARIO : plan.scenarios[0]?.id;
    d.store.getState().loadPlan(plan, {
      fileName: file.name,
      filePath: file.path,
      ...(selected === undefined ? {} : { selectedId: selected }),
    });
    d.notify('success', d.t('file.opened', { name: file.name }));
    if (parsed.migrationNotes !== undefined && parsed.migrationNotes.length > 0) d.showIssues(file.name, parsed.migrationNotes, 'migrated');
  };

  const write = async (asNew: boolean): Promise<boolean> => {
    const s = d.store.getState();
    if (s.plan === null) return false;
    s.endGesture();
    try {
      const options: { path?: string; suggestedName: string } = { suggestedName: s.fileName || `${s.plan.id}.json` };
      if (!asNew && s.filePath !== undefined) options.path = s.filePath;
      const saved = await d.api.savePlanFile(planToText(s.plan), options);
      if (saved === null) return false;
      // Mark what was written as saved, even if an edit came in while the host wrote it.
      const now = d.store.getState();
      if (now.plan === s.plan) now.markSaved(saved.name, saved.path);
      else d.store.setState({ savedPlan: s.plan, fileName: saved.name, filePath: saved.path, dirty: true });
      d.notify('success', d.t('file.saved', { name: saved.name }));
      return true;
    } catch (error) {
      d.notify('error', d.t('file.saveFailed', { reason: error instanceof Error ? error.message : String(error) }));
      return false;
    }
  };

  return {
    async newFile() {
      if (!(await okToDiscard())) return;
      if (d.chooseTemplate === undefined) {
        loadDefault(d.store);
        return;
      }
      const id = await d.chooseTemplate();
      if (id === null) return;
      try {
        // The templates (and the validator they go through) load when a plan is created.
        const template = (await import('../../scenarios/templates')).planTemplate(id);
        const plan = await template.load();
        const selected = plan.scenarios.some((s) => s.id === DEFAULT_SCENARIO) ? DEFAULT_SCENARIO : plan.scenarios[0]?.id;
        // A new document: no file yet (untitled until saved, Save asks where), nothing changed yet.
        d.store.getState().loadPlan(plan, { fileName: '', filePath: undefined, ...(selected === undefined ? {} : { selectedId: selected }) });
        d.notify('success', d.t('newPlan.created', { name: template.name[d.store.getState().lang] }));
      } catch (error) {
        d.notify('error', d.t('newPlan.failed', { reason: error instanceof Error ? error.message : String(error) }));
      }
    },
    async open() {
      if (!(await okToDiscard())) return;
      try {
        const file = await d.api.openPlanFile();
        if (file !== null) await load(file);
      } catch (error) {
        d.notify('error', d.t('file.openFailed', { reason: error instanceof Error ? error.message : String(error) }));
      }
    },
    async openPath(path) {
      if (!(await okToDiscard())) return;
      try {
        const file = await d.api.openRecent(path);
        if (file === null) d.notify('error', d.t('file.gone', { path }));
        else await load(file);
      } catch (error) {
        d.notify('error', d.t('file.openFailed', { reason: error instanceof Error ? error.message : String(error) }));
      }
    },
    save: () => write(false),
    saveAs: () => write(true),
    async exportCsv() {
      try {
        // The export tables load with the first export, not with the window.
        const { exportCsv } = await import('./export-command');
        const saved = await exportCsv(d.store, d.api);
        if (saved !== null) d.notify('success', d.t('file.exported', { name: saved.name }));
      } catch (error) {
        d.notify('error', d.t('file.exportFailed', { reason: error instanceof Error ? error.message : String(error) }));
      }
    },
  };
}
