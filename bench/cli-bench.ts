/**
 * The CLI's start-up (issue 11): the bundled CLI (dist-cli/, built by
 * scripts/cli-bundle.mjs if stale) spawned under plain Node, as `planpath` runs it.
 *
 * - `check` on the embedded plan: < 0.5 s wall on an idle machine.
 * - `montecarlo --runs 20000` on the embedded plan: < 1.5 s wall.
 *
 * Median of 5 runs after one warm-up (the file cache). Beside the wall time, the CPU
 * time of the child process (user + system, from /proc/self/stat's cutime + cstime on
 * Linux: the children this process has waited for; 10 ms resolution).
 */
import { spawnSync } from 'node:child_process';
import { existsSync, readFileSync } from 'node:fs';
import { availableParallelism, loadavg } from 'node:os';
import { performance } from 'node:perf_hooks';
import { fileURLToPath } from 'node:url';
import { ensureCliBundle } from '../scripts/cli-bundle.mjs';
import type { BenchFigure } from './engine-bench';

const PLAN = fileURLToPath(new URL('../scenarios/xuzhou-14th-fyp.json', import.meta.url));
const RUNS = 5;

/** CPU seconds of the waited-for children so far, or null where /proc is not there. */
function childrenCpu(): number | null {
  if (!existsSync('/proc/self/stat')) return null;
  // Fields after the command name (which may hold spaces): state is field 3; cutime and cstime are 16 and 17.
  const stat = readFileSync('/proc/self/stat', 'utf8');
  const rest = stat.slice(stat.lastIndexOf(')') + 2).split(' ');
  const ticks = Number(rest[13]) + Number(rest[14]);
  // USER_HZ is 100 on Linux.
  return Number.isFinite(ticks) ? ticks / 100 : null;
}

function timeRuns(entry: string, args: readonly string[]): { wall: number[]; cpu: number[] } {
  const wall: number[] = [];
  const cpu: number[] = [];
  for (let i = 0; i <= RUNS; i++) {
    const cpu0 = childrenCpu();
    const t0 = performance.now();
    const r = spawnSync(process.execPath, [entry, ...args], { stdio: ['ignore', 'ignore', 'pipe'], encoding: 'utf8' });
    const t = performance.now() - t0;
    const cpu1 = childrenCpu();
    if (r.status !== 0) throw new Error(`planpath ${args.join(' ')} exited ${String(r.status)}: ${r.stderr}`);
    if (i === 0) continue; // warm-up
    wall.push(t / 1000);
    if (cpu0 !== null && cpu1 !== null) cpu.push(cpu1 - cpu0);
  }
  return { wall, cpu };
}

const median = (xs: readonly number[]) => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)] ?? Number.NaN;

export async function benchCli(): Promise<BenchFigure[]> {
  const entry = await ensureCliBundle();
  const load = `load average ${(loadavg()[0] ?? 0).toFixed(1)} on ${availableParallelism()} cores`;
  const cases: { name: string; args: string[]; budget: number }[] = [
    { name: 'CLI: planpath check (bundled, plain node), wall', args: ['check', PLAN], budget: 0.5 },
    { name: 'CLI: planpath montecarlo --runs 20000, wall', args: ['montecarlo', PLAN, '--runs', '20000'], budget: 1.5 },
  ];
  return cases.map(({ name, args, budget }) => {
    const { wall, cpu } = timeRuns(entry, args);
    const value = median(wall);
    const sorted = [...wall].sort((a, b) => a - b);
    return {
      name,
      value,
      unit: 's',
      budget,
      within: value < budget,
      detail: `median of ${RUNS}, min ${sorted[0]?.toFixed(3)} s, max ${sorted[sorted.length - 1]?.toFixed(3)} s; ${
        cpu.length > 0 ? `CPU of the process median ${median(cpu).toFixed(2)} s; ` : ''
      }${load}`,
    };
  });
}
