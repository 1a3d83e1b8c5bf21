/**
 * Every exported list of targets carries 约束性 / 预期性: the targets-and-gaps table (CSV
 * and XLSX), the review sheet and the Monte Carlo probabilities, read back from the file
 * for the Xuzhou plan (5 binding, 23 expected targets).
 */
import { readFileSync } from 'node:fs';
import ExcelJS from 'exceljs';
import { describe, expect, it } from 'vitest';
import { runMonteCarlo } from '../uncertainty/monte-carlo';
import type { Plan, Scenario } from '../plan/plan-schema';
import { setTargetBinding } from '../plan/target-binding';
import { reviewPlan } from '../review/review';
import { evaluateTargets } from '../targets/evaluate-targets';
import { validatePlan } from '../plan/validate-plan';
import { parseCsv, toCsv } from './csv';
import { tableRows, targetsTable } from './export-tables';
import { monteCarloTargetsTable } from './monte-carlo-table';
import { reviewTargetsTable } from './review-table';
import { buildXlsx } from './xlsx';

function xuzhou(): Plan {
  const r = validatePlan(JSON.parse(readFileSync(new URL('../../scenarios/xuzhou-14th-fyp.json', import.meta.url), 'utf8')));
  if (!r.ok) throw new Error(r.issues.map((i) => i.message).join('; '));
  return r.plan;
}

const plan = xuzhou();
const sc = plan.scenarios.find((s) => s.id === 'plan') as Scenario;
const WORD = { zh: { binding: '约束性', expected: '预期性' }, en: { binding: 'binding', expected: 'expected' } } as const;
/** What each target's cell must say, by id. */
const expected = (p: Plan, lang: 'zh' | 'en') => new Map(p.targets.map((t) => [t.id, t.binding === undefined ? '' : WORD[lang][t.binding]]));

/** The column headed `header` of a read-back sheet or CSV, by the id in `idCol`. */
function columnById(rows: readonly (readonly unknown[])[], header: string, idCol: string): Map<string, unknown> {
  const head = rows.find((r) => r.includes(header) && r.includes(idCol)) as unknown[];
  expect(head, `a header row with ${header}`).toBeDefined();
  const [c, i] = [head.indexOf(header), head.indexOf(idCol)];
  const start = rows.indexOf(head) + 1;
  return new Map(rows.slice(start).filter((r) => typeof r[i] === 'string' && r[i] !== '').map((r) => [r[i] as string, r[c] ?? '']));
}

async function sheetRows(bytes: Uint8Array, name: string): Promise<unknown[][]> {
  const wb = new ExcelJS.Workbook();
  await wb.xlsx.load(bytes.buffer.slice(bytes.byteOffset, bytes.byteOffset + bytes.byteLength) as ArrayBuffer);
  const ws = wb.getWorksheet(name);
  if (ws === undefined) throw new Error(`no sheet ${name}`);
  const out: unknown[][] = [];
  ws.eachRow((row) => out.push((row.values as unknown[]).slice(1)));
  return out;
}

describe('the 约束性 / 预期性 column of the exports', () => {
  const results = evaluateTargets(plan, sc);

  it('CSV of the targets and gaps: a header in the export language, the mark of every target', () => {
    for (const lang of ['zh', 'en'] as const) {
      const back = parseCsv(toCsv(tableRows(targetsTable(plan, [{ scenario: sc, results }], lang))));
      const header = lang === 'zh' ? '约束性/预期性' : 'Binding or expected';
      expect(back[0]?.slice(0, 5)).toEqual(lang === 'zh' ? ['情景', 'id', '目标', header, '年份'] : ['Scenario', 'id', 'Target', header, 'Year']);
      const col = columnById(back, header, 'id');
      expect(col).toEqual(expected(plan, lang));
      expect([...col.values()].filter((v) => v === WORD[lang].binding)).toHaveLength(5);
      expect(col.get('farmland-14th')).toBe(WORD[lang].binding);
      expect(col.get('gdp-2025-trillion')).toBe(WORD[lang].expected);
    }
  });

  it('is empty for a target not marked', () => {
    const one = setTargetBinding(plan, 'gdp-growth-14th', undefined);
    const back = parseCsv(toCsv(tableRows(targetsTable(one, [{ scenario: sc, results }], 'zh'))));
    const col = columnById(back, '约束性/预期性', 'id');
    expect(col.get('gdp-growth-14th')).toBe('');
    expect(col.get('farmland-14th')).toBe('约束性');
  });

  it('XLSX: the targets sheet, the review sheet and the Monte Carlo probabilities, read back', async () => {
    const review = reviewPlan(plan, { scenarioId: sc.id, asOf: 2026 });
    const run = runMonteCarlo(plan, sc, { shocks: [{ indicator: 'gdp', sd: 0.02 }] }, { runs: 200, seed: 3 });
    const tables = [targetsTable(plan, [{ scenario: sc, results }], 'zh'), reviewTargetsTable(plan, review, 'zh'), monteCarloTargetsTable(plan, run, 'zh')];
    const bytes = await buildXlsx(tables, { title: 't', sourceLine: 's' });
    for (const table of tables) {
      const rows = await sheetRows(bytes, table.name);
      // The source line under the table sits in the first column: not a target.
      const targets = [...columnById(rows, '约束性/预期性', 'id')].filter(([id]) => id !== 's');
      expect(new Map(targets), table.name).toEqual(expected(plan, 'zh'));
    }
  });
});
