/**
 * `npm start`: builds the app and opens the desktop window where Electron is installed
 * and can start; otherwise serves the web build on loopback and prints its address,
 * with one line saying why. `npm start -- --web` (or PLANPATH_WEB=1) asks for the web mode.
 * It prints only its own lines (planpath: …): the builds' output and Electron's go to a
 * log file (start-log.ts), shown — its last lines and its path — only when a step fails.
 */
import { spawn } from 'node:child_process';
import { existsSync, openSync, readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import path from 'node:path';
import { preview } from 'vite';
import { createStartLog, failureReport, runQuiet } from './start-log';
import { chooseStartMode, installedElectronPath } from './start-mode';

const ROOT = path.resolve(import.meta.dirname, '..');
const require = createRequire(import.meta.url);
const say = (line: string) => console.log(`planpath: ${line}`);
/** An Electron that exits with an error sooner than this did not start: fall back to the web mode. */
const START_UP_MS = 20_000;

const LOG = createStartLog();
const STEPS: Record<string, string> = { 'build:web': 'building the web app', 'build:electron': 'building the desktop app' };

function npmRun(script: string): void {
  const what = `${STEPS[script] ?? script} (npm run ${script})`;
  say(`${STEPS[script] ?? script}…`);
  const r = runQuiet('npm', ['run', '-s', script], { cwd: ROOT, logFile: LOG, what });
  if (r.ok) return;
  for (const line of r.report) console.error(line);
  process.exit(1);
}

async function startWeb(reason: string, built = false): Promise<void> {
  say(`starting the web mode, because ${reason}.`);
  if (!built) npmRun('build:web');
  const server = await preview({
    configFile: path.join(ROOT, 'vite.config.ts'),
    logLevel: 'error',
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
  say('opening the desktop app…');
  // Electron's own chatter (GPU, sandbox, DevTools notes) goes to the log too; a failed start shows it.
  const out = openSync(LOG, 'a');
  const child = spawn(electron, ['.'], { cwd: ROOT, stdio: ['ignore', out, out] });
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
      for (const line of failureReport(`Electron stopped at start-up with exit code ${code}`, LOG, readFileSync(LOG, 'utf8'))) console.error(line);
      void startWeb(`Electron stopped at start-up with exit code ${code} (its output is above)`, true);
      return;
    }
    if (code !== 0 && code !== null) for (const line of failureReport(`the desktop app exited with code ${code}`, LOG, readFileSync(LOG, 'utf8'))) console.error(line);
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
