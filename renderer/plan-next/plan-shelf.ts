/**
 * Plans at hand for comparison (规划对比) in this session: the plan a next plan was
 * started from (续编), and plans opened from a file in the comparison dialog. Kept in
 * memory only: the plans themselves are files the user has.
 */
import { createStore } from 'zustand/vanilla';
import type { Plan } from '../../models/plan/plan-schema';

export interface ShelvedPlan {
  key: string;
  plan: Plan;
  /** Where it came from: a file name, or "the plan the next one was started from". */
  origin: string;
}

export interface PlanShelf {
  plans: ShelvedPlan[];
  add(plan: Plan, origin: string): ShelvedPlan;
}

const MAX_SHELVED = 8;
let counter = 0;

export const planShelf = createStore<PlanShelf>()((set, get) => ({
  plans: [],
  add(plan, origin) {
    const entry: ShelvedPlan = { key: `p${++counter}`, plan, origin };
    set({ plans: [entry, ...get().plans.filter((p) => p.plan !== plan)].slice(0, MAX_SHELVED) });
    return entry;
  },
}));
