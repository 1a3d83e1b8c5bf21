/**
 * The real CLI as a subprocess: the esbuild bundle run by plain node, as `planpath` and
 * `npm run cli` run it (scripts/cli-bundle.mjs). The bundle is built once, from the
 * current sources, into a temporary folder. Exit codes and streams end to end.
 */
import { spawnSync } from 'node:child_process';
import { existsSync, mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import ExcelJS from 'exceljs';
import type { Metafile } from 'esbuild';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { buildCli, staleReason } from '../../scripts/cli-bundle.mjs';
import { TIMEOUTS } from '../../test-timeouts';
import { PLAN_FILE, REPO_ROOT } from './test-helpers';

let outdir: string;
let entry: string;
let metafile: Metafile;

beforeAll(async () => {
  outdir = join(mkdtempSync(join(tmpdir(), 'planpath-cli-bundle-')), 'dist-cli');
  ({ entry, metafile } = await buildCli(outdir));
}, TIMEOUTS.slow);
afterAll(() => rmSync(join(outdir, '..'), { recursive: true, force: true }));

function run(...args: string[]) {
  const result = spawnSync(process.execPath, [entry, ...args], { cwd: REPO_ROOT, encoding: 'utf8', timeout: TIMEOUTS.test });
  if (result.error) throw result.error;
  return { code: result.status, stdout: result.stdout, stderr: result.stderr };
}

/** The project files and packages each output of the bundle holds, and what it imports. */
function outputsOf(meta: Metafile) {
  // Output paths are relative to the project and name the staging folder (dist-cli.build-…).
  const key = (file: string) => file.replace(/^.*?dist-cli[^/]*\//, '');
  const outputs = new Map<string, { inputs: string[]; staticImports: string[]; dynamicImports: string[] }>();
  for (const [file, output] of Object.entries(meta.outputs)) {
    if (file.endsWith('.map')) continue;
    outputs.set(key(file), {
      inputs: Object.keys(output.inputs),
      staticImports: output.imports.filter((i) => i.kind === 'import-statement' && !i.external).map((i) => key(i.path)),
      dynamicImports: output.imports.filter((i) => i.kind === 'dynamic-import' && !i.external).map((i) => key(i.path)),
    });
  }
  return outputs;
}

describe('the CLI bundle', () => {
  it('loads exceljs only for export: no statically imported chunk of the entry holds it', () => {
    const outputs = outputsOf(metafile);
    const loadedAtStart = new Set<string>(['planpath.mjs']);
    for (const file of loadedAtStart) for (const next of outputs.get(file)?.staticImports ?? []) loadedAtStart.add(next);
    const atStart = [...loadedAtStart].flatMap((file) => outputs.get(file)?.inputs ?? []);
    expect(atStart).toContain('main/cli/run-cli.ts');
    expect(atStart.filter((input) => input.startsWith('node_modules/exceljs/'))).toEqual([]);
    const lazy = [...outputs.entries()].filter(([file]) => !loadedAtStart.has(file)).flatMap(([, o]) => o.inputs);
    expect(lazy.some((input) => input.startsWith('node_modules/exceljs/'))).toBe(true);
  });

  it('is rebuilt when a source is newer than the build or gone, and not otherwise', () => {
    expect(staleReason(outdir)).toBeNull();
    const inputsFile = join(outdir, 'inputs.json');
    const recorded = JSON.parse(readFileSync(inputsFile, 'utf8')) as { builtAt: number; inputs: string[] };
    expect(recorded.inputs).toEqual(expect.arrayContaining(['main/cli/index.ts', 'main/cli/run-cli.ts', 'models/engine/projection.ts', 'package-lock.json']));
    expect(recorded.inputs.filter((i) => i.startsWith('node_modules/'))).toEqual([]);
    try {
      writeFileSync(inputsFile, JSON.stringify({ ...recorded, builtAt: 0 }));
      expect(staleReason(outdir)).toBe(`${recorded.inputs[0]} changed`);
      writeFileSync(inputsFile, JSON.stringify({ ...recorded, inputs: [...recorded.inputs, 'main/cli/no-such-file.ts'] }));
      expect(staleReason(outdir)).toBe('main/cli/no-such-file.ts is gone');
    } finally {
      writeFileSync(inputsFile, JSON.stringify(recorded));
    }
    expect(staleReason(join(outdir, 'nothing-here'))).toBe('not built yet');
  });

  it('bin/planpath.mjs (planpath, npm run cli) runs the same CLI', () => {
    expect(existsSync(join(REPO_ROOT, 'bin', 'planpath.mjs'))).toBe(true);
    const viaBin = spawnSync(process.execPath, [join(REPO_ROOT, 'bin', 'planpath.mjs'), 'check', PLAN_FILE, '--scenario', 'plan', '--json'], {
      cwd: REPO_ROOT,
      encoding: 'utf8',
      timeout: TIMEOUTS.slow,
    });
    expect(viaBin.stderr).toBe('');
    expect(viaBin.status).toBe(0);
    expect(viaBin.stdout).toBe(run('check', PLAN_FILE, '--scenario', 'plan', '--json').stdout);
  }, TIMEOUTS.slow);
});

describe('the CLI as a process', () => {
  it('check --json exits 0 with parseable JSON on stdout and nothing on stderr', () => {
    const r = run('check', PLAN_FILE, '--scenario', 'plan', '--json');
    expect(r.stderr).toBe('');
    expect(r.code).toBe(0);
    const report = JSON.parse(r.stdout) as { targets: { id: string; projected: number | null }[] };
    expect(report.targets.find((t) => t.id === 'gdp-2025-trillion')?.projected).toBeCloseTo(10207.82, 2);
  });

  it('a missing file exits 1 with one line on stderr and no stack trace', () => {
    const r = run('validate', 'does/not/exist.json', '--lang', 'en');
    expect(r.code).toBe(1);
    expect(r.stdout).toBe('');
    expect(r.stderr).toBe('does/not/exist.json: no such file\n');
  });

  it('a bad --format exits 1', () => {
    const r = run('project', PLAN_FILE, '--format', 'xml');
    expect(r.code).toBe(1);
    expect(r.stderr).toContain('--format');
    expect(r.stderr).not.toMatch(/\n\s+at /);
  });

  it('montecarlo --json exits 0 and prints the same JSON twice for a seed; a bad --runs exits 1', () => {
    const a = run('montecarlo', PLAN_FILE, '--runs', '500', '--seed', '3', '--json');
    expect(a.stderr).toBe('');
    expect(a.code).toBe(0);
    const report = JSON.parse(a.stdout) as { runs: number; targets: { id: string; probability: number | null }[] };
    expect(report.runs).toBe(500);
    expect(run('montecarlo', PLAN_FILE, '--runs', '500', '--seed', '3', '--json').stdout).toBe(a.stdout);
    const bad = run('montecarlo', PLAN_FILE, '--runs', '0', '--lang', 'en');
    expect(bad.code).toBe(1);
    expect(bad.stdout).toBe('');
    expect(bad.stderr).toBe('--runs "0" is not valid; use a whole number from 1 to 1000000\n');
  });

  it('sensitivity prints the tornado, exit 0; a negative --seed is read as a number, not an option', () => {
    const r = run('sensitivity', PLAN_FILE, '--target', 'gdp-2035-double', '--lang', 'en');
    expect(r.stderr).toBe('');
    expect(r.code).toBe(0);
    expect(r.stdout).toContain('Gap at +step');
    const bad = run('montecarlo', PLAN_FILE, '--seed', '-1', '--lang', 'en');
    expect(bad.code).toBe(1);
    expect(bad.stderr).toBe('--seed "-1" is not valid; use a whole number from 0 to 4294967295\n');
  });

  it('export --format xlsx writes a workbook that exceljs reads back, exit 0', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'planpath-cli-process-'));
    try {
      const out = join(dir, 'xuzhou.xlsx');
      const r = run('export', PLAN_FILE, '--scenario', 'plan', '--format', 'xlsx', '--out', out, '--lang', 'en');
      expect(r.stderr).toBe('');
      expect(r.code).toBe(0);
      expect(r.stdout).toBe(`wrote ${out} (xlsx, scenario: plan)\n`);
      expect(readdirSync(dir)).toEqual(['xuzhou.xlsx']);
      const bytes = readFileSync(out);
      const wb = new ExcelJS.Workbook();
      await wb.xlsx.load(bytes.buffer.slice(bytes.byteOffset, bytes.byteOffset + bytes.byteLength) as ArrayBuffer);
      expect(wb.worksheets.map((w) => w.name)).toEqual(['Assumptions', 'Projection current prices', 'Projection 2020 prices', 'Targets and gaps']);
      let gdp2025: unknown;
      wb.getWorksheet('Projection current prices')?.eachRow((row) => {
        if (row.getCell(2).value === 'gdp') gdp2025 = row.getCell(5 + 5).value;
      });
      expect(gdp2025).toBeCloseTo(10207.82, 2);
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  });

  it('export into a missing folder exits 1 with one line on stderr', () => {
    const r = run('export', PLAN_FILE, '--format', 'csv', '--out', 'no/such/folder/x.csv', '--lang', 'en');
    expect(r.code).toBe(1);
    expect(r.stdout).toBe('');
    expect(r.stderr).toBe('cannot write no/such/folder/x.csv: the folder does not exist\n');
  });
});
