/**
 * The 约束性 / 预期性 filter of the target lists (target table, review): a view choice,
 * not user data — not undoable, not saved, kept beside the workspace store (one per
 * workspace store, like the Monte Carlo results), so it survives re-renders, edits and
 * switching views, and both lists show the same choice.
 */
import { useStore } from 'zustand';
import { createStore, type StoreApi } from 'zustand/vanilla';
import type { BindingFilter } from '../../models/plan/binding-filter';
import { useWorkspaceStore } from './store-context';
import type { WorkspaceStore } from './workspace-store';

export interface BindingFilterState {
  filter: BindingFilter;
  setFilter(filter: BindingFilter): void;
}

const stores = new WeakMap<WorkspaceStore, StoreApi<BindingFilterState>>();

export function bindingFilterFor(workspace: WorkspaceStore): StoreApi<BindingFilterState> {
  let s = stores.get(workspace);
  if (s === undefined) {
    s = createStore<BindingFilterState>()((set) => ({ filter: 'all', setFilter: (filter) => set({ filter }) }));
    stores.set(workspace, s);
  }
  return s;
}

/** The filter choice and its setter, for the workspace in context. */
export function useBindingFilter(): [BindingFilter, (filter: BindingFilter) => void] {
  const store = bindingFilterFor(useWorkspaceStore());
  const filter = useStore(store, (s) => s.filter);
  const setFilter = useStore(store, (s) => s.setFilter);
  return [filter, setFilter];
}
