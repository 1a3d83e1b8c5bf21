/**
 * The tornado chart of one target: per assumption (indicator × period), how far the
 * target's gap moves when the assumption is moved down and up by one step; horizontal
 * bars, largest swing on top. Numbers from models/uncertainty/sensitivity.ts.
 */
import type { TornadoBar, TornadoResult } from '../../models/uncertainty/sensitivity';
import { FONT_FAMILY } from '../charts/chart-defs';
import type { Figure, Trace } from '../charts/chart-figure';

export const LOW_COLOR = '#c2410c';
export const HIGH_COLOR = '#1d4ed8';
/** Bars shown at most (the rest are the smallest swings). */
export const MAX_BARS = 12;

export interface TornadoLabels {
  /** "地区生产总值 2026–2030" */
  bar(bar: TornadoBar): string;
  /** Hover text of the step, e.g. "−1个百分点". */
  step(bar: TornadoBar, sign: 1 | -1): string;
  low: string;
  high: string;
  axis: string;
}

export interface TornadoView {
  figure: Figure;
  /** Bars drawn, top first. */
  bars: TornadoBar[];
  /** Bars that do not move the gap, or by under 0.1% of the largest swing (not drawn). */
  zero: number;
  /** Bars left out beyond MAX_BARS. */
  more: number;
}

/** Rough width in px of a label at 11 px: CJK characters full width, others about half. */
function textWidth(text: string): number {
  let w = 0;
  for (const ch of text) w += /[\u2e80-\u9fff\uff00-\uffef]/.test(ch) ? 11 : 6.2;
  return w;
}

/**
 * `scale` turns a gap change into the shown unit (×100 for a growth fraction shown in
 * points); `decimals` for the hover.
 */
export function buildTornado(t: TornadoResult, labels: TornadoLabels, scale: number, decimals: number): TornadoView {
  // Bars under 0.1% of the largest swing would not show: counted with the ones that do not move it.
  const largest = Math.max(0, ...t.bars.map((b) => b.swing ?? 0));
  const moving = t.bars.filter((b) => b.swing !== null && b.swing > 0 && b.swing >= 1e-3 * largest);
  const bars = moving.slice(0, MAX_BARS);
  // plotly puts the first category at the bottom: reverse, so the largest swing is on top.
  const shown = [...bars].reverse();
  const y = shown.map((b) => labels.bar(b));
  const trace = (sign: 1 | -1): Trace => ({
    type: 'bar',
    orientation: 'h',
    y,
    x: shown.map((b) => ((sign === 1 ? b.high : b.low) ?? 0) * scale),
    name: sign === 1 ? labels.high : labels.low,
    marker: { color: sign === 1 ? HIGH_COLOR : LOW_COLOR },
    text: shown.map((b) => labels.step(b, sign)),
    hovertemplate: `%{y}<br>%{text}: %{x:+,.${decimals}f}<extra></extra>`,
    textposition: 'none',
  });
  const longest = Math.max(0, ...y.map(textWidth));
  const figure: Figure = {
    data: bars.length === 0 ? [] : [trace(-1), trace(1)],
    layout: {
      autosize: true,
      height: Math.max(140, 46 + 22 * bars.length),
      barmode: 'overlay',
      bargap: 0.25,
      margin: { l: Math.min(240, 16 + longest), r: 12, t: 6, b: 36 },
      font: { family: FONT_FAMILY, size: 11, color: '#262626' },
      paper_bgcolor: '#ffffff',
      plot_bgcolor: '#ffffff',
      showlegend: false,
      hovermode: 'closest',
      xaxis: { title: { text: labels.axis, font: { size: 11 } }, zeroline: true, zerolinecolor: '#595959', gridcolor: '#f0f0f0', tickformat: ',' },
      yaxis: { automargin: false, tickfont: { size: 11 } },
    },
    legend: [
      { name: labels.low, color: LOW_COLOR, kind: 'marker', style: 'square' },
      { name: labels.high, color: HIGH_COLOR, kind: 'marker', style: 'square' },
    ],
  };
  return { figure, bars, zero: t.bars.length - moving.length, more: moving.length - bars.length };
}
