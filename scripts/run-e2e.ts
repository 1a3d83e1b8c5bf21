/**
 * `npm run test:e2e`: builds the app into a folder of its own (test-results/e2e-app/,
 * never dist-web/, which a running `npm start` web mode serves) and runs the end-to-end
 * tests in Chromium against it (PLANPATH_E2E_APP; e2e/support/app-build.ts). Without a
 * Chromium it says so loudly, with the install command, and skips — except in CI
 * (CI=true), where a missing browser is a failure.
 */
import { spawnSync } from 'node:child_process';
import path from 'node:path';
import { E2E_APP_DIR, PROJECT_ROOT } from '../e2e/support/app-build';
import { findChromium, INSTALL_HINT } from '../e2e/support/find-chromium';

const chromium = findChromium();
if (!chromium) {
  const bar = '!'.repeat(78);
  console.error(`\n${bar}\n!! END-TO-END TESTS NOT RUN: no Chromium found.\n!! Install it with:\n!!   ${INSTALL_HINT}\n${bar}\n`);
  process.exit(process.env.CI ? 1 : 0);
}
console.log(`e2e: using ${chromium}; building into ${E2E_APP_DIR}/`);

const appRoot = path.join(PROJECT_ROOT, E2E_APP_DIR);
const env = { ...process.env, PLANPATH_E2E_APP: appRoot };
const run = (cmd: string, args: string[]) => {
  const r = spawnSync(cmd, args, { stdio: 'inherit', shell: process.platform === 'win32', cwd: PROJECT_ROOT, env });
  if (r.status !== 0) process.exit(r.status ?? 1);
};
run('npm', ['run', '-s', 'build:web', '--', '--outDir', path.join(appRoot, 'dist-web'), '--emptyOutDir']);
// The desktop tests (e2e/desktop/) run the built main and preload bundles.
run('npm', ['run', '-s', 'build:electron', '--', '--outdir', path.join(appRoot, 'dist-electron')]);
run('npx', ['vitest', 'run', '-c', 'vitest.e2e.config.ts', ...process.argv.slice(2)]);
