/**
 * The threshold a target is judged on. Where the indicator's series has a break (a census
 * revision) and the values judged are on the new basis (an anchored scenario whose
 * reported figures cross the break), a threshold set on the old basis is rebased onto the
 * new one (shares by the difference in points at the overlap year, levels by the ratio),
 * and the verdict says so.
 */
import type { Bilingual, Plan, SeriesBreak, Target } from './plan-schema';
import { formatNumber } from './format';
import { rebaseValue, reportedPath } from './reported-path';

export interface JudgedThreshold {
  /** The threshold to compare with. */
  value: number;
  /** As the plan wrote it. */
  asWritten: number;
  rebasedBy: SeriesBreak | null;
  note: Bilingual | null;
}

/** For threshold and cumulative targets; `anchored`: the values judged follow the reported path. */
export function judgedThreshold(plan: Plan, t: Target & { value: number }, anchored: boolean): JudgedThreshold {
  const plain = { value: t.value, asWritten: t.value, rebasedBy: null, note: null };
  if (!anchored || t.type !== 'threshold' || t.seriesBasis === 'new') return plain;
  const ind = plan.indicators.find((i) => i.id === t.indicator);
  const brk = reportedPath(plan).series.get(t.indicator)?.rebasedBy ?? null;
  if (ind === undefined || brk === null) return plain;
  const value = rebaseValue(ind, brk, t.value);
  if (!Number.isFinite(value)) return plain;
  const d = ind.kind === 'share' ? 1 : 2;
  const shift =
    ind.kind === 'share'
      ? { zh: `${formatNumber(brk.newValue - brk.oldValue, 1)}个百分点`, en: `${formatNumber(brk.newValue - brk.oldValue, 1)} points` }
      : { zh: `×${formatNumber(brk.newValue / brk.oldValue, 4)}`, en: `×${formatNumber(brk.newValue / brk.oldValue, 4)}` };
  return {
    value,
    asWritten: t.value,
    rebasedBy: brk,
    note: {
      zh: `按新口径折算：${formatNumber(t.value, d)} → ${formatNumber(value, d)}（${brk.overlapYear}年新旧口径相差${shift.zh}；${brk.reason.zh}）`,
      en: `Rebased to the new series: ${formatNumber(t.value, d)} → ${formatNumber(value, d)} (${shift.en} between the bases in ${brk.overlapYear}; ${brk.reason.en})`,
    },
  };
}
