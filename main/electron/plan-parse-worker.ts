/**
 * The worker thread (node:worker_threads) that parses and validates a large plan file
 * for the main process, so that a big or hostile file cannot stall the main process's
 * event loop (menus, IPC, every window). Bundled to dist-electron/plan-parse-worker.cjs.
 * One request per worker: { text, lang } in, a PlanVerdict out.
 */
import { parentPort } from 'node:worker_threads';
import { parsePlanText } from '../../models/plan/validate-plan';
import { verdictOf, type PlanParseRequest, type PlanVerdict } from './plan-parse-protocol';

parentPort?.once('message', (request: PlanParseRequest) => {
  const verdict: PlanVerdict = verdictOf(parsePlanText(request.text, request.lang));
  parentPort?.postMessage(verdict);
});
