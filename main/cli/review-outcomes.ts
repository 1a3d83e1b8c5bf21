/**
 * `review` of a continued plan: the previous plan's outcomes (上期规划完成情况) as the
 * file keeps them, under the review table, and in the JSON as `predecessor` (present only
 * for a plan that continues another; the outcome fields are the plan file's own).
 */
import type { Lang } from '../../models';
import { cellText } from '../../models/export/report-text';
import type { Plan } from '../../models/plan/plan-schema';
import type { Predecessor } from '../../models/plan/predecessor';
import { outcomeCounts, outcomeCountsText, outcomeRows, outcomesHeading, outcomesNote } from '../../models/review/predecessor-outcomes';
import { renderTable } from './text-table';

export interface PredecessorJson extends Predecessor {
  counts: { met: number; missed: number; pending: number; needsBase: number; total: number };
}

export function predecessorJson(p: Predecessor): PredecessorJson {
  const c = outcomeCounts(p);
  return { ...p, counts: { met: c.met, missed: c.missed, pending: c.pending, needsBase: c.noData, total: c.total } };
}

export function renderOutcomes(plan: Plan, p: Predecessor, lang: Lang): string {
  const zh = lang === 'zh';
  const rows = outcomeRows(p, lang, plan.units);
  const columns = [
    { header: zh ? '目标' : 'Target', align: 'left' as const },
    { header: zh ? '属性' : 'Binding', align: 'left' as const },
    { header: zh ? '年份' : 'Year', align: 'right' as const },
    { header: zh ? '数值' : 'Value', align: 'right' as const },
    { header: zh ? '目标值' : 'Threshold', align: 'right' as const },
    { header: zh ? '判定' : 'Verdict', align: 'left' as const },
    { header: zh ? '已实现年均增速' : 'Achieved a year', align: 'right' as const },
  ];
  const table = renderTable(
    columns,
    rows.map((r) => [r.name, r.binding, String(r.year), cellText(r.value), cellText(r.threshold), r.verdict, cellText(r.achieved)]),
  );
  const scenario = plan.scenarios.find((s) => s.id === p.scenario)?.name[lang];
  return `\n${outcomesHeading(p, lang)}\n${outcomeCountsText(outcomeCounts(p), lang)}\n${table}${outcomesNote(p, lang, scenario)}\n`;
}
