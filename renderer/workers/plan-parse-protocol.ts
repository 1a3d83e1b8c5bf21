import type { Lang } from '../../models/validation-messages';
import type { PlanResult } from '../../models/validate-plan';

export interface ParseRequest {
  id: number;
  text: string;
  lang: Lang;
}

export interface ParseResponse {
  id: number;
  result: PlanResult;
}
