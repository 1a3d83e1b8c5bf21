/**
 * The XLSX of an export: the assumptions of the scenarios in scope, each scenario's
 * projection by year at current and at base-year prices, the targets and gaps (with
 * the probability of meeting each where a Monte Carlo run exists), the plan review
 * (targets on reported figures, year by year against the targets' path), and the Monte
 * Carlo percentiles and probabilities. The tables come from models/export; exceljs is loaded
 * only here, lazily (it is large and only an export needs it).
 */
import { assumptionsTable, projectionTable, sheetName, sourceLine, targetsTable, type ScenarioTargets, type Table } from '../../models/export/export-tables';
import { monteCarloTable, monteCarloTargetsTable, targetProbabilities } from '../../models/export/monte-carlo-table';
import { reviewTargetsTable, reviewYearsTable } from '../../models/export/review-table';
import { reviewPlan } from '../../models/review/review';
import { defaultAsOf } from '../review/as-of';
import { projectionOf, targetsOf } from '../derived/derive';
import type { ExportFileRequest } from '../platform/platform-api';
import { fileStem, type ExportScope, type MonteCarloLookup } from './export-scope';

export interface WorkbookPlan {
  tables: Table[];
  title: string;
  sourceLine: string;
  /** Scenarios whose Monte Carlo sheet was asked for but that have no current run. */
  withoutRun: string[];
}

/** Sheet names are unique in a workbook (≤ 31 characters): number the repeats. */
export function uniqueSheetNames(tables: readonly Table[]): Table[] {
  const used = new Set<string>();
  return tables.map((table) => {
    let name = table.name;
    for (let n = 2; used.has(name.toLowerCase()); n++) {
      const suffix = ` (${n})`;
      name = sheetName(table.name.slice(0, 31 - suffix.length) + suffix);
    }
    used.add(name.toLowerCase());
    return name === table.name ? table : { ...table, name };
  });
}

export function workbookTables(scope: ExportScope, options: { monteCarlo: boolean; lookup?: MonteCarloLookup; now?: Date }): WorkbookPlan {
  const { plan, lang, scenarios } = scope;
  const now = options.now ?? new Date();
  const runs = scenarios.map((s) => (options.monteCarlo ? (options.lookup?.(s) ?? null) : null));
  const tables: Table[] = [assumptionsTable(plan, scenarios, lang)];
  for (const s of scenarios) {
    const projection = projectionOf(plan, s);
    tables.push(projectionTable(plan, s, projection, 'nominal', lang), projectionTable(plan, s, projection, 'real', lang));
  }
  const entries: ScenarioTargets[] = scenarios.map((s, i) => {
    const run = runs[i];
    return run ? { scenario: s, results: targetsOf(plan, s), probabilities: targetProbabilities(run) } : { scenario: s, results: targetsOf(plan, s) };
  });
  tables.push(targetsTable(plan, entries, lang));
  // The plan review of each scenario: reported figures where the year has one, else the projection.
  scenarios.forEach((s, i) => {
    const review = reviewPlan(plan, { scenarioId: s.id, asOf: defaultAsOf(plan, now.getFullYear()) });
    const run = runs[i];
    tables.push(reviewTargetsTable(plan, review, lang, run ? targetProbabilities(run) : undefined), reviewYearsTable(plan, review, lang));
  });
  runs.forEach((run) => {
    if (run) tables.push(monteCarloTable(plan, run, scope.basis, lang), monteCarloTargetsTable(plan, run, lang));
  });
  return {
    tables: uniqueSheetNames(tables),
    title: plan.title[lang],
    sourceLine: sourceLine(plan, scenarios, now, lang),
    withoutRun: options.monteCarlo ? scenarios.filter((_, i) => runs[i] === null).map((s) => s.name[lang]) : [],
  };
}

export async function workbookFile(scope: ExportScope, options: { monteCarlo: boolean; lookup?: MonteCarloLookup; now?: Date }): Promise<{ request: ExportFileRequest; withoutRun: string[] }> {
  const book = workbookTables(scope, options);
  const { buildXlsx } = await import('../../models/export/xlsx');
  const bytes = await buildXlsx(book.tables, { title: book.title, sourceLine: book.sourceLine, ...(options.now ? { created: options.now } : {}) });
  return {
    request: {
      suggestedName: `${fileStem(scope)}.xlsx`,
      data: bytes,
      mimeType: 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet',
      filters: [{ name: 'Excel', extensions: ['xlsx'] }],
    },
    withoutRun: book.withoutRun,
  };
}
