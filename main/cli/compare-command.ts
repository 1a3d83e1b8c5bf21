/**
 * `compare A B [--json]`: two plans side by side (models/plan/compare-plans.ts): matched
 * indicators, their targets in each plan (threshold, year, value, verdict, achieved and
 * required growth), and the indicators found in one plan only. The JSON field names are
 * a published interface (README, "Comparing plans"): keep them.
 */
import type { Lang, Plan } from '../../models';
import { comparePlans, type PlanComparison } from '../../models/plan/compare-plans';
import { COMPARE_STATUS_WORDS, compareRows, onlyInNames, type SideCells } from '../../models/plan/compare-rows';
import type { CommandArgs } from './args';
import { EXIT_BAD_INPUT, EXIT_OK, type CliIo } from './io';
import { stringifyJson } from './json-safe';
import { loadPlan } from './load-plan';
import { renderTable } from './text-table';

/**
 * The comparison as the app's compare view writes it (models/plan/compare-rows.ts): one line
 * per plan under each indicator, A above B, so that a target is read across its own line
 * ("2025年 ≥ 10,000亿元", "2030年 85.8–86.2%", "2030年 < 5.5%", "2025—2030年 与国内生产总值增长同步…").
 * A plan with no such target writes "—" where the indicator is in both plans.
 */
export function renderComparison(c: PlanComparison, a: Plan, b: Plan, lang: Lang): string {
  const zh = lang === 'zh';
  const columns = [
    { header: zh ? '指标' : 'Indicator', align: 'left' as const },
    { header: zh ? '规划' : 'Plan', align: 'left' as const },
    { header: zh ? '目标' : 'Target', align: 'left' as const },
    { header: zh ? '数值' : 'Value', align: 'right' as const },
    { header: zh ? '判定' : 'Verdict', align: 'left' as const },
    { header: zh ? '增长' : 'Growth', align: 'left' as const },
  ];
  // a plan without such a target: "—" once, not in every column
  const line = (indicator: string, plan: 'A' | 'B', s: SideCells) =>
    s.status === null ? [indicator, plan, '—', '', '', ''] : [indicator, plan, s.target, s.value, COMPARE_STATUS_WORDS[lang][s.status], s.growth];
  const rows: string[][] = [];
  compareRows(c, a, b, lang).forEach((r, k) => {
    const pair = c.indicators[c.targets[k]?.indicator ?? -1];
    const inA = pair?.a != null;
    const inB = pair?.b != null;
    const sides: ['A' | 'B', SideCells][] = [];
    if (inA) sides.push(['A', r.a]);
    if (inB) sides.push(['B', r.b]);
    sides.forEach(([plan, s], i) => rows.push(line(i === 0 ? r.indicator : '', plan, s)));
  });
  // the scenario by its name, with the id that --json and --scenario use: 情景“延续近期趋势情景”(trend)
  const scenarioName = (p: PlanComparison['a'], plan: Plan) => plan.scenarios.find((x) => x.id === p.scenario)?.name[lang] ?? p.scenario;
  const title = (p: PlanComparison['a'], plan: Plan) =>
    zh
      ? `${p.title.zh}（${p.baseYear}—${p.horizon}，情景“${scenarioName(p, plan)}”(${p.scenario})）`
      : `${p.title.en} (${p.baseYear}–${p.horizon}, scenario "${scenarioName(p, plan)}" (${p.scenario}))`;
  const head = `A${zh ? '：' : ': '}${title(c.a, a)}\nB${zh ? '：' : ': '}${title(c.b, b)}\n`;
  const matched = c.indicators.filter((p) => p.a !== null && p.b !== null).length;
  const only = (side: 'a' | 'b') => {
    const names = onlyInNames(c, side, lang);
    const label = side === 'a' ? 'A' : 'B';
    return names.length === 0 ? '' : zh ? `仅见于 ${label}（${names.length} 个）：${names.join('、')}\n` : `Only in ${label} (${names.length}): ${names.join('; ')}\n`;
  };
  const summary = zh ? `匹配指标 ${matched} 个\n` : `${matched} indicators matched\n`;
  return head + renderTable(columns, rows) + summary + only('a') + only('b');
}

export async function runCompare(args: CommandArgs, io: CliIo): Promise<number> {
  const a = await loadPlan(args.file, io, args.lang);
  const b = await loadPlan(args.file2 as string, io, args.lang);
  if (!a.ok || !b.ok) {
    const lines = [...(a.ok ? [] : a.lines.map((l) => `${args.file}: ${l}`)), ...(b.ok ? [] : b.lines.map((l) => `${args.file2 ?? ''}: ${l}`))];
    io.stderr(`${lines.join('\n')}\n`);
    return EXIT_BAD_INPUT;
  }
  const c = comparePlans(a.plan, b.plan);
  io.stdout(args.json ? stringifyJson(c) : renderComparison(c, a.plan, b.plan, args.lang));
  return EXIT_OK;
}
