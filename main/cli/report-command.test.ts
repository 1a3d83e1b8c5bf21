/** `report`: the review report written as docx, xlsx and pdf; arguments checked with clear messages. */
import { mkdtempSync, readFileSync, existsSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import ExcelJS from 'exceljs';
import mammoth from 'mammoth';
import { afterAll, describe, expect, it } from 'vitest';
import { findChromium, NoChromiumError } from './print-pdf';
import { cli, PLAN_FILE } from './test-helpers';

const dir = mkdtempSync(join(tmpdir(), 'planpath-report-test-'));
afterAll(() => rmSync(dir, { recursive: true, force: true }));
const now = () => new Date(2026, 11, 7);

describe('report', () => {
  it('writes the Word report of one scenario', async () => {
    const out = join(dir, 'review.docx');
    const r = await cli(['report', PLAN_FILE, '--as-of', '2026', '--format', 'docx', '--out', out], { now });
    expect(r.stderr).toBe('');
    expect(r.code).toBe(0);
    expect(r.stdout).toContain('review.docx');
    expect(r.stdout).toContain('截至2026年');
    const { value } = await mammoth.extractRawText({ buffer: readFileSync(out) });
    for (const heading of ['一、完成情况', '约束性目标', '预期性目标', '三、方法说明', '四、数据来源']) expect(value).toContain(heading);
  });

  it('writes the workbook, in English on request, for the scenario asked for', async () => {
    const out = join(dir, 'review.xlsx');
    const r = await cli(['report', PLAN_FILE, '--scenario', 'plan', '--format', 'xlsx', '--out', out, '--lang', 'en'], { now });
    expect(r.code).toBe(0);
    const wb = new ExcelJS.Workbook();
    await wb.xlsx.readFile(out);
    expect(wb.worksheets.map((w) => w.name)).toContain('Binding targets');
    expect(wb.worksheets[0]?.headerFooter.oddHeader).toContain('scenario:');
    expect(wb.worksheets[0]?.pageSetup.orientation).toBe('landscape');
  });

  it('prints the PDF with the HTML the app prints', async () => {
    const out = join(dir, 'review.pdf');
    let html = '';
    const r = await cli(['report', PLAN_FILE, '--format', 'pdf', '--out', out], {
      now,
      printPdf: async (h) => {
        html = h;
        return new TextEncoder().encode('%PDF-1.4 fake');
      },
    });
    expect(r.code).toBe(0);
    expect(html).toContain('@page');
    expect(html).toContain('一、完成情况');
    expect(readFileSync(out, 'utf8')).toBe('%PDF-1.4 fake');
  });

  it.runIf(findChromium() !== null)('prints a real PDF with Chromium', async () => {
    const out = join(dir, 'real.pdf');
    const r = await cli(['report', PLAN_FILE, '--format', 'pdf', '--out', out, '--as-of', '2026'], { now });
    expect(r.stderr).toBe('');
    expect(r.code).toBe(0);
    expect(readFileSync(out).subarray(0, 5).toString()).toBe('%PDF-');
  }, 120_000);

  it('says what is wrong with the arguments, and writes nothing', async () => {
    const noFormat = await cli(['report', PLAN_FILE, '--out', join(dir, 'x.docx')]);
    expect(noFormat.code).toBe(1);
    expect(noFormat.stderr).toContain('report 命令需要 --format（docx|pdf|xlsx 之一）');
    const badFormat = await cli(['report', PLAN_FILE, '--format', 'csv', '--out', join(dir, 'x.csv')]);
    expect(badFormat.code).toBe(1);
    expect(badFormat.stderr).toContain('docx|pdf|xlsx');
    const noOut = await cli(['report', PLAN_FILE, '--format', 'docx', '--lang', 'en']);
    expect(noOut.stderr).toContain('the report command needs --out');
    const badScenario = await cli(['report', PLAN_FILE, '--scenario', 'nope', '--format', 'docx', '--out', join(dir, 'y.docx')]);
    expect(badScenario.code).toBe(1);
    expect(badScenario.stderr).toContain('nope');
    const badYear = await cli(['report', PLAN_FILE, '--as-of', '2090', '--format', 'docx', '--out', join(dir, 'z.docx')]);
    expect(badYear.code).toBe(1);
    const noBrowser = await cli(['report', PLAN_FILE, '--format', 'pdf', '--out', join(dir, 'n.pdf')], {
      printPdf: () => Promise.reject(new NoChromiumError('none')),
    });
    expect(noBrowser.code).toBe(1);
    expect(noBrowser.stderr).toContain('PLANPATH_CHROMIUM');
    for (const f of ['x.docx', 'x.csv', 'y.docx', 'z.docx', 'n.pdf']) expect(existsSync(join(dir, f))).toBe(false);
  });
});
