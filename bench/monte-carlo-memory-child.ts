/**
 * Child process of the Monte Carlo memory figure (monte-carlo-bench.ts): one run of
 * `runs` paths (argv[2]) of the bench's workload, then its peak resident memory, as JSON
 * on stdout. Run alone so that nothing else in the process counts (monte-carlo-memory.ts
 * bundles it and runs it from the project's folder).
 */
import { readFileSync } from 'node:fs';
import { runMonteCarlo } from '../models/uncertainty/monte-carlo';
import { parsePlanText } from '../models/plan/validate-plan';
import { benchSpec } from './monte-carlo-spec';

const runs = Number(process.argv[2] ?? '1000000');
const scenario = process.argv[3] ?? 'plan';
const parsed = parsePlanText(readFileSync('scenarios/xuzhou-14th-fyp.json', 'utf8'), 'en');
if (!parsed.ok) throw new Error('embedded plan invalid');
const before = process.resourceUsage().maxRSS;
const t0 = process.cpuUsage();
const result = runMonteCarlo(parsed.plan, scenario, benchSpec, { runs, seed: 42 });
const cpu = process.cpuUsage(t0);
const usage = process.resourceUsage();
process.stdout.write(
  JSON.stringify({
    runs: result.runs,
    scenario,
    peakRssMB: usage.maxRSS / 1024,
    rssBeforeRunMB: before / 1024,
    cpuMs: (cpu.user + cpu.system) / 1000,
    trillion: result.targets.find((t) => t.id === 'gdp-2025-trillion')?.probability ?? null,
  }) + '\n',
);
