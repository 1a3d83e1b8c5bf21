/**
 * Decimals are consistent per column in every export. The rule:
 * - a column that holds one quantity has one number of decimals (`Column.decimals`);
 * - a table whose rows are indicators in different units (a projection by year, the
 *   percentiles of a Monte Carlo run) writes every number of a row with the decimals of
 *   that row's unit (`Table.rowDecimals`), so one indicator reads alike in every year;
 * - a column that mixes targets in different units (target value, projected, gap) gives
 *   every row of the same unit the same decimals: the unit's usual ones, raised to the
 *   most any row of that unit needs for its numbers to agree with its verdict
 *   (display-precision.ts: 82.996 against 83 is written 82.996, and so is every other
 *   value in % of that column).
 * CSV writes the fixed-decimal text; XLSX keeps the numeric value and gives the cell a
 * number format with these decimals.
 */
import { verdictDecimals } from '../numbers/display-precision';
import { outputNumber } from '../numbers/output-number';
import type { Plan } from '../plan/plan-schema';
import type { TargetResult } from '../targets/evaluate-targets';
import { unitInfo } from '../numbers/units';
import type { Column, Table } from './export-tables';

/** Decimals of growth rates written in percent (6.50 for 6.5%), as the UI writes them. */
export const GROWTH_PERCENT_DECIMALS = 2;

/** Decimals of a number column that names none. */
export const DEFAULT_DECIMALS = 2;

/** The decimals of the number in row `r`, column `c` of a table (0 for a year column). */
export function cellDecimals(table: Pick<Table, 'columns' | 'rowDecimals'>, r: number, c: number): number {
  const column: Column | undefined = table.columns[c];
  if (column === undefined || column.type === 'year') return 0;
  if (column.byRow === true) {
    const d = table.rowDecimals?.[r];
    if (d !== undefined) return d;
  }
  return column.decimals ?? DEFAULT_DECIMALS;
}

/** For each key, the largest of the decimals its rows ask for; each row gets its key's. */
export function sameDecimalsPerKey(rows: readonly { key: string; decimals: number }[]): number[] {
  const most = new Map<string, number>();
  for (const { key, decimals } of rows) most.set(key, Math.max(most.get(key) ?? 0, decimals));
  return rows.map(({ key }) => most.get(key) ?? 0);
}

/** The unit a target's numbers are written in, and the decimals that unit usually has. */
export function targetUnitDecimals(plan: Pick<Plan, 'indicators' | 'units'>, r: Pick<TargetResult, 'type' | 'indicator' | 'unit'>): { key: string; decimals: number } {
  if ((r.type === 'average-growth' || r.type === 'in-step')) return { key: '%', decimals: GROWTH_PERCENT_DECIMALS };
  const unit = plan.indicators.find((i) => i.id === r.indicator)?.unit ?? r.unit;
  return { key: unit, decimals: unitInfo(unit, plan.units).decimals };
}

/**
 * Per target result, the decimals its threshold, projected value and gap are written
 * with: the same for every result of one unit, enough for every result of that unit to
 * read as its verdict. Growth rates and shares are both written in %, so they share the
 * key "%" and so the decimals.
 */
export function targetDecimals(plan: Pick<Plan, 'indicators' | 'units'>, results: readonly TargetResult[]): number[] {
  return sameDecimalsPerKey(
    results.map((r) => {
      const { key, decimals } = targetUnitDecimals(plan, r);
      const scale = (r.type === 'average-growth' || r.type === 'in-step') ? 100 : 1;
      const d =
        r.projected !== null && r.target !== null && r.met !== null && Number.isFinite(r.projected) && Number.isFinite(r.target)
          ? verdictDecimals(r.projected * scale, r.target * scale, r.comparison, r.met, decimals)
          : decimals;
      return { key, decimals: d };
    }),
  );
}

/** The decimals of each row's unit, made the same for rows of one unit (Monte Carlo percentiles of targets). */
export function unitDecimals(plan: Pick<Plan, 'indicators' | 'units'>, results: readonly Pick<TargetResult, 'type' | 'indicator' | 'unit'>[]): number[] {
  return sameDecimalsPerKey(results.map((r) => targetUnitDecimals(plan, r)));
}

/**
 * A number as fixed-decimal text for a CSV cell: rounded to 12 significant digits first
 * (no binary noise), then written with exactly `decimals` decimals, no separators, no
 * "-0.0". Null for a value that is not finite.
 */
export function fixedText(value: number, decimals: number): string | null {
  const rounded = outputNumber(value);
  if (rounded === null) return null;
  const d = Math.max(0, Math.min(20, Math.trunc(decimals)));
  const text = Math.abs(rounded) >= 1e21 ? String(rounded) : rounded.toFixed(d);
  return /^-0(\.0+)?$/.test(text) ? text.slice(1) : text;
}
