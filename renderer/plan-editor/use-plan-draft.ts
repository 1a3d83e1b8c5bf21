/**
 * The plan editor's draft. Every field shows the draft; each edit makes a new draft
 * (models/plan/plan-edit.ts) and checks it (models/plan/plan-field-issues.ts). A valid draft is
 * committed to the workspace store at once (applyPlan, one undo step per field being
 * typed in); an invalid one stays a draft, its messages beside their fields, while the
 * plan (charts, verdicts, autosave, Save) stays at its last valid state. When the
 * store's plan changes from outside (undo, redo, a file opened), the draft follows it.
 */
import { createContext, useCallback, useContext, useMemo, useRef, useState } from 'react';
import { planFieldIssues, type PlanFieldIssues } from '../../models/plan/plan-field-issues';
import type { Plan } from '../../models/plan/plan-schema';
import { useWorkspace, useWorkspaceStore } from '../store/store-context';
import type { Lang } from '../store/workspace-store';

export interface PlanDraft {
  /** What the fields show. */
  draft: Plan;
  /** The draft's errors and warnings, by field path. */
  issues: PlanFieldIssues;
  /** Whether the draft differs from the plan in force (it then has errors). */
  pending: boolean;
  lang: Lang;
  /** Apply an edit to the draft; `gesture` (the field's path) merges keystrokes into one undo step. */
  edit(build: (draft: Plan) => Plan, gesture?: string): void;
  /** Typing in a field ended (blur): the next keystroke is a new undo step. */
  endGesture(): void;
  /** Drop the invalid draft and go back to the plan in force. */
  discard(): void;
}

interface State {
  /** The store's plan the draft was made from. */
  base: Plan;
  draft: Plan;
  issues: PlanFieldIssues;
  lang: Lang;
}

export function usePlanDraftState(plan: Plan): PlanDraft {
  const store = useWorkspaceStore();
  const lang = useWorkspace((s) => s.lang);
  const [state, setState] = useState<State>(() => ({ base: plan, draft: plan, issues: planFieldIssues(plan, lang), lang }));
  // The store's plan changed from outside (undo, a file opened), or the language did: start again from it.
  let current = state;
  if (state.base !== plan || state.lang !== lang) {
    const draft = state.base !== plan ? plan : state.draft;
    current = { base: plan, draft, issues: planFieldIssues(draft, lang), lang };
    setState(current);
  }
  const { draft, issues } = current;

  // The latest state, for edits that follow each other before React renders again.
  const latest = useRef(current);
  latest.current = current;
  const edit = useCallback(
    (build: (d: Plan) => Plan, gesture?: string) => {
      const s = latest.current;
      const next = build(s.draft);
      if (next === s.draft) return;
      const checked = planFieldIssues(next, s.lang);
      const after: State = checked.ok ? { base: next, draft: next, issues: checked, lang: s.lang } : { ...s, draft: next, issues: checked };
      latest.current = after;
      setState(after);
      if (checked.ok) store.getState().applyPlan(next, gesture);
    },
    [store],
  );
  const endGesture = useCallback(() => store.getState().endGesture(), [store]);
  const discard = useCallback(() => {
    const s = latest.current;
    const after = { ...s, draft: s.base, issues: planFieldIssues(s.base, s.lang) };
    latest.current = after;
    setState(after);
  }, []);

  return useMemo(
    () => ({ draft, issues, pending: draft !== current.base, lang, edit, endGesture, discard }),
    [draft, issues, current.base, lang, edit, endGesture, discard],
  );
}

export const PlanDraftContext = createContext<PlanDraft | null>(null);

export function usePlanDraft(): PlanDraft {
  const value = useContext(PlanDraftContext);
  if (value === null) throw new Error('usePlanDraft outside the plan editor');
  return value;
}
