/**
 * Bad input: every command that reads a file rejects it with exit 1 and one line per
 * problem naming the field path and the reason, never a stack trace.
 */
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { MAX_FILE_BYTES } from '../../models';
import { cli, PLAN_FILE, type CliRun } from './test-helpers';

const dir = mkdtempSync(join(tmpdir(), 'planpath-cli-'));
afterAll(() => rmSync(dir, { recursive: true, force: true }));

const originalText = readFileSync(PLAN_FILE, 'utf8');

/* The plan file as a plain JSON tree, to be mutated. */
type Json = null | boolean | number | string | Json[] | { [key: string]: Json };
type Obj = { [key: string]: Json };

function planTree(): Obj {
  return JSON.parse(originalText) as Obj;
}

function at(tree: Json, ...path: (string | number)[]): Obj {
  let node: Json = tree;
  for (const part of path) node = (node as Obj)[part as string] as Json;
  return node as Obj;
}

function indicatorIndex(tree: Obj, id: string): number {
  const i = (tree.indicators as Obj[]).findIndex((ind) => ind.id === id);
  if (i < 0) throw new Error(`no indicator ${id}`);
  return i;
}

let counter = 0;
function writeText(text: string): string {
  const file = join(dir, `bad-${counter++}.json`);
  writeFileSync(file, text);
  return file;
}

function writeTree(tree: Obj): string {
  return writeText(JSON.stringify(tree, null, 2));
}

function expectRejected(run: CliRun, ...needles: (string | RegExp)[]): void {
  expect(run.code).toBe(1);
  expect(run.stdout).toBe('');
  expect(run.stderr).not.toMatch(/\n\s+at /); // no stack trace
  expect(run.stderr).not.toMatch(/internal error/);
  for (const needle of needles) {
    if (typeof needle === 'string') expect(run.stderr).toContain(needle);
    else expect(run.stderr).toMatch(needle);
  }
}

/** A bad file is rejected the same way by validate, check and project. */
async function rejectEverywhere(file: string, ...needles: (string | RegExp)[]): Promise<void> {
  for (const argv of [['validate', file], ['check', file], ['project', file, '--format', 'json']]) {
    expectRejected(await cli(argv), ...needles);
  }
}

describe('rejected plan files', () => {
  it('malformed JSON', async () => {
    await rejectEverywhere(writeText(originalText.slice(0, 200)), 'bad-', '不是有效的 JSON');
    const file = writeText('{"schemaVersion": 1,}');
    expectRejected(await cli(['validate', file, '--lang', 'en']), `${file}: not valid JSON`);
  });

  it('a JSON value that is not an object', async () => {
    const file = writeText('[1, 2]');
    expectRejected(await cli(['validate', file, '--lang', 'en']), `${file}: the file must contain a JSON object`);
  });

  it('a newer schema version (3)', async () => {
    const tree = planTree();
    tree.schemaVersion = 3;
    await rejectEverywhere(writeTree(tree), 'schemaVersion: ', '文件格式版本 3');
    expectRejected(await cli(['validate', writeTree(tree), '--lang', 'en']), 'schemaVersion: file format version 3 is newer');
  });

  it('a schema version written as a string ("1")', async () => {
    const tree = planTree();
    tree.schemaVersion = '1';
    expectRejected(await cli(['validate', writeTree(tree), '--lang', 'en']), 'schemaVersion: invalid file format version: 1');
    expectRejected(await cli(['check', writeTree(tree)]), 'schemaVersion: 文件格式版本无效');
  });

  it('NaN, which is not JSON', async () => {
    const text = originalText.replace('"value": 7400,', '"value": NaN,');
    expect(text).not.toBe(originalText);
    const file = writeText(text);
    await rejectEverywhere(file, `${file}: `, 'JSON');
  });

  it('Infinity (1e999 parses to Infinity)', async () => {
    const text = originalText.replace('"value": 7400,', '"value": 1e999,');
    expectRejected(await cli(['validate', writeText(text), '--lang', 'en']), /^indicators\[0\]\.base\.value: .*number/m);
  });

  it('a string where a number belongs', async () => {
    const tree = planTree();
    at(tree, 'indicators', 0, 'base').value = '7400';
    expectRejected(
      await cli(['validate', writeTree(tree), '--lang', 'en']),
      'indicators[0].base.value: expected a number, got text "7400"',
    );
    expectRejected(await cli(['check', writeTree(tree)]), 'indicators[0].base.value: ', '应为数字，实际是文本');
  });

  it('a negative base value for a level', async () => {
    const tree = planTree();
    at(tree, 'indicators', 0, 'base').value = -7400;
    await rejectEverywhere(writeTree(tree), 'indicators[0].base.value: 总量指标不能为负：-7400');
    expectRejected(await cli(['validate', writeTree(tree), '--lang', 'en']), 'indicators[0].base.value: a level cannot be negative: -7400');
  });

  it('a share of 120%', async () => {
    const tree = planTree();
    const i = indicatorIndex(tree, 'urbanization');
    at(tree, 'indicators', i, 'base').value = 120;
    expectRejected(
      await cli(['validate', writeTree(tree), '--lang', 'en']),
      `indicators[${i}].base.value: a share must be between 0 and 100: 120`,
    );
  });

  it('a growth rate of −150%', async () => {
    const tree = planTree();
    const s = (tree.scenarios as Obj[]).findIndex((sc) => sc.id === 'plan');
    at(tree, 'scenarios', s, 'assumptions', 'gdp', 0).value = -1.5;
    await rejectEverywhere(writeTree(tree), `scenarios[${s}].assumptions.gdp[0].value: 增长率不能低于 −100%：-1.5`);
    expectRejected(
      await cli(['validate', writeTree(tree), '--lang', 'en']),
      `scenarios[${s}].assumptions.gdp[0].value: a growth rate cannot be below −100%: -1.5`,
    );
  });

  it('a target year after the horizon (2040)', async () => {
    const tree = planTree();
    const k = (tree.targets as Obj[]).findIndex((t) => t.id === 'gdp-2025-trillion');
    at(tree, 'targets', k).year = 2040;
    expectRejected(await cli(['validate', writeTree(tree), '--lang', 'en']), `targets[${k}].year: year 2040 is outside 2020–2035`);
  });

  it('a duplicate indicator id', async () => {
    const tree = planTree();
    const list = tree.indicators as Obj[];
    list.push({ ...(list[0] as Obj) });
    expectRejected(
      await cli(['validate', writeTree(tree), '--lang', 'en']),
      `indicators[${list.length - 1}].id: duplicate id "gdp" (first used at indicators[0])`,
    );
  });

  it('a target on an unknown indicator', async () => {
    const tree = planTree();
    at(tree, 'targets', 0).indicator = 'no_such_indicator';
    await rejectEverywhere(writeTree(tree), 'targets[0].indicator: 未知指标“no_such_indicator”');
    expectRejected(await cli(['validate', writeTree(tree), '--lang', 'en']), 'targets[0].indicator: unknown indicator "no_such_indicator"');
  });

  it('a formula with an unknown name', async () => {
    const tree = planTree();
    const i = indicatorIndex(tree, 'gdp_per_capita');
    at(tree, 'indicators', i).formula = 'gdp * 10000 / populace';
    expectRejected(
      await cli(['validate', writeTree(tree), '--lang', 'en']),
      `indicators[${i}].formula: formula uses an unknown name "populace"`,
    );
  });

  it('a circular formula (two derived indicators referring to each other)', async () => {
    const tree = planTree();
    const a = indicatorIndex(tree, 'gdp_per_capita');
    const b = indicatorIndex(tree, 'income_all');
    at(tree, 'indicators', a).formula = 'income_all / 2';
    at(tree, 'indicators', b).formula = 'gdp_per_capita * 2';
    const run = await cli(['check', writeTree(tree), '--lang', 'en']);
    expectRejected(run, new RegExp(`indicators\\[(${a}|${b})\\]\\.formula: circular reference: `), 'gdp_per_capita', 'income_all');
    expectRejected(await cli(['project', writeTree(tree)]), '存在循环引用');
  });

  it('a formula calling import(...) or evaluate(...)', async () => {
    for (const [formula, name] of [
      ['import("fs")', 'import'],
      ['evaluate("gdp * 2")', 'evaluate'],
    ] as const) {
      const tree = planTree();
      const i = indicatorIndex(tree, 'gdp_per_capita');
      at(tree, 'indicators', i).formula = formula;
      expectRejected(
        await cli(['validate', writeTree(tree), '--lang', 'en']),
        `indicators[${i}].formula: formula calls the disabled function "${name}"`,
      );
      expectRejected(await cli(['check', writeTree(tree)]), `indicators[${i}].formula: 公式调用了被禁用的函数“${name}”`);
    }
  });

  it('a file over 5 MB, refused before it is read', async () => {
    const big = writeText(originalText + ' '.repeat(MAX_FILE_BYTES));
    let reads = 0;
    const run = await cli(['validate', big], {
      readFile: () => {
        reads++;
        return Promise.resolve(originalText);
      },
    });
    expectRejected(run, big, '文件过大', '5 MB');
    expect(reads).toBe(0);
    expectRejected(await cli(['check', big, '--lang', 'en']), big, 'file is too large', '5 MB');
  });

  it('a file that grows past 5 MB between the size check and the read', async () => {
    const run = await cli(['validate', PLAN_FILE, '--lang', 'en'], {
      readFile: () => Promise.resolve(originalText + ' '.repeat(MAX_FILE_BYTES)),
    });
    expectRejected(run, `${PLAN_FILE}: file is too large`);
  });

  it('reads a file that starts with a UTF-8 byte-order mark', async () => {
    const run = await cli(['validate', writeText(`\ufeff${originalText}`)]);
    expect(run.code).toBe(0);
    expect(run.stdout).toMatch(/^OK: /);
  });
});

describe('file and argument errors', () => {
  it('a missing file', async () => {
    const missing = join(dir, 'nope.json');
    expectRejected(await cli(['validate', missing]), `${missing}：文件不存在`);
    expectRejected(await cli(['check', missing, '--lang', 'en']), `${missing}: no such file`);
    expectRejected(await cli(['project', missing]), missing);
  });

  it('a directory', async () => {
    expectRejected(await cli(['validate', dir, '--lang', 'en']), `${dir}: is a directory`);
  });

  it('an unreadable file', async () => {
    const denied = Object.assign(new Error('EACCES: permission denied'), { code: 'EACCES' });
    expectRejected(
      await cli(['check', PLAN_FILE, '--lang', 'en'], { readFile: () => Promise.reject(denied) }),
      `${PLAN_FILE}: permission denied`,
    );
    const odd = Object.assign(new Error('EIO: i/o error, read'), { code: 'EIO' });
    expectRejected(await cli(['check', PLAN_FILE, '--lang', 'en'], { readFile: () => Promise.reject(odd) }), 'cannot be read (EIO');
  });

  it('an unknown scenario, listing the available ids', async () => {
    expectRejected(await cli(['check', PLAN_FILE, '--scenario', 'nope']), '未知情景“nope”', 'plan, slower, faster, trend');
    expectRejected(
      await cli(['project', PLAN_FILE, '--scenario', 'nope', '--lang', 'en']),
      'unknown scenario "nope". Available scenarios: plan, slower, faster, trend',
    );
  });

  it('no command, an unknown command, a missing file argument, extra arguments', async () => {
    expectRejected(await cli([]), '缺少命令');
    expectRejected(await cli(['simulate', PLAN_FILE, '--lang', 'en']), 'unknown command "simulate"');
    expectRejected(await cli(['check', '--lang', 'en']), 'the check command needs a file path');
    expectRejected(await cli(['validate', PLAN_FILE, PLAN_FILE, '--lang', 'en']), 'unexpected extra arguments');
  });

  it('unknown flags, flags of another command, flags without their value', async () => {
    expectRejected(await cli(['check', PLAN_FILE, '--verbose', '--lang', 'en']), 'unknown option --verbose');
    expectRejected(await cli(['check', PLAN_FILE, '-x']), '未知选项 -x');
    expectRejected(await cli(['check', PLAN_FILE, '--format', 'csv', '--lang', 'en']), 'option --format does not apply to the check command');
    expectRejected(await cli(['project', PLAN_FILE, '--json']), '选项 --json 不适用于 project 命令');
    expectRejected(await cli(['validate', PLAN_FILE, '--scenario', 'plan', '--lang', 'en']), 'option --scenario does not apply');
    expectRejected(await cli(['check', PLAN_FILE, '--lang', 'en', '--scenario']), 'option --scenario needs a value');
    expectRejected(await cli(['check', PLAN_FILE, '--json=yes', '--lang', 'en']), 'option --json takes no value');
  });

  it('bad --format, --basis and --lang values', async () => {
    expectRejected(await cli(['project', PLAN_FILE, '--format', 'xml', '--lang', 'en']), '--format "xml" is not valid; use one of table|csv|json');
    expectRejected(await cli(['project', PLAN_FILE, '--basis', 'ppp']), '--basis 的值“ppp”无效');
    expectRejected(await cli(['validate', PLAN_FILE, '--lang', 'fr']), '--lang 的值“fr”无效，应为 zh|en 之一');
  });

  it('an unexpected internal failure is exit 2 with "internal error:", no stack trace', async () => {
    const run = await cli(['validate', PLAN_FILE], {
      stdout: () => {
        throw new Error('disk full');
      },
    });
    expect(run.code).toBe(2);
    expect(run.stderr).toMatch(/^internal error: disk full/);
    expect(run.stderr).not.toMatch(/\n\s+at /);
  });
});
