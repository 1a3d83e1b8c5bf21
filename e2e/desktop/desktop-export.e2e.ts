/**
 * Issue 13: File → Export in the desktop app. Each export goes through the real IPC
 * path (preload → 'file:export' → the save dialog, scripted here → an atomic write) and
 * is read back from disk: XLSX (exceljs, against the projection), CSV (BOM, the GDP
 * row), PNG (2× size), SVG (Chinese text). The PDF report goes through 'report:print-
 * to-pdf' and webContents.printToPDF; page 1 is rasterised with pdftoppm and its footer
 * band must hold ink, and pdftotext must find "第 1 页" on it, once.
 */
import { execFileSync } from 'node:child_process';
import { existsSync, mkdirSync, readFileSync, readdirSync } from 'node:fs';
import path from 'node:path';
import ExcelJS from 'exceljs';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { BOM, parseCsv } from '../../models/export/csv';
import { project } from '../../models/engine/projection';
import { parsePlanText } from '../../models/plan/validate-plan';
import { until } from '../support/until';
import { DESKTOP_STEP_TIMEOUT, launchDesktop, PROJECT_ROOT, type DesktopApp, USE_HARNESS } from './desktop-app';
import { TIMEOUTS } from '../../test-timeouts';

const parsed = parsePlanText(readFileSync(path.join(PROJECT_ROOT, 'scenarios', 'xuzhou-14th-fyp.json'), 'utf8'));
if (!parsed.ok) throw new Error('embedded plan invalid');
const plan = parsed.plan;
const planScenario = plan.scenarios.find((x) => x.id === 'plan');
if (!planScenario) throw new Error('no plan scenario');
const projection = project(plan, planScenario);

let d: DesktopApp;
let out = '';

beforeAll(async () => {
  if (!USE_HARNESS) return;
  d = await launchDesktop();
  out = path.join(d.documents, 'exports');
  mkdirSync(out);
});
afterAll(async () => {
  await d?.dispose();
});

/** File → Export…, then one of the dialog's buttons; the save dialog answers `file`. */
async function exportTo(testId: string, name: string): Promise<Buffer> {
  const file = path.join(out, name);
  d.control.dialogs.saveTo(file);
  await d.page().locator('.ant-message-notice').last().waitFor({ state: 'detached', timeout: DESKTOP_STEP_TIMEOUT }).catch(() => undefined);
  await d.clickMenu('文件', '导出…');
  const button = d.page().getByTestId(testId);
  await button.waitFor({ state: 'visible' });
  await button.click();
  await until(async () => existsSync(file), (ok) => ok, `${name} written`, TIMEOUTS.longWait);
  return readFileSync(file);
}

/** Equal up to the rounding an export may apply to long decimals (1e-8, relative). */
function sameFigure(a: number, b: number): boolean {
  return Math.abs(a - b) <= 1e-8 * Math.max(1, Math.abs(b));
}

/** A PGM (P5) image: width, height, and the grey value of each pixel. */
function readPgm(bytes: Buffer): { width: number; height: number; pixels: Uint8Array } {
  const header = bytes.subarray(0, 64).toString('latin1').match(/^P5\s+(\d+)\s+(\d+)\s+(\d+)\s/);
  if (!header) throw new Error('not a PGM');
  const [all, w, h] = header;
  return { width: Number(w), height: Number(h), pixels: new Uint8Array(bytes.subarray((all ?? '').length)) };
}

describe.skipIf(!USE_HARNESS)('desktop: File → Export', () => {
  it('XLSX: written where the dialog said, numbers equal to the projection', async () => {
    const bytes = await exportTo('export-xlsx', 'projection.xlsx');
    const saveCall = d.control.dialogs.calls.at(-1);
    expect(saveCall?.kind).toBe('save');
    expect(saveCall?.options).toMatchObject({ defaultPath: path.join(d.documents, 'xuzhou-14th-fyp-plan.xlsx') });
    const wb = new ExcelJS.Workbook();
    await wb.xlsx.load(bytes.buffer.slice(bytes.byteOffset, bytes.byteOffset + bytes.byteLength) as ArrayBuffer);
    const ws = wb.getWorksheet(`现价 ${planScenario.name.zh}`);
    if (!ws) throw new Error(`no sheet; sheets: ${wb.worksheets.map((w) => w.name).join(', ')}`);
    let gdp: ExcelJS.Row | undefined;
    ws.eachRow((row) => {
      if (row.getCell(2).value === 'gdp') gdp = row;
    });
    const values = projection.series.gdp?.nominal ?? [];
    expect(values.length).toBeGreaterThan(10);
    const cells = projection.years.map((_, i) => gdp?.getCell(5 + i).value);
    expect(cells.every((c, i) => typeof c === 'number' && sameFigure(c, values[i] as number))).toBe(true);
  });

  it('CSV: UTF-8 with a byte-order mark; the next dialog starts in the last export folder', async () => {
    const bytes = await exportTo('export-csv', 'projection.csv');
    expect(d.control.dialogs.calls.at(-1)?.options).toMatchObject({ defaultPath: path.join(out, 'xuzhou-14th-fyp-plan-nominal.csv') });
    const text = bytes.toString('utf8');
    expect(text.startsWith(BOM)).toBe(true);
    const row = parseCsv(text).find((r) => r[1] === 'gdp') as string[];
    expect(row[0]).toBe('地区生产总值');
    // 亿元 with one decimal in every year (models/export/column-decimals.ts)
    const expected = Array.from(projection.series.gdp?.nominal ?? [], (v) => Number(v.toPrecision(12)).toFixed(1));
    expect(row.slice(4, 4 + projection.years.length)).toEqual(expected);
  });

  it('PNG of the chart in view: a PNG of 2000×1120 pixels, carried as bytes over IPC', async () => {
    const png = await exportTo('export-png', 'chart.png');
    expect(png.subarray(0, 8).toString('hex')).toBe('89504e470d0a1a0a');
    expect([png.readUInt32BE(16), png.readUInt32BE(20)]).toEqual([2000, 1120]);
  });

  it('SVG of the chart in view: Chinese title and units as text', async () => {
    const svg = (await exportTo('export-svg', 'chart.svg')).toString('utf8');
    expect(svg.startsWith('<svg')).toBe(true);
    expect(svg).toContain('地区生产总值');
    expect(svg).toContain('亿元');
  });

  it('PDF report through printToPDF: page 1 carries the footer 第 1 页', async () => {
    const pdfFile = path.join(out, 'report.pdf');
    const pdf = await exportTo('export-pdf', 'report.pdf');
    expect(pdf.subarray(0, 5).toString('latin1')).toBe('%PDF-');
    await until(async () => d.page().locator('body.printing-report').count(), (n) => n === 0, 'the report view gone', DESKTOP_STEP_TIMEOUT);

    const page1 = execFileSync('pdftotext', ['-f', '1', '-l', '1', '-layout', pdfFile, '-']).toString('utf8');
    // One footer: the report's @page one (printToPDF adds no second template over it).
    expect(page1.match(/第\s*1\s*页/g)?.length).toBe(1);
    expect(page1).toContain(plan.title.zh.slice(0, 10));

    execFileSync('pdftoppm', ['-f', '1', '-l', '1', '-r', '60', '-gray', pdfFile, path.join(out, 'page')]);
    const pgm = readdirSync(out).find((f) => /^page-0*1\.pgm$/.test(f));
    if (!pgm) throw new Error(`pdftoppm wrote no page 1: ${readdirSync(out).join(', ')}`);
    const image = readPgm(readFileSync(path.join(out, pgm)));
    // A4 portrait at 60 dpi: about 496 × 702.
    expect(Math.abs(image.width - 496)).toBeLessThanOrEqual(2);
    expect(Math.abs(image.height - 702)).toBeLessThanOrEqual(2);
    // The footer sits in the bottom margin (18 mm ≈ 43 px): it has dark pixels there.
    const band = { from: image.height - 43, to: image.height - 4 };
    let ink = 0;
    for (let y = band.from; y < band.to; y++) for (let x = 0; x < image.width; x++) if ((image.pixels[y * image.width + x] ?? 255) < 160) ink++;
    expect(ink).toBeGreaterThan(50);
    // For a person to look at.
    const results = path.join(PROJECT_ROOT, 'test-results');
    mkdirSync(results, { recursive: true });
    execFileSync('pdftoppm', ['-f', '1', '-l', '1', '-r', '80', '-png', '-singlefile', pdfFile, path.join(results, 'desktop-report-page-1')]);
    expect(d.problems()).toEqual([]);
  });
});
