/**
 * A 左右 band as text, in the target's unit: "6.0–7.0%" for a growth rate (a fraction),
 * "85.8–86.2%" for a share in percent, "71,050.0–73,950.0万吨" for a level. One function
 * for the target table, the review and the report, so they never write a band differently.
 */
import type { Lang } from '../plan/validation-messages';
import { formatNumber, formatValue } from './format';
import { unitInfo, type OwnUnit } from './units';

/** The unit id of a growth rate stored as a fraction (0.065 → 6.5%). */
export const FRACTION_UNIT = 'fraction';

/**
 * `unit`: FRACTION_UNIT for a growth rate, else the indicator's unit (its own units in `own`).
 * `decimals`: in the unit shown (percent for a rate); by default 1 for a rate, else the unit's.
 */
export function formatBand(band: readonly [number, number], unit: string, lang: Lang, own?: readonly OwnUnit[], decimals?: number): string {
  const [lo, hi] = band;
  if (unit === FRACTION_UNIT) {
    const d = decimals ?? 1;
    return `${formatNumber(lo * 100, d)}–${formatNumber(hi * 100, d)}%`;
  }
  const d = decimals ?? unitInfo(unit, own).decimals;
  return `${formatNumber(lo, d)}–${formatValue(hi, unit, lang, d, own)}`;
}
