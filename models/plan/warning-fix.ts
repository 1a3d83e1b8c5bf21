/**
 * A warning's fix (models/plan/plan-warnings.ts) applied through the one gate again: a
 * fix never leaves an invalid plan in the store. Apart from the warning list
 * (warning-fields.ts) because it needs the validator, which the app loads on use.
 */
import type { Plan } from './plan-schema';
import { applyWarningFix, type WarningFix } from './plan-warnings';
import { validatePlan } from './validate-plan';
import type { Lang } from './validation-messages';

export type FixResult = { ok: true; plan: Plan } | { ok: false; message: string };

/**
 * The plan with one warning's fix applied, through the one gate again (a fix never
 * leaves an invalid plan in the store); the plan given is not changed.
 */
export function planWithFix(plan: Plan, fix: WarningFix, lang: Lang): FixResult {
  const next = applyWarningFix(plan, fix);
  if (next === plan) return { ok: false, message: fix.path };
  const checked = validatePlan(next, lang);
  if (!checked.ok) return { ok: false, message: checked.issues.map((i) => `${i.path}: ${i.message}`).join('; ') };
  return { ok: true, plan: checked.plan };
}
