/**
 * Decimals to show a target's value, threshold and gap with, so that the numbers shown
 * never contradict the verdict: 82.996 against a threshold of 83 (missed) shows as
 * 82.996 / 83.000 / −0.004, not as 83.0 / 83.0 / 0.0.
 */
import type { Comparison } from '../plan/plan-schema';

/**
 * Decimals a scenario's assumption field shows while it is not typed in: growth and
 * price changes in percent (7.17734625% shows 7.18), points a year and annual amounts
 * alike. The stored value stays exact; a field left untouched never writes back.
 */
export const ASSUMPTION_FIELD_DECIMALS = 2;

/** The most decimals shown; beyond this the verdict rests on the equality tolerance of targets.ts. */
export const MAX_SHOWN_DECIMALS = 8;

const round = (v: number, d: number) => Number(v.toFixed(d));

function holds(a: number, op: Comparison, b: number): boolean {
  switch (op) {
    case '>=':
      return a >= b;
    case '>':
      return a > b;
    case '<=':
      return a <= b;
    case '<':
      return a < b;
  }
}

/** Whether value, threshold and gap rounded to `d` decimals read as the verdict `met`. */
export function agreesWithVerdict(value: number, threshold: number, comparison: Comparison, met: boolean, d: number): boolean {
  const v = round(value, d);
  const t = round(threshold, d);
  const gap = round(value - threshold, d);
  return holds(v, comparison, t) === met && holds(gap, comparison, 0) === met;
}

/**
 * The fewest decimals, from the unit's usual `decimals` up, at which value, threshold and
 * gap agree with the verdict. Where none up to MAX_SHOWN_DECIMALS does (the verdict took
 * two values within the equality tolerance as equal), the usual decimals.
 */
export function verdictDecimals(value: number, threshold: number, comparison: Comparison, met: boolean, decimals: number): number {
  const from = Math.max(0, Math.min(decimals, MAX_SHOWN_DECIMALS));
  if (!Number.isFinite(value) || !Number.isFinite(threshold)) return from;
  for (let d = from; d <= MAX_SHOWN_DECIMALS; d++) {
    if (agreesWithVerdict(value, threshold, comparison, met, d)) return d;
  }
  return from;
}
