/**
 * What the app opens with: the work a crash left (if the user wants it back), else the
 * autosaved workspace, else the embedded plan with its `plan` scenario.
 */
import type { PlanPathApi, Recovery } from './platform/platform-api';
import { DEFAULT_FILE_NAME, DEFAULT_SCENARIO, defaultPlan } from './default-plan';
import type { Lang, WorkspaceStore } from './store/workspace-store';

export type StartedFrom = 'recovery' | 'workspace' | 'default';

/** Reading a snapshot validates its plan: the validator (and zod) load only when there is one. */
const readSnapshot = async () => (await import('./store/snapshot')).fromSnapshot;

export function loadDefault(store: WorkspaceStore, lang?: Lang): void {
  const plan = defaultPlan();
  const selected = plan.scenarios.some((s) => s.id === DEFAULT_SCENARIO) ? DEFAULT_SCENARIO : plan.scenarios[0]?.id;
  store.getState().loadPlan(plan, {
    fileName: DEFAULT_FILE_NAME,
    ...(selected === undefined ? {} : { selectedId: selected }),
    ...(lang === undefined ? {} : { lang }),
  });
}

export async function startWorkspace(
  api: Pick<PlanPathApi, 'getRecovery' | 'clearRecovery' | 'loadWorkspace' | 'saveWorkspace' | 'setAsideWorkspace'>,
  store: WorkspaceStore,
  askRecovery: (recovery: Recovery) => Promise<boolean>,
  /**
   * The autosave could not be read (damaged storage, or a plan that no longer
   * validates): it has been set aside where `where` says (null: the host cannot keep it
   * aside), and the app starts on the embedded plan. The user must be told.
   */
  onCorruptWorkspace?: (where: string | null) => void,
): Promise<StartedFrom> {
  const lang = store.getState().lang;
  const recovery = await api.getRecovery().catch(() => null);
  if (recovery !== null) {
    const restore = await askRecovery(recovery);
    const restored = restore ? (await readSnapshot())(recovery.snapshot, lang) : null;
    if (restored !== null) {
      store.getState().loadPlan(restored.plan, restored.options);
      await api.saveWorkspace(recovery.snapshot).catch(() => undefined);
    }
    await api.clearRecovery().catch(() => undefined);
    if (restored !== null) return 'recovery';
  }
  let damaged = false;
  const snapshot = await api.loadWorkspace().catch(() => {
    damaged = true;
    return null;
  });
  const restored = snapshot === null ? null : (await readSnapshot())(snapshot, lang);
  if (restored !== null) {
    store.getState().loadPlan(restored.plan, restored.options);
    return 'workspace';
  }
  if (damaged || snapshot !== null) {
    // Kept aside before the first autosave of the default plan could overwrite it.
    const where = (await api.setAsideWorkspace?.().catch(() => null)) ?? null;
    onCorruptWorkspace?.(where);
  }
  loadDefault(store);
  return 'default';
}
