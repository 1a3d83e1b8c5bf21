/**
 * Export the selected scenario as one CSV (UTF-8 with BOM, opens in Excel): the
 * projection by year in the shown basis, then the targets and gaps, then the source line.
 * The tables come from models/export; this only puts them together and hands them to the host.
 */
import { toCsv, type Cell } from '../../models/export/csv';
import { projectionTable, sourceLine, tableRows, targetsTable } from '../../models/export/export-tables';
import type { PlanPathApi, SavedFile } from '../platform/platform-api';
import { projectionOf, targetsOf } from '../derived/derive';
import type { WorkspaceStore } from '../store/workspace-store';

export function exportCsvText(store: WorkspaceStore, now: Date = new Date()): { name: string; text: string } | null {
  const s = store.getState();
  const plan = s.plan;
  const scenario = plan?.scenarios.find((x) => x.id === s.selectedId);
  if (!plan || !scenario) return null;
  const projection = projectionOf(plan, scenario);
  const rows: Cell[][] = [
    ...tableRows(projectionTable(plan, scenario, projection, s.basis, s.lang)),
    [],
    ...tableRows(targetsTable(plan, [{ scenario, results: targetsOf(plan, scenario) }], s.lang)),
    [],
    [sourceLine(plan, [scenario], now, s.lang)],
  ];
  return { name: `${plan.id}-${scenario.id}-${s.basis}.csv`, text: toCsv(rows) };
}

export async function exportCsv(store: WorkspaceStore, api: Pick<PlanPathApi, 'exportFile'>): Promise<SavedFile | null> {
  const out = exportCsvText(store);
  if (out === null) return null;
  return api.exportFile({
    suggestedName: out.name,
    data: out.text,
    mimeType: 'text/csv;charset=utf-8',
    filters: [{ name: 'CSV', extensions: ['csv'] }],
  });
}
