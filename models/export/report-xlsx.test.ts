/** The review workbook opened with exceljs: page setup, print titles, % formats, no bare fractions. */
import { readFileSync } from 'node:fs';
import ExcelJS from 'exceljs';
import { describe, expect, it } from 'vitest';
import type { Plan } from '../plan/plan-schema';
import { validatePlan } from '../plan/validate-plan';
import { buildReviewReport } from './report-model';
import { reportXlsx, textWidth } from './report-xlsx';

function xuzhou(): Plan {
  const r = validatePlan(JSON.parse(readFileSync(new URL('../../scenarios/xuzhou-14th-fyp.json', import.meta.url), 'utf8')));
  if (!r.ok) throw new Error(r.issues.map((i) => i.message).join('; '));
  return r.plan;
}

describe('the review report as a workbook', () => {
  it('prints A4 landscape one page wide, repeats the header row, stores percentages as fractions with a % format', async () => {
    const report = buildReviewReport(xuzhou(), { lang: 'zh', asOf: 2026, today: '2026-12-07' });
    const wb = new ExcelJS.Workbook();
    await wb.xlsx.load(Buffer.from(await reportXlsx(report)) as unknown as ArrayBuffer);
    const names = wb.worksheets.map((w) => w.name);
    expect(names).toEqual(['完成情况', '主要目标', '增速', '走势', '约束性目标', '预期性目标', '方法说明', '数据来源']);
    for (const ws of wb.worksheets) {
      expect(ws.pageSetup.paperSize, ws.name).toBe(9);
      expect(ws.pageSetup.orientation, ws.name).toBe('landscape');
      expect(ws.pageSetup.fitToPage, ws.name).toBe(true);
      expect(ws.pageSetup.fitToWidth, ws.name).toBe(1);
      expect(ws.pageSetup.fitToHeight, ws.name).toBe(0);
      expect(ws.headerFooter.oddHeader).toContain(report.scenario.name);
      if (ws.name !== '方法说明') expect(ws.pageSetup.printTitlesRow, ws.name).toMatch(/^\d+:\d+$/);
      // Every number carries a format: never a bare 6.229 beside a −0.0417.
      ws.eachRow((row) =>
        row.eachCell((cell) => {
          if (typeof cell.value === 'number') expect(cell.numFmt, `${ws.name}!${cell.address}`).toBeTruthy();
        }),
      );
    }
    const expected = wb.getWorksheet('预期性目标');
    if (!expected) throw new Error('no sheet');
    const header = expected.getRow(3).values as unknown[];
    expect(header).toContain('判定');
    expect(expected.pageSetup.printTitlesRow).toBe('3:3');
    // GDP growth 2021—2025: value 6.37% stored as 0.0637 with a % format, its band as text, its gap in points.
    let gdpRow: ExcelJS.Row | undefined;
    expected.eachRow((row) => {
      if (row.getCell(1).value === '地区生产总值年均增长6.5%左右') gdpRow = row;
    });
    if (!gdpRow) throw new Error('no GDP growth row');
    expect(gdpRow.getCell(3).value).toBeCloseTo(0.0637, 4);
    expect(gdpRow.getCell(3).numFmt).toBe('0.00%');
    expect(gdpRow.getCell(4).value).toBe('6.0–7.0%（左右）');
    expect(gdpRow.getCell(6).numFmt).toContain('个百分点');
    expect(gdpRow.getCell(7).numFmt).toContain('%');
    expect(gdpRow.getCell(8).numFmt).toBe('0.00%');
    // Urbanization 69.81% (the reported 66.81% of 2022, census basis, + 1 point a year in 2023–25) is stored as 0.6981.
    let urban: ExcelJS.Row | undefined;
    expected.eachRow((row) => {
      if (row.getCell(1).value === '常住人口城镇化率73%') urban = row;
    });
    expect(urban?.getCell(3).value).toBeCloseTo(0.6981, 6);
    expect(urban?.getCell(3).numFmt).toBe('0.0%');
    // Columns fit their text.
    const names2 = report.groups.find((g) => g.group === 'expected')?.table.rows.map((r) => r.cells[0]?.parts.join('') ?? '') ?? [];
    const widest = Math.max(...names2.map(textWidth));
    expect(widest).toBeGreaterThan(20);
    expect(expected.getColumn(1).width).toBeGreaterThanOrEqual(Math.min(60, widest + 2));
  });
});
