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
  const low = lowEnd(min - pad, step);
  const high = Math.ceil((max + pad) / step) * step;
  // Shares and other non-negative series: do not dip below 0 just for padding.
  return [min >= 0 && low < 0 ? 0 : low, high];
}

/** A round step under `step`: half of it, or its power of ten where half is not round (20,000 → 10,000, 25,000 → 10,000, 50,000 → 25,000). */
export function finerStep(step: number): number {
  const magnitude = 10 ** Math.floor(Math.log10(step));
  const leading = Math.round((step / magnitude) * 10) / 10;
  return leading === 2 || leading === 2.5 ? magnitude : step / 2;
}

/** Finer steps tried for the lower end before it is left at 0. */
const LOW_END_REFINEMENTS = 3;

/**
 * The lower end of the range for data from `from` (the lowest value less its room) up: a
 * multiple of the step, but not 0 under data well above it. Rounding 8,942 down to a step
 * of 20,000 gave 0, and plotly drew a "0" tick under incomes that start at 13,982元 (the
 * Xuzhou income chart); such an end takes the largest multiple of a finer round step below
 * the data (5,000), and stays 0 only where the data come within a small step of it.
 */
function lowEnd(from: number, step: number): number {
  let low = Math.floor(from / step) * step;
  let fine = step;
  for (let i = 0; i < LOW_END_REFINEMENTS && low === 0 && from > 0; i++) {
    fine = finerStep(fine);
    low = Math.floor(from / fine) * fine;
  }
  return low;
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
