/**
 * Two web builds against each other on the first window, in one browser, cold loads
 * interleaved (A, B, B, A, …), as bench/ui-step-ab.ts does for the slider step: the
 * main-thread CPU from navigation to the first chart painted (the bench's figure), each
 * load in a fresh browser context. Reports each build's median and in how many pairs B
 * was cheaper (about half when they cost the same).
 *
 *   npx vite build --config vite.config.ts --outDir /tmp/before   (on the old sources)
 *   npx vite build --config vite.config.ts --outDir /tmp/after
 *   npx tsx bench/ui-cold-ab.ts /tmp/before /tmp/after [pairs, default 10]
 */
import { resolve } from 'node:path';
import { chromium } from 'playwright-core';
import { CHROMIUM_ARGS } from '../e2e/support/browser';
import { findChromium, INSTALL_HINT } from '../e2e/support/find-chromium';
import { serveStatic } from '../e2e/support/static-server';
import { coldLoad } from './ui-bench';

const median = (xs: readonly number[]) => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)] ?? Number.NaN;

async function main(): Promise<void> {
  const [distA, distB, pairsArg] = process.argv.slice(2);
  if (distA === undefined || distB === undefined) throw new Error('usage: tsx bench/ui-cold-ab.ts <web build A> <web build B> [pairs]');
  const pairs = Number(pairsArg ?? 10);
  const executablePath = findChromium();
  if (executablePath === null) throw new Error(`no Chromium: ${INSTALL_HINT}`);
  const browser = await chromium.launch({ executablePath, headless: true, args: CHROMIUM_ARGS });
  const a = await serveStatic(resolve(distA));
  const b = await serveStatic(resolve(distB));
  try {
    // One load of each first: the file cache of the server and the browser's compiled code.
    await coldLoad(browser, a.url);
    await coldLoad(browser, b.url);
    const cpuA: number[] = [];
    const cpuB: number[] = [];
    for (let i = 0; i < pairs; i++) {
      const order = i % 2 === 0 ? ([a, b] as const) : ([b, a] as const);
      for (const side of order) (side === a ? cpuA : cpuB).push((await coldLoad(browser, side.url)).usableCpu);
    }
    const bCheaper = cpuA.filter((x, i) => (cpuB[i] ?? Number.POSITIVE_INFINITY) < x).length;
    console.log(`A ${distA}: first window, main-thread CPU to the first chart painted, median ${median(cpuA).toFixed(1)} ms`);
    console.log(`B ${distB}: median ${median(cpuB).toFixed(1)} ms; B cheaper in ${bCheaper} of ${pairs} pairs`);
  } finally {
    await browser.close();
    await a.close();
    await b.close();
  }
}

await main();
