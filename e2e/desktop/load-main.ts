/**
 * Runs the built main bundle (dist-electron/main.cjs) in this Node process as Electron
 * would run it, except that `require('electron')` gets the stand-in: the bundle is
 * compiled as a CommonJS module with its own require, process (argv of the "app") and
 * console (captured). Each call is a fresh evaluation — a new "process" of the app.
 */
import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import path from 'node:path';
import { compileFunction } from 'node:vm';

export interface MainProcessOptions {
  mainFile: string;
  /** The bundle's code, when a test runs a changed copy of it (a deliberate breakage); mainFile's otherwise. */
  source?: string;
  electron: Record<string, unknown>;
  /** process.argv as the app sees it: [electron, '.', …files]. */
  argv: string[];
  cwd: string;
  /** Lines the main process writes to the console. */
  logs: string[];
  /** Echo the main process's console to ours (PLANPATH_DESKTOP_DEBUG=1). */
  echo?: boolean;
}

export function runMainBundle(options: MainProcessOptions): void {
  const code = options.source ?? readFileSync(options.mainFile, 'utf8');
  const nodeRequire = createRequire(options.mainFile);
  const require = Object.assign((id: string) => (id === 'electron' ? options.electron : nodeRequire(id)), {
    resolve: nodeRequire.resolve,
    cache: nodeRequire.cache,
    main: undefined,
  });
  const env = { ...process.env };
  delete env.VITE_DEV_SERVER_URL;
  delete env.ELECTRON_RUN_AS_NODE;
  const fakeProcess = new Proxy(process, {
    get(target, key) {
      if (key === 'argv') return options.argv;
      if (key === 'env') return env;
      if (key === 'cwd') return () => options.cwd;
      const value: unknown = Reflect.get(target, key, target);
      return typeof value === 'function' ? (value as (...a: unknown[]) => unknown).bind(target) : value;
    },
  });
  const line =
    (level: string) =>
    (...parts: unknown[]) => {
      const text = parts.map((p) => (typeof p === 'string' ? p : p instanceof Error ? (p.stack ?? p.message) : JSON.stringify(p))).join(' ');
      options.logs.push(`${level}: ${text}`);
      if (options.echo) console.log(`[main ${level}] ${text}`);
    };
  const fakeConsole = { ...console, log: line('log'), info: line('info'), warn: line('warn'), error: line('error'), debug: line('debug') };
  const module = { exports: {} as unknown, filename: options.mainFile, id: options.mainFile, loaded: false };
  const run = compileFunction(code, ['exports', 'require', 'module', '__filename', '__dirname', 'process', 'console'], { filename: options.mainFile });
  run(module.exports, require, module, options.mainFile, path.dirname(options.mainFile), fakeProcess, fakeConsole);
  module.loaded = true;
}
