/**
 * Field-level messages for a plan being edited: the errors of the one gate
 * (validatePlan: schema, the checks a schema cannot express, formulas)
 * and the warnings of planWarnings, each keyed by the field's path as validation writes
 * it (indicators[3].base.value), so an editor can show each beside its field.
 */
import { planFile, type Plan } from './plan-schema';
import { planWarnings, type PlanWarning } from './plan-warnings';
import { checkSemantics, errorMapFor, type PlanIssue } from './validate-plan';
import { formatPath, type Lang } from './validation-messages';

export interface PlanFieldIssues {
  /** No errors: the plan can be committed and saved (warnings do not block). */
  ok: boolean;
  errors: PlanIssue[];
  warnings: PlanWarning[];
}

const errorMaps = new Map<Lang, ReturnType<typeof errorMapFor>>();

/**
 * The gate of validatePlan less what a draft built by models/plan/plan-edit.ts cannot hold
 * (text to parse, an old schema version, keys the schema does not know: walking the
 * file for those is most of validatePlan's time): the schema, then the checks a schema
 * cannot express, with the same messages; and the warnings.
 */
export function planFieldIssues(draft: Plan, lang: Lang = 'zh'): PlanFieldIssues {
  let map = errorMaps.get(lang);
  if (map === undefined) {
    map = errorMapFor(lang);
    errorMaps.set(lang, map);
  }
  const warnings = planWarnings(draft, lang);
  const parsed = planFile.safeParse(draft, { error: map });
  if (!parsed.success) {
    const errors = parsed.error.issues.map((issue) => ({ path: formatPath(issue.path), code: issue.code, message: issue.message }));
    return { ok: false, errors, warnings };
  }
  const errors = checkSemantics(parsed.data, lang);
  return { ok: errors.length === 0, errors, warnings };
}

/** Whether `path` is `field` or lies inside it (indicators[2].base.value is inside indicators[2].base). */
export function isWithin(path: string, field: string): boolean {
  if (path === field) return true;
  if (!path.startsWith(field)) return false;
  const next = path.charAt(field.length);
  return next === '.' || next === '[';
}

/** The messages about one field (and what lies inside it), in order. */
export function messagesAt<T extends { path: string }>(list: readonly T[], field: string): T[] {
  return list.filter((x) => isWithin(x.path, field));
}

/**
 * Where the errors of a candidate edit are, as the field being edited sees them: those
 * about the field itself, else (an edit that breaks another field: a horizon before a
 * target's year) the first error elsewhere, which the editor names with its path.
 */
export function errorsForEdit(errors: readonly PlanIssue[], fields: readonly string[]): { own: PlanIssue[]; elsewhere: PlanIssue | undefined } {
  const own = errors.filter((e) => fields.some((f) => isWithin(e.path, f)));
  return { own, elsewhere: own.length > 0 ? undefined : errors[0] };
}
