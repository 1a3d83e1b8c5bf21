/**
 * The decimals one target's row shows its threshold, projected value and gap with in the
 * app's target table: the unit's usual ones, raised where needed so the three never
 * contradict the verdict (82.996 against 83, missed, shows 82.996 / 83.000 / −0.004, not
 * 83.0 / 83.0 / 0.0). Per row, as the CLI's check does (display-precision.ts); growth in
 * percent. A 左右 band is judged on the band, so its row keeps the usual decimals.
 */
import { verdictDecimals } from '../numbers/display-precision';
import { targetUnitDecimals } from '../export/column-decimals';
import type { Plan } from '../plan/plan-schema';
import type { TargetResult } from './evaluate-targets';

export function targetResultDecimals(
  plan: Pick<Plan, 'indicators' | 'units'>,
  r: Pick<TargetResult, 'type' | 'indicator' | 'unit' | 'projected' | 'target' | 'met' | 'comparison' | 'band'>,
): number {
  const { decimals } = targetUnitDecimals(plan, r);
  if (r.band !== null || r.projected === null || r.target === null || r.met === null) return decimals;
  if (!Number.isFinite(r.projected) || !Number.isFinite(r.target)) return decimals;
  const scale = (r.type === 'average-growth' || r.type === 'in-step') ? 100 : 1;
  return verdictDecimals(r.projected * scale, r.target * scale, r.comparison, r.met, decimals);
}
