/** A chart's legend as HTML beside the plot (as the main charts draw theirs). */
import type { LegendItem } from './chart-figure';

const MARKER_GLYPH: Record<string, string> = { diamond: '◆', x: '✖', 'circle-open': '○', square: '■' };

export function LegendList({ items }: { items: readonly LegendItem[] }) {
  return (
    <ul className="chart-legend" aria-hidden>
      {items.map((item) => (
        <li key={item.name}>
          {item.kind === 'line' ? (
            <span className={`legend-line ${item.style}`} style={{ borderColor: item.color }} />
          ) : (
            <span className="legend-marker" style={{ color: item.color }}>
              {MARKER_GLYPH[item.style] ?? '●'}
            </span>
          )}
          {item.name}
        </li>
      ))}
    </ul>
  );
}
