/**
 * Turns an assumption's segments into one entry per year. Index 0 is the base year
 * (never used: assumptions act from base + 1). A year no segment covers takes the
 * nearest earlier covered year's entry; years before the first covered one take the
 * first segment's entry; with no segments at all, every year is `fallback`.
 */
import type { Period, Segment } from '../plan/plan-schema';

export interface YearlyAssumption {
  /** The value for each year, or NaN where the year is linked. */
  value: Float64Array;
  /** Linked indicator per year (null = a plain value). */
  link: (string | null)[];
  elasticity: Float64Array;
  /** True when no segment was given: the path is the fallback. */
  unset: boolean;
}

export function segmentYears(seg: Segment, periods: ReadonlyMap<string, Period>): [number, number] | null {
  if (seg.period !== undefined) {
    const p = periods.get(seg.period);
    return p ? [p.start, p.end] : null;
  }
  if (seg.from !== undefined) return [seg.from, seg.to ?? seg.from];
  return null;
}

export function resolveSegments(
  segments: readonly Segment[] | undefined,
  baseYear: number,
  horizon: number,
  periods: ReadonlyMap<string, Period>,
  fallback = 0,
): YearlyAssumption {
  const n = horizon - baseYear + 1;
  const value = new Float64Array(n).fill(Number.NaN);
  const link: (string | null)[] = new Array<string | null>(n).fill(null);
  const elasticity = new Float64Array(n).fill(1);
  const covered = new Uint8Array(n);

  for (const seg of segments ?? []) {
    const span = segmentYears(seg, periods);
    if (span === null) continue;
    const from = Math.max(span[0], baseYear + 1);
    const to = Math.min(span[1], horizon);
    for (let y = from; y <= to; y++) {
      const i = y - baseYear;
      covered[i] = 1;
      if (seg.link) {
        link[i] = seg.link.indicator;
        elasticity[i] = seg.link.elasticity;
        value[i] = Number.NaN;
      } else {
        link[i] = null;
        value[i] = seg.value ?? 0;
      }
    }
  }

  const firstCovered = covered.indexOf(1);
  if (firstCovered < 0) {
    value.fill(fallback);
    return { value, link, elasticity, unset: true };
  }
  for (let i = 1; i < n; i++) {
    if (covered[i]) continue;
    const from = i < firstCovered ? firstCovered : i - 1;
    value[i] = value[from] as number;
    link[i] = link[from] ?? null;
    elasticity[i] = elasticity[from] as number;
  }
  return { value, link, elasticity, unset: false };
}
