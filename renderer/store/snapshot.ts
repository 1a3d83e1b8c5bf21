/**
 * The workspace as the host autosaves it, and back. Only user input goes in: the plan
 * (with the user's scenarios) as plan-file text, the file, and the UI choices. Writing
 * is in snapshot-write.ts; this module (reading, with the validator) is imported on use.
 */
import { parsePlanText } from '../../models/plan/validate-plan';
import type { Plan } from '../../models/plan/plan-schema';
import type { WorkspaceSnapshot } from '../platform/platform-api';
import { parseUncertaintyMap } from './uncertainty-slice';
import type { Basis, Lang, LoadOptions } from './workspace-store';

export { planToText, toSnapshot } from './snapshot-write';

const str = (v: unknown): string | undefined => (typeof v === 'string' ? v : undefined);

/** A snapshot as store input, or null when its plan no longer validates. */
export function fromSnapshot(snapshot: WorkspaceSnapshot, lang: Lang = 'zh'): { plan: Plan; options: LoadOptions } | null {
  const parsed = parsePlanText(snapshot.planText, lang);
  if (!parsed.ok) return null;
  const ui = snapshot.ui ?? {};
  let savedPlan: Plan | null = parsed.plan;
  if (snapshot.dirty) {
    const savedText = str(ui.savedPlanText);
    const saved = savedText === undefined ? null : parsePlanText(savedText, lang);
    savedPlan = saved?.ok ? saved.plan : null;
  }
  const basis = ui.basis === 'real' || ui.basis === 'nominal' ? (ui.basis as Basis) : undefined;
  const uiLang = ui.lang === 'zh' || ui.lang === 'en' ? (ui.lang as Lang) : undefined;
  const compareIds = Array.isArray(ui.compareIds) ? ui.compareIds.filter((x): x is string => typeof x === 'string') : [];
  const options: LoadOptions = {
    // An empty name is a plan started with New and never saved (untitled): it stays so.
    fileName: snapshot.fileName,
    filePath: snapshot.filePath,
    savedPlan,
    compareIds,
    compareMode: ui.compareMode === true,
    uncertainty: parseUncertaintyMap(ui.uncertainty),
    chartIds: Array.isArray(ui.charts) ? ui.charts.filter((x): x is string => typeof x === 'string').slice(0, 200) : null,
  };
  const selectedId = str(ui.selectedId);
  if (selectedId !== undefined) options.selectedId = selectedId;
  if (basis !== undefined) options.basis = basis;
  if (uiLang !== undefined) options.lang = uiLang;
  return { plan: parsed.plan, options };
}
