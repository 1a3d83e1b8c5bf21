/**
 * The report's chart as SVG text (no DOM, no Plotly): the headline indicator's reported
 * values against the path the plan set, with axes, ticks and a legend. Used by the PDF
 * (HTML) report; Word draws its own chart from the same data.
 */
import { formatNumber } from '../numbers/format';
import type { ReportChart } from './report-types';

const esc = (s: string) => s.replace(/[&<>"']/g, (c) => ({ '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;', "'": '&#39;' })[c] ?? c);

/** Round ticks: 1, 2 or 5 × 10ⁿ apart, about five of them. */
export function niceTicks(lo: number, hi: number, count = 5): number[] {
  if (!(hi > lo)) return [lo];
  const raw = (hi - lo) / count;
  const mag = 10 ** Math.floor(Math.log10(raw));
  const step = ([1, 2, 5, 10].find((m) => m * mag >= raw) ?? 10) * mag;
  const out: number[] = [];
  for (let v = Math.ceil(lo / step) * step; v <= hi + step * 1e-9; v += step) out.push(Number(v.toPrecision(12)));
  return out;
}

export function chartSvg(chart: ReportChart, size = { width: 680, height: 270 }): string {
  const { width, height } = size;
  const pad = { left: 64, right: 16, top: 34, bottom: 46 };
  const values = [...chart.reported, ...chart.planned].filter((v): v is number => v !== null && Number.isFinite(v));
  if (values.length === 0 || chart.years.length === 0) return '';
  const min = Math.min(...values);
  const max = Math.max(...values);
  const margin = (max - min) * 0.08 || Math.abs(max) * 0.05 || 1;
  const ticks = niceTicks(min - margin, max + margin);
  const lo = Math.min(ticks[0] ?? min, min);
  const hi = Math.max(ticks[ticks.length - 1] ?? max, max);
  const x0 = chart.years[0] as number;
  const x1 = chart.years[chart.years.length - 1] as number;
  const x = (year: number) => pad.left + ((year - x0) / Math.max(1, x1 - x0)) * (width - pad.left - pad.right);
  const y = (v: number) => height - pad.bottom - ((v - lo) / (hi - lo || 1)) * (height - pad.top - pad.bottom);
  const decimals = hi - lo < 10 ? 1 : 0;
  const line = (series: readonly (number | null)[]) =>
    series
      .map((v, i) => (v === null ? null : `${x(chart.years[i] as number).toFixed(1)},${y(v).toFixed(1)}`))
      .filter((p): p is string => p !== null)
      .join(' ');
  const dots = (series: readonly (number | null)[], color: string) =>
    series.map((v, i) => (v === null ? '' : `<circle cx="${x(chart.years[i] as number).toFixed(1)}" cy="${y(v).toFixed(1)}" r="3" fill="${color}"/>`)).join('');
  const parts = [
    `<svg xmlns="http://www.w3.org/2000/svg" viewBox="0 0 ${width} ${height}" width="${width}" height="${height}" role="img" aria-label="${esc(chart.title)}" font-size="11">`,
    `<rect x="0" y="0" width="${width}" height="${height}" fill="#fff"/>`,
    `<text x="${pad.left}" y="16" font-size="12" font-weight="600">${esc(chart.title)}</text>`,
    ...ticks.map((t) => `<line x1="${pad.left}" x2="${width - pad.right}" y1="${y(t).toFixed(1)}" y2="${y(t).toFixed(1)}" stroke="#e8e8e8"/><text x="${pad.left - 6}" y="${(y(t) + 4).toFixed(1)}" text-anchor="end" fill="#595959">${formatNumber(t, decimals)}</text>`),
    ...chart.years.map((yr) => `<text x="${x(yr).toFixed(1)}" y="${height - pad.bottom + 16}" text-anchor="middle" fill="#595959">${yr}</text>`),
    `<line x1="${pad.left}" x2="${width - pad.right}" y1="${height - pad.bottom}" y2="${height - pad.bottom}" stroke="#8c8c8c"/>`,
    `<polyline points="${line(chart.planned)}" fill="none" stroke="#d46b08" stroke-width="2" stroke-dasharray="6 4"/>`,
    `<polyline points="${line(chart.reported)}" fill="none" stroke="#1d4ed8" stroke-width="2.5"/>`,
    dots(chart.reported, '#1d4ed8'),
    `<g transform="translate(${pad.left},${height - 10})"><line x1="0" x2="24" y1="-4" y2="-4" stroke="#1d4ed8" stroke-width="2.5"/><text x="30" y="0">${esc(chart.legend.reported)}</text>`,
    `<line x1="130" x2="154" y1="-4" y2="-4" stroke="#d46b08" stroke-width="2" stroke-dasharray="6 4"/><text x="160" y="0">${esc(chart.legend.planned)}</text></g>`,
    `<text x="${width - pad.right}" y="${height - 10}" text-anchor="end" fill="#595959">${esc(chart.unit)}</text>`,
    '</svg>',
  ];
  return parts.join('');
}
