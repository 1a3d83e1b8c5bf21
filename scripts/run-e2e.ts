/**
 * `npm run test:e2e`: builds the web app and runs the end-to-end tests in Chromium.
 * Without a Chromium it says so loudly, with the install command, and skips — except
 * in CI (CI=true), where a missing browser is a failure.
 */
import { spawnSync } from 'node:child_process';
import { findChromium, INSTALL_HINT } from '../e2e/support/find-chromium';

const chromium = findChromium();
if (!chromium) {
  const bar = '!'.repeat(78);
  console.error(`\n${bar}\n!! END-TO-END TESTS NOT RUN: no Chromium found.\n!! Install it with:\n!!   ${INSTALL_HINT}\n${bar}\n`);
  process.exit(process.env.CI ? 1 : 0);
}
console.log(`e2e: using ${chromium}`);

const run = (cmd: string, args: string[]) => {
  const r = spawnSync(cmd, args, { stdio: 'inherit', shell: process.platform === 'win32' });
  if (r.status !== 0) process.exit(r.status ?? 1);
};
run('npm', ['run', '-s', 'build:web']);
// The desktop tests (e2e/desktop/) run the built main and preload bundles.
run('npm', ['run', '-s', 'build:electron']);
run('npx', ['vitest', 'run', '-c', 'vitest.e2e.config.ts']);
