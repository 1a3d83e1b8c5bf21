/**
 * A y-axis range on round numbers that covers the data with a little room. Charts get
 * it as a fixed range instead of plotly's autorange: the axis stays still while a
 * slider moves (and plotly need not redraw the axis on every change) until the data
 * leave the range, when it steps to the next round number.
 */
function niceStep(span: number): number {
  const raw = span / 8;
  const magnitude = 10 ** Math.floor(Math.log10(raw));
  const residual = raw / magnitude;
  const nice = residual <= 1 ? 1 : residual <= 2 ? 2 : residual <= 2.5 ? 2.5 : residual <= 5 ? 5 : 10;
  return nice * magnitude;
}

/** [low, high] on multiples of a round step, or null when there is nothing finite to show. */
export function niceRange(values: Iterable<number | null | undefined>): [number, number] | null {
  let min = Number.POSITIVE_INFINITY;
  let max = Number.NEGATIVE_INFINITY;
  for (const v of values) {
    if (v === null || v === undefined || !Number.isFinite(v)) continue;
    if (v < min) min = v;
    if (v > max) max = v;
  }
  if (min > max) return null;
  // A flat or nearly flat series still gets a visible range around its value.
  const span = Math.max(max - min > Math.abs(max) * 1e-6 ? max - min : Math.abs(max), 1e-9);
  const step = niceStep(span);
  const pad = span * 0.04;
  const low = Math.floor((min - pad) / step) * step;
  const high = Math.ceil((max + pad) / step) * step;
  // Shares and other non-negative series: do not dip below 0 just for padding.
  return [min >= 0 && low < 0 ? 0 : low, high];
}

/**
 * The share of a shown range the data's own nice range must fill for the shown one to
 * stay: below it the axis closes in on the data.
 */
export const HOLD_FILL = 0.75;

/**
 * The range to show after a change, given the one shown (`held`) and the data's own
 * (`fresh`, from niceRange): the shown one stays while the data, with their room, fit in
 * it and fill at least HOLD_FILL of it; otherwise the data's own. Without this a slider
 * going back and forth across a round number (9,000 → 10,000 → 9,000) made the axis jump,
 * and plotly re-lay out the whole chart, on every step.
 */
export function heldRange(fresh: readonly [number, number] | null, held: readonly [number, number] | null): [number, number] | null {
  if (fresh === null) return null;
  if (held === null) return [fresh[0], fresh[1]];
  const inside = fresh[0] >= held[0] && fresh[1] <= held[1];
  const fills = fresh[1] - fresh[0] >= HOLD_FILL * (held[1] - held[0]);
  return inside && fills ? [held[0], held[1]] : [fresh[0], fresh[1]];
}

/** Decimals the y-axis tick labels need so that neighbouring ticks read differently (plotly puts some 5–8 on an axis). */
export function tickDecimals(range: readonly [number, number] | null): number {
  if (range === null) return 0;
  const step = (range[1] - range[0]) / 6;
  if (!(step > 0) || step >= 1) return 0;
  return Math.min(6, Math.ceil(-Math.log10(step)));
}
