import { describe, expect, it } from 'vitest';
import { chartsFor } from '../charts/chart-defs';
import { loadDefault } from '../bootstrap';
import { createWorkspaceStore } from '../store/workspace-store';
import { chartExportFigure } from './chart-export';
import { EXPORT_FONT_FAMILY, plotlyText } from './export-figure';
import { exportScope, type ExportScope } from './export-scope';

const t = (key: string, o?: Record<string, unknown>) =>
  ({ 'export.chartSubtitle': `情景：${String(o?.scenarios)}`, 'export.yearAxis': '年份', 'chart.axisNominal': `${String(o?.unit)}（现价）`, 'status.met': '达成', 'status.missed': '未达成' })[key] ?? key;

function scope(compare = false): ExportScope {
  const store = createWorkspaceStore();
  loadDefault(store);
  if (compare) store.getState().setCompareMode(true);
  return exportScope(store.getState()) as ExportScope;
}

describe('export figure', () => {
  it('has the title, scenario names, axis titles with units, a legend, the source line and CJK fonts', () => {
    const s = scope();
    const chart = chartsFor(s.plan).find((c) => c.id === 'gdp')!;
    const f = chartExportFigure(s, chart, t, new Date('2026-11-26T00:00:00Z'));
    type Layout = {
      title: { text: string; subtitle: { text: string } };
      font: { family: string };
      showlegend: boolean;
      xaxis: { title: { text: string } };
      yaxis: { title: { text: string } };
      width: number;
      height: number;
      annotations: { text: string }[];
    };
    const layout = f.layout as unknown as Layout;
    expect(layout.title.text).toContain('地区生产总值');
    expect(layout.title.subtitle.text).toBe(`情景：${s.scenarios[0]!.name.zh}`);
    expect(layout.font.family).toBe(EXPORT_FONT_FAMILY);
    expect(EXPORT_FONT_FAMILY.startsWith('"Noto Sans CJK SC", "Source Han Sans SC", "WenQuanYi Micro Hei", "Microsoft YaHei", "PingFang SC"')).toBe(true);
    expect(layout.showlegend).toBe(true);
    expect(layout.yaxis.title.text).toBe('亿元（现价）');
    expect(layout.xaxis.title.text).toBe('年份');
    expect(layout.width).toBe(1000);
    expect(layout.height).toBe(560);
    expect(layout.annotations[0]?.text).toMatch(/^依据：《.*》；情景：.*；生成于 2026-11-26/);
    // the status markers are explained in the legend
    expect(f.data.some((tr) => tr.name === '达成' && tr.showlegend === true)).toBe(true);
    expect(f.data.every((tr) => tr.hovertemplate === undefined)).toBe(true);
  });

  it('gives every line its own legend entry in a compare chart of several series', () => {
    const s = scope(true);
    const chart = chartsFor(s.plan).find((c) => c.id === 'income')!;
    const f = chartExportFigure(s, chart, t, new Date());
    const lines = f.data.filter((tr) => tr.mode === 'lines');
    expect(lines.length).toBe(6);
    expect(lines.every((tr) => tr.showlegend === true && String(tr.name).includes(' · '))).toBe(true);
  });

  it('leaves the source line out on request, and escapes user text', () => {
    const s = scope();
    const chart = chartsFor(s.plan)[0]!;
    // Only the chart's own names of its history and plan parts are left.
    const annotations = chartExportFigure(s, chart, t, new Date(), { withSource: false }).layout.annotations as { text: string }[];
    expect(annotations.map((a) => a.text)).toEqual(['chart.history.zone', 'chart.history.plan']);
    expect(plotlyText('a<b>&')).toBe('a&lt;b&gt;&amp;');
  });
});
