import { createContext, useContext, type ReactNode } from 'react';
import { useStore } from 'zustand';
import { workspaceStore, type WorkspaceState, type WorkspaceStore } from './workspace-store';

const StoreContext = createContext<WorkspaceStore>(workspaceStore);

export function WorkspaceProvider({ store, children }: { store: WorkspaceStore; children: ReactNode }) {
  return <StoreContext.Provider value={store}>{children}</StoreContext.Provider>;
}

export function useWorkspaceStore(): WorkspaceStore {
  return useContext(StoreContext);
}

export function useWorkspace<T>(selector: (s: WorkspaceState) => T): T {
  return useStore(useContext(StoreContext), selector);
}
