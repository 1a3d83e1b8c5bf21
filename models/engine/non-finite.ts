/**
 * Values a projection could not compute as numbers although it had what it needed: a
 * series that starts from a known figure and later turns into ±Infinity or NaN (a
 * deflator that overflows, a formula that divides by zero in some year). They are
 * warned about, never shown as blanks labelled "projected". A series that is unknown
 * from the start (a missing base) is "needs a base value" instead.
 */
import type { Projection } from './projection';

export interface NonFiniteWarning {
  /** Indicator id, or "deflator" for the price index itself. */
  indicator: string;
  /** The first year whose value is not a finite number. */
  year: number;
  basis: 'nominal' | 'real';
}

/**
 * The first year (index) whose value is not finite, though the year has a figure to show
 * (its origin is not "missing"); -1 when there is none.
 */
function firstBad(values: Float64Array, origin?: readonly string[]): number {
  let seenFinite = false;
  for (let i = 0; i < values.length; i++) {
    if (Number.isFinite(values[i] as number)) seenFinite = true;
    // "missing": unknown by design (no base, or a flow with no amount assumed), not a failed computation.
    else if (origin?.[i] === 'missing') continue;
    else if (seenFinite || origin !== undefined) return i;
  }
  return -1;
}

export function nonFiniteWarnings(p: Projection): NonFiniteWarning[] {
  const out: NonFiniteWarning[] = [];
  const priceBad = firstBad(p.priceIndex);
  if (priceBad >= 0) out.push({ indicator: 'deflator', year: p.baseYear + priceBad, basis: 'nominal' });
  for (const id of p.order) {
    const s = Object.hasOwn(p.series, id) ? p.series[id] : undefined;
    if (s === undefined) continue;
    const nominal = firstBad(s.nominal, s.origin);
    const real = firstBad(s.real, s.origin);
    if (nominal >= 0 && (real < 0 || nominal <= real)) out.push({ indicator: id, year: p.baseYear + nominal, basis: 'nominal' });
    else if (real >= 0) out.push({ indicator: id, year: p.baseYear + real, basis: 'real' });
  }
  return out;
}
