/**
 * `review`: the plan review (models/review/review.ts) as a table or as JSON. The JSON field
 * names are a published interface (README, "Plan review"): keep them.
 */
import { formatNumber, formatRate, type Lang } from '../../models';
import { reviewPlan, reviewScenario } from '../../models/review/review';
import type { Review, ReviewTarget } from '../../models/review/review-types';
import type { CommandArgs } from './args';
import { t } from './cli-messages';
import { EXIT_BAD_INPUT, EXIT_OK, type CliIo } from './io';
import { outputGap } from '../../models/numbers/output-number';
import { beyondBandText } from '../../models/targets/about-band';
import { FRACTION_UNIT, formatBand } from '../../models/numbers/band-text';
import { stringifyJson } from './json-safe';
import { loadPlan, pickScenario } from './load-plan';
import { renderTable } from './text-table';
import { predecessorJson, renderOutcomes } from './review-outcomes';
import { BINDING_WORDS } from '../../models/export/report-text';

const STATUS_TEXT: Record<Lang, Record<ReviewTarget['status'], string>> = {
  zh: { met: '达成', missed: '未达成', 'needs-base': '缺基期值', pending: '待定' },
  en: { met: 'met', missed: 'missed', 'needs-base': 'needs a base', pending: 'pending' },
};

function valueText(r: ReviewTarget, v: number | null): string {
  if (r.unit === 'fraction') return formatRate(v, 2);
  const decimals = v !== null && Math.abs(v) >= 1000 ? 0 : 2;
  return formatNumber(v, decimals);
}

function verdictText(r: ReviewTarget, lang: Lang): string {
  let text = STATUS_TEXT[lang][r.status];
  if (r.status === 'pending') text += lang === 'zh' ? `（预测${STATUS_TEXT.zh[r.projectedStatus]}）` : ` (projected ${STATUS_TEXT.en[r.projectedStatus]})`;
  if (r.onTheLine) text += lang === 'zh' ? '·刚好达成' : ', on the line';
  if (r.aboveBand) text += lang === 'zh' ? `·${beyondBandText(r, 'zh')}` : `, ${beyondBandText(r, 'en')}`;
  return text;
}

/** `bindingOf`: 约束性 / 预期性 of a target by id (the plan's mark), for the 属性 column. */
export function renderReviewTable(review: Review, lang: Lang, bindingOf: (id: string) => 'binding' | 'expected' | undefined = () => undefined): string {
  const zh = lang === 'zh';
  const columns = [
    { header: zh ? '目标' : 'Target', align: 'left' as const },
    { header: zh ? '属性' : 'Binding', align: 'left' as const },
    { header: zh ? '年份' : 'Year', align: 'right' as const },
    { header: zh ? '数值' : 'Value', align: 'right' as const },
    { header: zh ? '来源' : 'Source', align: 'left' as const },
    { header: zh ? '目标值' : 'Threshold', align: 'right' as const },
    { header: zh ? '判定' : 'Verdict', align: 'left' as const },
    { header: zh ? '差距' : 'Gap', align: 'right' as const },
    { header: zh ? '差距%' : 'Gap %', align: 'right' as const },
    { header: zh ? '实际增长（实/名）' : 'Achieved (real/nom.)', align: 'right' as const },
    { header: zh ? '规划增长' : 'Planned', align: 'right' as const },
    { header: zh ? '尚需增长' : 'Required', align: 'right' as const },
    { header: zh ? '近五年' : 'Last 5 yrs', align: 'right' as const },
  ];
  const rows = review.targets.map((r) => {
    // a 左右 band in the target's unit (a growth rate in percent; 85.8–86.2%, not 8,580.0%)
    const band = r.band ? formatBand(r.band, r.unit === 'fraction' || r.type === 'average-growth' ? FRACTION_UNIT : r.unit, lang) : null;
    const threshold = band ?? `${r.comparison}${valueText(r, r.target)}`;
    const binding = bindingOf(r.id);
    return [
      r.name[lang],
      binding === undefined ? '' : BINDING_WORDS[lang][binding],
      String(r.year),
      valueText(r, r.value),
      r.source === 'reported' ? (zh ? '报告' : 'reported') : zh ? '预测' : 'projected',
      threshold + (r.basis === 'real' && r.priceBaseYear !== null && r.unit !== 'fraction' ? (zh ? `（${r.priceBaseYear}年价）` : ` (${r.priceBaseYear} prices)`) : ''),
      verdictText(r, lang),
      r.unit === 'fraction' ? (r.gap === null ? '—' : `${formatNumber(r.gap * 100, 2)}${zh ? '个百分点' : ' pp'}`) : valueText(r, r.gap),
      formatRate(r.gapPct, 1),
      r.achievedGrowth === null ? '—' : `${formatRate(r.achievedGrowth, 2)}${(r.achievedEstimatedYears ?? []).length > 0 ? (zh ? '（估）' : ' (est.)') : ''} / ${formatRate(r.achievedGrowthNominal, 2)}`,
      formatRate(r.plannedGrowth, 2),
      r.requiredGrowth === null ? '—' : `${formatRate(r.requiredGrowth, 2)}${zh ? `（自${r.requiredFrom}年）` : ` (from ${r.requiredFrom})`}`,
      formatRate(r.recentGrowth, 2),
    ];
  });
  const notes = review.targets.filter((r) => r.rebased !== null).map((r) => `* ${r.name[lang]}: ${r.rebased?.[lang] ?? ''}`);
  for (const tr of review.trend ?? []) notes.push(`* ${tr.note[lang]}`);
  const head = zh
    ? `规划评估（情景 ${review.scenarioId}；截至 ${review.asOf} 年的数据；最新报告年份 ${review.latestReported ?? '无'}）\n`
    : `Plan review (scenario ${review.scenarioId}; figures up to ${review.asOf}; latest reported year ${review.latestReported ?? 'none'})\n`;
  return head + renderTable(columns, rows) + (notes.length > 0 ? `${notes.join('\n')}\n` : '');
}

/** A target with its gap taken between the numbers as written (no −5.55e−17 beside a value equal to its threshold). */
export function writtenGap(r: ReviewTarget): ReviewTarget {
  const gap = outputGap(r.gap, r.value, r.target);
  return gap === r.gap ? r : { ...r, gap, gapPct: gap === 0 ? 0 : r.gapPct };
}

export async function runReview(args: CommandArgs, io: CliIo): Promise<number> {
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
  const marks = new Map(plan.targets.map((x) => [x.id, x.binding]));
  const bindingOf = (id: string) => marks.get(id);
  const review = reviewPlan(plan, { scenarioId, ...(args.asOf !== undefined ? { asOf: args.asOf } : {}) });
  const json = {
    plan: review.planId,
    scenario: review.scenarioId,
    asOf: review.asOf,
    latestReported: review.latestReported,
    // binding: 约束性 / 预期性 as the plan marks the target, null where it is not marked.
    targets: review.targets.map((r) => ({ ...writtenGap(r), binding: bindingOf(r.id) ?? null })),
    indicators: review.indicators,
    years: review.years,
    trend: review.trend,
    // A continued plan: the previous plan's outcomes as its file keeps them (absent otherwise).
    ...(plan.predecessor !== undefined ? { predecessor: predecessorJson(plan.predecessor) } : {}),
  };
  const outcomes = plan.predecessor !== undefined ? renderOutcomes(plan, plan.predecessor, args.lang) : '';
  io.stdout(args.json ? stringifyJson(json) : renderReviewTable(review, args.lang, bindingOf) + outcomes);
  return EXIT_OK;
}
