/**
 * `npm run bench`: each figure beside its budget (DESIGN.md). Exit code 0 even when a
 * budget is exceeded: this reports, tests do not time things.
 *
 * `npm run bench -- ui` (or engine, mc, extract, cli, mc-ui) runs only the parts named. Each
 * part ends with its wall time, the CPU time of this process (the browser's own CPU is
 * in the UI figures, from Chromium's metrics) and the load average.
 */
import { availableParallelism, loadavg } from 'node:os';
import { performance } from 'node:perf_hooks';
import { benchCli } from './cli-bench';
import { benchEngine, type BenchFigure } from './engine-bench';
import { benchExtract } from './extract-bench';
import { benchMonteCarlo } from './monte-carlo-bench';
import { benchUi, uiBenchSkipReason } from './ui-bench';

function print(figures: BenchFigure[]) {
  const width = Math.max(...figures.map((f) => f.name.length));
  for (const f of figures) {
    const value = `${f.value.toFixed(f.value < 10 ? 3 : 1)} ${f.unit}`;
    const status = f.within ? 'ok' : 'OVER BUDGET';
    console.log(`${f.name.padEnd(width)}  ${value.padStart(12)}   budget < ${f.budget} ${f.unit}   ${status}${f.detail ? `  (${f.detail})` : ''}`);
  }
}

const PARTS = ['engine', 'mc', 'extract', 'cli', 'ui', 'mc-ui'] as const;
type Part = (typeof PARTS)[number];
const asked = process.argv.slice(2).filter((a): a is Part => (PARTS as readonly string[]).includes(a));
const unknown = process.argv.slice(2).filter((a) => !(PARTS as readonly string[]).includes(a));
if (unknown.length > 0) {
  console.error(`unknown bench part(s): ${unknown.join(', ')}; known: ${PARTS.join(', ')}`);
  process.exit(2);
}
const wanted = (part: Part) => asked.length === 0 || asked.includes(part);

/** Runs one part, then prints its wall time, this process's CPU time and the load average. */
async function part(name: Part, run: () => BenchFigure[] | Promise<BenchFigure[]>): Promise<void> {
  if (!wanted(name)) return;
  const [load] = loadavg();
  const wall0 = performance.now();
  const cpu0 = process.cpuUsage();
  print(await run());
  const cpu = process.cpuUsage(cpu0);
  const [loadAfter] = loadavg();
  console.log(
    `  [${name}: wall ${((performance.now() - wall0) / 1000).toFixed(2)} s, CPU of this process ${((cpu.user + cpu.system) / 1e6).toFixed(2)} s; ` +
      `load average ${(load ?? 0).toFixed(2)} → ${(loadAfter ?? 0).toFixed(2)} on ${availableParallelism()} cores]`,
  );
}

await part('engine', benchEngine);
await part('mc', benchMonteCarlo);
await part('extract', benchExtract);
await part('cli', benchCli);

// The UI figures: the web build in headless Chromium.
const skip = uiBenchSkipReason();
if (skip !== null && (wanted('ui') || wanted('mc-ui'))) console.log(`UI figures skipped: ${skip}`);
if (skip === null) {
  await part('ui', benchUi);
  await part('mc-ui', async () => (await import('./mc-ui-bench')).benchMonteCarloUi());
}
