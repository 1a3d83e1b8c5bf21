/**
 * The review report of the selected scenario (models/export/report-model.ts) as a file:
 * Word or Excel handed to the host, or the model for the PDF, which the page prints.
 * One scenario, as of the latest reported year or the current one.
 */
import { localDay } from '../../models/export/local-date';
import { buildReviewReport, reportAsOf } from '../../models/export/report-model';
import type { ReviewReport } from '../../models/export/report-types';
import type { Plan } from '../../models/plan/plan-schema';
import type { ExportFileRequest } from '../platform/platform-api';

export type ReviewReportFormat = 'docx' | 'xlsx';

export function reviewReportOf(plan: Plan, scenarioId: string, lang: 'zh' | 'en', now: Date = new Date()): ReviewReport {
  return buildReviewReport(plan, { lang, scenarioId, asOf: reportAsOf(plan, now.getFullYear()), today: localDay(now) });
}

export async function reviewReportFile(report: ReviewReport, format: ReviewReportFormat, now: Date = new Date()): Promise<ExportFileRequest> {
  if (format === 'docx') {
    const { reportDocx } = await import('../../models/export/report-docx');
    return {
      suggestedName: `${report.fileStem}.docx`,
      data: await reportDocx(report),
      mimeType: 'application/vnd.openxmlformats-officedocument.wordprocessingml.document',
      filters: [{ name: 'Word', extensions: ['docx'] }],
    };
  }
  const { reportXlsx } = await import('../../models/export/report-xlsx');
  return {
    suggestedName: `${report.fileStem}.xlsx`,
    data: await reportXlsx(report, now),
    mimeType: 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet',
    filters: [{ name: 'Excel', extensions: ['xlsx'] }],
  };
}
