/** Plain-text tables with columns aligned by display width (CJK characters count 2). */
import { displayWidth, padDisplay } from './display-width';

export interface Column {
  header: string;
  align: 'left' | 'right';
}

const GAP = '  ';

export function renderTable(columns: readonly Column[], rows: readonly (readonly string[])[]): string {
  // A loop, not Math.max(...rows): a spread of many rows overflows the call stack.
  const widths = columns.map((c, i) => {
    let width = displayWidth(c.header);
    for (const r of rows) width = Math.max(width, displayWidth(r[i] ?? ''));
    return width;
  });
  const line = (cells: readonly string[]) =>
    columns
      .map((c, i) => padDisplay(cells[i] ?? '', widths[i] as number, c.align))
      .join(GAP)
      .trimEnd();
  const out = [line(columns.map((c) => c.header)), widths.map((w) => '-'.repeat(w)).join(GAP)];
  for (const r of rows) out.push(line(r));
  return `${out.join('\n')}\n`;
}
