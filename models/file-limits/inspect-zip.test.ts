/**
 * Hostile archives are refused from their directory or while streaming, before any
 * reader sees them: zip bombs (honest and lying directories), millions of paragraphs,
 * deep nesting, a million rows, a cell at XFD1048576. Time and memory are bench figures
 * (bench/), not asserted here.
 */
import { describe, expect, it } from 'vitest';
import { inspectZip, ZIP_LIMITS } from './inspect-zip';
import { buildZip, deflatedZeros, deflateRaw, docxWith, xlsxWithSheet } from './testing/zip-builder';
import { columnNumber } from './xml-scan';

const GB1_5 = 1.5 * 1024 * 1024 * 1024;

describe('a 1.5 GB zip bomb', () => {
  const zeros = deflatedZeros(GB1_5);

  it('is small on disk', () => {
    expect(zeros.size).toBeGreaterThan(GB1_5 - 258);
    expect(zeros.bytes.length).toBeLessThan(12 * 1024 * 1024);
  });

  it('with an honest directory: refused from the directory, nothing inflated', async () => {
    const bomb = await buildZip([{ name: 'word/document.xml', deflated: zeros.bytes, size: zeros.size }]);
    expect(await inspectZip(bomb, 'docx')).toEqual({
      ok: false,
      problem: { code: 'too-large-uncompressed', size: zeros.size, limit: ZIP_LIMITS.uncompressedBytes },
    });
  });

  it('with a directory that says 1 KB: refused once the output passes 1 KB', async () => {
    const bomb = await buildZip([{ name: 'word/media/image1.png', deflated: zeros.bytes, declaredSize: 1024 }]);
    expect(await inspectZip(bomb, 'docx')).toEqual({ ok: false, problem: { code: 'size-mismatch', entry: 'word/media/image1.png' } });
  });

  it('with a directory that says 150 MB: refused when the 150 MB are passed, never held', async () => {
    const bomb = await buildZip([{ name: 'xl/media/image1.png', deflated: zeros.bytes, declaredSize: 150 * 1024 * 1024 }]);
    expect(await inspectZip(bomb, 'xlsx')).toEqual({ ok: false, problem: { code: 'size-mismatch', entry: 'xl/media/image1.png' } });
  });
});

describe('.docx', () => {
  it('a plain document passes', async () => {
    const r = await inspectZip(await docxWith('<w:p><w:r><w:t>到2025年地区生产总值年均增长6.5%左右</w:t></w:r></w:p>'), 'docx');
    expect(r.ok).toBe(true);
  });

  it('three million empty paragraphs: refused at the paragraph cap', async () => {
    const docx = await docxWith('<w:p/>'.repeat(3_000_000));
    expect(docx.length).toBeLessThan(200 * 1024);
    expect(await inspectZip(docx, 'docx')).toEqual({ ok: false, problem: { code: 'too-many-paragraphs', limit: ZIP_LIMITS.paragraphs } });
  });

  it('deep nesting: refused at the depth cap', async () => {
    const docx = await docxWith(`${'<w:tbl><w:tr><w:tc>'.repeat(50_000)}${'</w:tc></w:tr></w:tbl>'.repeat(50_000)}`);
    expect(await inspectZip(docx, 'docx')).toEqual({ ok: false, problem: { code: 'too-deep', entry: 'word/document.xml', limit: ZIP_LIMITS.depth } });
  });

  it('not a zip, or cut short', async () => {
    expect(await inspectZip(new TextEncoder().encode('PK\u0003\u0004 not really'), 'docx')).toEqual({ ok: false, problem: { code: 'not-zip' } });
    const whole = await docxWith('<w:p/>');
    const cut = whole.slice(0, 40);
    expect((await inspectZip(cut, 'docx')).ok).toBe(false);
  });

  it('too many entries: refused from the directory', async () => {
    const many = await buildZip(Array.from({ length: 30 }, (_, i) => ({ name: `f${i}.txt`, data: 'x' })));
    expect(await inspectZip(many, 'docx', { ...ZIP_LIMITS, entries: 20 })).toEqual({ ok: false, problem: { code: 'too-many-entries', count: 30, limit: 20 } });
  });
});

describe('.xlsx', () => {
  it('a million rows, small on disk: refused at the row cap, naming the sheet', async () => {
    // Rows without an r attribute count one after another, as Excel reads them.
    const xml = new TextEncoder().encode(`<worksheet><sheetData>${'<row><c><v>1</v></c></row>'.repeat(1_000_000)}</sheetData></worksheet>`);
    const xlsx = await buildZip([
      { name: '[Content_Types].xml', data: '<Types/>' },
      { name: 'xl/worksheets/sheet1.xml', deflated: await deflateRaw(xml), size: xml.length },
    ]);
    expect(xlsx.length).toBeLessThan(1024 * 1024);
    const r = await inspectZip(xlsx, 'xlsx');
    expect(r).toEqual({ ok: false, problem: { code: 'too-many-rows', sheet: 'sheet1', row: expect.any(Number), limit: ZIP_LIMITS.rows } });
    expect(!r.ok && r.problem.code === 'too-many-rows' && r.problem.row).toBeGreaterThan(ZIP_LIMITS.rows);
  });

  it('one cell at XFD1048576: refused by its row; at XFD1 by its column', async () => {
    expect(await inspectZip(await xlsxWithSheet('<row r="1048576"><c r="XFD1048576"><v>1</v></c></row>'), 'xlsx')).toEqual({
      ok: false,
      problem: { code: 'too-many-rows', sheet: 'sheet1', row: 1_048_576, limit: ZIP_LIMITS.rows },
    });
    expect(await inspectZip(await xlsxWithSheet('<row r="1"><c r="XFD1"><v>1</v></c></row>'), 'xlsx')).toEqual({
      ok: false,
      problem: { code: 'too-many-columns', sheet: 'sheet1', column: 16_384, limit: ZIP_LIMITS.columns },
    });
    expect(columnNumber('XFD')).toBe(16_384);
  });

  it('a sheet of a few rows passes', async () => {
    expect((await inspectZip(await xlsxWithSheet('<row r="1"><c r="A1" t="inlineStr"><is><t>指标</t></is></c><c r="B1"><v>2020</v></c></row>'), 'xlsx')).ok).toBe(true);
  });
});
