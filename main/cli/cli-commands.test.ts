/**
 * The CLI's own surface (issue 22, item 6): --version, every command of the registry in
 * the help and in the unknown-command message, "did you mean", one language per run, the
 * path of a non-JSON file in its error, --runs up to the engine's limit, headers on tables.
 */
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { MAX_RUNS } from '../../models';
import { parseCliArgs } from './args';
import { COMMANDS } from './command-registry';
import { nearestWord } from './did-you-mean';
import { cli, PLAN_FILE, REPO_ROOT } from './test-helpers';
import { CLI_VERSION } from './version';

const dir = mkdtempSync(join(tmpdir(), 'planpath-cli-commands-'));
afterAll(() => rmSync(dir, { recursive: true, force: true }));

describe('--version', () => {
  it('prints the package version, exit 0, with or without a command', async () => {
    expect(CLI_VERSION).toMatch(/^\d+\.\d+\.\d+/);
    for (const argv of [['--version'], ['-v'], ['check', '--version'], ['--version', '--lang', 'en']]) {
      const run = await cli(argv);
      expect(run).toEqual({ code: 0, stdout: `planpath ${CLI_VERSION}\n`, stderr: '' });
    }
  });
});

describe('every command, from the one registry', () => {
  it('is in the help, in both languages, with its usage line and its description', async () => {
    for (const lang of ['zh', 'en']) {
      const help = (await cli(['help', '--lang', lang])).stdout;
      for (const name of COMMANDS) {
        expect(help).toMatch(new RegExp(`^  npm run cli -- ${name} `, 'm'));
        expect(help).toMatch(new RegExp(`^  ${name} `, 'm'));
      }
      expect(help).toContain('--version');
    }
    expect(COMMANDS).toEqual(expect.arrayContaining(['extract', 'review']));
  });

  it('is named in the unknown-command message', async () => {
    for (const lang of ['zh', 'en']) {
      const run = await cli(['frobnicate', PLAN_FILE, '--lang', lang]);
      expect(run.code).toBe(1);
      for (const name of [...COMMANDS, 'help']) expect(run.stderr).toContain(name);
    }
  });
});

describe('did you mean', () => {
  it('names the nearest command for a typo', async () => {
    expect((await cli(['chek', PLAN_FILE, '--lang', 'en'])).stderr).toMatch(/^unknown command "chek"; did you mean check\?/);
    expect((await cli(['extact', 'x.txt'])).stderr).toMatch(/^未知命令“extact”，是否要用 extract？/);
    expect((await cli(['montecalro', PLAN_FILE, '--lang', 'en'])).stderr).toContain('did you mean montecarlo?');
    expect((await cli(['sens', PLAN_FILE, '--lang', 'en'])).stderr).toContain('did you mean sensitivity?');
    expect((await cli(['xyzzy', PLAN_FILE, '--lang', 'en'])).stderr).not.toContain('did you mean');
  });

  it('names the nearest option for a typo', async () => {
    const run = await cli(['check', PLAN_FILE, '--jsno', '--lang', 'en']);
    expect(run.code).toBe(1);
    expect(run.stderr).toBe('unknown option --jsno; did you mean --json? See `npm run cli -- help`\n');
    expect((await cli(['montecarlo', PLAN_FILE, '--rusn', '5'])).stderr).toContain('是否要用 --runs？');
    expect((await cli(['check', PLAN_FILE, '--scenaro=plan', '--lang', 'en'])).stderr).toContain('did you mean --scenario?');
    expect((await cli(['check', PLAN_FILE, '--zzzzzz', '--lang', 'en'])).stderr).not.toContain('did you mean');
  });

  it('leaves words far from every known one alone', () => {
    expect(nearestWord('a', ['check'])).toBeNull();
    expect(nearestWord('chekc', ['check', 'export'])).toBe('check');
    expect(nearestWord('x'.repeat(100), ['check'])).toBeNull();
  });
});

describe('one language per run', () => {
  const englishWord = /[A-Za-z]{3,}/;
  it('validate --lang zh prints no English line (beyond ids and the "OK:" that scripts look for)', async () => {
    const run = await cli(['validate', PLAN_FILE, '--lang', 'zh']);
    expect(run.code).toBe(0);
    const words = run.stdout.replace(/^OK: /, '').replace(/\b[a-z0-9_.-]+\b/g, '');
    expect(words).not.toMatch(englishWord);
    expect(run.stdout).toMatch(/^OK: .* — \d+ 个指标，\d+ 项目标，\d+ 个情景\n$/);
  });

  it('validate --lang en prints the English line', async () => {
    expect((await cli(['validate', PLAN_FILE, '--lang', 'en'])).stdout).toMatch(/— \d+ indicators, \d+ targets, \d+ scenarios\n$/);
  });
});

describe('a file that is not JSON', () => {
  it('is named by its path in the error, not "(file)"', async () => {
    const file = join(dir, 'notes.txt');
    writeFileSync(file, 'hello, not a plan');
    for (const command of ['validate', 'check', 'project', 'review']) {
      const run = await cli([command, file, '--lang', 'en']);
      expect(run.code).toBe(1);
      expect(run.stderr.startsWith(`${file}: not valid JSON`)).toBe(true);
      expect(run.stderr).not.toContain('(file)');
    }
  });
});

describe('--runs', () => {
  it('goes up to the engine limit of 1,000,000 and no further', () => {
    expect(MAX_RUNS).toBe(1_000_000);
    const ok = parseCliArgs(['montecarlo', PLAN_FILE, '--runs', '1000000']);
    expect(ok.kind === 'run' && ok.args.simulation?.runs).toBe(1_000_000);
    const over = parseCliArgs(['montecarlo', PLAN_FILE, '--runs', '1000001', '--lang', 'en']);
    expect(over).toMatchObject({ kind: 'error', message: '--runs "1000001" is not valid; use a whole number from 1 to 1000000' });
  });
});

describe('tables have a header row', () => {
  it('extract: a header and its rule above the first statement', async () => {
    const text = join(REPO_ROOT, 'scenarios/sources/xuzhou-14th-fyp-recommendation.zh.txt');
    const zh = (await cli(['extract', text])).stdout.split('\n');
    expect(zh[0]).toMatch(/^编号\s+类型\s+年份\s+指标\s+数值\s+类别\s+置信度$/);
    expect(zh[1]).toMatch(/^-+( -+){6}$/);
    expect(zh[2]).toMatch(/^c1\s/);
    const en = (await cli(['extract', text, '--lang', 'en'])).stdout.split('\n');
    expect(en[0]).toMatch(/^No\.\s+Type\s+Year\s+Indicator\s+Value\s+Kind\s+Confidence$/);
  });
});
