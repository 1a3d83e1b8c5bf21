/**
 * The exports the dialog offers, with the host passed in (tested with a fake): each
 * builds its file, hands it to the host (save dialog + atomic write in Electron, a
 * download in the browser) and says what happened — the file's name, or the host's
 * reason for failing (a path that cannot be written …), never silence.
 */
import { exportCsvText } from '../commands/export-command';
import type { PlanPathApi, SavedFile } from '../platform/platform-api';
import type { WorkspaceStore } from '../store/workspace-store';
import { chartFile, findChart, type Translate } from './chart-export';
import type { ImageFormat } from './chart-image';
import { exportScope, type ExportScope, type MonteCarloLookup } from './export-scope';
import { workbookFile } from './workbook';

export interface ExportDeps {
  api: Pick<PlanPathApi, 'exportFile'>;
  store: WorkspaceStore;
  t: Translate;
  notify(kind: 'success' | 'warning' | 'error' | 'info', text: string): void;
  lookup?: MonteCarloLookup;
  now?: () => Date;
}

export type ExportOutcome = SavedFile | null | 'failed';

export function reasonOf(error: unknown): string {
  return error instanceof Error ? error.message : String(error);
}

/** The scope, or a message saying why there is nothing to export. */
export function scopeOrSay(d: ExportDeps): ExportScope | null {
  const scope = exportScope(d.store.getState());
  if (scope === 'no-plan') {
    d.notify('error', d.t('export.noPlan'));
    return null;
  }
  if (scope === 'empty-comparison') {
    d.notify('error', d.t('export.emptyComparison'));
    return null;
  }
  return scope;
}

async function hand(d: ExportDeps, build: () => Promise<Parameters<PlanPathApi['exportFile']>[0]>): Promise<ExportOutcome> {
  try {
    const saved = await d.api.exportFile(await build());
    if (saved !== null) d.notify('success', d.t('file.exported', { name: saved.name }));
    return saved;
  } catch (error) {
    d.notify('error', d.t('file.exportFailed', { reason: reasonOf(error) }));
    return 'failed';
  }
}

export function exportChart(d: ExportDeps, chartId: string, format: ImageFormat): Promise<ExportOutcome> {
  const scope = scopeOrSay(d);
  if (scope === null) return Promise.resolve('failed');
  const chart = findChart(scope.plan, chartId);
  if (chart === undefined) {
    d.notify('error', d.t('export.noChart'));
    return Promise.resolve('failed');
  }
  return hand(d, () => chartFile(scope, chart, format, d.t, d.now?.()));
}

export function exportWorkbook(d: ExportDeps, monteCarlo: boolean): Promise<ExportOutcome> {
  const scope = scopeOrSay(d);
  if (scope === null) return Promise.resolve('failed');
  return hand(d, async () => {
    const out = await workbookFile(scope, { monteCarlo, ...(d.lookup ? { lookup: d.lookup } : {}), ...(d.now ? { now: d.now() } : {}) });
    if (out.withoutRun.length > 0) d.notify('warning', d.t('export.withoutRun', { names: out.withoutRun.join(scope.lang === 'zh' ? '、' : ', ') }));
    return out.request;
  });
}

/** CSV: the selected scenario's projection (in the shown basis) and targets; UTF-8 with BOM, CRLF. */
export function exportCsvFile(d: ExportDeps): Promise<ExportOutcome> {
  const out = exportCsvText(d.store, d.now?.());
  if (out === null) {
    d.notify('error', d.t('export.noPlan'));
    return Promise.resolve('failed');
  }
  return hand(d, async () => ({ suggestedName: out.name, data: out.text, mimeType: 'text/csv;charset=utf-8', filters: [{ name: 'CSV', extensions: ['csv'] }] }));
}
