/**
 * The plan-consistency check: tensions between the plan's own targets and figures,
 * found from the targets alone (no scenario needed).
 *
 * - acceleration: a later target on an indicator needs faster growth than an earlier
 *   target states (the 2035 doubling needs 7.18% a year after 2025; 2021–25 plans 6.5%);
 * - implied / conflict: a level target within the window of a growth target is implied
 *   by it (at constant prices), or needs more than it; the level target's growth is
 *   counted from the latest reported figure before its year where there is one, else
 *   from the plan's base value;
 * - reported-outcome: a level target whose own year is reported is settled: the note says
 *   met or missed by how much, and no note reasons about reaching it any more (a 2025 GDP
 *   reported below 1万亿 is "missed", never "meeting the growth target meets it");
 * - base-revised: the reported figure of the base year differs from the plan's estimate
 *   ("2020 reported 7,319.77 vs plan estimate 7,400");
 * - base-mismatch: a derived indicator's reported base figure differs from its formula
 *   applied to the base values (the plan's per-capita GDP against GDP ÷ population);
 * - series-break: a reported figure starts a revised series (e.g. after a census).
 */
import { requiredGrowth } from '../engine/growth-math';
import type { Bilingual, Plan, Target } from '../plan/plan-schema';
import { preparePlan } from '../engine/projection';
import { reportedActuals } from '../engine/reported-path';
import { targetName } from './target-name';
import { compare } from './evaluate-targets';
import { targetValueInIndicatorUnit } from './target-threshold';
import { formatNumber, formatRate } from '../numbers/format';

export type ConsistencyKind =
  | 'acceleration'
  | 'implied'
  | 'conflict'
  | 'reported-outcome'
  | 'base-mismatch'
  | 'base-revised'
  | 'series-break';

export interface ConsistencyNote {
  kind: ConsistencyKind;
  severity: 'info' | 'warning';
  indicator: string;
  targets: string[];
  values: Record<string, number>;
  message: Bilingual;
}

/** A target read as "real growth of g a year over (from, to]", where it can be. */
interface GrowthClaim {
  target: Target;
  from: number;
  to: number;
  rate: number;
  /** True for a stated growth target, false for a rate implied by a level target. */
  stated: boolean;
  /** The reported level the rate is counted from, where it is not the plan's base value. */
  fromReported: number | null;
}

/** A level target whose own year has a reported figure: decided, not to be reasoned about. */
interface SettledTarget {
  target: Target & { type: 'threshold' };
  reported: number;
  threshold: number;
  met: boolean;
}

/** Threshold targets on a reported figure of their own year (nominal targets on nominal figures, or unpriced ones). */
function settledTargets(plan: Plan): SettledTarget[] {
  const byId = new Map(plan.indicators.map((i) => [i.id, i]));
  const out: SettledTarget[] = [];
  for (const t of plan.targets) {
    const ind = byId.get(t.indicator);
    if (!ind || t.type !== 'threshold' || ind.kind === 'flow') continue;
    const priced = ind.basis === 'nominal' || ind.basis === 'real';
    if (priced && ind.kind !== 'share' && (t.basis ?? 'nominal') !== ind.basis) continue;
    const figure = reportedActuals(ind, t.year).find((a) => a.year === t.year);
    if (figure === undefined) continue;
    const threshold = targetValueInIndicatorUnit(plan, t);
    if (!Number.isFinite(threshold)) continue;
    out.push({ target: t, reported: figure.value, threshold, met: compare(figure.value, t.comparison, threshold) });
  }
  return out;
}

function growthClaims(plan: Plan, settled: ReadonlySet<string>): GrowthClaim[] {
  const byId = new Map(plan.indicators.map((i) => [i.id, i]));
  const claims: GrowthClaim[] = [];
  for (const t of plan.targets) {
    const ind = byId.get(t.indicator);
    if (!ind || ind.kind === 'share' || ind.kind === 'flow' || settled.has(t.id)) continue;
    if (t.type === 'average-growth') claims.push({ target: t, from: t.from, to: t.to, rate: t.value, stated: true, fromReported: null });
    else if (t.type === 'multiple') {
      claims.push({ target: t, from: t.ofYear, to: t.year, rate: t.factor ** (1 / (t.year - t.ofYear)) - 1, stated: false, fromReported: null });
    } else if (t.type === 'threshold' && ind.kind === 'level' && (t.basis ?? 'nominal') === (ind.basis === 'real' ? 'real' : 'nominal')) {
      const latest = reportedActuals(ind, t.year - 1).filter((a) => a.year >= plan.baseYear).pop();
      const from = latest ?? (ind.base?.value ? { year: ind.base.year, value: ind.base.value } : undefined);
      if (from === undefined) continue;
      const rate = requiredGrowth(from.value, targetValueInIndicatorUnit(plan, t), t.year - from.year);
      if (Number.isFinite(rate)) claims.push({ target: t, from: from.year, to: t.year, rate, stated: false, fromReported: latest ? latest.value : null });
    }
  }
  return claims;
}

const pct = (g: number) => formatRate(g, 2);

export function checkConsistency(plan: Plan): ConsistencyNote[] {
  const notes: ConsistencyNote[] = [];
  const names = new Map(plan.indicators.map((i) => [i.id, i.name]));
  const settled = settledTargets(plan);
  const claims = growthClaims(plan, new Set(settled.map((s) => s.target.id)));

  for (const s of settled) {
    const ind = plan.indicators.find((i) => i.id === s.target.indicator);
    const name = ind?.name ?? { zh: s.target.indicator, en: s.target.indicator };
    const gap = s.reported - s.threshold;
    const d = Number.isInteger(s.reported) && Number.isInteger(s.threshold) ? 0 : 2;
    const unit = ind?.unit ?? '';
    const amount = `${formatNumber(Math.abs(gap), d)}${unit === '%' ? '个百分点' : unit}`;
    const amountEn = `${formatNumber(Math.abs(gap), d)} ${unit === '%' ? 'points' : unit}`;
    notes.push({
      kind: 'reported-outcome',
      severity: s.met ? 'info' : 'warning',
      indicator: s.target.indicator,
      targets: [s.target.id],
      values: { reported: s.reported, threshold: s.threshold, gap, year: s.target.year },
      message: s.met
        ? {
            zh: `${name.zh}：${s.target.year}年报告值${formatNumber(s.reported, d)}，目标“${targetName(s.target, 'zh')}”已达成（超出${amount}）。`,
            en: `${name.en}: ${s.target.year} reported ${formatNumber(s.reported, d)}; target "${targetName(s.target, 'en')}" was met (by ${amountEn}).`,
          }
        : {
            zh: `${name.zh}：${s.target.year}年报告值${formatNumber(s.reported, d)}，目标“${targetName(s.target, 'zh')}”未达成（差${amount}）。`,
            en: `${name.en}: ${s.target.year} reported ${formatNumber(s.reported, d)}; target "${targetName(s.target, 'en')}" was missed (by ${amountEn}).`,
          },
    });
  }

  for (const a of claims) {
    for (const b of claims) {
      if (a === b || a.target.indicator !== b.target.indicator || !a.stated) continue;
      const name = names.get(a.target.indicator) ?? { zh: a.target.indicator, en: a.target.indicator };
      if (b.from >= a.to) {
        // b comes after the stated growth window a.
        if (b.rate > a.rate + 1e-9) {
          notes.push({
            kind: 'acceleration',
            severity: 'warning',
            indicator: a.target.indicator,
            targets: [b.target.id, a.target.id],
            values: { requiredRate: b.rate, statedRate: a.rate, from: b.from, to: b.to },
            message: {
              zh: `${name.zh}：目标“${targetName(b.target, 'zh')}”要求${b.from}—${b.to}年年均实际增长${pct(b.rate)}，高于${a.from + 1}—${a.to}年${pct(a.rate)}的增长目标，后期须明显提速。`,
              en: `${name.en}: target "${targetName(b.target, 'en')}" needs ${pct(b.rate)} real growth a year in ${b.from}–${b.to}, above the ${pct(a.rate)} planned for ${a.from + 1}–${a.to}; growth must speed up later.`,
            },
          });
        }
      } else if (b.from >= a.from && b.from < a.to && b.to === a.to && !b.stated) {
        const implied = b.rate <= a.rate + 1e-9;
        const since =
          b.fromReported === null
            ? { zh: '', en: '' }
            : { zh: `自${b.from}年报告值${formatNumber(b.fromReported, 2)}起`, en: ` from the ${b.from} reported ${formatNumber(b.fromReported, 2)}` };
        notes.push({
          kind: implied ? 'implied' : 'conflict',
          severity: implied ? 'info' : 'warning',
          indicator: a.target.indicator,
          targets: [b.target.id, a.target.id],
          values: { requiredRate: b.rate, statedRate: a.rate, from: a.from, to: a.to },
          message: implied
            ? {
                zh: `${name.zh}：目标“${targetName(b.target, 'zh')}”${since.zh}按不变价格需年均增长${pct(b.rate)}，低于${pct(a.rate)}的增长目标，增长目标实现即可达到（价格上涨时余量更大）。`,
                en: `${name.en}: target "${targetName(b.target, 'en')}" needs ${pct(b.rate)} a year at constant prices${since.en}, below the ${pct(a.rate)} growth target, so meeting the growth target meets it (with more room if prices rise).`,
              }
            : {
                zh: `${name.zh}：目标“${targetName(b.target, 'zh')}”${since.zh}按不变价格需年均增长${pct(b.rate)}，高于${pct(a.rate)}的增长目标，须靠价格上涨或更快增长才能实现。`,
                en: `${name.en}: target "${targetName(b.target, 'en')}" needs ${pct(b.rate)} a year at constant prices${since.en}, above the ${pct(a.rate)} growth target; it takes rising prices or faster growth.`,
              },
        });
      }
    }
  }

  // The plan's base estimates against the figures reported later for the base year.
  for (const ind of plan.indicators) {
    const estimate = ind.base?.value;
    const reported = reportedActuals(ind, plan.baseYear).find((a) => a.year === plan.baseYear);
    if (estimate === undefined || estimate === null || reported === undefined || reported.value === estimate) continue;
    const diff = estimate === 0 ? Number.NaN : reported.value / estimate - 1;
    const shown = (v: number) => formatNumber(v, Number.isInteger(v) ? 0 : 2);
    notes.push({
      kind: 'base-revised',
      severity: 'info',
      indicator: ind.id,
      targets: plan.targets.filter((t) => t.indicator === ind.id).map((t) => t.id),
      values: { reported: reported.value, estimate, difference: diff },
      message: {
        zh: `${ind.name.zh}：${plan.baseYear}年报告值${shown(reported.value)}，规划估计值${shown(estimate)}（相差${pct(diff)}）；各情景和规划评估都以报告值为起点。`,
        en: `${ind.name.en}: ${plan.baseYear} reported ${shown(reported.value)} vs plan estimate ${shown(estimate)} (${pct(diff)}); every scenario, and the review, starts from the reported figure.`,
      },
    });
  }

  // Reported base figures of derived indicators against their formulas.
  const pp = preparePlan(plan);
  const baseValues = new Map(plan.indicators.map((i) => [i.id, i.base?.value ?? Number.NaN]));
  for (const id of pp.derivedOrder) {
    const formula = pp.formulas.get(id);
    if (!formula) continue;
    const computed = formula.evaluate(formula.inputs.map((k) => baseValues.get(k) ?? Number.NaN));
    baseValues.set(id, computed);
    const ind = plan.indicators.find((i) => i.id === id);
    const reported = ind?.actuals?.find((a) => a.year === plan.baseYear);
    if (!ind || !reported || !Number.isFinite(computed)) continue;
    const diff = reported.value / computed - 1;
    if (Math.abs(diff) > 0.01) {
      notes.push({
        kind: 'base-mismatch',
        severity: 'info',
        indicator: id,
        targets: [],
        values: { reported: reported.value, computed, difference: diff },
        message: {
          zh: `${ind.name.zh}：${plan.baseYear}年报告值${formatNumber(reported.value, 0)}与公式按基期值计算的${formatNumber(computed, 0)}相差${pct(diff)}（口径或人口数据不同）。`,
          en: `${ind.name.en}: the reported ${plan.baseYear} figure ${formatNumber(reported.value, 0)} differs by ${pct(diff)} from ${formatNumber(computed, 0)} computed by its formula from the base values (different scope or population data).`,
        },
      });
    }
  }

  for (const ind of plan.indicators) {
    for (const a of ind.actuals ?? []) {
      if (!a.seriesBreak) continue;
      notes.push({
        kind: 'series-break',
        severity: 'info',
        indicator: ind.id,
        targets: plan.targets.filter((t) => t.indicator === ind.id).map((t) => t.id),
        values: { year: a.year, value: a.value, base: ind.base?.value ?? Number.NaN },
        message: {
          zh: `${ind.name.zh}：${a.year}年起数据口径调整（${formatNumber(a.value, 1)}），与规划基期值${formatNumber(ind.base?.value ?? null, 1)}不可直接比较。`,
          en: `${ind.name.en}: the series was revised from ${a.year} (${formatNumber(a.value, 1)}); it is not directly comparable with the plan's base ${formatNumber(ind.base?.value ?? null, 1)}.`,
        },
      });
    }
  }
  return notes;
}
