/**
 * Target extraction off the page's thread (issue 10): a 200,000-character outline takes
 * a fraction of a second, but the window must not stop while it runs.
 * Message in: { id, text }; out: { id, result }.
 */
import { extractTargets } from '../../models/extract/extract-targets';
import type { ExtractRequest, ExtractResponse } from './extract-protocol';

const scope = self as unknown as {
  onmessage: ((event: MessageEvent<ExtractRequest>) => void) | null;
  postMessage(message: ExtractResponse): void;
};

scope.onmessage = (event) => {
  const { id, text } = event.data;
  scope.postMessage({ id, result: extractTargets(text) });
};
