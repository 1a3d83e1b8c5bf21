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

function firstBad(values: Float64Array): number {
  if (!Number.isFinite(values[0] as number)) return -1;
  for (let i = 1; i < values.length; i++) if (!Number.isFinite(values[i] as number)) return i;
  return -1;
}

export function nonFiniteWarnings(p: Projection): NonFiniteWarning[] {
  const out: NonFiniteWarning[] = [];
  const priceBad = firstBad(p.priceIndex);
  if (priceBad >= 0) out.push({ indicator: 'deflator', year: p.baseYear + priceBad, basis: 'nominal' });
  for (const id of p.order) {
    const s = Object.hasOwn(p.series, id) ? p.series[id] : undefined;
    if (s === undefined) continue;
    const nominal = firstBad(s.nominal);
    const real = firstBad(s.real);
    if (nominal >= 0 && (real < 0 || nominal <= real)) out.push({ indicator: id, year: p.baseYear + nominal, basis: 'nominal' });
    else if (real >= 0) out.push({ indicator: id, year: p.baseYear + real, basis: 'real' });
  }
  return out;
}
