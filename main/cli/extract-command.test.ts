import { createHash } from 'node:crypto';
import { mkdtemp, readFile, rm, truncate, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { docxOf, gb18030Of, pdfWithoutText, pdfWithText } from './extract-fixtures';
import { cli, REPO_ROOT } from './test-helpers';

const XUZHOU = join(REPO_ROOT, 'scenarios/sources/xuzhou-14th-fyp-recommendation.zh.txt');
const FIELDS = ['sentence', 'section', 'indicator', 'value', 'unit', 'year', 'comparison', 'kind', 'forwardLooking', 'confidence'];
const SAMPLE = '“十四五”时期主要目标。到2025年，全市常住人口城镇化率达到73%，社会消费品零售总额突破4500亿元。';

let dir = '';
const file = (name: string) => join(dir, name);

beforeAll(async () => {
  dir = await mkdtemp(join(tmpdir(), 'planpath-extract-'));
});
afterAll(async () => {
  await rm(dir, { recursive: true, force: true });
});

describe('extract', () => {
  it('prints every candidate of the Xuzhou text as JSON with the fields of issue 10', async () => {
    const run = await cli(['extract', XUZHOU, '--json']);
    expect(run.code).toBe(0);
    const { candidates } = JSON.parse(run.stdout) as { candidates: Record<string, unknown>[] };
    expect(candidates.length).toBeGreaterThanOrEqual(40);
    for (const c of candidates) expect(Object.keys(c).slice(0, FIELDS.length)).toEqual(FIELDS);
    const growth = candidates.find((c) => c.value === 6.5);
    expect(growth).toMatchObject({ unit: '%', comparison: '≈', kind: 'average-growth', forwardLooking: true, indicator: '地区生产总值', year: 2025 });
    expect(growth?.sentence).toContain('全市地区生产总值年均增长6.5%左右');
    const base = candidates.find((c) => c.value === 7400);
    expect(base).toMatchObject({ unit: '亿元', forwardLooking: false, year: 2020 });
  });

  it('extract → --plan-out → validate passes, with the values read from the text marked draft', async () => {
    const out = file('draft.json');
    const run = await cli(['extract', XUZHOU, '--plan-out', out]);
    expect(run.code, run.stderr).toBe(0);
    expect(run.stdout).toContain(out);
    const validate = await cli(['validate', out]);
    expect(validate.code, validate.stderr).toBe(0);
    const plan = JSON.parse(await readFile(out, 'utf8')) as {
      indicators: { id: string; unit: string; base: { value: number | null; status: string } }[];
      targets: { indicator: string; type: string; sentence: string; section: string; value?: number }[];
    };
    const gdp = plan.indicators.find((i) => i.id === 'gdp');
    expect(gdp).toMatchObject({ unit: '亿元', base: { value: 7400, status: 'draft' } });
    const growth = plan.targets.find((t) => t.indicator === 'gdp' && t.type === 'average-growth');
    expect(growth).toMatchObject({ value: 0.065 });
    expect(growth?.sentence).toContain('年均增长6.5%左右');
    expect(growth?.section).toContain('4、奋斗目标');
    const trillion = plan.targets.find((t) => t.indicator === 'gdp' && t.type === 'threshold');
    expect(trillion).toMatchObject({ value: 10000 });
    const check = await cli(['check', out, '--json']);
    expect(check.code, check.stderr).toBe(0);
  });

  it('keeps the text with the draft (SHA-256 digest, length, text) and each target points to its place in it', async () => {
    const out = file('draft-text.json');
    expect((await cli(['extract', XUZHOU, '--plan-out', out])).code).toBe(0);
    const plan = JSON.parse(await readFile(out, 'utf8')) as {
      texts: { id: string; digest: string; chars: number; text: string }[];
      targets: { sentence: string; textRef?: { text: string; offset: number } }[];
    };
    const [kept] = plan.texts;
    if (kept === undefined) throw new Error('no text kept');
    const original = (await readFile(XUZHOU, 'utf8')).replace(/^\uFEFF/, '');
    expect(kept.digest).toBe(createHash('sha256').update(kept.text, 'utf8').digest('hex'));
    expect(kept.chars).toBe(kept.text.length);
    expect(kept.text.length).toBeGreaterThan(original.length * 0.9);
    expect(plan.targets.length).toBeGreaterThan(5);
    for (const t of plan.targets) {
      expect(t.textRef?.text).toBe(kept.id);
      const at = kept.text.indexOf(t.sentence);
      expect(at, t.sentence).toBeGreaterThanOrEqual(0);
      // the offset lies within the target's own sentence (the sentence may occur more than once)
      const offset = t.textRef?.offset ?? -1;
      const occurrences: number[] = [];
      for (let i = kept.text.indexOf(t.sentence); i >= 0; i = kept.text.indexOf(t.sentence, i + 1)) occurrences.push(i);
      expect(occurrences.some((i) => offset >= i && offset <= i + t.sentence.length), t.sentence).toBe(true);
    }
  });

  it('prints a table with a summary line, in Chinese or English', async () => {
    const zh = await cli(['extract', XUZHOU]);
    expect(zh.code).toBe(0);
    expect(zh.stdout).toMatch(/共 \d+ 项：目标 \d+ 项，基期值或实际值 \d+ 项；规划期 “十四五” 2021–2025/);
    const en = await cli(['extract', XUZHOU, '--lang', 'en']);
    expect(en.stdout).toMatch(/\d+ statements: \d+ targets/);
  });

  it('reads GB18030 text, .docx and text PDFs', async () => {
    const expected = [
      [73, '%'],
      [4500, '亿元'],
    ];
    const values = (stdout: string) => (JSON.parse(stdout) as { candidates: { value: number; unit: string }[] }).candidates.map((c) => [c.value, c.unit]);
    await writeFile(file('gbk.txt'), gb18030Of(SAMPLE));
    await writeFile(file('plan.docx'), docxOf(SAMPLE.split('。')));
    await writeFile(file('plan.pdf'), pdfWithText(SAMPLE));
    for (const name of ['gbk.txt', 'plan.docx', 'plan.pdf']) {
      const run = await cli(['extract', file(name), '--json']);
      expect(run.code, `${name}: ${run.stderr}`).toBe(0);
      expect(values(run.stdout), name).toEqual(expected);
    }
  });
});

describe('extract: bad input gets one clear message and exit 1', () => {
  const cases: [string, () => Promise<string>, RegExp][] = [
    ['an empty file', async () => (await writeFile(file('empty.txt'), ''), file('empty.txt')), /文件是空的/],
    ['a binary file', async () => (await writeFile(file('image.png'), new Uint8Array([0x89, 0x50, 0x4e, 0x47, 0, 0, 0, 13, 1, 2, 3])), file('image.png')), /不是文本文件/],
    ['a scanned PDF', async () => (await writeFile(file('scan.pdf'), pdfWithoutText()), file('scan.pdf')), /此PDF没有文字层，请先进行文字识别/],
    ['a broken PDF', async () => (await writeFile(file('broken.pdf'), '%PDF-1.4\nnot really'), file('broken.pdf')), /无法读取此 PDF|没有文字层/],
    ['an old .doc', async () => (await writeFile(file('old.doc'), new Uint8Array([0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1])), file('old.doc')), /另存为 \.docx/],
    [
      'a 20 MB file',
      async () => {
        await writeFile(file('huge.txt'), '规划');
        await truncate(file('huge.txt'), 20 * 1024 * 1024);
        return file('huge.txt');
      },
      /文件太大（20\.0 MB，上限 10\.0 MB）/,
    ],
    ['a text with no targets', async () => (await writeFile(file('none.txt'), '坚持稳中求进工作总基调，推动高质量发展，不断增进民生福祉，建设人与自然和谐共生的现代化。'), file('none.txt')), /没有找到带数字的目标或指标/],
    ['English text', async () => (await writeFile(file('english.txt'), 'GDP grows by 5% a year until 2025.'), file('english.txt')), /没有中文文本/],
    ['a missing file', async () => file('missing.txt'), /missing\.txt/],
    ['a folder', async () => dir, /./],
  ];
  for (const [name, make, message] of cases) {
    it(name, async () => {
      const path = await make();
      const run = await cli(['extract', path, '--json']);
      expect(run.code).toBe(1);
      expect(run.stdout).toBe('');
      expect(run.stderr).toMatch(message);
      expect(run.stderr).not.toMatch(/\bat .*\.ts:\d+/); // no stack trace
    });
  }

  it('unbalanced quotes and brackets: the targets are still found, with a note', async () => {
    await writeFile(file('quotes.txt'), `“加快建设（强富美高新徐州。${SAMPLE}【未完`);
    const run = await cli(['extract', file('quotes.txt'), '--json']);
    expect(run.code).toBe(0);
    expect(run.stderr).toMatch(/引号或括号不成对/);
    expect((JSON.parse(run.stdout) as { candidates: unknown[] }).candidates).toHaveLength(2);
  });

  it('--plan-out needs a file name, and a folder cannot be written', async () => {
    expect((await cli(['extract', XUZHOU, '--plan-out', ''])).code).toBe(1);
    const folder = await cli(['extract', XUZHOU, '--plan-out', dir]);
    expect(folder.code).toBe(1);
    expect(folder.stderr).toMatch(/./);
  });
});
