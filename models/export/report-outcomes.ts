/**
 * The review report's section on the previous plan (上期规划完成情况), for a continued
 * plan: the same rows the review tab shows (models/review/predecessor-outcomes.ts) as a
 * ReportTable, with the counts and what the values are.
 */
import type { Plan } from '../plan/plan-schema';
import { outcomeCounts, outcomeCountsText, outcomeRows, outcomesHeading, outcomesNote } from '../review/predecessor-outcomes';
import { text } from './report-text';
import type { ReportLang, ReportOutcomes, ReportTable } from './report-types';

const L = (lang: ReportLang, zh: string, en: string) => (lang === 'zh' ? zh : en);

/** The section, or null for a plan that continues none. */
export function reportOutcomes(plan: Plan, lang: ReportLang): ReportOutcomes | null {
  const p = plan.predecessor;
  if (p === undefined) return null;
  const rows = outcomeRows(p, lang, plan.units);
  const anyBinding = rows.some((r) => r.binding !== '');
  const table: ReportTable = {
    name: L(lang, '上期规划完成情况', 'Previous plan'),
    columns: [
      { header: L(lang, '目标', 'Target'), width: 30 },
      ...(anyBinding ? [{ header: L(lang, '属性', 'Kind'), width: 9 }] : []),
      { header: L(lang, '年份', 'Year'), width: 8 },
      { header: L(lang, '数值', 'Value'), width: 20, numeric: true },
      { header: L(lang, '目标值', 'Threshold'), width: 18, numeric: true },
      { header: L(lang, '判定', 'Verdict'), width: 12 },
      { header: L(lang, '已实现年均增速', 'Achieved a year'), width: 20, numeric: true },
    ],
    rows: rows.map((r) => ({
      id: r.id,
      status: r.status,
      cells: [text(r.name), ...(anyBinding ? [text(r.binding)] : []), { parts: [String(r.year)], num: r.year, fmt: '0' }, r.value, r.threshold, text(r.verdict), r.achieved],
    })),
  };
  return {
    heading: outcomesHeading(p, lang),
    counts: outcomeCountsText(outcomeCounts(p), lang),
    note: outcomesNote(p, lang, plan.scenarios.find((s) => s.id === p.scenario)?.name[lang]),
    table,
  };
}
