/** Plain-text tables with columns aligned by display width (CJK characters count 2). */
import { displayWidth, padDisplay } from './display-width';

export interface Column {
  header: string;
  align: 'left' | 'right';
}

const GAP = '  ';

export function renderTable(columns: readonly Column[], rows: readonly (readonly string[])[]): string {
  const widths = columns.map((c, i) =>
    Math.max(displayWidth(c.header), ...rows.map((r) => displayWidth(r[i] ?? ''))),
  );
  const line = (cells: readonly string[]) =>
    columns
      .map((c, i) => padDisplay(cells[i] ?? '', widths[i] as number, c.align))
      .join(GAP)
      .trimEnd();
  const out = [line(columns.map((c) => c.header)), widths.map((w) => '-'.repeat(w)).join(GAP)];
  for (const r of rows) out.push(line(r));
  return `${out.join('\n')}\n`;
}
