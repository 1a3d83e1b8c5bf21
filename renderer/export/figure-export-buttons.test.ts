import { describe, expect, it, vi } from 'vitest';
import type { ExportFigure } from './export-figure';

const drawn: { figure: ExportFigure; format: string }[] = [];
vi.mock('./chart-image', () => ({
  renderChartImage: async (figure: ExportFigure, format: string) => {
    drawn.push({ figure, format });
    return format === 'svg' ? '<svg/>' : new Uint8Array([1, 2, 3]);
  },
}));

const { figureFile } = await import('./figure-export-buttons');
const { loadDefault } = await import('../bootstrap');
const { createWorkspaceStore } = await import('../store/workspace-store');

describe('a figure that is not a main chart, as a file', () => {
  it('has the title, the scenario, a source line with the local date, and a file name', async () => {
    const store = createWorkspaceStore();
    loadDefault(store);
    const plan = store.getState().plan!;
    const scenario = plan.scenarios[0]!;
    const figure = { data: [{ type: 'scatter', mode: 'lines', x: [2020], y: [1], name: '<a href="x">P50</a>' }], layout: {}, legend: [] };
    const input = { figure, plan, scenario, lang: 'zh' as const, title: '不确定性：地区生产总值', subtitle: scenario.name.zh, xTitle: '年份', stem: 'x-fan-gdp' };
    const svg = await figureFile(input, 'svg', new Date(2026, 11, 1, 7, 0));
    expect(svg).toMatchObject({ suggestedName: 'x-fan-gdp.svg', mimeType: 'image/svg+xml', data: '<svg/>' });
    const png = await figureFile(input, 'png', new Date(2026, 11, 1, 7, 0));
    expect(png.suggestedName).toBe('x-fan-gdp.png');
    const layout = drawn[0]!.figure.layout as { title: { text: string }; annotations: { text: string }[] };
    expect(layout.title.text).toContain('不确定性：地区生产总值');
    expect(layout.annotations[0]!.text).toMatch(/生成于 2026-12-01/);
    expect(String(drawn[0]!.figure.data[0]!.name)).toBe('&lt;a href="x"&gt;P50&lt;/a&gt;');
  });
});
