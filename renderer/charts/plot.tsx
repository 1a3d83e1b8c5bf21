/**
 * A plotly chart on the basic partial bundle (scatter, bar, pie; SVG traces only), loaded
 * lazily. A small wrapper around plotly's own calls (it replaces react-plotly.js):
 * `Plotly.newPlot`/`Plotly.react` to draw, `Plotly.purge` when it goes; a change of y
 * values (and target markers) alone on a fixed y axis redraws just the run of traces
 * from the first changed one to the last (plot-update.ts). Updates
 * run one at a time; while one is drawn, only the latest figure waits (a fast slider
 * drag skips the figures in between).
 *
 * Plotly keeps and changes what it is given (it writes computed ranges back into the
 * layout), so it gets copies: the figures a chart holds stay as built.
 */
import Plotly from 'plotly.js-basic-dist-min';
import { useEffect, useLayoutEffect, useRef, type CSSProperties } from 'react';
import { chartDrawn } from './first-chart';
import { changedRun, planUpdate, type PlotFigure, type PlotTrace } from './plot-update';

export interface PlotProps {
  data: readonly PlotTrace[];
  layout: Readonly<Record<string, unknown>>;
  config?: Readonly<Record<string, unknown>>;
  style?: CSSProperties;
  className?: string;
  /** Redraw at the new size when the plot's box is resized (the window, a panel). */
  useResizeHandler?: boolean;
}

/** Plotly's transition path with no duration: the new values at once, no axis redraw. */
const AT_ONCE = { mode: 'immediate', transition: { duration: 0 }, frame: { duration: 0, redraw: false } } as const;

interface DrawState {
  /** The figure on screen (as built, never given to plotly), null before the first draw. */
  drawn: PlotFigure | null;
  /** The figure to draw when the current update is done. */
  next: PlotFigure | null;
  busy: boolean;
  gone: boolean;
}

function draw(el: HTMLDivElement, st: DrawState): void {
  const next = st.next;
  if (next === null || st.busy || st.gone) return;
  st.next = null;
  const step = st.drawn === null ? ({ kind: 'react' } as const) : planUpdate(st.drawn, next);
  if (step.kind === 'none') {
    st.drawn = next;
    return;
  }
  st.busy = true;
  const done =
    step.kind === 'y'
      ? Plotly.animate(el, changedRun(step.traces, step.values), AT_ONCE)
      : Plotly.react(el, structuredClone(next.data) as unknown[], structuredClone(next.layout), structuredClone(next.config ?? {}));
  st.drawn = next;
  void done
    .then(chartDrawn)
    .catch((error: unknown) => {
      // A failed update leaves plotly's state unknown: the next one redraws in full.
      st.drawn = null;
      console.error('plotly could not draw the chart', error);
    })
    .finally(() => {
      st.busy = false;
      draw(el, st);
    });
}

const fresh = (): DrawState => ({ drawn: null, next: null, busy: false, gone: false });

export default function Plot({ data, layout, config, style, className, useResizeHandler }: PlotProps) {
  const ref = useRef<HTMLDivElement>(null);
  const state = useRef<DrawState>(fresh());

  // One drawing state per mount; when the plot goes, plotly lets go of the element and
  // an update still running finds its state gone and stops.
  useLayoutEffect(() => {
    const el = ref.current;
    const st = fresh();
    state.current = st;
    return () => {
      st.gone = true;
      if (el !== null) Plotly.purge(el);
    };
  }, []);

  useLayoutEffect(() => {
    const el = ref.current;
    if (el === null) return;
    state.current.next = { data, layout, config };
    draw(el, state.current);
  }, [data, layout, config]);

  useEffect(() => {
    const el = ref.current;
    if (!useResizeHandler || el === null || typeof ResizeObserver === 'undefined') return;
    let width = el.clientWidth;
    let frame = 0;
    const observer = new ResizeObserver(() => {
      if (el.clientWidth === width) return;
      width = el.clientWidth;
      cancelAnimationFrame(frame);
      frame = requestAnimationFrame(() => {
        if (state.current.drawn !== null) void Plotly.Plots.resize(el).catch(() => undefined);
      });
    });
    observer.observe(el);
    return () => {
      cancelAnimationFrame(frame);
      observer.disconnect();
    };
  }, [useResizeHandler]);

  return <div ref={ref} style={style} className={className} />;
}
