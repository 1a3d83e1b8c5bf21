/**
 * "Back to the last good state" for an error boundary: what the workspace looked like
 * the last time a view rendered without an error, and how to return to it without
 * losing work (undo steps first, so the failing edit stays on the redo stack).
 */
import type { WorkspaceState, WorkspaceStore } from '../store/workspace-store';

export type GoodState = Pick<WorkspaceState, 'plan' | 'selectedId' | 'compareIds' | 'compareMode' | 'basis' | 'lang'>;

export function captureGoodState(s: WorkspaceState): GoodState {
  return { plan: s.plan, selectedId: s.selectedId, compareIds: s.compareIds, compareMode: s.compareMode, basis: s.basis, lang: s.lang };
}

/** Returns to `good`: undoes edits made since (each can be redone), then restores the view settings. */
export function restoreGoodState(store: WorkspaceStore, good: GoodState): void {
  for (let steps = 0; store.getState().plan !== good.plan && steps < 1000; steps++) {
    if (!store.getState().undo()) break;
  }
  const { plan, ...view } = good;
  // The plan itself only when undo could not reach it (e.g. it was replaced by opening a file).
  store.setState(store.getState().plan === plan || plan === null ? view : { ...view, plan });
}
