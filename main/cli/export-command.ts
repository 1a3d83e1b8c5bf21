/**
 * `export`: one scenario of a plan written to a file, for analysts' documents.
 *   csv   the projection table (indicators × years, in --basis), UTF-8 with a byte-order
 *         mark and CRLF so that Excel on Chinese Windows opens it; one table, nothing else.
 *   xlsx  sheets: the scenario's assumptions, its projection at current and at base-year
 *         prices, and the targets with their gaps; a source line under each table.
 *   json  what `project --format json` prints, plus `targets` as `check --json` prints them.
 * The file is written atomically (atomic-write.ts): never a partial file.
 */
import { resolve } from 'node:path';
import {
  assumptionsTable,
  basisLabel,
  project,
  projectionTable,
  sheetName,
  sourceLine,
  tableRows,
  targetsTable,
  toCsv,
  type Lang,
  type Plan,
  type Projection,
  type Scenario,
  type Table,
  type TargetResult,
} from '../../models';
import type { Basis, CommandArgs, ExportFormat } from './args';
import { writeFileAtomic } from './atomic-write';
import { evaluatePlan, type CheckTargetJson } from './check-report';
import { t } from './cli-messages';
import { EXIT_BAD_INPUT, EXIT_OK, type CliIo } from './io';
import { stringifyJson } from './json-safe';
import { loadPlanScenario } from './load-plan';
import { projectJson, type ProjectJson } from './project-output';

/** `project --format json` plus the targets of `check --json`: the same field names. */
export interface ExportJson extends ProjectJson {
  targets: CheckTargetJson[];
}

export function exportJson(plan: Plan, scenario: Scenario, basis: Basis, p: Projection = project(plan, scenario)): ExportJson {
  return { ...projectJson(plan, scenario, basis, p), targets: evaluatePlan(plan, scenario, p).targets.map((e) => e.json) };
}

export function exportCsv(plan: Plan, scenario: Scenario, basis: Basis, lang: Lang, p: Projection = project(plan, scenario)): string {
  return toCsv(tableRows(projectionTable(plan, scenario, p, basis, lang)));
}

/** The projection at one price basis, as a sheet named by that basis (the two must differ). */
function projectionSheet(plan: Plan, scenario: Scenario, p: Projection, basis: Basis, lang: Lang): Table {
  const table = projectionTable(plan, scenario, p, basis, lang);
  const word = lang === 'zh' ? '预测' : 'Projection';
  return { ...table, name: sheetName(`${word} ${basisLabel(basis, 'nominal', plan.baseYear, lang)}`) };
}

export function workbookTables(plan: Plan, scenario: Scenario, lang: Lang, p: Projection, results: readonly TargetResult[]): Table[] {
  return [
    assumptionsTable(plan, [scenario], lang),
    projectionSheet(plan, scenario, p, 'nominal', lang),
    projectionSheet(plan, scenario, p, 'real', lang),
    targetsTable(plan, [{ scenario, results }], lang),
  ];
}

export async function exportXlsx(plan: Plan, scenario: Scenario, lang: Lang, date: Date, p: Projection = project(plan, scenario)): Promise<Uint8Array> {
  const results = evaluatePlan(plan, scenario, p).targets.map((e) => e.result);
  // exceljs is large: loaded only here, so the other commands start without it.
  const { buildXlsx } = await import('../../models/export/xlsx');
  return buildXlsx(workbookTables(plan, scenario, lang, p, results), {
    title: `${plan.title[lang]} — ${scenario.name[lang]}`,
    sourceLine: sourceLine(plan, [scenario], date, lang),
    created: date,
  });
}

async function exportData(
  format: ExportFormat,
  plan: Plan,
  scenario: Scenario,
  args: CommandArgs,
  io: CliIo,
): Promise<string | Uint8Array> {
  const p = project(plan, scenario);
  switch (format) {
    case 'csv':
      return exportCsv(plan, scenario, args.basis, args.lang, p);
    case 'json':
      return stringifyJson(exportJson(plan, scenario, args.basis, p));
    case 'xlsx':
      return exportXlsx(plan, scenario, args.lang, io.now(), p);
  }
}

export async function runExport(args: CommandArgs, io: CliIo): Promise<number> {
  const target = args.export;
  if (target === undefined) throw new Error('export: no --format/--out after argument parsing');
  const { out } = target;
  if (resolve(out) === resolve(args.file)) {
    io.stderr(`${t(args.lang, 'cannot-write', { file: out, reason: t(args.lang, 'write-is-input') })}\n`);
    return EXIT_BAD_INPUT;
  }
  const loaded = await loadPlanScenario(args.file, args.scenario, io, args.lang);
  if (!loaded.ok) {
    io.stderr(`${loaded.lines.join('\n')}\n`);
    return EXIT_BAD_INPUT;
  }
  const { plan, scenario } = loaded;
  // Everything is built before anything is written: a failure here leaves no file.
  const data = await exportData(target.format, plan, scenario, args, io);
  const written = await writeFileAtomic(io, out, data, args.lang);
  if (!written.ok) {
    io.stderr(`${written.lines.join('\n')}\n`);
    return EXIT_BAD_INPUT;
  }
  io.stdout(`${t(args.lang, 'exported', { file: out, format: target.format, scenario: scenario.id })}\n`);
  return EXIT_OK;
}
