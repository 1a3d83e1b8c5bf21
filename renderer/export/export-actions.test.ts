// The export code path of the renderer in plain Node: the files it hands to the host.
import ExcelJS from 'exceljs';
import { describe, expect, it } from 'vitest';
import { roundForExport } from '../../models/export/cell-safety';
import { BOM, parseCsv } from '../../models/export/csv';
import { runMonteCarlo } from '../../models/uncertainty/monte-carlo';
import type { Scenario } from '../../models/plan/plan-schema';
import { loadDefault } from '../bootstrap';
import { projectionOf } from '../derived/derive';
import type { ExportFileRequest } from '../platform/platform-api';
import { createWorkspaceStore } from '../store/workspace-store';
import { exportCsvFile, exportWorkbook, type ExportDeps } from './export-actions';
import { exportScope } from './export-scope';
import { uniqueSheetNames } from './workbook';

const NOW = new Date('2026-11-26T08:00:00Z');

function setup(answer: (r: ExportFileRequest) => Promise<{ name: string } | null> = async (r) => ({ name: r.suggestedName })) {
  const store = createWorkspaceStore();
  loadDefault(store);
  const requests: ExportFileRequest[] = [];
  const notes: string[] = [];
  const runs = new Map<string, ReturnType<typeof runMonteCarlo>>();
  const deps: ExportDeps = {
    api: {
      exportFile: async (r) => {
        requests.push(r);
        return answer(r);
      },
    },
    store,
    t: (key, options) => (options ? `${key} ${JSON.stringify(options)}` : key),
    notify: (kind, text) => void notes.push(`${kind}:${text}`),
    lookup: (s: Scenario) => runs.get(s.id) ?? null,
    now: () => NOW,
  };
  return { store, deps, requests, notes, runs };
}

async function readBack(data: string | Uint8Array): Promise<ExcelJS.Workbook> {
  const bytes = data as Uint8Array;
  const wb = new ExcelJS.Workbook();
  await wb.xlsx.load(bytes.buffer.slice(bytes.byteOffset, bytes.byteOffset + bytes.byteLength) as ArrayBuffer);
  return wb;
}

function rowOf(ws: ExcelJS.Worksheet, id: string): ExcelJS.Row {
  let found: ExcelJS.Row | undefined;
  ws.eachRow((row) => {
    if (row.getCell(2).value === id) found = row;
  });
  if (!found) throw new Error(`no row ${id} in ${ws.name}`);
  return found;
}

describe('XLSX export', () => {
  it('has numbers equal to the projection, nominal and real, for each compared scenario', async () => {
    const { store, deps, requests, notes } = setup();
    const s = store.getState();
    const other = s.plan?.scenarios.find((x) => x.id !== 'plan') as Scenario;
    s.toggleCompare('plan');
    s.toggleCompare(other.id);
    s.setCompareMode(true);
    await exportWorkbook(deps, true);
    expect(notes.at(-2)).toMatch(/^warning:export.withoutRun/); // Monte Carlo asked for, no run: said, and left out
    expect(notes.at(-1)).toMatch(/^success:file.exported/);
    const r = requests[0] as ExportFileRequest;
    expect(r.suggestedName).toBe(`xuzhou-14th-fyp-plan+${other.id}.xlsx`);
    expect(r.mimeType).toBe('application/vnd.openxmlformats-officedocument.spreadsheetml.sheet');
    const wb = await readBack(r.data);
    const plan = store.getState().plan!;
    const names = wb.worksheets.map((w) => w.name);
    expect(names[0]).toBe('假设');
    expect(names).toContain('目标与差距');
    expect(names.filter((n) => n.startsWith('蒙特卡洛'))).toEqual([]);
    for (const sc of [plan.scenarios.find((x) => x.id === 'plan')!, other]) {
      const projection = projectionOf(plan, sc);
      for (const [prefix, basis] of [['现价', 'nominal'], ['不变价', 'real']] as const) {
        const ws = wb.getWorksheet(`${prefix} ${sc.name.zh}`.slice(0, 31)) as ExcelJS.Worksheet;
        expect(ws, `${prefix} ${sc.name.zh}`).toBeDefined();
        for (const id of ['gdp', 'income_all', 'urbanization']) {
          const row = rowOf(ws, id);
          const values = projection.series[id]![basis];
          for (let i = 0; i < projection.years.length; i++) {
            const cell = row.getCell(5 + i);
            expect(typeof cell.value).toBe('number');
            expect(cell.value).toBe(roundForExport(values[i] as number));
          }
        }
      }
    }
    // targets of both scenarios, with their status
    const targets = wb.getWorksheet('目标与差距') as ExcelJS.Worksheet;
    const scenariosListed = new Set<string>();
    targets.eachRow((row, n) => {
      if (n > 2 && row.getCell(2).value === 'gdp-2035-double') scenariosListed.add(String(row.getCell(1).value));
    });
    expect(scenariosListed.size).toBe(2);
  });

  it('adds Monte Carlo sheets and a probability column where a run exists', async () => {
    const { store, deps, requests, runs, notes } = setup();
    const plan = store.getState().plan!;
    const sc = plan.scenarios.find((x) => x.id === 'plan')!;
    const result = runMonteCarlo(plan, sc, { shocks: [{ indicator: 'gdp', sd: 0.02 }] }, { runs: 300, seed: 3 });
    runs.set('plan', result);
    await exportWorkbook(deps, true);
    expect(notes.some((n) => n.startsWith('warning'))).toBe(false);
    const wb = await readBack(requests[0]!.data);
    const mc = wb.getWorksheet(`蒙特卡洛 ${sc.name.zh}`.slice(0, 31)) as ExcelJS.Worksheet;
    expect(mc).toBeDefined();
    let p50: ExcelJS.Row | undefined;
    mc.eachRow((row) => {
      if (row.getCell(2).value === 'gdp' && row.getCell(5).value === 'P50') p50 = row;
    });
    expect(p50!.getCell(6 + 5).value).toBe(roundForExport(result.series.gdp!.nominal.p50![5] as number));
    const targets = wb.getWorksheet('目标与差距') as ExcelJS.Worksheet;
    const header = (targets.getRow(2).values as unknown[]).map(String);
    const col = header.indexOf('达成概率');
    expect(col).toBeGreaterThan(0);
    const first = result.targets[0]!;
    expect(rowOf(targets, first.id).getCell(col).value).toBe(first.probability);
    expect(wb.worksheets.some((w) => w.name.startsWith('达成概率'))).toBe(true);
  });

  it('an empty comparison is refused with a message, and nothing is handed to the host', async () => {
    const { store, deps, requests, notes } = setup();
    store.getState().setCompareMode(true);
    for (const id of store.getState().compareIds) store.getState().toggleCompare(id);
    expect(exportScope(store.getState())).toBe('empty-comparison');
    await expect(exportWorkbook(deps, false)).resolves.toBe('failed');
    expect(requests).toEqual([]);
    expect(notes).toEqual(['error:export.emptyComparison']);
  });

  it('shows the host’s reason when the file cannot be written', async () => {
    const { deps, notes } = setup(async () => {
      throw new Error('Cannot write "/ro/x.xlsx": no permission to write there (EACCES). Nothing was written.');
    });
    await expect(exportWorkbook(deps, false)).resolves.toBe('failed');
    expect(notes.at(-1)).toBe('error:file.exportFailed {"reason":"Cannot write \\"/ro/x.xlsx\\": no permission to write there (EACCES). Nothing was written."}');
  });

  it('says nothing when the user cancels the save dialog', async () => {
    const { deps, notes } = setup(async () => null);
    await expect(exportWorkbook(deps, false)).resolves.toBeNull();
    expect(notes).toEqual([]);
  });

  it('numbers repeated sheet names', () => {
    const t = { title: '', columns: [], rows: [] };
    expect(uniqueSheetNames([{ ...t, name: 'A' }, { ...t, name: 'a' }, { ...t, name: 'x'.repeat(31) }, { ...t, name: 'x'.repeat(31) }]).map((x) => x.name)).toEqual([
      'A',
      'a (2)',
      'x'.repeat(31),
      `${'x'.repeat(27)} (2)`,
    ]);
  });
});

describe('CSV export', () => {
  it('round-trips: starts with the BOM, CRLF line ends, the selected scenario’s projection', async () => {
    const { store, deps, requests } = setup();
    store.getState().setBasis('real');
    await exportCsvFile(deps);
    const r = requests[0] as ExportFileRequest;
    expect(r.suggestedName).toBe('xuzhou-14th-fyp-plan-real.csv');
    const text = r.data as string;
    expect(text.startsWith(BOM)).toBe(true);
    expect(text.includes('\r\n')).toBe(true);
    expect(text.replace(/\r\n/g, '').includes('\n')).toBe(false);
    const rows = parseCsv(text);
    const plan = store.getState().plan!;
    const projection = projectionOf(plan, plan.scenarios.find((x) => x.id === 'plan')!);
    const gdp = rows.find((row) => row[1] === 'gdp') as string[];
    // 亿元 with one decimal in every year (models/export/column-decimals.ts)
    expect(gdp.slice(4, 4 + projection.years.length)).toEqual(Array.from(projection.series.gdp!.real, (v) => (roundForExport(v) as number).toFixed(1)));
    expect(rows.at(-1)?.[0]).toMatch(/^依据：《.*》；情景：.*；生成于 2026-11-26/);
  });
});
