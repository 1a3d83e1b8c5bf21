/**
 * Loads the stored workspace into the store again: when this tab becomes the one that
 * writes (it took over, or the writing tab closed), the other tab's last edit is in
 * storage, not in this tab's store. False when nothing valid is stored (the store keeps
 * what it has).
 */
import type { PlanPathApi } from '../platform/platform-api';
import type { WorkspaceStore } from './workspace-store';

export async function reloadWorkspace(api: Pick<PlanPathApi, 'loadWorkspace'>, store: WorkspaceStore): Promise<boolean> {
  const snapshot = await api.loadWorkspace().catch(() => null);
  // Imported here: reading validates the plan, and the validator is not part of the first window.
  const restored = snapshot === null ? null : (await import('./snapshot')).fromSnapshot(snapshot, store.getState().lang);
  if (restored === null) return false;
  store.getState().loadPlan(restored.plan, restored.options);
  return true;
}
