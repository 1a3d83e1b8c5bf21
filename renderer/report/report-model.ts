/**
 * What the PDF report says, as plain data: the plan and date, the scenarios in scope
 * with their descriptions, the key charts (SVG drawn by Plotly.toImage), per scenario
 * the targets with projected value, gap and status (and the probability of meeting
 * each where a Monte Carlo run exists), the plan-consistency notes, and the source line.
 */
import { bindingCell } from '../../models/export/binding-column';
import { targetDecimals } from '../../models/export/column-decimals';
import { sourceLine } from '../../models/export/export-tables';
import { reviewPlan } from '../../models/review/review';
import type { ReviewStatus } from '../../models/review/review-types';
import { formatRate } from '../../models/numbers/format';
import type { TargetStatus } from '../../models/targets/evaluate-targets';
import { formatGap, formatRequired, formatTargetValue, formatThresholdText, inStepThresholdText } from '../components/target-format';
import { chartsFor, SCENARIO_COLORS } from '../charts/chart-defs';
import { consistencyOf, targetsOf } from '../derived/derive';
import { chartExportFigure, chartTitle, scenarioNames, type Translate } from '../export/chart-export';
import { renderChartImage } from '../export/chart-image';
import type { ExportScope, MonteCarloLookup } from '../export/export-scope';
import { localDay } from '../../models/export/local-date';
import { defaultAsOf } from '../review/as-of';
import { formatAchievedWithMethod, formatRequiredGrowth, formatReviewGap, formatReviewValue, formatThreshold, verdictOf } from '../../models/review/review-format';

export interface ReportTargetRow {
  id: string;
  label: string;
  /** 约束性 / 预期性 as the plan marks the target, in the report's language; '' where not marked. */
  binding: string;
  year: number;
  threshold: string;
  projected: string;
  gap: string;
  required: string;
  status: TargetStatus;
  statusText: string;
  /** e.g. "82.4%", where a Monte Carlo run exists. */
  probability?: string;
}

/** One target of the plan review, as the report prints it. */
export interface ReportReviewRow {
  id: string;
  label: string;
  /** As in ReportTargetRow. */
  binding: string;
  year: number;
  value: string;
  projected: boolean;
  threshold: string;
  status: ReviewStatus;
  verdict: string;
  gap: string;
  achieved: string;
  required: string;
  probability?: string;
}

export interface ReportReview {
  scenario: string;
  asOf: number;
  summary: string;
  withProbability: boolean;
  rows: ReportReviewRow[];
}

export interface ReportModel {
  lang: 'zh' | 'en';
  title: string;
  subtitle: string;
  date: string;
  /** YYYY-MM-DD */
  day: string;
  basis: string;
  scenarios: { id: string; name: string; description: string; color: string }[];
  charts: { id: string; title: string; src: string }[];
  targets: { scenario: string; summary: string; withProbability: boolean; rows: ReportTargetRow[] }[];
  notes: { severity: 'info' | 'warning'; text: string }[];
  /** The plan review of each scenario in scope (reported figures, else the projection); empty when left out. */
  reviews: ReportReview[];
  sourceLine: string;
  /** The file name the report is saved under. */
  fileName: string;
}

/** The size the report's charts are drawn at (CSS px); they are scaled to the page width. */
export const REPORT_CHART_SIZE = { width: 760, height: 310 };

export function svgDataUrl(svg: string): string {
  return `data:image/svg+xml;charset=utf-8,${encodeURIComponent(svg)}`;
}

/** The review of each scenario in scope, formatted for print. */
export function reportReviews(scope: ExportScope, t: Translate, lookup?: MonteCarloLookup, now: Date = new Date()): ReportReview[] {
  const { plan, lang, scenarios } = scope;
  const asOf = defaultAsOf(plan, now.getFullYear());
  return scenarios.map((scenario) => {
    const review = reviewPlan(plan, { scenarioId: scenario.id, asOf });
    const run = lookup?.(scenario) ?? null;
    const probability = new Map(run?.targets.map((p) => [p.id, p.probability]) ?? []);
    const rows = review.targets.map((r): ReportReviewRow => {
      const v = verdictOf(r, lang);
      const g = formatReviewGap(r, lang, plan.units);
      const row: ReportReviewRow = {
        id: r.id,
        label: r.name[lang],
        binding: bindingCell(plan.targets.find((x) => x.id === r.id), lang),
        year: r.year,
        value: formatReviewValue(r, r.value, lang, plan.units),
        projected: r.source === 'projected' && r.value !== null,
        threshold: formatThreshold(r, lang, r.reference === undefined ? undefined : plan.indicators.find((i) => i.id === r.reference)?.name[lang], plan.units),
        status: r.status,
        verdict: [v.text, ...v.notes].join(lang === 'zh' ? '；' : '; '),
        gap: g.units === '—' ? '—' : `${g.units}（${g.percent}）`,
        achieved: formatAchievedWithMethod(r, lang),
        required: formatRequiredGrowth(r, lang),
      };
      if (run) {
        const p = probability.get(r.id);
        row.probability = p === null || p === undefined ? '—' : formatRate(p, 1);
      }
      return row;
    });
    const count = (s: ReviewStatus) => rows.filter((r) => r.status === s).length;
    return {
      scenario: scenario.name[lang],
      asOf: review.asOf,
      summary: t(review.latestReported === null ? 'review.summaryNoLatest' : 'review.summary', { met: count('met'), missed: count('missed'), pending: count('pending'), needsBase: count('needs-base'), latest: review.latestReported ?? '—' }),
      withProbability: run !== null,
      rows,
    };
  });
}

/** Per scenario in scope, its targets as the report's table prints them. */
export function reportTargets(scope: ExportScope, t: Translate, lookup?: MonteCarloLookup): ReportModel['targets'] {
  const { plan, lang, scenarios } = scope;
  const indicators = new Map(plan.indicators.map((i) => [i.id, i]));
  return scenarios.map((scenario) => {
    const run = lookup?.(scenario) ?? null;
    const probability = new Map(run?.targets.map((p) => [p.id, p.probability]) ?? []);
    const results = targetsOf(plan, scenario);
    // One number of decimals per unit in each column, enough for every verdict (models/export/column-decimals.ts).
    const decimals = new Map(targetDecimals(plan, results).map((d, i) => [results[i]?.id, d]));
    const rows = plan.targets.flatMap((target): ReportTargetRow[] => {
      const r = results.find((x) => x.id === target.id);
      const ind = indicators.get(target.indicator);
      if (!r || !ind) return [];
      const d = decimals.get(r.id);
      const p = probability.get(target.id);
      const row: ReportTargetRow = {
        id: target.id,
        label: target.label?.[lang] ?? ind.name[lang],
        binding: bindingCell(target, lang),
        year: r.year,
        threshold:
          r.reference !== undefined
            ? inStepThresholdText(r, indicators.get(r.reference)?.name[lang] ?? r.reference, lang)
            : formatThresholdText(r, ind, lang, d),
        projected: formatTargetValue(r, ind, r.projected, lang, d),
        gap: formatGap(r, ind, lang, d),
        required: formatRequired(r, ind, lang),
        status: r.status,
        statusText: t(`status.${r.status}`),
      };
      if (run) row.probability = p === null || p === undefined ? '—' : formatRate(p, 1);
      return [row];
    });
    const count = (s: TargetStatus) => rows.filter((r) => r.status === s).length;
    return {
      scenario: scenario.name[lang],
      summary: t('table.summary', { met: count('met'), missed: count('missed'), needsBase: count('needs-base') }),
      withProbability: run !== null,
      rows,
    };
  });
}

export async function buildReportModel(scope: ExportScope, t: Translate, options: { now?: Date; lookup?: MonteCarloLookup; review?: boolean } = {}): Promise<ReportModel> {
  const now = options.now ?? new Date();
  const { plan, lang, scenarios } = scope;
  const charts = [];
  for (const chart of chartsFor(plan, scope.charts)) {
    const svg = await renderChartImage(chartExportFigure(scope, chart, t, now, { size: REPORT_CHART_SIZE, withSource: false }), 'svg');
    charts.push({ id: chart.id, title: chartTitle(plan, chart, lang, t), src: svgDataUrl(svg) });
  }
  const targets = reportTargets(scope, t, options.lookup);
  const day = localDay(now);
  return {
    lang,
    title: plan.title[lang],
    subtitle: t('report.subtitle', { scenarios: scenarioNames(scope) }),
    date: t('report.date', { date: day }),
    day,
    basis: t(scope.basis === 'nominal' ? 'report.basisNominal' : 'report.basisReal', { year: plan.baseYear }),
    scenarios: scenarios.map((s, i) => ({ id: s.id, name: s.name[lang], description: s.description[lang], color: SCENARIO_COLORS[i % SCENARIO_COLORS.length] ?? '#1d4ed8' })),
    charts,
    targets,
    notes: consistencyOf(plan).map((n) => ({ severity: n.severity, text: n.message[lang] })),
    reviews: options.review === false ? [] : reportReviews(scope, t, options.lookup, now),
    sourceLine: sourceLine(plan, scenarios, now, lang),
    fileName: `${plan.id}-${scenarios.map((s) => s.id).join('+')}-report-${day}.pdf`,
  };
}
