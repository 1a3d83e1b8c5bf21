/**
 * Bundles the Electron main process and the preload with esbuild:
 *   main/electron/main.ts   → dist-electron/main.cjs     (Node, CommonJS)
 *   main/preload/preload.ts → dist-electron/preload.cjs  (sandboxed preload, CommonJS)
 * `electron` stays external. A sandboxed preload can require nothing but a few Electron
 * modules, so the build fails if the preload bundle would import anything else.
 *
 * Usage: tsx main/build-electron.ts [--watch]
 */
import { build, context, type BuildOptions, type Metafile } from 'esbuild';
import path from 'node:path';

const root = path.resolve(import.meta.dirname, '..');
const outdir = path.join(root, 'dist-electron');
const watch = process.argv.includes('--watch');

/** What require() can load in a sandboxed preload. */
const SANDBOX_PRELOAD_MODULES = new Set(['electron', 'events', 'timers', 'url']);

const common: BuildOptions = {
  bundle: true,
  format: 'cjs',
  external: ['electron'],
  sourcemap: true,
  logLevel: 'info',
  absWorkingDir: root,
  metafile: true,
};

const targets: BuildOptions[] = [
  {
    ...common,
    entryPoints: ['main/electron/main.ts'],
    outfile: path.join(outdir, 'main.cjs'),
    platform: 'node',
    target: 'node22',
  },
  {
    ...common,
    entryPoints: ['main/preload/preload.ts'],
    outfile: path.join(outdir, 'preload.cjs'),
    platform: 'node',
    target: 'chrome130',
  },
];

export function externalImports(metafile: Metafile): string[] {
  return Object.values(metafile.outputs).flatMap((output) => output.imports.filter((i) => i.external).map((i) => i.path));
}

function checkPreload(metafile: Metafile | undefined): void {
  if (!metafile) return;
  const bad = externalImports(metafile).filter((p) => !SANDBOX_PRELOAD_MODULES.has(p));
  if (bad.length > 0) throw new Error(`the sandboxed preload may not require ${[...new Set(bad)].join(', ')}`);
}

if (watch) {
  for (const options of targets) {
    const ctx = await context(options);
    await ctx.watch();
  }
} else {
  const [, preload] = await Promise.all(targets.map((options) => build(options)));
  checkPreload(preload?.metafile);
}
