/**
 * Likely mistakes in a plan that do not block a save: each warning names the field and,
 * where one number would mend it, offers that number as the fix.
 * - a growth rate above 0.5 (50% a year) in a scenario assumption or an average-growth
 *   target: "6" written for 6% (fix: value / 100);
 * - a share at or below 1 beside a threshold above 1 (0.88 written for 88%; fix: × 100);
 * - a tolerance on a target that is neither average-growth nor threshold: it is ignored (fix: remove it);
 * - a base value with no source.
 *
 * Reads the plan as written (before the schema drops keys it does not know, such as a
 * tolerance on a multiple target), so it takes the file's input shape.
 */
import { formatNumber } from '../numbers/format';
import type { PlanInput } from './plan-schema';
import { formatPath, type Lang } from './validation-messages';

export type PathPart = string | number;

export interface WarningFix {
  /** The field the fix changes, as the warning's path. */
  path: string;
  /** The same, as parts, for applying it (see applyWarningFix). */
  at: PathPart[];
  /** The new value; undefined: remove the field. */
  value: number | undefined;
}

export interface PlanWarning {
  /** e.g. scenarios[0].assumptions.gdp[1].value */
  path: string;
  /** The same, as parts (for naming the field in words: models/plan/warning-fields.ts). */
  at: PathPart[];
  code: 'growth-as-percent' | 'share-as-fraction' | 'threshold-as-fraction' | 'tolerance-ignored' | 'base-without-source';
  message: string;
  fix?: WarningFix;
}

/** Above this a growth rate a year is almost surely a percentage typed as a number (6 for 0.06). */
export const GROWTH_WARN_ABOVE = 0.5;

const pct = (v: number) => formatNumber(v * 100, Math.max(0, Math.min(4, decimalsOf(v * 100))));

function decimalsOf(v: number): number {
  const text = String(Number(v.toPrecision(12)));
  const dot = text.indexOf('.');
  return dot < 0 ? 0 : text.length - dot - 1;
}

const clean = (v: number) => Number(v.toPrecision(12));

const MESSAGES: Record<PlanWarning['code'], { zh: (p: Record<string, string>) => string; en: (p: Record<string, string>) => string }> = {
  'growth-as-percent': {
    zh: (p) => `增长率 ${p.value} 即每年 ${p.asPercent}%；是否应为 ${p.value}% = ${p.fixed}？（文件中增长率按小数保存，0.065 = 6.5%；编辑器中按百分数填写）`,
    en: (p) => `a growth rate of ${p.value} is ${p.asPercent}% a year: did you mean ${p.value}% = ${p.fixed}? (files keep growth as a fraction, 0.065 = 6.5%; the editor takes percent)`,
  },
  'share-as-fraction': {
    zh: (p) => `占比 ${p.value} 不大于 1，而目标值为 ${p.threshold}：占比按百分数填写，是否应为 ${p.fixed}？`,
    en: (p) => `the share ${p.value} is at most 1 while its target is ${p.threshold}: shares are in percent, did you mean ${p.fixed}?`,
  },
  'threshold-as-fraction': {
    zh: (p) => `目标值 ${p.value} 不大于 1，而该占比的基期值为 ${p.base}：占比按百分数填写，是否应为 ${p.fixed}？`,
    en: (p) => `the threshold ${p.value} is at most 1 while the share's base value is ${p.base}: shares are in percent, did you mean ${p.fixed}?`,
  },
  'tolerance-ignored': {
    zh: (p) => `“tolerance”（左右的幅度）只用于年均增长目标和数值目标，此处的 ${p.type} 目标会忽略它；可删除`,
    en: (p) => `"tolerance" (the slack of 左右) applies only to average-growth and threshold targets and is ignored on this ${p.type} target: remove it`,
  },
  'base-without-source': {
    zh: () => '基期值没有注明来源：请填写出处（公报、年鉴或规划原文）',
    en: () => 'the base value has no source: name where it comes from (a bulletin, a yearbook, the plan text)',
  },
};

const hasText = (s: unknown): boolean => typeof s === 'string' && s.trim() !== '';
const num = (v: unknown): v is number => typeof v === 'number' && Number.isFinite(v);

export function planWarnings(plan: PlanInput, lang: Lang = 'zh'): PlanWarning[] {
  const out: PlanWarning[] = [];
  const warn = (at: PathPart[], code: PlanWarning['code'], params: Record<string, string>, fix?: number | 'remove') => {
    const path = formatPath(at);
    const w: PlanWarning = { path, at, code, message: MESSAGES[code][lang](params) };
    if (fix !== undefined) w.fix = { path, at, value: fix === 'remove' ? undefined : fix };
    out.push(w);
  };
  const growth = (at: PathPart[], value: number) => {
    if (value <= GROWTH_WARN_ABOVE) return;
    const fixed = clean(value / 100);
    warn(at, 'growth-as-percent', { value: String(clean(value)), asPercent: pct(value), fixed: String(fixed) }, fixed);
  };
  const segments = (at: PathPart[], list: readonly { value?: number }[] | undefined) =>
    (list ?? []).forEach((seg, k) => {
      if (num(seg.value)) growth([...at, k, 'value'], seg.value);
    });

  const indicators = plan.indicators ?? [];
  const kinds = new Map(indicators.map((ind) => [ind.id, ind.kind]));

  // Base values: a source, and shares written as fractions.
  indicators.forEach((ind, i) => {
    const base = ind.base;
    if (base === undefined || base.value === null) return;
    if (!hasText(base.source)) warn(['indicators', i, 'base', 'source'], 'base-without-source', {});
    if (ind.kind !== 'share' || !num(base.value) || base.value <= 0 || base.value > 1) return;
    const above = (plan.targets ?? []).find((t) => t.indicator === ind.id && t.type === 'threshold' && num(t.value) && t.value > 1);
    if (above === undefined || above.type !== 'threshold') return;
    const fixed = clean(base.value * 100);
    warn(['indicators', i, 'base', 'value'], 'share-as-fraction', { value: String(base.value), threshold: String(above.value), fixed: String(fixed) }, fixed);
  });

  // Targets.
  const baseOf = new Map(indicators.map((ind) => [ind.id, ind.base?.value ?? null]));
  (plan.targets ?? []).forEach((t, i) => {
    const raw = t as Record<string, unknown>;
    if (t.type !== 'average-growth' && t.type !== 'threshold' && raw.tolerance !== undefined) {
      warn(['targets', i, 'tolerance'], 'tolerance-ignored', { type: t.type }, 'remove');
    }
    if (t.type === 'average-growth' && num(t.value)) growth(['targets', i, 'value'], t.value);
    if (t.type === 'threshold' && kinds.get(t.indicator) === 'share' && num(t.value) && t.value > 0 && t.value <= 1) {
      const base = baseOf.get(t.indicator);
      if (num(base) && base > 1) {
        const fixed = clean(t.value * 100);
        warn(['targets', i, 'value'], 'threshold-as-fraction', { value: String(t.value), base: String(base), fixed: String(fixed) }, fixed);
      }
    }
  });

  // Scenarios: growth of levels, deflator and consumer prices.
  (plan.scenarios ?? []).forEach((sc, s) => {
    segments(['scenarios', s, 'deflator'], sc.deflator);
    segments(['scenarios', s, 'cpi'], sc.cpi);
    for (const [id, list] of Object.entries(sc.assumptions ?? {})) {
      if (kinds.get(id) === 'level') segments(['scenarios', s, 'assumptions', id], list);
    }
  });
  return out;
}

/**
 * A copy of the plan (as written) with one warning's fix applied; the plan given is not
 * changed. Returns the plan unchanged when the path no longer leads to a field.
 */
export function applyWarningFix<T>(plan: T, fix: WarningFix): T {
  const copy = structuredClone(plan);
  let node: unknown = copy;
  for (const part of fix.at.slice(0, -1)) {
    if (typeof node !== 'object' || node === null || !Object.prototype.hasOwnProperty.call(node, part)) return plan;
    node = (node as Record<PathPart, unknown>)[part];
  }
  const last = fix.at[fix.at.length - 1];
  if (last === undefined || typeof node !== 'object' || node === null || !Object.prototype.hasOwnProperty.call(node, last)) return plan;
  if (fix.value === undefined) delete (node as Record<PathPart, unknown>)[last];
  else (node as Record<PathPart, unknown>)[last] = fix.value;
  return copy;
}
