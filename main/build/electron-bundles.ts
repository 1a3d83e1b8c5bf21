/**
 * The esbuild bundles of the Electron side:
 *   main/electron/main.ts   → <outdir>/main.cjs     (Node, CommonJS)
 *   main/preload/preload.ts → <outdir>/preload.cjs  (sandboxed preload, CommonJS)
 *   main/electron/plan-parse-worker.ts → <outdir>/plan-parse-worker.cjs (worker thread of main)
 * `electron` stays external; everything else (models, zod, mathjs) is bundled, so the
 * packaged app needs no node_modules. A sandboxed preload can require nothing but a
 * few modules, so the build fails if the preload bundle would import anything else.
 */
import { build, context, type BuildOptions, type BuildResult, type Metafile } from 'esbuild';
import path from 'node:path';

export const PROJECT_ROOT = path.resolve(import.meta.dirname, '../..');

/** What require() can load in a sandboxed preload. */
export const SANDBOX_PRELOAD_MODULES: ReadonlySet<string> = new Set(['electron', 'events', 'timers', 'url']);

export function bundleOptions(outdir: string): { main: BuildOptions; preload: BuildOptions; planParseWorker: BuildOptions } {
  const common: BuildOptions = {
    bundle: true,
    format: 'cjs',
    external: ['electron'],
    sourcemap: true,
    logLevel: 'warning',
    absWorkingDir: PROJECT_ROOT,
    metafile: true,
  };
  return {
    main: {
      ...common,
      entryPoints: ['main/electron/main.ts'],
      outfile: path.join(outdir, 'main.cjs'),
      platform: 'node',
      target: 'node22',
    },
    preload: {
      ...common,
      entryPoints: ['main/preload/preload.ts'],
      outfile: path.join(outdir, 'preload.cjs'),
      platform: 'node',
      target: 'chrome130',
    },
    planParseWorker: {
      ...common,
      entryPoints: ['main/electron/plan-parse-worker.ts'],
      outfile: path.join(outdir, 'plan-parse-worker.cjs'),
      platform: 'node',
      target: 'node22',
    },
  };
}

export function externalImports(metafile: Metafile): string[] {
  const found = Object.values(metafile.outputs).flatMap((output) => output.imports.filter((i) => i.external).map((i) => i.path));
  return [...new Set(found)];
}

export function checkPreloadImports(metafile: Metafile | undefined): void {
  if (!metafile) return;
  const bad = externalImports(metafile).filter((p) => !SANDBOX_PRELOAD_MODULES.has(p));
  if (bad.length > 0) throw new Error(`the sandboxed preload may not require ${bad.join(', ')}`);
}

export async function buildBundles(outdir: string): Promise<{ main: BuildResult; preload: BuildResult; planParseWorker: BuildResult }> {
  const options = bundleOptions(outdir);
  const [main, preload, planParseWorker] = await Promise.all([build(options.main), build(options.preload), build(options.planParseWorker)]);
  checkPreloadImports(preload.metafile);
  return { main, preload, planParseWorker };
}

export async function watchBundles(outdir: string): Promise<void> {
  const options = bundleOptions(outdir);
  for (const o of [options.main, options.preload, options.planParseWorker]) await (await context(o)).watch();
}
