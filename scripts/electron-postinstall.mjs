#!/usr/bin/env node
/**
 * `npm install`'s last step (package.json "postinstall"): fetches Electron's binary and
 * says in one plain sentence whether the desktop app is ready. It never fails the
 * install: without Electron, `npm start` opens the web mode instead.
 *
 * Since Electron 42 the electron package has no install script: npm installs it from
 * the registry like any other, and its binary is fetched by its `install.js`, which this
 * script runs. A failed download therefore never rolls back the install. (Electron is a
 * dev dependency, not an optional one: npm would skip an optional one on Node 20, whose
 * version its `engines` field does not name, and the type check needs its types.)
 *
 * Plain JavaScript on purpose: it runs with bare node, before anything is built.
 */
import { spawnSync } from 'node:child_process';
import { existsSync, readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import path from 'node:path';

const require = createRequire(import.meta.url);
const say = (sentence) => console.log(`planpath: ${sentence}`);

/** node_modules/electron, or null where it is not installed. */
function electronDir() {
  try {
    return path.dirname(require.resolve('electron/package.json'));
  } catch {
    return null;
  }
}

/** The binary that node_modules/electron points to, if it is there. */
function electronBinary(dir) {
  try {
    const relative = readFileSync(path.join(dir, 'path.txt'), 'utf8');
    const base = process.env.ELECTRON_OVERRIDE_DIST_PATH || path.join(dir, 'dist');
    const binary = path.join(base, relative);
    return existsSync(binary) ? binary : null;
  } catch {
    return null;
  }
}

/** The last line of Electron's installer output that names an error, shortened. */
function reasonFrom(output) {
  const lines = output.split('\n').map((l) => l.trim()).filter(Boolean);
  const line = lines.find((l) => /^(\w*Error|HTTPError|RequestError)\b/.test(l)) ?? lines.find((l) => !l.startsWith('at ')) ?? 'no reason given';
  return line.length > 160 ? `${line.slice(0, 157)}…` : line;
}

const WEB = '`npm start` will open the web mode in your browser instead (see README, Troubleshooting, to add Electron later)';

function main() {
  const dir = electronDir();
  if (!dir) {
    say(`Electron is not installed (its download failed or it was left out); everything else is, and ${WEB}.`);
    return;
  }
  const { version } = JSON.parse(readFileSync(path.join(dir, 'package.json'), 'utf8'));
  if (electronBinary(dir)) {
    say(`Electron ${version} is ready: \`npm start\` opens the desktop app.`);
    return;
  }
  if (process.env.ELECTRON_SKIP_BINARY_DOWNLOAD) {
    say(`Electron's binary was not downloaded (ELECTRON_SKIP_BINARY_DOWNLOAD is set); ${WEB}.`);
    return;
  }
  const run = spawnSync(process.execPath, [path.join(dir, 'install.js')], { cwd: dir, encoding: 'utf8', timeout: 15 * 60_000 });
  if (run.status === 0 && electronBinary(dir)) {
    say(`Electron ${version} is ready: \`npm start\` opens the desktop app.`);
    return;
  }
  const found = run.error ? run.error.message : reasonFrom(`${run.stderr}\n${run.stdout}`);
  // Node's fetch says only "fetch failed" when it cannot reach the server (offline, proxy, refused).
  const reason = /fetch failed/.test(found) ? `no connection to the download server: ${found}` : found;
  say(`Electron ${version} could not be downloaded (${reason}); everything else is installed, and ${WEB}.`);
}

try {
  main();
} catch (error) {
  say(`Electron could not be set up (${error instanceof Error ? error.message : String(error)}); ${WEB}.`);
}
