/**
 * Budget: Monte Carlo, 1,000,000 paths in < 400 MB (issue 22 item 8; 1.3 GB before).
 *
 * The bench's workload (monte-carlo-spec.ts: the Xuzhou plan, GDP and both incomes
 * uncertain) in a child process of its own, bundled with esbuild and run by plain Node as
 * the CLI is, so that neither this process nor a TypeScript loader counts: the figure is
 * the child's peak resident set size (the whole process, Node itself included), beside
 * what it held just before the run.
 */
import { spawnSync } from 'node:child_process';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { build } from 'esbuild';
import type { BenchFigure } from './engine-bench';

const RUNS = 1_000_000;
const BUDGET_MB = 400;

interface ChildReport {
  runs: number;
  scenario: string;
  peakRssMB: number;
  rssBeforeRunMB: number;
  cpuMs: number;
}

export async function benchMonteCarloMemory(scenario = 'plan'): Promise<BenchFigure[]> {
  const dir = mkdtempSync(path.join(tmpdir(), 'planpath-mc-memory-'));
  try {
    const outfile = path.join(dir, 'child.mjs');
    await build({
      entryPoints: [fileURLToPath(new URL('./monte-carlo-memory-child.ts', import.meta.url))],
      outfile,
      bundle: true,
      format: 'esm',
      platform: 'node',
      logLevel: 'silent',
    });
    const child = spawnSync(process.execPath, [outfile, String(RUNS), scenario], {
      cwd: fileURLToPath(new URL('..', import.meta.url)),
      encoding: 'utf8',
      maxBuffer: 1 << 20,
    });
    if (child.status !== 0) throw new Error(`Monte Carlo memory child failed: ${child.stderr}`);
    const report = JSON.parse(child.stdout.trim().split('\n').pop() ?? '{}') as ChildReport;
    return [
      {
        name: `Monte Carlo ${RUNS.toLocaleString('en')} paths, peak memory of the process (${scenario})`,
        value: Math.round(report.peakRssMB),
        unit: 'MB',
        budget: BUDGET_MB,
        within: report.peakRssMB < BUDGET_MB,
        detail: `${Math.round(report.rssBeforeRunMB)} MB before the run; run CPU ${(report.cpuMs / 1000).toFixed(1)} s; was 1.3 GB`,
      },
    ];
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}
