/** The real CLI as a subprocess: exit codes and streams end to end. */
import { spawnSync } from 'node:child_process';
import { mkdtempSync, readdirSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import ExcelJS from 'exceljs';
import { describe, expect, it } from 'vitest';
import { PLAN_FILE, REPO_ROOT } from './test-helpers';

const TSX = join(REPO_ROOT, 'node_modules', '.bin', process.platform === 'win32' ? 'tsx.cmd' : 'tsx');
const ENTRY = join(REPO_ROOT, 'main', 'cli', 'index.ts');

function run(...args: string[]) {
  const result = spawnSync(TSX, [ENTRY, ...args], {
    cwd: REPO_ROOT,
    encoding: 'utf8',
    timeout: 60_000,
    // Node refuses to spawn a .cmd without a shell on Windows.
    shell: process.platform === 'win32',
  });
  if (result.error) throw result.error;
  return { code: result.status, stdout: result.stdout, stderr: result.stderr };
}

describe('the CLI as a process', { timeout: 60_000 }, () => {
  it('check --json exits 0 with parseable JSON on stdout and nothing on stderr', () => {
    const r = run('check', PLAN_FILE, '--scenario', 'plan', '--json');
    expect(r.stderr).toBe('');
    expect(r.code).toBe(0);
    const report = JSON.parse(r.stdout) as { targets: { id: string; projected: number | null }[] };
    expect(report.targets.find((t) => t.id === 'gdp-2025-trillion')?.projected).toBeCloseTo(10138.64, 2);
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
    expect(bad.stderr).toBe('--runs "0" is not valid; use a whole number from 1 to 200000\n');
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
      expect(gdp2025).toBeCloseTo(10138.64, 2);
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
