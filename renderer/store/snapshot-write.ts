/**
 * The workspace as the host autosaves it: only user input goes in, the plan (with the
 * user's scenarios) as plan-file text, the file, and the UI choices. Reading it back
 * (snapshot.ts) validates the plan and is loaded only when there is something to read,
 * so the validator stays out of the first window's JavaScript.
 */
import type { Plan } from '../../models/plan/plan-schema';
import type { WorkspaceSnapshot } from '../platform/platform-api';
import { pruneUncertainty } from './uncertainty-slice';
import type { WorkspaceData } from './workspace-store';

export function planToText(plan: Plan): string {
  return `${JSON.stringify(plan, null, 2)}\n`;
}

export function toSnapshot(s: WorkspaceData, now: Date = new Date()): WorkspaceSnapshot | null {
  if (s.plan === null) return null;
  const ui: Record<string, unknown> = {
    selectedId: s.selectedId,
    compareIds: s.compareIds,
    compareMode: s.compareMode,
    basis: s.basis,
    lang: s.lang,
  };
  if (s.chartIds !== null) ui.charts = s.chartIds;
  const uncertainty = pruneUncertainty(s.uncertainty, s.plan);
  if (Object.keys(uncertainty).length > 0) ui.uncertainty = uncertainty;
  // With unsaved changes, keep what was saved too, so dirty and "reset" survive a restart.
  if (s.dirty && s.savedPlan !== null) ui.savedPlanText = JSON.stringify(s.savedPlan);
  const snapshot: WorkspaceSnapshot = { planText: planToText(s.plan), fileName: s.fileName, dirty: s.dirty, ui, savedAt: now.toISOString() };
  if (s.filePath !== undefined) snapshot.filePath = s.filePath;
  return snapshot;
}
