/**
 * 续编下一期规划 in the app: the open plan's next-period plan (models/plan/next-plan.ts)
 * replaces it in the window as a new, unsaved document; the plan it came from stays at
 * hand for comparison (plan-shelf.ts). One undoable step is not offered: the old plan is
 * a document of its own (saved, or offered to be saved first by the caller).
 */
import { NextPlanError, nextPlan, type NextPlanResult } from '../../models/plan/next-plan';
import type { WorkspaceStore } from '../store/workspace-store';
import { planShelf } from './plan-shelf';

export type StartNextPlan = { ok: true; result: NextPlanResult } | { ok: false; reason: 'no-plan' | NextPlanError['code'] };

export function startNextPlan(store: WorkspaceStore, originLabel: string): StartNextPlan {
  const s = store.getState();
  if (s.plan === null) return { ok: false, reason: 'no-plan' };
  let result: NextPlanResult;
  try {
    result = nextPlan(s.plan, { scenarioId: s.selectedId });
  } catch (error) {
    if (error instanceof NextPlanError) return { ok: false, reason: error.code };
    throw error;
  }
  planShelf.getState().add(s.plan, originLabel);
  const plan = result.plan;
  const selected = plan.scenarios.some((x) => x.id === s.selectedId) ? s.selectedId : plan.scenarios[0]?.id;
  // A new document, not saved yet: dirty until saved, so nothing is lost on close.
  s.loadPlan(plan, { fileName: '', filePath: undefined, savedPlan: null, ...(selected === undefined ? {} : { selectedId: selected }) });
  return { ok: true, result };
}
