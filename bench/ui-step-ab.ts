/**
 * Two web builds against each other on the slider step, in one browser, steps
 * interleaved (A, B, B, A, …): on a shared machine the load drifts by more than a small
 * change saves between two runs of `npm run bench -- ui`, but it drifts alike for both
 * halves of a pair. Reports each build's median main-thread CPU per step (CDP
 * `ThreadTime`, as the bench) and in how many pairs B was cheaper (a sign test: about
 * 30 of 60 when they cost the same).
 *
 *   npx vite build --config vite.config.ts --outDir /tmp/before   (on the old sources)
 *   npx vite build --config vite.config.ts --outDir /tmp/after
 *   npx tsx bench/ui-step-ab.ts /tmp/before /tmp/after [pairs, default 60]
 */
import { resolve } from 'node:path';
import { chromium, type Browser } from 'playwright-core';
import { CHROMIUM_ARGS } from '../e2e/support/browser';
import { findChromium, INSTALL_HINT } from '../e2e/support/find-chromium';
import { serveStatic, type StaticServer } from '../e2e/support/static-server';

const WARM_UP = 5;

interface Side {
  step(record: boolean): Promise<void>;
  cpu: number[];
  server: StaticServer;
}

declare global {
  interface Window {
    __abArm?: () => void;
    __abRepainted?: Promise<void>;
  }
}

/** The bench's page: a copy of `plan`, the 2026–2030 GDP slider focused; a step ends two frames after the table row and the GDP line changed. */
async function side(browser: Browser, dist: string): Promise<Side> {
  const server = await serveStatic(resolve(dist));
  const context = await browser.newContext({ viewport: { width: 1440, height: 900 }, locale: 'zh-CN' });
  await context.addInitScript({ content: 'globalThis.__name = (f) => f;' });
  const page = await context.newPage();
  await page.goto(server.url);
  await page.locator('[data-testid^="target-row-"]').first().waitFor();
  for (const id of ['gdp', 'gdp_per_capita', 'income', 'retail_sales', 'urbanization']) {
    await page.locator(`[data-testid="chart-${id}"] .scatterlayer .trace`).first().waitFor();
  }
  await page.getByTestId('scenario-duplicate').click();
  await page.getByTestId('builtin-duplicate').waitFor({ state: 'detached' });
  await page.evaluate(() => {
    const row = () => document.querySelector('[data-testid="target-row-gdp-2035-double"]')?.textContent ?? '';
    const path = () => document.querySelector('[data-testid="chart-gdp"] .scatterlayer .trace path.js-line')?.getAttribute('d') ?? '';
    window.__abArm = () => {
      const rowBefore = row();
      const pathBefore = path();
      window.__abRepainted = new Promise<void>((done) => {
        const observer = new MutationObserver(() => {
          if (row() === rowBefore || path() === pathBefore) return;
          observer.disconnect();
          requestAnimationFrame(() => requestAnimationFrame(() => done()));
        });
        observer.observe(document.body, { subtree: true, childList: true, characterData: true, attributes: true, attributeFilter: ['d'] });
      });
    };
  });
  await page.getByTestId('assumption-gdp-15th-slider').getByRole('slider').focus();
  const session = await context.newCDPSession(page);
  await session.send('Performance.enable', { timeDomain: 'threadTicks' });
  const threadMs = async () => ((await session.send('Performance.getMetrics')).metrics.find((m) => m.name === 'ThreadTime')?.value ?? 0) * 1000;
  const cpu: number[] = [];
  let n = 0;
  return {
    cpu,
    server,
    async step(record) {
      await page.bringToFront();
      await page.evaluate(() => window.__abArm?.());
      const before = await threadMs();
      await page.keyboard.press(n++ % 2 === 0 ? 'ArrowLeft' : 'ArrowRight');
      await page.evaluate(() => window.__abRepainted);
      const after = await threadMs();
      if (record) cpu.push(after - before);
    },
  };
}

const median = (xs: readonly number[]) => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)] ?? Number.NaN;

async function main(): Promise<void> {
  const [distA, distB, pairsArg] = process.argv.slice(2);
  if (distA === undefined || distB === undefined) throw new Error('usage: tsx bench/ui-step-ab.ts <web build A> <web build B> [pairs]');
  const pairs = Number(pairsArg ?? 60);
  const executablePath = findChromium();
  if (executablePath === null) throw new Error(`no Chromium: ${INSTALL_HINT}`);
  const browser = await chromium.launch({ executablePath, headless: true, args: CHROMIUM_ARGS });
  try {
    const a = await side(browser, distA);
    const b = await side(browser, distB);
    for (let i = 0; i < WARM_UP; i++) {
      await a.step(false);
      await b.step(false);
    }
    for (let i = 0; i < pairs; i++) {
      const [first, second] = i % 2 === 0 ? [a, b] : [b, a];
      await first.step(true);
      await second.step(true);
    }
    const bCheaper = a.cpu.filter((x, i) => (b.cpu[i] ?? Number.POSITIVE_INFINITY) < x).length;
    console.log(`A ${distA}: main-thread CPU per slider step, median ${median(a.cpu).toFixed(1)} ms`);
    console.log(`B ${distB}: main-thread CPU per slider step, median ${median(b.cpu).toFixed(1)} ms; B cheaper in ${bCheaper} of ${pairs} pairs`);
    await a.server.close();
    await b.server.close();
  } finally {
    await browser.close();
  }
}

await main();
