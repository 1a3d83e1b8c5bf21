/**
 * `extract` on hostile .docx files: refused by the inspection before mammoth runs, with
 * exit 1 and a message that names the file and the limit (issue 22, item 2).
 */
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { ZIP_LIMITS } from '../../models/file-limits/inspect-zip';
import { buildZip, deflatedZeros, docxWith } from '../../models/file-limits/testing/zip-builder';
import { cli } from './test-helpers';

const dir = mkdtempSync(join(tmpdir(), 'planpath-hostile-'));
afterAll(() => rmSync(dir, { recursive: true, force: true }));

function write(name: string, bytes: Uint8Array): string {
  const file = join(dir, name);
  writeFileSync(file, bytes);
  return file;
}

describe('extract refuses hostile .docx files before reading them', () => {
  it('a 1.5 GB zip bomb', async () => {
    const zeros = deflatedZeros(1.5 * 1024 * 1024 * 1024);
    const file = write('bomb.docx', await buildZip([{ name: 'word/document.xml', deflated: zeros.bytes, size: zeros.size }]));
    const run = await cli(['extract', file, '--lang', 'en']);
    expect(run.code).toBe(1);
    expect(run.stdout).toBe('');
    expect(run.stderr).toBe(`${file}: unpacks to 1536.0 MB, more than the limit of 200.0 MB; not read\n`);
  });

  it('millions of empty paragraphs', async () => {
    const file = write('paragraphs.docx', await docxWith('<w:p/>'.repeat(2_000_000)));
    const run = await cli(['extract', file]);
    expect(run.code).toBe(1);
    expect(run.stderr).toBe(`${file}：段落超过 ${ZIP_LIMITS.paragraphs} 个，未读取（规划全文一般只有几千段）\n`);
  });

  it('deep nesting', async () => {
    const file = write('deep.docx', await docxWith(`${'<w:tbl><w:tr><w:tc>'.repeat(20_000)}${'</w:tc></w:tr></w:tbl>'.repeat(20_000)}`));
    const run = await cli(['extract', file, '--lang', 'en']);
    expect(run.code).toBe(1);
    expect(run.stderr).toBe(`${file}: the part word/document.xml nests more than ${ZIP_LIMITS.depth} levels deep; not read\n`);
    expect(run.stderr).not.toMatch(/call stack/i);
  });

  it('a plain .docx still reads', async () => {
    const text = '到2025年，全市地区生产总值年均增长6.5%左右，常住人口城镇化率达到73%，城乡居民人均可支配收入达到4万元。';
    const file = write('plain.docx', await docxWith(`<w:p><w:r><w:t>${text}</w:t></w:r></w:p>`));
    const run = await cli(['extract', file, '--json']);
    expect(run.stderr).toBe('');
    expect(run.code).toBe(0);
    expect((JSON.parse(run.stdout) as { candidates: unknown[] }).candidates.length).toBeGreaterThan(0);
  });
});
