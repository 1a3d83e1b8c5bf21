/**
 * A refusal of the inspection as a message key and its parameters (renderer: i18n
 * `fileLimits.*`; CLI: main/cli/file-limit-messages.ts), sizes in MB and columns as
 * Excel writes them (XFD).
 */
import type { ZipProblem } from './inspect-zip';

export type ProblemParams = Record<string, string | number>;

export function columnLetters(column: number): string {
  let n = column;
  let out = '';
  while (n > 0) {
    const r = (n - 1) % 26;
    out = String.fromCharCode(65 + r) + out;
    n = Math.floor((n - 1) / 26);
  }
  return out;
}

const mb = (bytes: number) => (bytes / (1024 * 1024)).toFixed(1);

export function zipProblemParams(problem: ZipProblem): { code: ZipProblem['code']; params: ProblemParams } {
  const params: ProblemParams = {};
  for (const [k, v] of Object.entries(problem)) if (k !== 'code' && (typeof v === 'string' || typeof v === 'number')) params[k] = v;
  if (problem.code === 'too-large-uncompressed') {
    params.size = mb(problem.size);
    params.limit = mb(problem.limit);
  }
  if (problem.code === 'too-many-columns') params.column = columnLetters(problem.column);
  return { code: problem.code, params };
}
