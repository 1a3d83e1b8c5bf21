/**
 * The CLI as one esbuild bundle run by plain node: no tsx, no TypeScript hooks at run
 * time. Entry main/cli/index.ts (so every command wired into run-cli.ts is in it), ESM
 * with code splitting, so a module behind a dynamic import() (exceljs for `export`,
 * the document readers for `extract`) is a chunk loaded only by the command that needs it.
 *
 *   node scripts/cli-bundle.mjs [outdir]   build (npm run build:cli)
 *   ensureCliBundle()                      the bundle's entry, rebuilt first if any of
 *                                          its inputs changed (bin/planpath.mjs)
 *
 * Freshness: the build records the project's files esbuild read (metafile) in
 * <outdir>/inputs.json; the bundle is stale when one of them, package-lock.json or this
 * file is newer than the build, or is gone. Plain JavaScript, so the launcher needs
 * neither tsx nor a compile step when nothing changed.
 */
import { existsSync, mkdirSync, readFileSync, renameSync, rmSync, statSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';

export const PROJECT_ROOT = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');
export const CLI_OUTDIR = path.join(PROJECT_ROOT, 'dist-cli');
export const CLI_ENTRY_NAME = 'planpath.mjs';
const INPUTS_FILE = 'inputs.json';
/** Inputs that are not modules but change what a build gives. */
const ALWAYS_INPUTS = ['package-lock.json', 'scripts/cli-bundle.mjs'];

/** esbuild's options for the CLI bundle in `outdir`. */
export function cliBuildOptions(outdir) {
  return {
    absWorkingDir: PROJECT_ROOT,
    entryPoints: { planpath: 'main/cli/index.ts' },
    outdir,
    outExtension: { '.js': '.mjs' },
    chunkNames: 'chunks/[name]-[hash]',
    bundle: true,
    splitting: true,
    format: 'esm',
    platform: 'node',
    target: 'node20',
    // Smaller is faster to compile at every start; names are kept for messages.
    minify: true,
    keepNames: true,
    sourcemap: 'linked',
    metafile: true,
    logLevel: 'warning',
    // CommonJS dependencies (exceljs, mammoth …) call require() for Node's built-ins.
    banner: { js: "import { createRequire as __cliCreateRequire } from 'node:module'; const require = __cliCreateRequire(import.meta.url);" },
  };
}

/**
 * Builds the bundle into `outdir`: first into a sibling folder, which then replaces
 * `outdir`, so a run that starts meanwhile never loads half a build.
 * Returns the entry's path and esbuild's metafile (paths relative to the staging folder).
 */
export async function buildCli(outdir = CLI_OUTDIR) {
  const { build } = await import('esbuild');
  const staging = `${outdir}.build-${process.pid}-${Date.now()}`;
  const started = Date.now();
  let metafile;
  try {
    const result = await build(cliBuildOptions(staging));
    metafile = result.metafile;
    const inputs = [...new Set([...Object.keys(result.metafile.inputs), ...ALWAYS_INPUTS])]
      // Dependencies change only with package-lock.json, which is an input itself.
      .filter((file) => !file.includes(':') && !file.startsWith('node_modules/'))
      .sort();
    writeFileSync(path.join(staging, INPUTS_FILE), `${JSON.stringify({ builtAt: started, inputs }, null, 1)}\n`);
    const old = `${outdir}.old-${process.pid}-${Date.now()}`;
    if (existsSync(outdir)) renameSync(outdir, old);
    mkdirSync(path.dirname(outdir), { recursive: true });
    renameSync(staging, outdir);
    rmSync(old, { recursive: true, force: true });
  } finally {
    rmSync(staging, { recursive: true, force: true });
  }
  return { entry: path.join(outdir, CLI_ENTRY_NAME), metafile };
}

/** Why the bundle in `outdir` must be rebuilt, or null when it is up to date. */
export function staleReason(outdir = CLI_OUTDIR) {
  let recorded;
  try {
    recorded = JSON.parse(readFileSync(path.join(outdir, INPUTS_FILE), 'utf8'));
  } catch {
    return 'not built yet';
  }
  if (!existsSync(path.join(outdir, CLI_ENTRY_NAME))) return 'not built yet';
  for (const input of recorded.inputs) {
    let mtime;
    try {
      mtime = statSync(path.join(PROJECT_ROOT, input)).mtimeMs;
    } catch {
      return `${input} is gone`;
    }
    if (mtime >= recorded.builtAt) return `${input} changed`;
  }
  return null;
}

/**
 * The entry of an up-to-date bundle, rebuilding it first where a source changed. Where
 * esbuild is not installed (an install without dev dependencies), the existing bundle
 * is used as it is.
 */
export async function ensureCliBundle(outdir = CLI_OUTDIR) {
  const entry = path.join(outdir, CLI_ENTRY_NAME);
  const reason = staleReason(outdir);
  if (reason === null) return entry;
  try {
    return (await buildCli(outdir)).entry;
  } catch (error) {
    if (existsSync(entry) && error?.code === 'ERR_MODULE_NOT_FOUND') return entry;
    throw error;
  }
}

if (process.argv[1] && import.meta.url === pathToFileURL(process.argv[1]).href) {
  const outdir = process.argv[2] ? path.resolve(process.argv[2]) : CLI_OUTDIR;
  const { entry } = await buildCli(outdir);
  console.log(`CLI bundle: ${path.relative(process.cwd(), entry) || entry}`);
}
