/**
 * `review`: the plan review (models/review/review.ts) as a table or as JSON. The JSON field
 * names are a published interface (README, "Plan review"): keep them.
 */
import { formatRate, type Lang, type Plan } from '../../models';
import { reviewPlan, reviewScenario } from '../../models/review/review';
import type { Review, ReviewTarget } from '../../models/review/review-types';
import { formatReviewGap, formatReviewValue, formatThreshold, verdictOf } from '../../models/review/review-format';
import type { CommandArgs } from './args';
import { t } from './cli-messages';
import { EXIT_BAD_INPUT, EXIT_OK, type CliIo } from './io';
import { outputGap } from '../../models/numbers/output-number';
import { stringifyJson } from './json-safe';
import { loadPlan, pickScenario } from './load-plan';
import { renderTable } from './text-table';
import { predecessorJson, renderOutcomes } from './review-outcomes';
import { BINDING_WORDS } from '../../models/export/report-text';


/** The verdict as the review view writes it ("待公布 · 预测达成"), with 刚好达成 / 高于区间; the rebasing goes below the table. */
function verdictText(r: ReviewTarget, lang: Lang): string {
  const v = verdictOf(r, lang);
  const notes = v.notes.filter((n) => r.rebased === null || n !== r.rebased[lang]);
  return [v.text, ...notes].join(lang === 'zh' ? '·' : ', ');
}

/**
 * The threshold as the review view writes it ("≥ 10,000.0亿元", "6.0–7.0%", "< 5.5%", in step
 * "≥ 国内生产总值增速 − 0.5个百分点（4.75%）"), in the plan's own units; a multiple whose
 * reference year has no figure as asked ("≤ 0.92 × 2025年", the view's words).
 */
function thresholdText(r: ReviewTarget, plan: Plan, lang: Lang): string {
  const reference = r.reference === undefined ? undefined : plan.indicators.find((i) => i.id === r.reference)?.name[lang];
  return formatThreshold(r, lang, reference, plan.units);
}

/** `bindingOf`: 约束性 / 预期性 of a target by id (the plan's mark), for the 属性 column. */
export function renderReviewTable(review: Review, plan: Plan, lang: Lang, bindingOf: (id: string) => 'binding' | 'expected' | undefined = () => undefined): string {
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
    const binding = bindingOf(r.id);
    const gap = formatReviewGap(r, lang, plan.units);
    return [
      r.name[lang],
      binding === undefined ? '' : BINDING_WORDS[lang][binding],
      String(r.year),
      formatReviewValue(r, r.value, lang, plan.units),
      r.source === 'reported' ? (zh ? '报告' : 'reported') : zh ? '预测' : 'projected',
      thresholdText(r, plan, lang),
      verdictText(r, lang),
      gap.units,
      gap.percent,
      r.achievedGrowth === null ? '—' : `${formatRate(r.achievedGrowth, 2)}${(r.achievedEstimatedYears ?? []).length > 0 ? (zh ? '（估）' : ' (est.)') : ''} / ${formatRate(r.achievedGrowthNominal, 2)}`,
      formatRate(r.plannedGrowth, 2),
      r.requiredGrowth === null ? '—' : `${formatRate(r.requiredGrowth, 2)}${zh ? `（自${r.requiredFrom}年）` : ` (from ${r.requiredFrom})`}`,
      formatRate(r.recentGrowth, 2),
    ];
  });
  const notes = review.targets.filter((r) => r.rebased !== null).map((r) => `* ${r.name[lang]}: ${r.rebased?.[lang] ?? ''}`);
  for (const tr of review.trend ?? []) notes.push(`* ${tr.note[lang]}`);
  const scenario = plan.scenarios.find((x) => x.id === review.scenarioId)?.name[lang] ?? review.scenarioId;
  const head = zh
    ? `规划评估（情景“${scenario}”(${review.scenarioId})；截至 ${review.asOf} 年的数据；${review.latestReported === null ? '基期后尚无公布数据' : `最新报告年份 ${review.latestReported}`}）\n`
    : `Plan review (scenario "${scenario}" (${review.scenarioId}); figures up to ${review.asOf}; ${review.latestReported === null ? 'nothing reported since the base year' : `latest reported year ${review.latestReported}`})\n`;
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
  io.stdout(args.json ? stringifyJson(json) : renderReviewTable(review, plan, args.lang, bindingOf) + outcomes);
  return EXIT_OK;
}
