/**
 * 左右 as a band for any target kind (rule 17). A threshold target written "3.4%左右" is
 * met inside or above the band [value − tolerance, value + tolerance] and missed below it
 * (for an upper bound, "不超过…左右", the other way round); above the band it is met and
 * flagged 高于区间 (低于区间 for an upper bound), as growth targets are.
 *
 * The width is the target's `tolerance` (in the target's unit; a share: percentage
 * points). A target whose qualifier says 左右 without a tolerance takes a default:
 * - growth rates (average-growth): ±0.5 point (ABOUT_GROWTH_TOLERANCE, 6.5%左右 → 6.0–7.0%);
 * - shares and rates in percent: ±0.2 point (ABOUT_SHARE_POINTS, 3.4%左右 → 3.2–3.6%);
 * - levels (money, people, counts): ±2% of the threshold (ABOUT_LEVEL_SHARE, 1万亿左右 → 9,800–10,200亿元).
 */
import type { Indicator, Target } from '../plan/plan-schema';

export const ABOUT_SHARE_POINTS = 0.2;
export const ABOUT_LEVEL_SHARE = 0.02;
/**
 * A multiple written 左右 ("单位GDP能耗下降10%左右", "翻一番左右"): ±0.5 point of the
 * reference value, as a change in percent is read (0.9 × reference → 0.895–0.905 ×).
 */
export const ABOUT_MULTIPLE_FACTOR = 0.005;

/** Whether the target is written with 左右. */
export function isAbout(t: Target): boolean {
  return t.qualifier?.includes('左右') === true;
}

/** The default width of a threshold target's 左右 band, in its unit. */
export function defaultThresholdTolerance(ind: Pick<Indicator, 'kind' | 'unit'>, value: number): number {
  if (ind.kind === 'share' || ind.unit === '%') return ABOUT_SHARE_POINTS;
  return Number((Math.abs(value) * ABOUT_LEVEL_SHARE).toPrecision(12));
}

/** The tolerance a threshold target is judged with: its own, else the default where it says 左右, else none. */
export function thresholdTolerance(ind: Pick<Indicator, 'kind' | 'unit'>, t: Target, value: number): number | null {
  if (t.type !== 'threshold') return null;
  if (t.tolerance !== undefined) return t.tolerance > 0 ? t.tolerance : null;
  return isAbout(t) ? defaultThresholdTolerance(ind, value) : null;
}

/** The band [low, high] of a threshold target judged at `value` (its judged, possibly rebased, threshold), or null. */
export function thresholdBand(ind: Pick<Indicator, 'kind' | 'unit'>, t: Target, value: number): [number, number] | null {
  const tol = thresholdTolerance(ind, t, value);
  if (tol === null || !Number.isFinite(value)) return null;
  return [Number((value - tol).toPrecision(12)), Number((value + tol).toPrecision(12))];
}

/** The tolerance of a multiple target, in units of its factor: its own, else the default where it says 左右, else none. */
export function multipleTolerance(t: Target): number | null {
  if (t.type !== 'multiple') return null;
  if (t.tolerance !== undefined) return t.tolerance > 0 ? t.tolerance : null;
  return isAbout(t) ? ABOUT_MULTIPLE_FACTOR : null;
}

/** The band [(factor − tol) × reference, (factor + tol) × reference] of a multiple target, or null. */
export function multipleBand(t: Target, reference: number): [number, number] | null {
  const tol = multipleTolerance(t);
  if (t.type !== 'multiple' || tol === null || !Number.isFinite(reference)) return null;
  const a = Number(((t.factor - tol) * reference).toPrecision(12));
  const b = Number(((t.factor + tol) * reference).toPrecision(12));
  return a <= b ? [a, b] : [b, a];
}

/** The bound a value is compared with: the band's low end for "at least", its high end for "at most". */
export function bandBound(t: Pick<Target, 'comparison'>, band: [number, number] | null, threshold: number): number {
  if (band === null) return threshold;
  return t.comparison.startsWith('>') ? band[0] : band[1];
}

/** Beyond the band on the far side: above it for "at least", below it for "at most" (met, outside the planned range). */
export function outsideBand(t: Pick<Target, 'comparison'>, band: [number, number] | null, value: number): boolean {
  if (band === null) return false;
  return t.comparison.startsWith('>') ? value > band[1] : value < band[0];
}

/** Which side "beyond the band" is (outsideBand): above it for "at least", below it for "at most". */
export function beyondSide(t: Pick<Target, 'comparison'>): 'above' | 'below' {
  return t.comparison.startsWith('>') ? 'above' : 'below';
}

/** The words for a target met beyond its band, on the side it is beyond: 高于区间 / 低于区间. */
export const BEYOND_BAND_WORDS = {
  zh: { above: '高于区间', below: '低于区间' },
  en: { above: 'above the band', below: 'below the band' },
} as const;

/** "高于区间" / "below the band": the note for a target met beyond its band. */
export function beyondBandText(t: Pick<Target, 'comparison'>, lang: 'zh' | 'en'): string {
  return BEYOND_BAND_WORDS[lang][beyondSide(t)];
}
