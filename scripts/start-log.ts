/**
 * `npm start` says only its own lines ("planpath: …"). What the steps it runs print —
 * vite's and esbuild's build output, chunk tables, engine warnings, Electron's own
 * chatter — goes to a log file, whose path and last lines are printed only when a step
 * fails. Side effects are passed in, so this is tested in plain Node.
 */
import { spawnSync } from 'node:child_process';
import { appendFileSync, closeSync, mkdtempSync, openSync, readFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';

/** How many of the log's last lines a failure shows. */
export const TAIL_LINES = 25;

/** A fresh log file in the system's temporary folder (one per `npm start`). */
export function createStartLog(dir: string = tmpdir()): string {
  return path.join(mkdtempSync(path.join(dir, 'planpath-start-')), 'start.log');
}

/** The last `n` non-empty lines of `text`. */
export function lastLines(text: string, n: number = TAIL_LINES): string[] {
  return text
    .split(/\r?\n/)
    .filter((line) => line.trim() !== '')
    .slice(-n);
}

export interface QuietResult {
  ok: boolean;
  /** What to print when not ok: the failure, the last lines of the log, where the whole log is. */
  report: string[];
}

/** Runs `cmd args` with its output appended to `logFile`; on failure, the lines that say what went wrong. */
export function runQuiet(cmd: string, args: string[], options: { cwd: string; logFile: string; what: string; env?: NodeJS.ProcessEnv }): QuietResult {
  appendFileSync(options.logFile, `\n$ ${cmd} ${args.join(' ')}\n`);
  const fd = openSync(options.logFile, 'a');
  let status: number | null;
  let error: Error | undefined;
  try {
    const r = spawnSync(cmd, args, { cwd: options.cwd, stdio: ['ignore', fd, fd], shell: process.platform === 'win32', env: options.env ?? process.env });
    status = r.status;
    error = r.error;
  } finally {
    closeSync(fd);
  }
  if (status === 0 && error === undefined) return { ok: true, report: [] };
  const why = error ? error.message : `exit code ${status ?? 'none (killed)'}`;
  return { ok: false, report: failureReport(`${options.what} failed (${why})`, options.logFile, readFileSync(options.logFile, 'utf8')) };
}

/** The lines printed when a step fails: what failed, the log's last lines, and where the whole log is. */
export function failureReport(what: string, logFile: string, log: string): string[] {
  const tail = lastLines(log);
  return [`planpath: ${what}. The last ${tail.length} lines of its output:`, ...tail.map((l) => `  ${l}`), `planpath: the whole output is in ${logFile}`];
}
