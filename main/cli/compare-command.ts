/**
 * `compare A B [--json]`: two plans side by side (models/plan/compare-plans.ts): matched
 * indicators, their targets in each plan (threshold, year, value, verdict, achieved and
 * required growth), and the indicators found in one plan only. The JSON field names are
 * a published interface (README, "Comparing plans"): keep them.
 */
import { formatNumber, formatRate, type Lang } from '../../models';
import { comparePlans, type PlanComparison, type TargetSide } from '../../models/plan/compare-plans';
import type { CommandArgs } from './args';
import { EXIT_BAD_INPUT, EXIT_OK, type CliIo } from './io';
import { stringifyJson } from './json-safe';
import { loadPlan } from './load-plan';
import { renderTable } from './text-table';

const STATUS: Record<Lang, Record<TargetSide['status'], string>> = {
  zh: { met: '达成', missed: '未达成', 'needs-base': '缺基期值', pending: '待公布' },
  en: { met: 'met', missed: 'missed', 'needs-base': 'needs a base', pending: 'pending' },
};

function amount(t: TargetSide, v: number | null): string {
  if (t.unit === 'fraction') return formatRate(v, 2);
  return formatNumber(v, v !== null && Math.abs(v) >= 1000 ? 0 : 2);
}

function cell(t: TargetSide | null, lang: Lang): [string, string, string, string] {
  if (t === null) return ['—', '—', '—', '—'];
  const zh = lang === 'zh';
  const threshold = t.band ? `${amount(t, t.band[0])}–${amount(t, t.band[1])}` : `${t.comparison}${amount(t, t.threshold)}`;
  const value = `${amount(t, t.value)}${t.source === 'projected' ? (zh ? '（预测）' : ' (proj.)') : ''}`;
  const growth =
    t.requiredGrowth !== null
      ? `${zh ? '需' : 'req. '}${formatRate(t.requiredGrowth, 2)}`
      : t.achievedGrowth !== null
        ? `${zh ? '实' : 'ach. '}${formatRate(t.achievedGrowth, 2)}`
        : '—';
  return [`${t.year} ${threshold}`, value, STATUS[lang][t.status], growth];
}

export function renderComparison(c: PlanComparison, lang: Lang): string {
  const zh = lang === 'zh';
  const columns = [
    { header: zh ? '指标' : 'Indicator', align: 'left' as const },
    { header: zh ? 'A：目标' : 'A: target', align: 'left' as const },
    { header: zh ? 'A：数值' : 'A: value', align: 'right' as const },
    { header: zh ? 'A：判定' : 'A: verdict', align: 'left' as const },
    { header: zh ? 'A：增长' : 'A: growth', align: 'right' as const },
    { header: zh ? 'B：目标' : 'B: target', align: 'left' as const },
    { header: zh ? 'B：数值' : 'B: value', align: 'right' as const },
    { header: zh ? 'B：判定' : 'B: verdict', align: 'left' as const },
    { header: zh ? 'B：增长' : 'B: growth', align: 'right' as const },
  ];
  const rows = c.targets.map((p) => {
    const ind = c.indicators[p.indicator];
    return [ind?.name[lang] ?? '', ...cell(p.a, lang), ...cell(p.b, lang)];
  });
  const head = zh
    ? `A：${c.a.title.zh}（${c.a.baseYear}—${c.a.horizon}，情景 ${c.a.scenario}）\nB：${c.b.title.zh}（${c.b.baseYear}—${c.b.horizon}，情景 ${c.b.scenario}）\n`
    : `A: ${c.a.title.en} (${c.a.baseYear}–${c.a.horizon}, scenario ${c.a.scenario})\nB: ${c.b.title.en} (${c.b.baseYear}–${c.b.horizon}, scenario ${c.b.scenario})\n`;
  const matched = c.indicators.filter((p) => p.a !== null && p.b !== null).length;
  const only = (ids: string[], side: 'A' | 'B') =>
    ids.length === 0 ? '' : zh ? `仅见于 ${side}：${ids.join('、')}\n` : `Only in ${side}: ${ids.join(', ')}\n`;
  const summary = zh ? `匹配指标 ${matched} 个\n` : `${matched} indicators matched\n`;
  return head + renderTable(columns, rows) + summary + only(c.onlyInA, 'A') + only(c.onlyInB, 'B');
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
  io.stdout(args.json ? stringifyJson(c) : renderComparison(c, args.lang));
  return EXIT_OK;
}
