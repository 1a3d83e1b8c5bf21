/**
 * What an export covers: the plan, the scenarios in view (the compared ones in compare
 * mode, else the selected one), the basis and the language of the UI.
 */
import type { Plan, Scenario } from '../../models/plan/plan-schema';
import type { MonteCarloResult } from '../../models/uncertainty/monte-carlo-types';
import type { Basis, Lang, WorkspaceState } from '../store/workspace-store';

export interface ExportScope {
  plan: Plan;
  scenarios: Scenario[];
  compare: boolean;
  basis: Basis;
  lang: Lang;
  /** The charts chosen in the workspace (chart ids); null or absent: the plan's default. */
  charts?: readonly string[] | null;
}

export type ScopeError = 'no-plan' | 'empty-comparison';

export function exportScope(s: Pick<WorkspaceState, 'plan' | 'selectedId' | 'compareIds' | 'compareMode' | 'basis' | 'lang'> & { chartIds?: readonly string[] | null }): ExportScope | ScopeError {
  const plan = s.plan;
  if (plan === null) return 'no-plan';
  if (s.compareMode) {
    const scenarios = s.compareIds.map((id) => plan.scenarios.find((x) => x.id === id)).filter((x): x is Scenario => x !== undefined);
    if (scenarios.length === 0) return 'empty-comparison';
    return { plan, scenarios, compare: scenarios.length > 1, basis: s.basis, lang: s.lang, charts: s.chartIds ?? null };
  }
  const selected = plan.scenarios.find((x) => x.id === s.selectedId);
  if (selected === undefined) return 'no-plan';
  return { plan, scenarios: [selected], compare: false, basis: s.basis, lang: s.lang, charts: s.chartIds ?? null };
}

/** Finds the Monte Carlo run of a scenario, if there is a current one. */
export type MonteCarloLookup = (scenario: Scenario) => MonteCarloResult | null;

/** A file-name-safe stem: plan id and scenario ids. */
export function fileStem(scope: ExportScope): string {
  const ids = scope.scenarios.map((s) => s.id).join('+');
  return `${scope.plan.id}-${ids}`.replace(/[^\p{L}\p{N}._+-]+/gu, '_').slice(0, 120);
}
