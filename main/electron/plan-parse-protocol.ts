/**
 * What the main process and its plan-parsing worker thread say to each other: the text
 * and language in, whether it is a valid plan and, if not, its issues out (the plan
 * itself stays in the worker: main only needs the verdict and the messages).
 */
import type { PlanResult } from '../../models/plan/validate-plan';
import type { Lang } from '../../models/plan/validation-messages';

export interface PlanParseRequest {
  text: string;
  lang: Lang;
}

export type PlanVerdict = { ok: true } | { ok: false; issues: Extract<PlanResult, { ok: false }>['issues'] };

export function verdictOf(result: PlanResult): PlanVerdict {
  return result.ok ? { ok: true } : { ok: false, issues: result.issues };
}
