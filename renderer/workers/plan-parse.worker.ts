/**
 * Parses and validates a large plan file off the page's thread, so that a big or
 * hostile file (a deeply nested array, megabytes of numbers) cannot freeze the window.
 * Message in: { id, text, lang }; out: { id, result } with models' PlanResult.
 */
import { parsePlanText } from '../../models/plan/validate-plan';
import type { ParseRequest, ParseResponse } from './plan-parse-protocol';

const scope = self as unknown as {
  onmessage: ((event: MessageEvent<ParseRequest>) => void) | null;
  postMessage(message: ParseResponse): void;
};

scope.onmessage = (event) => {
  const { id, text, lang } = event.data;
  scope.postMessage({ id, result: parsePlanText(text, lang) });
};
