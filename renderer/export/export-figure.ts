/**
 * A chart as it goes into a file or the report: the figure the app draws, plus what a
 * reader of a document needs that the screen shows around it — the title, the scenario
 * names, the axis titles with units, a legend (the app draws its legend in HTML), the
 * source line under the plot — at a fixed size, in fonts that draw Chinese.
 */
import type { Figure, Trace } from '../charts/chart-figure';
import { plotlyText } from '../charts/plotly-text';
import { legendRows, wrapText } from './text-wrap';

/** The characters a legend name shows (names are stored escaped for Plotly). */
function decodeEntities(text: string): string {
  return text.replace(/&lt;/g, '<').replace(/&gt;/g, '>').replace(/&amp;/g, '&');
}

/**
 * Fonts for exported charts: the first one the machine has is used. An SVG names them
 * and the reader's system picks; a PNG is drawn with the fonts of the machine exporting.
 */
export const EXPORT_FONT_FAMILY = '"Noto Sans CJK SC", "Source Han Sans SC", "WenQuanYi Micro Hei", "Microsoft YaHei", "PingFang SC", sans-serif';

export interface ExportFigureOptions {
  title: string;
  /** e.g. "情景：规划情景、低速增长情景". */
  subtitle?: string;
  /** "依据：《…建议》；情景：…；生成于 2026-…" */
  sourceLine: string;
  /** Title of the year axis. */
  xTitle: string;
  width: number;
  height: number;
}

export interface ExportFigure {
  data: Trace[];
  layout: Record<string, unknown>;
}

export { plotlyText };

const MARGIN = { l: 84, r: 28, t: 74, b: 128 };
/** Without a source line (the report has its own), less room under the plot. */
// The top of the plot stays clear of the subtitle: the highest y tick label sits on the edge.
const MARGIN_NO_SOURCE = { ...MARGIN, t: 82, b: 86 };

export function exportFigure(figure: Figure, o: ExportFigureOptions): ExportFigure {
  const lines = figure.data.filter((tr) => tr.mode === 'lines' && tr.legendgroup !== 'required');
  // Compare mode with several series per scenario: the app keys the dashes beside the
  // chart; here every line gets its own legend entry, "scenario · series".
  const splitLegend = lines.some((tr) => tr.showlegend === false);
  const data: Trace[] = figure.data.map((tr) => {
    const out: Trace = { ...tr, hoverinfo: 'skip' };
    delete out.hovertemplate;
    // Legend names are user text: escaped, so no tag in a name becomes markup or a link.
    if (typeof tr.name === 'string') out.name = plotlyText(tr.name);
    if (splitLegend && lines.includes(tr)) {
      // The hover template's first line is already escaped ("scenario · series").
      const template = typeof tr.hovertemplate === 'string' ? tr.hovertemplate : '';
      out.name = template.split('<br>')[0] || out.name;
      out.showlegend = true;
    }
    return out;
  });
  // The status markers' legend (met / missed / needs a base value): legend-only traces.
  const named = new Set(data.filter((tr) => tr.showlegend !== false).map((tr) => tr.name));
  for (const item of figure.legend) {
    if (item.kind !== 'marker' || named.has(plotlyText(item.name))) continue;
    data.push({
      type: 'scatter',
      mode: 'markers',
      x: [null],
      y: [null],
      name: plotlyText(item.name),
      showlegend: true,
      hoverinfo: 'skip',
      marker: { size: 10, symbol: item.style, color: item.color, line: { width: 1.5, color: item.color } },
    });
  }

  // Under the plot: the legend (as many rows as its names need), then the source line,
  // wrapped to the width of the image; the plot gives up the height they take.
  const base = o.sourceLine === '' ? MARGIN_NO_SOURCE : MARGIN;
  const legendNames = data.filter((tr) => tr.showlegend !== false && typeof tr.name === 'string').map((tr) => decodeEntities(String(tr.name)));
  const rows = Math.max(1, legendRows(legendNames, o.width - base.l - base.r, 12));
  const sourceLines = o.sourceLine === '' ? [] : wrapText(o.sourceLine, o.width - 28, 10.5);
  const margin = { ...base, b: base.b + (rows - 1) * 20 + Math.max(0, sourceLines.length - 1) * 15 };
  const plotHeight = o.height - margin.t - margin.b;
  const plotWidth = o.width - margin.l - margin.r;
  const belowPlot = (px: number) => -px / plotHeight;
  const layout = figure.layout;
  const xaxis = (layout.xaxis ?? {}) as Record<string, unknown>;
  const yaxis = (layout.yaxis ?? {}) as Record<string, unknown>;
  const yTitle = (yaxis.title ?? {}) as Record<string, unknown>;
  return {
    data,
    layout: {
      ...layout,
      autosize: false,
      width: o.width,
      height: o.height,
      uirevision: undefined,
      hovermode: false,
      margin,
      font: { family: EXPORT_FONT_FAMILY, size: 12, color: '#262626' },
      title: {
        text: `<b>${plotlyText(o.title)}</b>`,
        ...(o.subtitle ? { subtitle: { text: plotlyText(o.subtitle), font: { size: 12, color: '#595959' } } } : {}),
        x: 0,
        xanchor: 'left',
        xref: 'container',
        y: 1,
        yanchor: 'top',
        yref: 'container',
        pad: { t: 14, l: 16 },
        font: { size: 17, color: '#141414' },
      },
      showlegend: true,
      legend: { orientation: 'h', x: 0, xanchor: 'left', y: belowPlot(46), yanchor: 'top', font: { size: 12 }, itemwidth: 40, traceorder: 'normal' },
      xaxis: { ...xaxis, title: { text: plotlyText(o.xTitle), font: { size: 12 }, standoff: 6 }, ticklabeloverflow: undefined },
      yaxis: { ...yaxis, title: { ...yTitle, font: { size: 12 } }, ticklabeloverflow: undefined },
      // The source line, then the chart's own (the names of the history and plan parts).
      annotations: [...(o.sourceLine === '' ? [] : [
        {
          text: sourceLines.map(plotlyText).join('<br>'),
          xref: 'paper',
          yref: 'paper',
          // under the plot, from the left edge of the image (as the title)
          x: -(margin.l - 14) / plotWidth,
          xanchor: 'left',
          y: belowPlot(margin.b - 14),
          yanchor: 'bottom',
          showarrow: false,
          align: 'left',
          font: { size: 10.5, color: '#595959' },
        },
      ]), ...(Array.isArray(layout.annotations) ? (layout.annotations as unknown[]) : [])],
    },
  };
}
