/**
 * A small, dense, sortable table. Ant Design's Table brings a few hundred kilobytes
 * (virtual lists, filters, pagination) that these tables do not use; this one is a
 * plain <table> with sort buttons in the headers (aria-sort, keyboard: Tab + Enter).
 */
import { CaretDownOutlined, CaretUpOutlined } from '@ant-design/icons';
import { memo, useCallback, useMemo, useState, type HTMLAttributes, type ReactNode } from 'react';

export interface DataColumn<Row> {
  key: string;
  title: ReactNode;
  render(row: Row, index: number): ReactNode;
  align?: 'left' | 'right' | 'center';
  width?: number | string;
  /** Compare two rows for an ascending sort; omit for an unsortable column. */
  sorter?(a: Row, b: Row): number;
  className?: string;
}

export interface DataTableProps<Row> {
  columns: readonly DataColumn<Row>[];
  rows: readonly Row[];
  rowKey(row: Row): string;
  rowProps?(row: Row): HTMLAttributes<HTMLTableRowElement> & Record<`data-${string}`, string>;
  caption?: ReactNode;
  className?: string;
  /** Max height of the scrolling body (the header stays). */
  maxHeight?: number;
  'aria-label'?: string;
  'data-testid'?: string;
  empty?: ReactNode;
  /**
   * What a row shows, as a string: a row whose signature (and `epoch`) did not change
   * is not re-rendered. Give it when rows are rebuilt on every change but few differ.
   */
  rowSignature?(row: Row): string;
  /** Changes when the columns' rendering changes (e.g. the language). */
  epoch?: string;
}

type Sort = { key: string; dir: 'ascending' | 'descending' } | null;

export function DataTable<Row>(props: DataTableProps<Row>) {
  const { columns, rows, rowKey, rowProps, maxHeight } = props;
  const [sort, setSort] = useState<Sort>(null);
  const sorted = useMemo(() => {
    const col = sort ? columns.find((c) => c.key === sort.key) : undefined;
    if (!sort || !col?.sorter) return rows;
    const out = [...rows].sort(col.sorter);
    return sort.dir === 'descending' ? out.reverse() : out;
  }, [rows, columns, sort]);

  const cycle = useCallback(
    (key: string) => setSort((s) => (s?.key !== key ? { key, dir: 'ascending' } : s.dir === 'ascending' ? { key, dir: 'descending' } : null)),
    [],
  );

  return (
    <div className={`data-table ${props.className ?? ''}`} style={maxHeight ? { maxHeight, overflowY: 'auto' } : undefined}>
      <table aria-label={props['aria-label']} data-testid={props['data-testid']}>
        {props.caption ? <caption>{props.caption}</caption> : null}
        <colgroup>
          {columns.map((c) => (
            <col key={c.key} style={c.width === undefined ? undefined : { width: c.width }} />
          ))}
        </colgroup>
        <thead>
          <HeadRow columns={columns} sort={sort} onSort={cycle} />
        </thead>
        <tbody>
          {sorted.length === 0 && props.empty ? (
            <tr>
              <td colSpan={columns.length} className="empty">
                {props.empty}
              </td>
            </tr>
          ) : null}
          {sorted.map((row, i) => (
            <BodyRow<Row>
              key={rowKey(row)}
              row={row}
              index={i}
              columns={columns}
              trProps={rowProps?.(row)}
              signature={props.rowSignature ? `${props.epoch ?? ''}|${i}|${props.rowSignature(row)}` : null}
            />
          ))}
        </tbody>
      </table>
    </div>
  );
}

interface HeadRowProps<Row> {
  columns: readonly DataColumn<Row>[];
  sort: Sort;
  onSort(key: string): void;
}

/** The header row: re-rendered only when the columns (kept by the caller when unchanged) or the sort change. */
function HeadRowImpl<Row>({ columns, sort, onSort }: HeadRowProps<Row>) {
  return (
    <tr>
      {columns.map((c) => {
        const active = sort?.key === c.key ? sort.dir : undefined;
        return (
          <th key={c.key} scope="col" aria-sort={c.sorter ? (active ?? 'none') : undefined} style={{ textAlign: c.align ?? 'left' }}>
            {c.sorter ? (
              <button type="button" className="sort-button" onClick={() => onSort(c.key)}>
                {c.title}
                <span className="sort-icons" aria-hidden>
                  <CaretUpOutlined className={active === 'ascending' ? 'on' : ''} />
                  <CaretDownOutlined className={active === 'descending' ? 'on' : ''} />
                </span>
              </button>
            ) : (
              c.title
            )}
          </th>
        );
      })}
    </tr>
  );
}

const HeadRow = memo(HeadRowImpl) as typeof HeadRowImpl;

interface BodyRowProps<Row> {
  row: Row;
  index: number;
  columns: readonly DataColumn<Row>[];
  trProps: (HTMLAttributes<HTMLTableRowElement> & Record<`data-${string}`, string>) | undefined;
  signature: string | null;
}

function BodyRowImpl<Row>({ row, index, columns, trProps }: BodyRowProps<Row>) {
  return (
    <tr {...trProps}>
      {columns.map((c) => (
        <td key={c.key} className={c.className} style={c.align ? { textAlign: c.align } : undefined}>
          {c.render(row, index)}
        </td>
      ))}
    </tr>
  );
}

const BodyRow = memo(
  BodyRowImpl,
  (a, b) => a.signature !== null && a.signature === b.signature && a.columns.length === b.columns.length,
) as typeof BodyRowImpl;
