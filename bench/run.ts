/**
 * `npm run bench`: each figure beside its budget (DESIGN.md). Exit code 0 even when a
 * budget is exceeded: this reports, tests do not time things.
 */
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

print([...benchEngine(), ...benchMonteCarlo(), ...benchExtract()]);

// The UI figures: the web build in headless Chromium.
const skip = uiBenchSkipReason();
if (skip === null) print(await benchUi());
else console.log(`UI figures skipped: ${skip}`);
if (skip === null) print(await (await import('./mc-ui-bench')).benchMonteCarloUi());
