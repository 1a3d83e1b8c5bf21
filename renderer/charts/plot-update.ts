/**
 * What a drawn plot needs when its figure changes (plot.tsx does it):
 *
 * - `none`: nothing it draws changed.
 * - `y`: only the y values of some traces changed (with, for markers, their symbols,
 *   colours and hover text: a target that becomes met), on a y axis with a fixed range
 *   (the charts take theirs from nice-range.ts). The new values go to those traces alone,
 *   through plotly's transition path with no duration (`Plotly.animate`, redraw off):
 *   plotly recomputes the traces and redraws their lines and markers, but neither
 *   re-lays out the figure nor redraws the axes, so no tick or title text is measured.
 *   (`Plotly.restyle` of y, like `Plotly.react`, replots everything, axes included.)
 * - `react`: anything else (traces added or removed, styles, names, the layout, the
 *   language, the config): `Plotly.react`, which diffs and redraws as needed.
 */

export type PlotTrace = Readonly<Record<string, unknown>>;

export interface PlotFigure {
  data: readonly PlotTrace[];
  layout: Readonly<Record<string, unknown>>;
  config?: Readonly<Record<string, unknown>> | undefined;
}

/** Per changed trace: its new y values, and its marker and text where it has them. */
export type TraceValues = { y: unknown[]; marker?: unknown; text?: unknown };

export type PlotStep = { kind: 'none' } | { kind: 'y'; traces: number[]; values: TraceValues[] } | { kind: 'react' };

/** What may change in the `y` step: plotly redraws each point's position and style from them. */
const VALUE_KEYS = ['y', 'marker', 'text'] as const;

const same = (a: unknown, b: unknown): boolean => a === b || JSON.stringify(a) === JSON.stringify(b);

/** True when the figure's y axis does not autorange: new y values cannot move it. */
function fixedYAxis(layout: Readonly<Record<string, unknown>>): boolean {
  const y = layout.yaxis as { autorange?: unknown; range?: unknown } | undefined;
  return y !== undefined && y.autorange === false && Array.isArray(y.range) && y.range.length === 2;
}

function withoutValues(trace: PlotTrace): PlotTrace {
  const rest: Record<string, unknown> = { ...trace };
  for (const k of VALUE_KEYS) delete rest[k];
  return rest;
}

function valuesOf(trace: PlotTrace): TraceValues {
  const out: TraceValues = { y: trace.y as unknown[] };
  if ('marker' in trace) out.marker = trace.marker;
  if ('text' in trace) out.text = trace.text;
  return out;
}

export function planUpdate(drawn: PlotFigure, next: PlotFigure): PlotStep {
  if (!same(drawn.config, next.config) || !same(drawn.layout, next.layout)) return { kind: 'react' };
  if (drawn.data.length !== next.data.length) return { kind: 'react' };
  const traces: number[] = [];
  const values: TraceValues[] = [];
  for (let i = 0; i < next.data.length; i++) {
    const a = drawn.data[i] as PlotTrace;
    const b = next.data[i] as PlotTrace;
    if (a === b || same(a, b)) continue;
    if (!Array.isArray(b.y) || !same(withoutValues(a), withoutValues(b))) return { kind: 'react' };
    // A marker or text that comes or goes (rather than changes) is a new trace style.
    if ('marker' in a !== 'marker' in b || 'text' in a !== 'text' in b) return { kind: 'react' };
    traces.push(i);
    values.push(valuesOf(b));
  }
  if (traces.length === 0) return { kind: 'none' };
  return fixedYAxis(next.layout) ? { kind: 'y', traces, values } : { kind: 'react' };
}

/**
 * What `Plotly.animate` is given for a `y` step: the traces from the first changed one to
 * the last, new values for those that changed and an empty update for those between.
 * Plotly redraws the traces it is given and puts their elements back in the order given
 * (d3's `order()`): a run with a gap would move a changed line above the traces in the
 * gap (required paths, target markers); a contiguous run stays where it is. Traces after
 * the last changed one (reported figures, markers that did not change) are not redrawn.
 * The values are copies: plotly keeps what it is given.
 */
export function changedRun(changed: readonly number[], values: readonly TraceValues[]): { data: Record<string, unknown>[]; traces: number[] } {
  const first = Math.min(...changed);
  const last = Math.max(...changed);
  const traces = Array.from({ length: last - first + 1 }, (_, k) => first + k);
  const data: Record<string, unknown>[] = traces.map(() => ({}));
  changed.forEach((i, k) => (data[i - first] = structuredClone(values[k]) as Record<string, unknown>));
  return { data, traces };
}
