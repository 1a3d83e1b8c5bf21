import { describe, expect, it } from 'vitest';
import { loadDefault } from '../bootstrap';
import { chartsFor } from '../charts/chart-defs';
import { createWorkspaceStore } from '../store/workspace-store';
import { chartExportFigure } from './chart-export';
import { withoutLinks } from './chart-image';
import { exportScope, type ExportScope } from './export-scope';

const t = (key: string) => key;
const LINK = '<a href="http://evil.example">点我</a>';

function compareScopeWithHostileName(): ExportScope {
  const store = createWorkspaceStore();
  loadDefault(store);
  const id = store.getState().duplicateScenario(store.getState().selectedId);
  if (id === null) throw new Error('no copy');
  store.getState().renameScenario(id, { zh: LINK, en: LINK });
  store.getState().setCompareMode(true);
  if (!store.getState().compareIds.includes(id)) store.getState().toggleCompare(id);
  return exportScope(store.getState()) as ExportScope;
}

describe('user text in exported charts', () => {
  it('a scenario name with a link is escaped in legends and hover text: Plotly draws it as characters', () => {
    const s = compareScopeWithHostileName();
    expect(s.scenarios.some((x) => x.name.zh === LINK)).toBe(true);
    for (const chart of chartsFor(s.plan)) {
      const f = chartExportFigure(s, chart, t, new Date('2026-11-26T00:00:00Z'));
      const text = JSON.stringify([f.data.map((tr) => [tr.name, tr.text, tr.hovertemplate]), f.layout.title, f.layout.annotations]);
      expect(text).not.toMatch(/<a\b/i);
      const names = f.data.map((tr) => String(tr.name));
      expect(names.some((n) => n.includes('&lt;a href=') || n.includes('&lt;a'))).toBe(true);
    }
  });

  it('an SVG keeps no <a> element', () => {
    const svg = '<svg><text><a xlink:href="http://evil.example" target="_blank"><tspan>x</tspan></a></text></svg>';
    expect(withoutLinks(svg)).toBe('<svg><text><tspan>x</tspan></text></svg>');
  });
});

describe('legends and source lines in an English compare chart', () => {
  it('the source line wraps inside the image and the plot makes room for the legend rows', () => {
    const s = compareScopeWithHostileName();
    const en = { ...s, lang: 'en' as const };
    const chart = chartsFor(en.plan).find((c) => c.id === 'income')!;
    const f = chartExportFigure(en, chart, t, new Date('2026-11-26T00:00:00Z'));
    const layout = f.layout as { margin: { b: number }; annotations: { text: string }[] };
    const source = layout.annotations[0]!.text;
    expect(source.split('<br>').length).toBeGreaterThan(1);
    expect(layout.margin.b).toBeGreaterThan(128);
  });
});
