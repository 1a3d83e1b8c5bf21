/**
 * `report`: the review report of one scenario as Word, PDF or Excel
 * (models/export/report-model.ts; the writers beside it). As of --as-of, by default the
 * latest reported year or the current one. The file is written atomically.
 */
import { resolve } from 'node:path';
import { localDay } from '../../models/export/local-date';
import { buildReviewReport, reportAsOf } from '../../models/export/report-model';
import type { ReviewReport } from '../../models/export/report-types';
import { reviewScenario } from '../../models/review/review';
import type { CommandArgs, ReportFormat } from './args';
import { writeFileAtomic } from './atomic-write';
import { t } from './cli-messages';
import { EXIT_BAD_INPUT, EXIT_OK, type CliIo } from './io';
import { loadPlan, pickScenario } from './load-plan';

async function reportBytes(format: ReportFormat, report: ReviewReport, io: CliIo): Promise<Uint8Array> {
  switch (format) {
    case 'docx':
      return (await import('../../models/export/report-docx')).reportDocx(report);
    case 'xlsx':
      return (await import('../../models/export/report-xlsx')).reportXlsx(report, io.now());
    case 'pdf': {
      const html = (await import('../../models/export/report-html')).reportHtml(report);
      const print = io.printPdf ?? (await import('./print-pdf')).printHtmlToPdf;
      return print(html);
    }
  }
}

export async function runReport(args: CommandArgs, io: CliIo): Promise<number> {
  const target = args.report;
  if (target === undefined) throw new Error('report: no --format/--out after argument parsing');
  if (resolve(target.out) === resolve(args.file)) {
    io.stderr(`${t(args.lang, 'cannot-write', { file: target.out, reason: t(args.lang, 'write-is-input') })}\n`);
    return EXIT_BAD_INPUT;
  }
  const loaded = await loadPlan(args.file, io, args.lang);
  if (!loaded.ok) {
    io.stderr(`${loaded.lines.join('\n')}\n`);
    return EXIT_BAD_INPUT;
  }
  const { plan } = loaded;
  let scenarioId: string;
  if (args.scenario !== undefined) {
    const picked = pickScenario(plan, args.scenario, args.lang);
    if (!picked.ok) {
      io.stderr(`${picked.message}\n`);
      return EXIT_BAD_INPUT;
    }
    scenarioId = picked.scenario.id;
  } else {
    scenarioId = reviewScenario(plan).id;
  }
  if (args.asOf !== undefined && (args.asOf < plan.baseYear || args.asOf > plan.horizon)) {
    io.stderr(`${t(args.lang, 'as-of-out-of-range', { value: args.asOf, from: plan.baseYear, to: plan.horizon })}\n`);
    return EXIT_BAD_INPUT;
  }
  const now = io.now();
  const report = buildReviewReport(plan, { lang: args.lang, scenarioId, asOf: args.asOf ?? reportAsOf(plan, now.getFullYear()), today: localDay(now) });
  // Everything is built before anything is written: a failure here leaves no file.
  let data: Uint8Array;
  try {
    data = await reportBytes(target.format, report, io);
  } catch (error) {
    const { NoChromiumError } = await import('./print-pdf');
    if (error instanceof NoChromiumError) {
      io.stderr(`${t(args.lang, 'no-chromium', {})}\n`);
      return EXIT_BAD_INPUT;
    }
    if (target.format !== 'pdf') throw error;
    io.stderr(`${t(args.lang, 'pdf-failed', { detail: error instanceof Error ? error.message : String(error) })}\n`);
    return EXIT_BAD_INPUT;
  }
  const written = await writeFileAtomic(io, target.out, data, args.lang);
  if (!written.ok) {
    io.stderr(`${written.lines.join('\n')}\n`);
    return EXIT_BAD_INPUT;
  }
  io.stdout(`${t(args.lang, 'reported', { file: target.out, format: target.format, scenario: report.scenario.id, asOf: report.asOf })}\n`);
  return EXIT_OK;
}
