/**
 * The list behind the "缺基期值 N 项" tag: every indicator with no base value, in plan
 * order, with what the plan says about it (the indicator's note: where the figure was
 * searched for and why none is entered) and the targets that cannot be judged until it
 * has one. Pure data for the renderer; no wording of its own.
 */
import { indicatorsNeedingBase } from './base-values-needed';
import type { Bilingual, Plan } from './plan-schema';

export interface MissingBaseItem {
  id: string;
  name: Bilingual;
  unit: string;
  /** The indicator's note, when the plan has one (e.g. "searched, not found"). */
  note: Bilingual | null;
  /** Labels (or sentences) of the targets set on this indicator. */
  targets: Bilingual[];
}

export function missingBaseList(plan: Pick<Plan, 'indicators' | 'targets'>): MissingBaseItem[] {
  return indicatorsNeedingBase(plan).map((ind) => ({
    id: ind.id,
    name: ind.name,
    unit: ind.unit,
    note: ind.note ?? null,
    targets: plan.targets
      .filter((t) => t.indicator === ind.id)
      .map((t) => t.label ?? { zh: t.sentence, en: t.sentence }),
  }));
}
