import { describe, expect, it } from 'vitest';
import { readFileSync } from 'node:fs';
import ExcelJS from 'exceljs';
import { parsePlanText } from '../plan/validate-plan';
import { project } from '../engine/projection';
import { evaluateTargets } from '../targets/evaluate-targets';
import type { Plan, Scenario } from '../plan/plan-schema';
import { roundForExport } from './cell-safety';
import { BOM, parseCsv, toCsv } from './csv';
import { assumptionsTable, projectionTable, sourceLine, tableRows, targetsTable } from './export-tables';
import { buildXlsx } from './xlsx';

const r = parsePlanText(readFileSync(new URL('../../scenarios/xuzhou-14th-fyp.json', import.meta.url), 'utf8'), 'en');
if (!r.ok) throw new Error('plan invalid');
const plan: Plan = r.plan;
const sc = plan.scenarios.find((s) => s.id === 'plan') as Scenario;
const projection = project(plan, sc);

describe('CSV', () => {
  it('starts with a byte-order mark, ends lines with CRLF and round-trips', () => {
    const rows = [['指标', 'a,b', 'say "hi"', 'line\nbreak'], [1.5, -2, null, '']];
    const text = toCsv(rows);
    expect(text.startsWith(BOM)).toBe(true);
    expect(text.split('\r\n')).toHaveLength(3);
    expect(parseCsv(text)).toEqual([['指标', 'a,b', 'say "hi"', 'line\nbreak'], ['1.5', '-2', '', '']]);
  });

  it('round-trips the projection table with the projection numbers', () => {
    const table = projectionTable(plan, sc, projection, 'nominal', 'zh');
    const back = parseCsv(toCsv(tableRows(table)));
    expect(back[0]?.slice(0, 5)).toEqual(['指标', 'id', '单位', '口径', '2020']);
    const gdp = back.find((row) => row[1] === 'gdp') as string[];
    expect(gdp[2]).toBe('亿元');
    expect(gdp[3]).toBe('现价');
    // 亿元 is written with one decimal: the projection rounded to 12 significant digits, then to 0.1
    expect(gdp[4 + 5]).toBe((roundForExport(projection.series.gdp?.nominal[5] as number) as number).toFixed(1));
    // 2024 reported 9,537.12; 2025 × 1.065 (real) × 1.005 (the implied deflator) = 10,207.82
    expect(gdp[4 + 5]).toBe('10207.8');
    // a missing base is an empty cell, not 0 or NaN
    const pension = back.find((row) => row[1] === 'pension_payment_rate') as string[];
    expect(pension[4]).toBe('');
  });

  it('writes percent columns in percent with the header saying so', () => {
    const table = targetsTable(plan, [{ scenario: sc, results: evaluateTargets(plan, sc, projection) }], 'en');
    const rows = tableRows(table);
    const col = (rows[0] as string[]).indexOf('Required real growth a year (%)');
    const trillion = rows.find((row) => row[1] === 'gdp-2025-trillion') as (string | number)[];
    // from the reported 2024 (9,537.12): (10000 / 9537.12) / 1.005 − 1 = 4.332% real in 2025
    expect(trillion[col]).toEqual({ value: expect.closeTo((10000 / 9537.12 / 1.005 - 1) * 100, 3) as number, decimals: 2 });
    expect(parseCsv(toCsv(rows)).find((row) => row[1] === 'gdp-2025-trillion')?.[col]).toBe('4.33');
  });
});

describe('XLSX', () => {
  it('reads back with typed numeric cells equal to the projection, frozen headers and formats', async () => {
    const tables = [
      assumptionsTable(plan, [sc], 'zh'),
      projectionTable(plan, sc, projection, 'nominal', 'zh'),
      targetsTable(plan, [{ scenario: sc, results: evaluateTargets(plan, sc, projection) }], 'zh'),
    ];
    const bytes = await buildXlsx(tables, { title: 'test', sourceLine: sourceLine(plan, [sc], new Date('2026-11-26'), 'zh') });
    const wb = new ExcelJS.Workbook();
    await wb.xlsx.load(bytes.buffer.slice(bytes.byteOffset, bytes.byteOffset + bytes.byteLength) as ArrayBuffer);
    const projectionSheet = `现价 ${sc.name.zh}`.slice(0, 31);
    expect(wb.worksheets.map((w) => w.name)).toEqual(['假设', projectionSheet, '目标与差距']);
    const ws = wb.getWorksheet(projectionSheet) as ExcelJS.Worksheet;
    expect(ws.views[0]).toMatchObject({ state: 'frozen', ySplit: 2 });
    let gdpRow: ExcelJS.Row | undefined;
    ws.eachRow((row) => {
      if (row.getCell(2).value === 'gdp') gdpRow = row;
    });
    expect(gdpRow).toBeDefined();
    for (let i = 0; i < 16; i++) {
      const cell = gdpRow!.getCell(5 + i);
      expect(typeof cell.value).toBe('number');
      expect(cell.value).toBe(roundForExport(projection.series.gdp?.nominal[i] as number));
      expect(cell.numFmt).toBe('#,##0.0');
    }
    const targets = wb.getWorksheet('目标与差距') as ExcelJS.Worksheet;
    let found = false;
    targets.eachRow((row) => {
      if (row.getCell(2).value === 'gdp-2025-trillion') {
        found = true;
        expect(row.getCell(4).value).toBe('预期性');
        expect(row.getCell(11).value).toBeCloseTo(10000 / 9537.12 / 1.005 - 1, 5);
        expect(row.getCell(11).numFmt).toBe('0.00%');
        expect(row.getCell(12).value).toBe('达成');
      }
    });
    expect(found).toBe(true);
    const last = targets.getRow(targets.rowCount).getCell(1).value;
    expect(String(last)).toMatch(new RegExp(`^依据：《中共徐州市委.*》；情景：${sc.name.zh}；生成于 2026-11-26`));
  });
});

describe('the tables workbook prints', () => {
  it('A4 landscape, one page wide, the header row repeated', async () => {
    const bytes = await buildXlsx([{ name: 'T', title: 'T', columns: [{ header: 'a', type: 'text' }], rows: [['x']] }], { title: 'A & B', sourceLine: 's' });
    const wb = new ExcelJS.Workbook();
    await wb.xlsx.load(Buffer.from(bytes) as unknown as ArrayBuffer);
    const ws = wb.worksheets[0];
    expect(ws?.pageSetup).toMatchObject({ paperSize: 9, orientation: 'landscape', fitToPage: true, fitToWidth: 1, fitToHeight: 0, printTitlesRow: '2:2' });
    expect(ws?.headerFooter.oddHeader).toContain('A && B');
  });
});
