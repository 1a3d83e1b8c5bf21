/**
 * The threshold a target is judged on. Where the indicator's series has a break (a census
 * revision) and the values judged are on the new basis (an anchored scenario whose
 * reported figures cross the break), a threshold set on the old basis is rebased onto the
 * new one (shares by the difference in points at the overlap year, levels by the ratio),
 * and the verdict says so.
 */
import type { Bilingual, Plan, SeriesBreak, Target } from '../plan/plan-schema';
import { formatNumber, unitLabel } from '../numbers/format';
import { rebaseValue, reportedPath } from '../engine/reported-path';
import { tryConvertUnit, unitRegistry } from '../numbers/unit-registry';

export interface JudgedThreshold {
  /** The threshold to compare with. */
  value: number;
  /** As the plan wrote it. */
  asWritten: number;
  rebasedBy: SeriesBreak | null;
  note: Bilingual | null;
}

/**
 * A threshold or cumulative target's value in its indicator's unit: a target may be
 * written in another magnitude of the same dimension (3.5 万亿元 against an indicator in
 * 亿元), converted here, once, for every judge. NaN where the units do not convert (a
 * validated plan never has such a target).
 */
export function targetValueInIndicatorUnit(plan: Plan, t: Target & { value: number }): number {
  const unit = 'unit' in t ? t.unit : undefined;
  if (unit === undefined) return t.value;
  const ind = plan.indicators.find((i) => i.id === t.indicator);
  if (ind === undefined || ind.unit === unit) return t.value;
  const r = tryConvertUnit(t.value, unit, ind.unit, unitRegistry(plan.units));
  return r.ok ? r.value : Number.NaN;
}

function conversionNote(plan: Plan, t: Target & { value: number }, value: number): Bilingual | null {
  const unit = 'unit' in t ? t.unit : undefined;
  const ind = plan.indicators.find((i) => i.id === t.indicator);
  if (unit === undefined || ind === undefined || unit === ind.unit || !Number.isFinite(value)) return null;
  const zh = `${formatNumber(t.value, 2)}${unit} = ${formatNumber(value, 2)}${ind.unit}`;
  // English labels in English (the plan's own units too): "1.45 trillion jin = 72,500.00 10k tonnes"
  const en = `${formatNumber(t.value, 2)} ${unitLabel(unit, 'en', plan.units) || unit} = ${formatNumber(value, 2)} ${unitLabel(ind.unit, 'en', plan.units) || ind.unit}`;
  return { zh: `按指标单位换算：${zh}`, en: `Converted to the indicator's unit: ${en}` };
}

/** For threshold and cumulative targets; `anchored`: the values judged follow the reported path. */
export function judgedThreshold(plan: Plan, t: Target & { value: number }, anchored: boolean): JudgedThreshold {
  const written = targetValueInIndicatorUnit(plan, t);
  const plain = { value: written, asWritten: written, rebasedBy: null, note: conversionNote(plan, t, written) };
  if (!anchored || t.type !== 'threshold' || t.seriesBasis === 'new') return plain;
  const ind = plan.indicators.find((i) => i.id === t.indicator);
  const brk = reportedPath(plan).series.get(t.indicator)?.rebasedBy ?? null;
  if (ind === undefined || brk === null) return plain;
  const value = rebaseValue(ind, brk, written);
  if (!Number.isFinite(value)) return plain;
  const d = ind.kind === 'share' ? 1 : 2;
  const shift =
    ind.kind === 'share'
      ? { zh: `${formatNumber(brk.newValue - brk.oldValue, 1)}个百分点`, en: `${formatNumber(brk.newValue - brk.oldValue, 1)} points` }
      : { zh: `×${formatNumber(brk.newValue / brk.oldValue, 4)}`, en: `×${formatNumber(brk.newValue / brk.oldValue, 4)}` };
  return {
    value,
    asWritten: written,
    rebasedBy: brk,
    note: {
      zh: `按新口径折算：${formatNumber(written, d)} → ${formatNumber(value, d)}（${brk.overlapYear}年新旧口径相差${shift.zh}；${brk.reason.zh}）`,
      en: `Rebased to the new series: ${formatNumber(written, d)} → ${formatNumber(value, d)} (${shift.en} between the bases in ${brk.overlapYear}; ${brk.reason.en})`,
    },
  };
}
