/**
 * A figure drawn to an image by Plotly.toImage, off screen: SVG as text (its text stays
 * text, so the Chinese title is searchable and sharp), PNG as bytes. Plotly is imported
 * here lazily, as the charts import it: it is not in the initial bundle.
 */
import type { ExportFigure } from './export-figure';

export type ImageFormat = 'png' | 'svg';

/** The bytes of a data: URL (base64 or percent-encoded). */
export function dataUrlBytes(url: string): Uint8Array {
  const comma = url.indexOf(',');
  if (!url.startsWith('data:') || comma < 0) throw new Error('not a data URL');
  const meta = url.slice(5, comma);
  const body = url.slice(comma + 1);
  if (/;base64$/i.test(meta)) {
    const bin = atob(body);
    const out = new Uint8Array(bin.length);
    for (let i = 0; i < bin.length; i++) out[i] = bin.charCodeAt(i);
    return out;
  }
  return new TextEncoder().encode(decodeURIComponent(body));
}

/** The text of an SVG data: URL. */
export function dataUrlText(url: string): string {
  return new TextDecoder().decode(dataUrlBytes(url));
}

/**
 * An exported SVG holds no live link: every <a> element is unwrapped (its text kept).
 * Text from a plan is escaped before Plotly sees it (plotly-text.ts), so there should be
 * none; this is the second line of defence for a file that is shared and opened in a
 * browser.
 */
export function withoutLinks(svg: string): string {
  return svg.replace(/<a\b[^>]*>/gi, '').replace(/<\/a\s*>/gi, '');
}

export async function renderChartImage(figure: ExportFigure, format: 'svg', scale?: number): Promise<string>;
export async function renderChartImage(figure: ExportFigure, format: 'png', scale?: number): Promise<Uint8Array>;
export async function renderChartImage(figure: ExportFigure, format: ImageFormat, scale = 1): Promise<string | Uint8Array> {
  const { default: Plotly } = await import('plotly.js-basic-dist-min');
  const width = Number(figure.layout.width);
  const height = Number(figure.layout.height);
  const url = await Plotly.toImage(
    { data: figure.data, layout: figure.layout, config: { staticPlot: true, displayModeBar: false } },
    { format, width, height, scale },
  );
  return format === 'svg' ? withoutLinks(dataUrlText(url)) : dataUrlBytes(url);
}
