/** Exports write no float noise: a gap between equal numbers is 0 in CSV and XLSX, never −5.55e−15. */
import ExcelJS from 'exceljs';
import { describe, expect, it } from 'vitest';
import type { Plan, Scenario } from '../plan/plan-schema';
import { project } from '../engine/projection';
import { reviewPlan } from '../review/review';
import { evaluateTargets } from '../targets/evaluate-targets';
import { noisyPlan, numbersIn, significantDigits } from '../testing/noisy-plan';
import { parsePlanText } from '../plan/validate-plan';
import { parseCsv, toCsv } from './csv';
import { projectionTable, tableRows, targetsTable, type Table } from './export-tables';
import { reviewTargetsTable } from './review-table';
import { buildXlsx } from './xlsx';

const parsed = parsePlanText(JSON.stringify(noisyPlan()), 'en');
if (!parsed.ok) throw new Error('noisy plan invalid');
const plan: Plan = parsed.plan;
const scenario = plan.scenarios[0] as Scenario;
const results = evaluateTargets(plan, scenario);
const growth = results.find((r) => r.id === 'gdp-growth');

async function sheetValues(table: Table): Promise<unknown[][]> {
  const wb = new ExcelJS.Workbook();
  await wb.xlsx.load((await buildXlsx([table], { title: 't', sourceLine: 's' })).buffer as ArrayBuffer);
  const rows: unknown[][] = [];
  wb.worksheets[0]?.eachRow((row) => rows.push((row.values as unknown[]).slice(1)));
  return rows;
}

describe('exports without float noise', () => {
  it('the fixture carries the noise the writers must drop', () => {
    expect(growth?.projected).not.toBe(0.065);
    expect(growth?.gap).not.toBe(0);
  });

  it('targets table: the gap of 6.5% against 6.5% is 0 in CSV and XLSX', async () => {
    const table = targetsTable(plan, [{ scenario, results }], 'en');
    const gapColumn = table.columns.findIndex((c) => c.header === 'Gap');
    const row = table.rows.findIndex((r) => r[1] === 'gdp-growth');
    expect(table.rows[row]?.[gapColumn]).toBe(0);
    const csv = parseCsv(toCsv(tableRows(table)));
    expect(csv[row + 1]?.[gapColumn]).toBe('0.00');
    const sheet = await sheetValues(table);
    const cells = sheet.find((r) => r[1] === 'gdp-growth') as unknown[];
    expect(cells[gapColumn]).toBe(0);
    expect(cells[6]).toBe(6.5);
    for (const r of sheet) for (const v of r) if (typeof v === 'number') expect(significantDigits(String(v))).toBeLessThanOrEqual(12);
  });

  it('review table: no −0 and no noise in the gap cells', async () => {
    const table = reviewTargetsTable(plan, reviewPlan(plan, { scenarioId: scenario.id }), 'en');
    const sheet = await sheetValues(table);
    for (const r of sheet) for (const v of r) if (typeof v === 'number') {
      expect(Object.is(v, -0)).toBe(false);
      expect(significantDigits(String(v))).toBeLessThanOrEqual(12);
    }
    const csv = toCsv(tableRows(table));
    expect(numbersIn(csv).filter((n) => significantDigits(n) > 12 || /^-0(\.0*)?$/.test(n))).toEqual([]);
  });

  it('projection table in CSV', () => {
    const csv = toCsv(tableRows(projectionTable(plan, scenario, project(plan, scenario), 'real', 'en')));
    expect(numbersIn(csv).filter((n) => significantDigits(n) > 12 || /^-0(\.0*)?$/.test(n))).toEqual([]);
  });
});
