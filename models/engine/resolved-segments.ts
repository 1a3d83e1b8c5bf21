/**
 * A scenario's segments resolved to one entry per year (resolveSegments), once per
 * segments array. The store keeps immutable objects: an edit replaces the segments it
 * changes and keeps every other array, so the yearly paths of the indicators and
 * scenarios it does not touch are not resolved again. Keyed on the inputs themselves
 * (the segments array, the plan's period map, its years), so an entry cannot go stale.
 * The paths are shared between projections: read them, never write into them.
 */
import { resolveSegments, type YearlyAssumption } from './assumption-path';
import type { Period, Segment } from '../plan/plan-schema';

interface Resolved {
  readonly bySegments: WeakMap<readonly Segment[], YearlyAssumption>;
  /** No segments at all: every year 0, `unset`. */
  none: YearlyAssumption | null;
}

const cache = new WeakMap<ReadonlyMap<string, Period>, Map<string, Resolved>>();

/** resolveSegments(segments, baseYear, horizon, periods, 0), shared (see above). */
export function resolvedSegments(
  segments: readonly Segment[] | undefined,
  baseYear: number,
  horizon: number,
  periods: ReadonlyMap<string, Period>,
): YearlyAssumption {
  let byYears = cache.get(periods);
  if (byYears === undefined) {
    byYears = new Map();
    cache.set(periods, byYears);
  }
  const key = `${baseYear} ${horizon}`;
  let resolved = byYears.get(key);
  if (resolved === undefined) {
    resolved = { bySegments: new WeakMap(), none: null };
    byYears.set(key, resolved);
  }
  if (segments === undefined) return (resolved.none ??= resolveSegments(undefined, baseYear, horizon, periods, 0));
  let hit = resolved.bySegments.get(segments);
  if (hit === undefined) {
    hit = resolveSegments(segments, baseYear, horizon, periods, 0);
    resolved.bySegments.set(segments, hit);
  }
  return hit;
}
