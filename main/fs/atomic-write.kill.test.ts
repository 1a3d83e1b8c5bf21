/**
 * Crash safety of the atomic write, for real: a writer process saving one file in a
 * loop is killed (SIGKILL) 100 times at random moments. After every kill the file is a
 * complete version (old or new, never partial) and at most one temporary file is beside
 * it; after a "restart" (cleanupInterruptedSaves) none is left.
 */
import { spawn } from 'node:child_process';
import { mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { buildSync } from 'esbuild';
import { afterAll, describe, expect, it } from 'vitest';
import { cleanupInterruptedSaves, tempPathFor, writeFileAtomic } from './atomic-write';
import { nodeAtomicOps } from './node-atomic-ops';
import { version } from './testing/kill-writer-child';

const KILLS = 100;
const SIZE = 2 * 1024 * 1024;
const dir = mkdtempSync(path.join(tmpdir(), 'planpath-kill-'));
afterAll(() => rmSync(dir, { recursive: true, force: true }));

/** "v=<n>;" + SIZE − … bytes of one letter + ";end", or null when the text is not a whole version. */
function versionOf(text: string): number | null {
  const m = /^v=(\d+);/.exec(text);
  if (m === null || text.length !== SIZE || !text.endsWith(';end')) return null;
  const n = Number(m[1]);
  return text === version(n, SIZE) ? n : null;
}

function runUntilKilled(child: string, target: string, first: number, delayMs: number): Promise<void> {
  return new Promise((resolve, reject) => {
    const proc = spawn(process.execPath, [child, target, String(SIZE), String(first)], { stdio: ['ignore', 'pipe', 'inherit'] });
    let timer: ReturnType<typeof setTimeout> | undefined;
    proc.stdout.once('data', () => {
      timer = setTimeout(() => proc.kill('SIGKILL'), delayMs);
    });
    proc.once('error', reject);
    proc.once('exit', (code, signal) => {
      if (timer) clearTimeout(timer);
      if (signal === 'SIGKILL') resolve();
      else reject(new Error(`writer ended by itself: ${String(code)}`));
    });
  });
}

describe('killing the writer mid-save', () => {
  it(`${KILLS} kills: the file is always a whole version, at most one temporary file, none after a restart`, { timeout: 600_000 }, async () => {
    const child = path.join(dir, 'kill-writer-child.mjs');
    buildSync({
      entryPoints: [fileURLToPath(new URL('./testing/kill-writer-child.ts', import.meta.url))],
      bundle: true,
      platform: 'node',
      format: 'esm',
      outfile: child,
      logLevel: 'silent',
    });
    const target = path.join(dir, 'plan.json');
    writeFileSync(target, version(0, SIZE));
    let last = 0;
    let midSave = 0;
    let maxTemps = 0;
    for (let k = 0; k < KILLS; k++) {
      // Random moments across several saves (one save of 2 MB takes some milliseconds).
      await runUntilKilled(child, target, last + 1, 5 + Math.floor(Math.random() * 80));
      const n = versionOf(readFileSync(target, 'utf8'));
      expect(n, `kill ${k}: the file is not a whole version`).not.toBeNull();
      expect(n as number).toBeGreaterThanOrEqual(last);
      last = n as number;
      const temps = readdirSync(dir).filter((name) => name.startsWith('plan.json.tmp-'));
      maxTemps = Math.max(maxTemps, temps.length);
      if (temps.length > 0) midSave++;
      expect(temps.length, `kill ${k}: ${temps.join(', ')}`).toBeLessThanOrEqual(1);
    }
    // Restart: what the interrupted saves left is removed, and the next save works.
    await cleanupInterruptedSaves([target], nodeAtomicOps());
    expect(readdirSync(dir).filter((name) => name.includes('.tmp-'))).toEqual([]);
    writeFileSync(tempPathFor(target), 'left by a crash');
    await writeFileAtomic(target, version(last + 1, SIZE), nodeAtomicOps());
    expect(versionOf(readFileSync(target, 'utf8'))).toBe(last + 1);
    expect(readdirSync(dir).filter((name) => name.includes('.tmp-'))).toEqual([]);
    console.log(`kill test: ${KILLS} kills, ${midSave} mid-save (temporary file present), ${last} versions saved, 0 partial files, at most ${maxTemps} temporary file, 0 after restart`);
    expect(midSave).toBeGreaterThan(10);
  });
});
