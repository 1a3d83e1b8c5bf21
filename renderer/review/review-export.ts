/**
 * The review as an XLSX file: the targets sheet and the year-by-year sheet (models'
 * review tables), written by the same exceljs code as every export, loaded lazily.
 */
import { sourceLine } from '../../models/export/export-tables';
import { reviewTargetsTable, reviewYearsTable } from '../../models/export/review-table';
import type { Plan } from '../../models/plan/plan-schema';
import type { Review } from '../../models/review/review-types';
import type { ExportFileRequest } from '../platform/platform-api';

export async function reviewWorkbookFile(
  plan: Plan,
  review: Review,
  lang: 'zh' | 'en',
  probabilities?: Readonly<Record<string, number | null>>,
  now: Date = new Date(),
): Promise<ExportFileRequest> {
  const scenario = plan.scenarios.find((s) => s.id === review.scenarioId);
  const tables = [reviewTargetsTable(plan, review, lang, probabilities), reviewYearsTable(plan, review, lang)];
  const { buildXlsx } = await import('../../models/export/xlsx');
  const bytes = await buildXlsx(tables, { title: plan.title[lang], sourceLine: sourceLine(plan, scenario ? [scenario] : [], now, lang), created: now });
  const stem = `${plan.id}-${review.scenarioId}-review-${review.asOf}`.replace(/[^\p{L}\p{N}._+-]+/gu, '_');
  return {
    suggestedName: `${stem}.xlsx`,
    data: bytes,
    mimeType: 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet',
    filters: [{ name: 'Excel', extensions: ['xlsx'] }],
  };
}
