/**
 * The two-way table of the sensitivity view as spreadsheet rows: the target's projected
 * value for each pair of assumptions (rows × columns), then the gap to the target, with
 * the axes named. The values are as the engine gives them (fractions for growth rates).
 */
import type { TwoWayTable } from '../uncertainty/two-way-table';
import type { Cell } from './csv';

export function twoWayRows(table: TwoWayTable, o: { caption: string; rowName: string; colName: string; projected: string; gap: string }): Cell[][] {
  const head: Cell[] = [`${o.rowName} ↓ / ${o.colName} →`, ...table.cols.values];
  const block = (title: string, values: (number | null)[][]): Cell[][] => [
    [title],
    head,
    ...table.rows.values.map((r, i) => [r, ...(values[i] ?? [])] as Cell[]),
  ];
  return [[o.caption], [], ...block(o.projected, table.projected), [], ...block(o.gap, table.gap)];
}
