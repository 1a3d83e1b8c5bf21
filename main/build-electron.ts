/**
 * `npm run build:electron`: bundles main and preload into dist-electron/
 * (see main/build/electron-bundles.ts). `--watch` rebuilds on change; `--outdir DIR`
 * writes elsewhere (the e2e runner's own build, scripts/run-e2e.ts).
 */
import path from 'node:path';
import { buildBundles, PROJECT_ROOT, watchBundles } from './build/electron-bundles';

const outdirArg = process.argv.indexOf('--outdir');
const outdir = outdirArg >= 0 && process.argv[outdirArg + 1] ? path.resolve(process.argv[outdirArg + 1] ?? '') : path.join(PROJECT_ROOT, 'dist-electron');

if (process.argv.includes('--watch')) {
  await watchBundles(outdir);
} else {
  const { main, preload, planParseWorker } = await buildBundles(outdir);
  const size = (r: typeof main) =>
    Object.entries(r.metafile?.outputs ?? {})
      .filter(([file]) => !file.endsWith('.map'))
      .map(([file, o]) => `${file} ${(o.bytes / 1024).toFixed(0)} KiB`);
  console.log([...size(main), ...size(preload), ...size(planParseWorker)].join('\n'));
}
