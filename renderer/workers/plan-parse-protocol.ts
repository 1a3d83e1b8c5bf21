import type { Lang } from '../../models/plan/validation-messages';
import type { PlanResult } from '../../models/plan/validate-plan';

export interface ParseRequest {
  id: number;
  text: string;
  lang: Lang;
}

export interface ParseResponse {
  id: number;
  result: PlanResult;
}
