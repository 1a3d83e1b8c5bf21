/**
 * The UI's side of WorkspaceStatus (platform-api.ts): whether this tab may edit, what
 * happened to the database, and the take-over. When this tab takes over from another,
 * the stored workspace (that tab's last edit) is loaded first.
 */
import { useCallback, useEffect, useRef, useState } from 'react';
import { reloadWorkspace } from '../store/reload-workspace';
import type { WorkspaceStore } from '../store/workspace-store';
import type { PlanPathApi, WorkspaceStatus } from './platform-api';

export type RoleStatus = Extract<WorkspaceStatus, { kind: 'writer' | 'reader' }>;
export type DatabaseNotice = Exclude<WorkspaceStatus, RoleStatus>;

export interface WorkspaceStatusView {
  role: RoleStatus;
  /** The last database event, until dismissed. */
  notice: DatabaseNotice | null;
  dismissNotice(): void;
  takeOver(): Promise<void>;
  /** True while a take-over or the reload after it runs. */
  busy: boolean;
  /** Read at event time (keyboard shortcuts): true while another tab writes. */
  readOnlyRef: { readonly current: boolean };
}

export function useWorkspaceStatus(
  api: Pick<PlanPathApi, 'onWorkspaceStatus' | 'takeOverWorkspace' | 'loadWorkspace'>,
  store: WorkspaceStore,
  /** Called once the workspace was loaded again after this tab took over. */
  onReloaded: () => void,
): WorkspaceStatusView {
  const [role, setRole] = useState<RoleStatus>({ kind: 'writer', why: 'first' });
  const [notice, setNotice] = useState<DatabaseNotice | null>(null);
  const [busy, setBusy] = useState(false);
  const readOnlyRef = useRef(false);
  const reloaded = useRef(onReloaded);
  reloaded.current = onReloaded;

  useEffect(() => {
    if (api.onWorkspaceStatus === undefined) return;
    return api.onWorkspaceStatus((status) => {
      if (status.kind !== 'writer' && status.kind !== 'reader') {
        setNotice(status);
        return;
      }
      if (status.kind === 'reader') {
        readOnlyRef.current = true;
        setRole(status);
        return;
      }
      if (status.why === 'took-over') {
        setBusy(true);
        void reloadWorkspace(api, store).finally(() => {
          readOnlyRef.current = false;
          setRole(status);
          setBusy(false);
          reloaded.current();
        });
        return;
      }
      readOnlyRef.current = false;
      setRole(status);
    });
  }, [api, store]);

  const takeOver = useCallback(async () => {
    setBusy(true);
    try {
      await api.takeOverWorkspace?.();
    } finally {
      setBusy(false);
    }
  }, [api]);

  return { role, notice, dismissNotice: () => setNotice(null), takeOver, busy, readOnlyRef };
}
