import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { createStartLog, lastLines, runQuiet } from './start-log';

const dirs: string[] = [];
afterEach(() => {
  for (const d of dirs.splice(0)) rmSync(d, { recursive: true, force: true });
});
function log(): string {
  const dir = mkdtempSync(path.join(tmpdir(), 'start-log-test-'));
  dirs.push(dir);
  return createStartLog(dir);
}

describe('npm start: build output to a log file, shown on failure', () => {
  it('a step that works prints nothing; its output is in the log', () => {
    const file = log();
    const r = runQuiet(process.execPath, ['-e', 'console.log("vite v8 building…"); console.error("npm WARN EBADENGINE")'], { cwd: tmpdir(), logFile: file, what: 'building the web app' });
    expect(r).toEqual({ ok: true, report: [] });
    expect(readFileSync(file, 'utf8')).toMatch(/vite v8 building…\n[\s\S]*npm WARN EBADENGINE/);
  });

  it('a failing step: what failed, the last lines of its output, and the log’s path', () => {
    const file = log();
    const script = 'for (let i = 1; i <= 40; i++) console.log("line " + i); console.error("error: cannot resolve x"); process.exit(3)';
    const r = runQuiet(process.execPath, ['-e', script], { cwd: tmpdir(), logFile: file, what: 'building the web app (npm run build:web)' });
    expect(r.ok).toBe(false);
    expect(r.report[0]).toBe('planpath: building the web app (npm run build:web) failed (exit code 3). The last 25 lines of its output:');
    expect(r.report.at(-2)).toBe('  error: cannot resolve x');
    expect(r.report[1]).toBe('  line 17');
    expect(r.report.at(-1)).toBe(`planpath: the whole output is in ${file}`);
  });

  it('a command that cannot start says why', () => {
    const file = log();
    const r = runQuiet(path.join(tmpdir(), 'no-such-command-planpath'), [], { cwd: tmpdir(), logFile: file, what: 'starting it' });
    expect(r.ok).toBe(false);
    expect(r.report[0]).toMatch(/^planpath: starting it failed \(.*ENOENT.*\)\./);
  });

  it('lastLines leaves out blank lines', () => {
    expect(lastLines('a\n\n b \r\nc\n\n', 2)).toEqual([' b ', 'c']);
  });
});
