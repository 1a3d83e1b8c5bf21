/**
 * `npm start`: builds the app and opens the desktop window where Electron is installed
 * and can start; otherwise serves the web build on loopback and prints its address,
 * with one line saying why. `npm start -- --web` (or PLANPATH_WEB=1) asks for the web mode.
 */
import { spawn, spawnSync } from 'node:child_process';
import { existsSync, readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import path from 'node:path';
import { preview } from 'vite';
import { chooseStartMode, installedElectronPath } from './start-mode';

const ROOT = path.resolve(import.meta.dirname, '..');
const require = createRequire(import.meta.url);
const say = (line: string) => console.log(`planpath: ${line}`);
/** An Electron that exits with an error sooner than this did not start: fall back to the web mode. */
const START_UP_MS = 20_000;

function npmRun(script: string): void {
  const r = spawnSync('npm', ['run', '-s', script], { cwd: ROOT, stdio: 'inherit', shell: process.platform === 'win32' });
  if (r.status !== 0) process.exit(r.status ?? 1);
}

async function startWeb(reason: string, built = false): Promise<void> {
  say(`starting the web mode, because ${reason}.`);
  if (!built) npmRun('build:web');
  const server = await preview({
    configFile: path.join(ROOT, 'vite.config.ts'),
    logLevel: 'warn',
    preview: { host: '127.0.0.1', port: 4173, strictPort: false, open: false },
  });
  const url = server.resolvedUrls?.local[0] ?? 'http://127.0.0.1:4173/';
  say(`PlanPath (web mode) is at ${url} — open it in a browser; Ctrl+C stops it.`);
  const stop = () => {
    void server.close().finally(() => process.exit(0));
  };
  process.once('SIGINT', stop);
  process.once('SIGTERM', stop);
}

function startDesktop(electron: string): void {
  npmRun('build:web');
  npmRun('build:electron');
  const started = Date.now();
  const child = spawn(electron, ['.'], { cwd: ROOT, stdio: 'inherit' });
  const forward = (signal: NodeJS.Signals) => () => child.kill(signal);
  process.on('SIGINT', forward('SIGINT'));
  process.on('SIGTERM', forward('SIGTERM'));
  child.on('error', (error) => {
    void startWeb(`Electron could not be started (${error.message})`, true);
  });
  child.on('exit', (code, signal) => {
    if (code !== 0 && signal === null && Date.now() - started < START_UP_MS) {
      process.removeAllListeners('SIGINT');
      process.removeAllListeners('SIGTERM');
      void startWeb(`Electron stopped at start-up with exit code ${code} (its message is above)`, true);
      return;
    }
    process.exit(code ?? 0);
  });
}

const mode = chooseStartMode({
  argv: process.argv.slice(2),
  env: process.env,
  platform: process.platform,
  hasElectronPackage: () => {
    try {
      require.resolve('electron/package.json');
      return true;
    } catch {
      return false;
    }
  },
  electronPath: () => installedElectronPath(path.dirname(require.resolve('electron/package.json')), process.env, (f) => readFileSync(f, 'utf8'), path.join),
  exists: existsSync,
});

if (mode.kind === 'desktop') startDesktop(mode.electron);
else await startWeb(mode.reason);
