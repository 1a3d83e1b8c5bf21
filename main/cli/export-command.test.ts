/**
 * `export` on the real plan file, into a temporary folder: the files read back equal
 * the projection; a file that cannot be written is reported with exit 1 and leaves
 * neither a partial file nor a temporary one.
 */
import { chmodSync, copyFileSync, mkdirSync, mkdtempSync, readdirSync, readFileSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import ExcelJS from 'exceljs';
import { afterAll, describe, expect, it } from 'vitest';
import { roundForExport } from '../../models/export/cell-safety';
import { BOM, parseCsv, parsePlanText, project, type Plan, type Scenario } from '../../models';
import type { CheckReport } from './check-report';
import type { ExportJson } from './export-command';
import type { ProjectJson } from './project-output';
import { cli, PLAN_FILE, type CliRun } from './test-helpers';

const root = mkdtempSync(join(tmpdir(), 'planpath-export-'));
afterAll(() => {
  chmodSync(root, 0o700);
  rmSync(root, { recursive: true, force: true });
});

let counter = 0;
/** A fresh empty folder per test, so that "no other file is left" can be checked. */
function freshDir(): string {
  const dir = join(root, `case-${counter++}`);
  mkdirSync(dir);
  return dir;
}

const parsed = parsePlanText(readFileSync(PLAN_FILE, 'utf8'), 'zh');
if (!parsed.ok) throw new Error('the plan file does not validate');
const plan: Plan = parsed.plan;
function scenario(id: string): Scenario {
  const found = plan.scenarios.find((s) => s.id === id);
  if (!found) throw new Error(`no scenario ${id}`);
  return found;
}
const planProjection = project(plan, scenario('plan'));
const GDP_2025 = planProjection.series.gdp?.nominal[5] as number;

const NOW = new Date('2026-03-15T08:00:00Z');

async function exportTo(file: string, format: string, ...extra: string[]): Promise<CliRun> {
  return cli(['export', PLAN_FILE, '--format', format, '--out', file, ...extra], { now: () => NOW });
}

function expectWritten(run: CliRun, file: string): void {
  expect(run.stderr).toBe('');
  expect(run.code).toBe(0);
  expect(run.stdout).toContain(file);
}

function expectFailed(run: CliRun, ...needles: string[]): void {
  expect(run.code).toBe(1);
  expect(run.stdout).toBe('');
  expect(run.stderr).not.toMatch(/\n\s+at /); // no stack trace
  expect(run.stderr).not.toMatch(/internal error/);
  for (const needle of needles) expect(run.stderr).toContain(needle);
}

async function readWorkbook(file: string): Promise<ExcelJS.Workbook> {
  const bytes = readFileSync(file);
  const wb = new ExcelJS.Workbook();
  await wb.xlsx.load(bytes.buffer.slice(bytes.byteOffset, bytes.byteOffset + bytes.byteLength) as ArrayBuffer);
  return wb;
}

function rowWithId(ws: ExcelJS.Worksheet, id: string): ExcelJS.Row {
  let found: ExcelJS.Row | undefined;
  ws.eachRow((row) => {
    if (row.getCell(2).value === id) found = row;
  });
  if (!found) throw new Error(`no row for ${id} in ${ws.name}`);
  return found;
}

function fsError(code: string, message: string): Error {
  return Object.assign(new Error(`${code}: ${message}`), { code });
}

describe('export --format csv', () => {
  it('writes the projection with a byte-order mark and CRLF, and round-trips', async () => {
    const dir = freshDir();
    const file = join(dir, 'plan.csv');
    expectWritten(await exportTo(file, 'csv'), file);
    const bytes = readFileSync(file);
    expect([...bytes.subarray(0, 3)]).toEqual([0xef, 0xbb, 0xbf]);
    const text = bytes.toString('utf8');
    expect(text.startsWith(BOM)).toBe(true);
    expect(text.endsWith('\r\n')).toBe(true);
    expect(text.replace(/\r\n/g, '')).not.toMatch(/[\r\n]/); // CRLF only, no bare line ends

    const rows = parseCsv(text);
    // One table and nothing else: a header and one row per indicator.
    expect(rows).toHaveLength(1 + plan.indicators.length);
    expect(rows[0]).toEqual(['指标', 'id', '单位', '口径', ...planProjection.years.map(String)]);
    const gdp = rows.find((r) => r[1] === 'gdp') as string[];
    expect(gdp.slice(0, 4)).toEqual(['地区生产总值', 'gdp', '亿元', '现价']);
    // 亿元 with one decimal in every year (models/export/column-decimals.ts)
    expect(gdp[4 + 5]).toBe((roundForExport(GDP_2025) as number).toFixed(1));
    expect(gdp[4 + 5]).toBe('10207.8');
    // A missing base is an empty cell, never 0 or NaN.
    expect((rows.find((r) => r[1] === 'pension_payment_rate') as string[]).slice(4).every((v) => v === '')).toBe(true);
    expect(readdirSync(dir)).toEqual(['plan.csv']);
  });

  it('follows --scenario, --basis and --lang', async () => {
    const file = join(freshDir(), 'faster-real.csv');
    expectWritten(await exportTo(file, 'csv', '--scenario', 'faster', '--basis', 'real', '--lang', 'en'), file);
    const rows = parseCsv(readFileSync(file, 'utf8'));
    expect(rows[0]?.slice(0, 4)).toEqual(['Indicator', 'id', 'Unit', 'Basis']);
    const gdp = rows.find((r) => r[1] === 'gdp') as string[];
    expect(gdp[3]).toBe('2020 prices');
    const faster = project(plan, scenario('faster'));
    expect(gdp[4 + 15]).toBe((roundForExport(faster.series.gdp?.real[15] as number) as number).toFixed(1));
    expect(Number(gdp[4 + 15])).toBeLessThan(faster.series.gdp?.nominal[15] as number);
  });
});

describe('export --format xlsx', () => {
  it('writes the four sheets with typed numbers equal to the projection and frozen headers', async () => {
    const dir = freshDir();
    const file = join(dir, 'plan.xlsx');
    expectWritten(await exportTo(file, 'xlsx'), file);
    expect(readdirSync(dir)).toEqual(['plan.xlsx']);
    const wb = await readWorkbook(file);
    expect(wb.worksheets.map((w) => w.name)).toEqual(['假设', '预测 现价', '预测 2020年价格', '目标与差距']);
    for (const ws of wb.worksheets) {
      expect(ws.views[0]).toMatchObject({ state: 'frozen', ySplit: 2 });
      // The source line under the table: the plan, the scenario, the date.
      const last = String(ws.getRow(ws.rowCount).getCell(1).value);
      expect(last).toMatch(/^依据：《中共徐州市委关于制定.*建议》；情景：规划假设情景；生成于 2026-03-15/);
    }

    for (const [sheet, basis] of [
      ['预测 现价', 'nominal'],
      ['预测 2020年价格', 'real'],
    ] as const) {
      const ws = wb.getWorksheet(sheet) as ExcelJS.Worksheet;
      expect(String(ws.getRow(1).getCell(1).value)).toContain('规划假设情景');
      for (const ind of plan.indicators) {
        const row = rowWithId(ws, ind.id);
        const values = planProjection.series[ind.id]?.[basis] as Float64Array;
        values.forEach((v, i) => {
          const cell = row.getCell(5 + i);
          if (Number.isFinite(v)) {
            expect(typeof cell.value).toBe('number');
            expect(cell.value).toBe(roundForExport(v));
          } else expect(cell.value).toBeNull();
        });
      }
    }
    const nominalGdp = rowWithId(wb.getWorksheet('预测 现价') as ExcelJS.Worksheet, 'gdp').getCell(5 + 5);
    expect(nominalGdp.value).toBeCloseTo(10207.82, 2);
    expect(nominalGdp.numFmt).toBe('#,##0.0');

    const assumptions = wb.getWorksheet('假设') as ExcelJS.Worksheet;
    const scenarioNames = new Set<string>();
    assumptions.eachRow((row, n) => {
      if (n > 2 && n < assumptions.rowCount - 1) scenarioNames.add(String(row.getCell(1).value));
    });
    expect([...scenarioNames]).toEqual(['规划假设情景']); // the chosen scenario only

    const trillion = rowWithId(wb.getWorksheet('目标与差距') as ExcelJS.Worksheet, 'gdp-2025-trillion');
    expect(trillion.getCell(4).value).toBe('预期性');
    expect(trillion.getCell(8).value).toBe(roundForExport(GDP_2025));
    expect(trillion.getCell(9).value).toBeCloseTo(207.82, 2);
    // from the reported 2024 figure: 10000 / 9537.12 / 1.005 − 1
    expect(trillion.getCell(11).value).toBeCloseTo(0.04332, 5);
    expect(trillion.getCell(12).value).toBe('达成');
    expect(rowWithId(wb.getWorksheet('目标与差距') as ExcelJS.Worksheet, 'farmland-14th').getCell(4).value).toBe('约束性');
  });

  it('names the sheets in English with --lang en, for another scenario', async () => {
    const file = join(freshDir(), 'slower.xlsx');
    expectWritten(await exportTo(file, 'xlsx', '--scenario', 'slower', '--lang', 'en'), file);
    const wb = await readWorkbook(file);
    expect(wb.worksheets.map((w) => w.name)).toEqual(['Assumptions', 'Projection current prices', 'Projection 2020 prices', 'Targets and gaps']);
    const doubling = rowWithId(wb.getWorksheet('Targets and gaps') as ExcelJS.Worksheet, 'gdp-2035-double');
    expect(doubling.getCell(1).value).toBe('Slower growth');
    expect(doubling.getCell(4).value).toBe('expected');
    expect(doubling.getCell(12).value).toBe('missed');
  });
});

describe('export --format json', () => {
  it('is project --format json plus the targets of check --json', async () => {
    const file = join(freshDir(), 'plan.json');
    expectWritten(await exportTo(file, 'json', '--scenario', 'slower'), file);
    const text = readFileSync(file, 'utf8');
    expect(text).not.toMatch(/NaN|Infinity/);
    const exported = JSON.parse(text) as ExportJson;
    expect(Object.keys(exported)).toEqual(['plan', 'scenario', 'basis', 'years', 'indicators', 'assumptions', 'warnings', 'targets']);

    const projected = JSON.parse((await cli(['project', PLAN_FILE, '--format', 'json', '--scenario', 'slower'])).stdout) as ProjectJson;
    const checked = JSON.parse((await cli(['check', PLAN_FILE, '--json', '--scenario', 'slower'])).stdout) as CheckReport;
    const { targets, ...rest } = exported;
    expect(rest).toEqual(projected);
    expect(targets).toEqual(checked.targets);
    expect(targets.find((t) => t.id === 'gdp-2035-double')?.met).toBe(false);
  });

  it('gives values in --basis real', async () => {
    const file = join(freshDir(), 'real.json');
    expectWritten(await exportTo(file, 'json', '--basis', 'real'), file);
    const exported = JSON.parse(readFileSync(file, 'utf8')) as ExportJson;
    expect(exported.basis).toBe('real');
    expect(exported.indicators.gdp?.values).toEqual(exported.indicators.gdp?.real);
    expect(exported.targets.find((t) => t.id === 'gdp-2025-trillion')?.projected).toBeCloseTo(10207.82, 2);
  });
});

describe('export: writing the file', () => {
  it('replaces an existing file and leaves no temporary file', async () => {
    const dir = freshDir();
    const file = join(dir, 'out.json');
    writeFileSync(file, 'old content');
    expectWritten(await exportTo(file, 'json'), file);
    expect(JSON.parse(readFileSync(file, 'utf8'))).toHaveProperty('targets');
    expect(readdirSync(dir)).toEqual(['out.json']);
  });

  it('writes a temporary file beside FILE, then renames it over FILE', async () => {
    const dir = freshDir();
    const file = join(dir, 'out.csv');
    const calls: string[] = [];
    const traced = await cli(['export', PLAN_FILE, '--format', 'csv', '--out', file], {
      writeFile: (path) => {
        calls.push(`write ${path}`);
        return Promise.resolve();
      },
      rename: (from, to) => {
        calls.push(`rename ${from} ${to}`);
        return Promise.resolve();
      },
    });
    expect(traced.code).toBe(0);
    expect(calls).toHaveLength(2);
    const temp = /^write (.*)$/.exec(calls[0] as string)?.[1] as string;
    expect(temp.startsWith(`${file}.tmp-`)).toBe(true);
    // A name of its own per process and write, so concurrent exports never share a temporary file.
    expect(temp).toMatch(/\.tmp-planpath-\d+-\d+$/);
    expect(calls[1]).toBe(`rename ${temp} ${file}`);
  });

  it('a missing folder: exit 1, "cannot write", nothing created (real file system)', async () => {
    const dir = freshDir();
    const file = join(dir, 'no-such-folder', 'plan.xlsx');
    expectFailed(await exportTo(file, 'xlsx', '--lang', 'en'), `cannot write ${file}: the folder does not exist`);
    expectFailed(await exportTo(file, 'csv'), `无法写入 ${file}：所在目录不存在`);
    expect(readdirSync(dir)).toEqual([]);
  });

  it('a path that is an existing directory: exit 1, the directory untouched (real file system)', async () => {
    const dir = freshDir();
    const target = join(dir, 'reports');
    mkdirSync(target);
    writeFileSync(join(target, 'keep.txt'), 'keep');
    expectFailed(await exportTo(target, 'json', '--lang', 'en'), `cannot write ${target}: it is a directory, not a file`);
    expect(statSync(target).isDirectory()).toBe(true);
    expect(readdirSync(target)).toEqual(['keep.txt']);
    expect(readdirSync(dir)).toEqual(['reports']);
  });

  it('a path under a file (not a folder): exit 1 (real file system)', async () => {
    const dir = freshDir();
    writeFileSync(join(dir, 'a-file'), 'x');
    const file = join(dir, 'a-file', 'plan.csv');
    expectFailed(await exportTo(file, 'csv', '--lang', 'en'), `cannot write ${file}: part of the path is not a folder`);
    expect(readdirSync(dir)).toEqual(['a-file']);
  });

  it('an unwritable folder (injected EACCES, as chmod does not stop root): exit 1, nothing written', async () => {
    const dir = freshDir();
    const file = join(dir, 'plan.xlsx');
    const run = await cli(['export', PLAN_FILE, '--format', 'xlsx', '--out', file, '--lang', 'en'], {
      writeFile: (path) => Promise.reject(fsError('EACCES', `permission denied, open '${path}'`)),
    });
    expectFailed(run, `cannot write ${file}: permission denied`);
    expect(readdirSync(dir)).toEqual([]);
  });

  it.skipIf(process.platform === 'win32' || process.getuid?.() === 0)('a read-only folder (chmod 0o500, when not root)', async () => {
    const dir = freshDir();
    chmodSync(dir, 0o500);
    try {
      expectFailed(await exportTo(join(dir, 'plan.csv'), 'csv', '--lang', 'en'), 'permission denied');
      expect(readdirSync(dir)).toEqual([]);
    } finally {
      chmodSync(dir, 0o700);
    }
  });

  it('a write that fails halfway: no FILE and no temporary file left, exit 1', async () => {
    const dir = freshDir();
    const file = join(dir, 'plan.xlsx');
    let temp = '';
    const run = await cli(['export', PLAN_FILE, '--format', 'xlsx', '--out', file, '--lang', 'en'], {
      writeFile: (path, data) => {
        temp = path;
        writeFileSync(path, data.slice(0, 100)); // a partial file on disk
        return Promise.reject(fsError('ENOSPC', `no space left on device, write`));
      },
    });
    expectFailed(run, `cannot write ${file}: no space left on the device`);
    expect(temp.startsWith(`${file}.tmp-`)).toBe(true);
    expect(readdirSync(dir)).toEqual([]);
  });

  it('a failing write or rename leaves the previous FILE exactly as it was', async () => {
    const dir = freshDir();
    const file = join(dir, 'plan.csv');
    writeFileSync(file, 'previous export');
    const halfway = await cli(['export', PLAN_FILE, '--format', 'csv', '--out', file], {
      writeFile: (path) => {
        writeFileSync(path, 'half');
        return Promise.reject(fsError('EIO', 'i/o error, write'));
      },
    });
    expectFailed(halfway, `无法写入 ${file}：EIO: i/o error, write`);
    // The file is open in Excel on Windows: the rename is refused.
    const busy = await cli(['export', PLAN_FILE, '--format', 'csv', '--out', file, '--lang', 'en'], {
      rename: () => Promise.reject(fsError('EBUSY', 'resource busy or locked, rename')),
    });
    expectFailed(busy, `cannot write ${file}: the file is in use by another program`);
    expect(readFileSync(file, 'utf8')).toBe('previous export');
    expect(readdirSync(dir)).toEqual(['plan.csv']);
  });

  it('says so when the temporary file cannot be removed either', async () => {
    const dir = freshDir();
    const file = join(dir, 'plan.json');
    const run = await cli(['export', PLAN_FILE, '--format', 'json', '--out', file, '--lang', 'en'], {
      rename: () => Promise.reject(fsError('EACCES', 'permission denied, rename')),
      unlink: () => Promise.reject(fsError('EACCES', 'permission denied, unlink')),
    });
    expectFailed(run, `cannot write ${file}: permission denied`, `the temporary file ${file}.tmp-`, 'could not be removed');
    // The temporary file is still there (it is named in the message); FILE was never made.
    const left = readdirSync(dir);
    expect(left).toHaveLength(1);
    expect(run.stderr).toContain(join(dir, left[0] as string));
    expect(left[0]).toMatch(/^plan\.json\.tmp-planpath-\d+-\d+$/);
  });

  it('refuses to overwrite the plan file it reads', async () => {
    const dir = freshDir();
    const copy = join(dir, 'plan.json');
    copyFileSync(PLAN_FILE, copy);
    const before = readFileSync(copy, 'utf8');
    expectFailed(await cli(['export', copy, '--format', 'json', '--out', copy, '--lang', 'en']), `cannot write ${copy}: it is the plan file being read`);
    expect(readFileSync(copy, 'utf8')).toBe(before);
    expect(readdirSync(dir)).toEqual(['plan.json']);
  });

  it('writes nothing for a bad plan file or an unknown scenario', async () => {
    const dir = freshDir();
    const bad = join(root, `bad-${counter++}.json`);
    writeFileSync(bad, '{"schemaVersion": 1,');
    expectFailed(await cli(['export', bad, '--format', 'xlsx', '--out', join(dir, 'x.xlsx')]), '不是有效的 JSON');
    expectFailed(
      await cli(['export', PLAN_FILE, '--format', 'csv', '--out', join(dir, 'x.csv'), '--scenario', 'nope', '--lang', 'en']),
      'unknown scenario "nope". Available scenarios: plan, slower, faster, trend',
    );
    expect(readdirSync(dir)).toEqual([]);
  });
});

describe('export: arguments', () => {
  it('needs --format, with the allowed values', async () => {
    expectFailed(await cli(['export', PLAN_FILE, '--out', 'x.csv', '--lang', 'en']), 'the export command needs --format (one of csv|xlsx|json)');
    expectFailed(await cli(['export', PLAN_FILE, '--out', 'x.csv']), 'export 命令需要 --format');
    expectFailed(await cli(['export', PLAN_FILE, '--format', 'pdf', '--out', 'x.pdf', '--lang', 'en']), '--format "pdf" is not valid; use one of csv|xlsx|json');
    expectFailed(await cli(['export', PLAN_FILE, '--format', 'table', '--out', 'x.txt']), '--format 的值“table”无效，应为 csv|xlsx|json 之一');
  });

  it('needs --out', async () => {
    expectFailed(await cli(['export', PLAN_FILE, '--format', 'xlsx', '--lang', 'en']), 'the export command needs --out with the file to write, e.g. --out xuzhou.xlsx');
    expectFailed(await cli(['export', PLAN_FILE, '--format', 'csv', '--out', '']), 'export 命令需要 --out');
    expectFailed(await cli(['export', PLAN_FILE, '--format', 'csv', '--out', '--lang', 'en']), 'option --out needs a value');
  });

  it('takes only its own options, one plan file, and xlsx is not a project format', async () => {
    expectFailed(await cli(['export', PLAN_FILE, '--format', 'json', '--out', 'x.json', '--json', '--lang', 'en']), 'option --json does not apply to the export command');
    expectFailed(await cli(['export', '--format', 'json', '--out', 'x.json', '--lang', 'en']), 'the export command needs a file path');
    expectFailed(await cli(['export', PLAN_FILE, PLAN_FILE, '--format', 'json', '--out', 'x.json', '--lang', 'en']), 'unexpected extra arguments');
    expectFailed(await cli(['project', PLAN_FILE, '--format', 'xlsx', '--lang', 'en']), '--format "xlsx" is not valid; use one of table|csv|json');
    expectFailed(await cli(['check', PLAN_FILE, '--out', 'x.json', '--lang', 'en']), 'option --out does not apply to the check command');
  });

  it('is in the help, in both languages', async () => {
    expect((await cli(['help'])).stdout).toContain('npm run cli -- export   <plan.json> [--scenario ID] --format csv|xlsx|json --out FILE');
    const en = (await cli(['export', '--help', '--lang', 'en'])).stdout;
    expect(en).toContain('--out FILE');
    expect(en).toContain('never\n            a partial file');
  });
});
