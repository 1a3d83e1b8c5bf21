import { describe, expect, it } from 'vitest';
import { readFileSync } from 'node:fs';
import ExcelJS from 'exceljs';
import { parsePlanText } from '../plan/validate-plan';
import { project } from '../engine/projection';
import { evaluateTargets, type TargetResult } from '../targets/evaluate-targets';
import type { Plan, Scenario } from '../plan/plan-schema';
import { unitInfo } from '../numbers/units';
import { roundForExport } from './cell-safety';
import { fixedText, sameDecimalsPerKey, targetDecimals } from './column-decimals';
import { parseCsv, toCsv } from './csv';
import { projectionTable, tableRows, targetsTable } from './export-tables';
import { buildXlsx } from './xlsx';

const r = parsePlanText(readFileSync(new URL('../../scenarios/xuzhou-14th-fyp.json', import.meta.url), 'utf8'), 'en');
if (!r.ok) throw new Error('plan invalid');
const plan: Plan = r.plan;
const sc = plan.scenarios.find((s) => s.id === 'plan') as Scenario;
const projection = project(plan, sc);
const results = evaluateTargets(plan, sc, projection);

const decimalsOf = (text: string) => (text.includes('.') ? (text.split('.')[1] as string).length : 0);

describe('fixedText', () => {
  it('rounds to 12 significant digits, then writes exactly the decimals asked for', () => {
    expect(fixedText(74.19999999999999, 2)).toBe('74.20');
    expect(fixedText(-5.55e-15, 1)).toBe('0.0');
    expect(fixedText(10138.641309, 1)).toBe('10138.6');
    expect(fixedText(46775.4, 0)).toBe('46775');
    expect(fixedText(Number.NaN, 1)).toBeNull();
  });
});

describe('sameDecimalsPerKey', () => {
  it('gives every row of one key the most any row of that key needs', () => {
    expect(sameDecimalsPerKey([{ key: '%', decimals: 1 }, { key: '亿元', decimals: 1 }, { key: '%', decimals: 3 }])).toEqual([3, 1, 3]);
  });
});

describe('CSV of a real projection', () => {
  const back = parseCsv(toCsv(tableRows(projectionTable(plan, sc, projection, 'nominal', 'zh'))));

  it('writes each indicator with its unit’s decimals in every year', () => {
    let checked = 0;
    for (const ind of plan.indicators) {
      const row = back.find((x) => x[1] === ind.id);
      if (!row) continue;
      const d = unitInfo(ind.unit, plan.units).decimals;
      const cells = row.slice(4).filter((c) => c !== '');
      for (const c of cells) {
        expect(c, `${ind.id} ${c}`).toMatch(/^-?\d+(\.\d+)?$/);
        expect(decimalsOf(c), `${ind.id} ${c}`).toBe(d);
      }
      checked += cells.length;
    }
    expect(checked).toBeGreaterThan(100);
    const gdp = back.find((x) => x[1] === 'gdp') as string[];
    // the reported 2020 and 2021 figures (7,319.77 and 8,117.44), not the plan's 7,400 estimate
    expect(gdp.slice(4, 6)).toEqual(['7319.8', '8117.4']);
    const population = back.find((x) => x[1] === 'population') as string[];
    expect(population[4]).toBe('908.38');
    const income = back.find((x) => x[1] === 'income_all') as string[];
    expect(income[4 + 5]).toBe(String(Math.round(projection.series.income_all?.nominal[5] as number)));
  });

  it('writes the targets’ numbers with one number of decimals per unit, enough for each verdict', () => {
    const csv = parseCsv(toCsv(tableRows(targetsTable(plan, [{ scenario: sc, results }], 'en'))));
    const head = csv[0] as string[];
    const [tv, pv, gv, uv] = ['Target value', 'Projected', 'Gap', 'Unit'].map((h) => head.indexOf(h)) as [number, number, number, number];
    const byUnit = new Map<string, Set<number>>();
    for (const row of csv.slice(1)) {
      for (const c of [tv, pv, gv]) {
        const text = row[c] as string;
        // empty, or what a multiple without a base value asks ("2 × 2020 level"): no number to count decimals of
        if (text === '' || text.includes(' × ')) continue;
        const set = byUnit.get(row[uv] as string) ?? new Set<number>();
        set.add(decimalsOf(text));
        byUnit.set(row[uv] as string, set);
      }
    }
    // one number of decimals per unit in each of the three columns (and across them)
    for (const [unit, set] of byUnit) expect(set.size, unit).toBe(1);
    expect([...(byUnit.get('%') as Set<number>)]).toEqual([2]); // growth rates (6.50) and shares (73.00) alike
    expect([...(byUnit.get('100m yuan') as Set<number>)]).toEqual([1]);
    expect([...(byUnit.get('yuan') as Set<number>)]).toEqual([0]);
    // Counts are whole: 3,000.0007 firms is 3,000, written without decimals, and does not break "over 3000"
    const hightech = csv.find((row) => row[1] === 'hightech-2025') as string[];
    expect(hightech[tv]).toBe('3000');
    expect(hightech[pv]).toBe('3000');
    // every met/missed row reads as its verdict at the decimals written
    for (const row of csv.slice(1)) {
      const res = results.find((x) => x.id === row[1]);
      if (!res || res.met === null || row[pv] === '') continue;
      const v = Number(row[pv]);
      // a target with a band (6.5%左右, ±0.5 points) is met down to the band's lower end (percent written)
      const t = res.band === null ? Number(row[tv]) : (res.comparison.startsWith('>') ? res.band[0] : res.band[1]) * (res.unit === '%' ? 100 : 1);
      const holds = res.comparison === '>=' ? v >= t : res.comparison === '>' ? v > t : res.comparison === '<=' ? v <= t : v < t;
      expect(holds, res.id).toBe(res.met);
    }
  });

  it('raises a unit’s decimals for every row of it when one verdict needs more (82.996 against 83)', () => {
    const share = results.find((x) => x.id === 'urbanization-2025') as TargetResult;
    const close: TargetResult = { ...share, id: 'close', projected: 82.996, target: 83, gap: -0.004, met: false, status: 'missed' };
    const d = targetDecimals(plan, [share, close, results.find((x) => x.id === 'gdp-2025-trillion') as TargetResult]);
    expect(d).toEqual([3, 3, 1]);
  });
});

describe('XLSX of a real projection', () => {
  it('keeps numeric values (12 significant digits) and gives each the number format of its row’s or column’s decimals', async () => {
    const bytes = await buildXlsx([projectionTable(plan, sc, projection, 'real', 'zh'), targetsTable(plan, [{ scenario: sc, results }], 'zh')], { title: 't', sourceLine: 's' });
    const wb = new ExcelJS.Workbook();
    await wb.xlsx.load(bytes.buffer.slice(bytes.byteOffset, bytes.byteOffset + bytes.byteLength) as ArrayBuffer);
    const [proj, targets] = wb.worksheets as [ExcelJS.Worksheet, ExcelJS.Worksheet];
    const formats = new Map<string, Set<string>>();
    proj.eachRow((row, n) => {
      if (n <= 2) return;
      const id = row.getCell(2).value;
      if (typeof id !== 'string') return;
      for (let c = 5; c < 5 + projection.years.length; c++) {
        const cell = row.getCell(c);
        if (typeof cell.value !== 'number') continue;
        expect(cell.value).toBe(roundForExport(projection.series[id]?.real[c - 5] as number));
        const set = formats.get(id) ?? new Set<string>();
        set.add(cell.numFmt);
        formats.set(id, set);
      }
    });
    expect([...(formats.get('gdp') as Set<string>)]).toEqual(['#,##0.0']);
    expect([...(formats.get('income_all') as Set<string>)]).toEqual(['#,##0']);
    expect([...(formats.get('population') as Set<string>)]).toEqual(['#,##0.00']);
    const unitFormats = new Map<string, Set<string>>();
    targets.eachRow((row, n) => {
      if (n <= 2) return;
      for (const c of [7, 8, 9]) {
        const cell = row.getCell(c);
        if (typeof cell.value !== 'number') continue;
        const unit = String(row.getCell(10).value);
        const set = unitFormats.get(unit) ?? new Set<string>();
        set.add(cell.numFmt);
        unitFormats.set(unit, set);
      }
    });
    expect([...(unitFormats.get('%') as Set<string>)]).toEqual(['#,##0.00']);
    expect([...(unitFormats.get('亿元') as Set<string>)]).toEqual(['#,##0.0']);
    expect([...(unitFormats.get('家') as Set<string>)]).toEqual(['#,##0']);
  });
});
