import { readFileSync } from 'node:fs';
import ExcelJS from 'exceljs';
import { describe, expect, it } from 'vitest';
import { runMonteCarlo } from '../uncertainty/monte-carlo';
import type { Plan, Scenario } from '../plan/plan-schema';
import { project } from '../engine/projection';
import { evaluateTargets } from '../targets/evaluate-targets';
import { parsePlanText } from '../plan/validate-plan';
import { monteCarloTable, monteCarloTargetsTable, targetProbabilities } from './monte-carlo-table';
import { tableRows, targetsTable } from './export-tables';
import { buildXlsx } from './xlsx';

const parsed = parsePlanText(readFileSync(new URL('../../scenarios/xuzhou-14th-fyp.json', import.meta.url), 'utf8'), 'en');
if (!parsed.ok) throw new Error('plan invalid');
const plan: Plan = parsed.plan;
const sc = plan.scenarios.find((s) => s.id === 'plan') as Scenario;
const result = runMonteCarlo(plan, sc, { shocks: [{ indicator: 'gdp', sd: 0.02 }] }, { runs: 400, seed: 7 });

describe('monteCarloTable', () => {
  it('has one row per indicator and percentile plus the mean, equal to the run', () => {
    const table = monteCarloTable(plan, result, 'nominal', 'zh');
    expect(table.name).toBe(`蒙特卡洛 ${sc.name.zh}`.slice(0, 31));
    expect(table.columns.slice(0, 6).map((c) => c.header)).toEqual(['指标', 'id', '单位', '口径', '统计量', '2020']);
    expect(table.rows).toHaveLength(result.order.length * (result.percentiles.length + 1));
    const gdp = table.rows.filter((r) => r[1] === 'gdp');
    expect(gdp.map((r) => r[4])).toEqual([...result.percentiles.map((p) => `P${p}`), '均值']);
    const p50 = gdp.find((r) => r[4] === 'P50') as (string | number | null)[];
    expect(p50.slice(5)).toEqual(result.series.gdp?.nominal.p50);
    const mean = gdp.find((r) => r[4] === '均值') as (string | number | null)[];
    expect(mean.slice(5)).toEqual(result.series.gdp?.meanNominal);
    // the bands are ordered in the last year
    const last = gdp.slice(0, -1).map((r) => r[r.length - 1] as number);
    expect([...last].sort((a, b) => a - b)).toEqual(last);
    expect(table.rowDecimals?.[0]).toBe(1);
  });

  it('uses base-year prices for the real basis and keeps missing values empty', () => {
    const table = monteCarloTable(plan, result, 'real', 'en');
    const gdp = table.rows.find((r) => r[1] === 'gdp' && r[4] === 'P95') as (string | number | null)[];
    expect(gdp[3]).toBe('2020 prices');
    expect(gdp.slice(5)).toEqual(result.series.gdp?.real.p95);
    const pension = table.rows.find((r) => r[1] === 'pension_payment_rate');
    if (pension) expect(pension[5]).toBeNull();
  });
});

describe('monteCarloTargetsTable', () => {
  it('lists each target with its probability, counts and projected percentiles', () => {
    const table = monteCarloTargetsTable(plan, result, 'en');
    expect(table.rows).toHaveLength(result.targets.length);
    const headers = table.columns.map((c) => c.header);
    expect(headers).toContain('Probability met');
    expect(headers).toContain('Projected P50');
    for (const t of result.targets) {
      const row = table.rows.find((r) => r[1] === t.id) as (string | number | null)[];
      expect(row[headers.indexOf('Probability met')]).toBe(t.probability);
      expect(row[headers.indexOf('Paths meeting it')]).toBe(t.metCount);
      expect(row[headers.indexOf('Paths with a value')]).toBe(t.validCount);
      expect(row[headers.indexOf('Binding or expected')]).toBe(plan.targets.find((x) => x.id === t.id)?.binding ?? '');
    }
    const growth = result.targets.find((t) => t.type === 'average-growth');
    if (growth) {
      const row = table.rows.find((r) => r[1] === growth.id) as (string | number | null)[];
      expect(row[headers.indexOf('Projected P50')]).toBeCloseTo((growth.projected.p50 as number) * 100, 10);
      expect(row[row.length - 1]).toBe('%');
    }
  });

  it('feeds the probability column of the targets table', () => {
    const probabilities = targetProbabilities(result);
    const table = targetsTable(plan, [{ scenario: sc, results: evaluateTargets(plan, sc, project(plan, sc)), probabilities }], 'en');
    const rows = tableRows(table);
    const col = (rows[0] as string[]).indexOf('Probability met (%)');
    expect(col).toBeGreaterThan(0);
    const first = result.targets[0];
    const row = rows.find((r) => r[1] === first?.id) as (string | number | null)[];
    expect(row[col]).toEqual(first?.probability === null || first?.probability === undefined ? null : { value: first.probability * 100, decimals: 1 });
  });

  it('writes typed numeric cells to XLSX', async () => {
    const bytes = await buildXlsx([monteCarloTable(plan, result, 'nominal', 'zh'), monteCarloTargetsTable(plan, result, 'zh')], { title: 't', sourceLine: 's' });
    const wb = new ExcelJS.Workbook();
    await wb.xlsx.load(bytes.buffer.slice(bytes.byteOffset, bytes.byteOffset + bytes.byteLength) as ArrayBuffer);
    const ws = wb.worksheets[1] as ExcelJS.Worksheet;
    const row = ws.getRow(3);
    expect(typeof row.getCell(6).value).toBe('number');
    expect(row.getCell(6).numFmt).toBe('0.0%');
  });
});
