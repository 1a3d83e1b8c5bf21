/**
 * Counts are whole. A firm, a school, a person is counted in whole numbers, so a
 * projection of a count (a model's estimate, e.g. 3,000.0007家 on a path built to reach
 * 3,000) is judged and shown as the whole count it stands for (3,000家): "突破3000家"
 * needs 3,001 firms, and a target row never reads "3,000 > 3,000 met" or "3,000.001家".
 *
 * Whole counts are units of the count or people dimension that count single things
 * (家, 个, 所, 次, 人, and a plan's own unit of that kind); 万人 or a plan's 万家 are not.
 */
import type { CustomUnitInput } from './unit-registry';
import { unitRegistry } from './unit-registry';

export function isWholeCountUnit(unit: string, own?: readonly CustomUnitInput[]): boolean {
  const def = unitRegistry(own ?? []).get(unit);
  return def !== undefined && (def.dimension === 'count' || def.dimension === 'people') && def.magnitude === 1;
}

/** The value as judged and shown: rounded to a whole number for a whole count, else as it is. */
export function judgedValue(value: number, whole: boolean): number {
  return whole && Number.isFinite(value) ? Math.round(value) : value;
}
