/**
 * Reported figures as users enter them, turned into `indicators[].actuals` entries:
 * a cell typed in the actuals grid, a block pasted from Excel (long form: one figure a
 * row with indicator, year, value, real growth, source, status; or wide form:
 * indicators in rows, years in columns; or bare numbers pasted at a cell of the grid),
 * a CSV file or the rows of an XLSX sheet.
 *
 * Each bad cell is refused with its row and the reason and everything else is kept:
 * a negative level, a share outside [0, 100], a year outside history start..horizon, an unknown
 * indicator, text in a number, a duplicate year in one import. A value more than 50%
 * away from the previous year's is kept with a warning (usually a unit mistake).
 * Derived indicators take official figures too (they then override the formula).
 */
import { percentToFraction } from '../numbers/percent-scale';
import type { ActualValue, DataStatus, Indicator, Plan } from './plan-schema';
import { MAX_MAGNITUDE } from './plan-limits';
import { firstActualsYear } from './actuals-years';
import { normalizeNumberText, parseNumberText, parseTableText } from '../numbers/table-text';

/** Statuses a user can give an entered figure (the older ones are kept as they are). */
export const ENTRY_STATUSES = ['reported', 'preliminary', 'revised', 'unverified', 'final', 'estimate', 'implied'] as const satisfies readonly DataStatus[];
export type EntryStatus = (typeof ENTRY_STATUSES)[number];

export const STATUS_LABELS: Record<DataStatus, { zh: string; en: string }> = {
  reported: { zh: '公布', en: 'reported' },
  preliminary: { zh: '初步核算', en: 'preliminary' },
  revised: { zh: '修订', en: 'revised' },
  unverified: { zh: '未核实', en: 'unverified' },
  final: { zh: '最终核实', en: 'final' },
  estimate: { zh: '预计', en: 'estimate' },
  implied: { zh: '推算', en: 'implied' },
  missing: { zh: '缺失', en: 'missing' },
  draft: { zh: '待核', en: 'draft' },
};

/** A year more than this far (relative) from the year before is kept with a warning. */
export const BIG_CHANGE = 0.5;

export interface ActualsDefaults {
  /** Source for figures given without one, e.g. "手工录入" or the imported file's name. */
  source: string;
  status: DataStatus;
}

export type ActualsIssueCode =
  | 'negative-level'
  | 'share-range'
  | 'year-range'
  | 'unknown-indicator'
  | 'not-a-number'
  | 'duplicate-year'
  | 'missing-value'
  | 'magnitude'
  | 'growth-not-money'
  | 'growth-range'
  | 'unknown-status'
  | 'outside-grid'
  | 'no-columns'
  | 'big-change';

export type ActualsColumn = 'indicator' | 'year' | 'value' | 'realGrowth' | 'source' | 'status' | 'note';

export interface ActualsIssue {
  /** 'error': the cell is refused; 'warning': kept, but check it. */
  severity: 'error' | 'warning';
  code: ActualsIssueCode;
  /** Row number as the user sees it (1 = the first line of the block or file). */
  row: number;
  column: ActualsColumn;
  indicator?: string;
  year?: number;
  /** The cell's text as given. */
  cell?: string;
  /** For duplicate-year: the row that came first. For year-range: the allowed years. */
  params?: Record<string, string | number>;
}

/** One figure to set (actual) or to remove (null). */
export interface ActualChange {
  indicator: string;
  year: number;
  actual: ActualValue | null;
  row: number;
}

export interface ActualsBatch {
  form: 'long' | 'wide' | 'grid' | 'cell';
  changes: ActualChange[];
  issues: ActualsIssue[];
}

// --- indicators and columns by name ---------------------------------------------------

/** A name as compared: no spaces, lower case, no unit in brackets at the end. */
function nameKey(s: string): string {
  return normalizeNumberText(s)
    .toLowerCase()
    .replace(/[（(][^（）()]*[)）]$/, '')
    .replace(/[:：]$/, '');
}

/** Find an indicator by id, Chinese or English name (a unit in brackets may follow). */
export function indicatorMatcher(plan: Plan): (text: string) => Indicator | undefined {
  const byKey = new Map<string, Indicator>();
  const add = (key: string, ind: Indicator) => {
    if (key !== '' && !byKey.has(key)) byKey.set(key, ind);
  };
  for (const ind of plan.indicators) {
    add(ind.id, ind);
    add(nameKey(ind.name.zh), ind);
    add(nameKey(ind.name.en), ind);
    add(normalizeNumberText(ind.name.en).toLowerCase(), ind);
  }
  return (text) => byKey.get(nameKey(text)) ?? byKey.get(normalizeNumberText(text).toLowerCase());
}

const HEADERS: Record<ActualsColumn, readonly string[]> = {
  indicator: ['指标', '指标名称', '指标名', '项目', '名称', '指标代码', 'indicator', 'name', 'id', 'item'],
  year: ['年份', '年度', '年', 'year'],
  value: ['数值', '值', '数据', '实际值', '实际数', '绝对值', '总量', '指标值', 'value', 'level', 'amount', 'figure'],
  realGrowth: ['实际增速', '增速', '增长', '增长率', '实际增长', '可比增长', '比上年增长', '比上年增长%', 'realgrowth', 'real_growth', 'growth', 'realgrowth%'],
  source: ['来源', '数据来源', '出处', 'source'],
  status: ['状态', '数据状态', '性质', 'status'],
  note: ['备注', '说明', '注', 'note', 'notes', 'remark'],
};

function headerColumn(cell: string): ActualsColumn | null {
  const key = nameKey(cell).replace(/[（(][^（）()]*[)）]/g, '').replace(/%$/, '');
  for (const [col, names] of Object.entries(HEADERS) as [ActualsColumn, readonly string[]][]) {
    if (names.includes(key)) return col;
  }
  return null;
}

const YEAR_CELL = /^(\d{4})(?:年|年度)?$/;

function yearOfHeader(cell: string): number | null {
  const m = YEAR_CELL.exec(normalizeNumberText(cell));
  return m ? Number(m[1]) : null;
}

/** The status a cell names (zh or en label, or the id), or undefined. */
export function parseStatus(text: string): DataStatus | undefined {
  const key = normalizeNumberText(text).toLowerCase();
  if (key === '') return undefined;
  for (const [id, label] of Object.entries(STATUS_LABELS) as [DataStatus, { zh: string; en: string }][]) {
    if (key === id || key === label.zh || key === label.en.toLowerCase()) return id;
  }
  const aliases: Record<string, DataStatus> = {
    公布数: 'reported',
    公报: 'reported',
    统计公报: 'reported',
    正式: 'reported',
    初步: 'preliminary',
    初步数: 'preliminary',
    快报: 'preliminary',
    修订数: 'revised',
    修正: 'revised',
    核实: 'final',
    最终: 'final',
    最终核实数: 'final',
    待核实: 'unverified',
    未核实数: 'unverified',
    预计数: 'estimate',
    估计: 'estimate',
  };
  return aliases[key];
}

// --- checking one figure -----------------------------------------------------------------

export interface CellInput {
  indicator: Indicator;
  year: number;
  value: string;
  realGrowth?: string;
  source?: string;
  status?: string;
  note?: string;
  row: number;
}

/** Money at current prices: the indicators a reported real growth belongs to. */
export function takesRealGrowth(ind: Indicator): boolean {
  return ind.basis === 'nominal' && (ind.kind === 'level' || ind.kind === 'derived');
}

/**
 * Check one figure. Returns the entry (or null when the value cell is refused) and the
 * issues of its cells. A refused growth or status cell leaves the value standing.
 */
export function checkFigure(plan: Plan, input: CellInput, defaults: ActualsDefaults): { actual: ActualValue | null; issues: ActualsIssue[] } {
  const { indicator: ind, year, row } = input;
  const issues: ActualsIssue[] = [];
  const at = { row, indicator: ind.id, year };
  // History years (before the base year, from where the charts start it) take figures too.
  const from = firstActualsYear(plan);
  if (year < from || year > plan.horizon) {
    issues.push({ severity: 'error', code: 'year-range', column: 'year', cell: String(year), params: { from, to: plan.horizon }, ...at });
    return { actual: null, issues };
  }
  const parsed = parseNumberText(input.value, [ind.unit]);
  if (parsed.kind === 'empty') {
    issues.push({ severity: 'error', code: 'missing-value', column: 'value', ...at });
    return { actual: null, issues };
  }
  if (parsed.kind === 'text') {
    issues.push({ severity: 'error', code: 'not-a-number', column: 'value', cell: parsed.text, ...at });
    return { actual: null, issues };
  }
  // A share written "66.2%" is 66.2 (shares are kept in percent).
  const value = parsed.value;
  const bad = (code: ActualsIssueCode) => issues.push({ severity: 'error', code, column: 'value', cell: input.value.trim(), ...at });
  if (Math.abs(value) > MAX_MAGNITUDE) bad('magnitude');
  else if (ind.kind === 'share' && (value < 0 || value > 100)) bad('share-range');
  else if (ind.kind !== 'share' && value < 0) bad('negative-level');
  if (issues.length > 0) return { actual: null, issues };

  let status = defaults.status;
  const statusText = input.status?.trim() ?? '';
  if (statusText !== '') {
    const s = parseStatus(statusText);
    if (s === undefined) issues.push({ severity: 'warning', code: 'unknown-status', column: 'status', cell: statusText, params: { used: defaults.status }, ...at });
    else status = s;
  }
  const source = (input.source ?? '').trim().slice(0, 1000) || defaults.source;
  const actual: ActualValue = { year, value, source, status };

  const growthText = input.realGrowth ?? '';
  const growth = parseNumberText(growthText);
  if (growth.kind === 'text') {
    issues.push({ severity: 'error', code: 'not-a-number', column: 'realGrowth', cell: growth.text, ...at });
  } else if (growth.kind === 'number') {
    // Growth is written in percent in Chinese tables: "6.5" and "6.5%" are both 6.5%.
    const g = percentToFraction(growth.value);
    if (!takesRealGrowth(ind)) issues.push({ severity: 'error', code: 'growth-not-money', column: 'realGrowth', cell: growthText.trim(), ...at });
    else if (g <= -1 || g > 1) issues.push({ severity: 'error', code: 'growth-range', column: 'realGrowth', cell: growthText.trim(), ...at });
    else actual.realGrowth = g;
  }
  const note = input.note?.trim();
  if (note) actual.note = note.slice(0, 2000);
  return { actual, issues };
}

// --- whole tables ----------------------------------------------------------------------

type Columns = Partial<Record<ActualsColumn, number>>;

function longColumns(header: readonly string[]): Columns | null {
  const cols: Columns = {};
  header.forEach((cell, i) => {
    const col = headerColumn(cell);
    if (col !== null && cols[col] === undefined) cols[col] = i;
  });
  return cols.indicator !== undefined && cols.year !== undefined && cols.value !== undefined ? cols : null;
}

/** Years across a header row (wide form): its first cell blank or "指标", or two years or more. */
function wideYears(header: readonly string[]): (number | null)[] | null {
  const years = header.map((cell, i) => (i === 0 ? null : yearOfHeader(cell)));
  const count = years.filter((y) => y !== null).length;
  const first = (header[0] ?? '').trim();
  const labelled = first === '' || headerColumn(first) === 'indicator';
  return count >= 2 || (count === 1 && labelled) ? years : null;
}

const isHeader = (row: readonly string[]) => longColumns(row) !== null || wideYears(row) !== null;

/** The first of the next few non-empty rows that is a header, or null. */
function headerRow(rows: readonly (readonly string[])[], from: number): number | null {
  for (let i = from, seen = 0; i < rows.length && seen < 5; i++) {
    const row = rows[i] as readonly string[];
    if (row.every((c) => c.trim() === '')) continue;
    if (isHeader(row)) return i;
    seen += 1;
  }
  return null;
}

/** A header-less long-form row: indicator, year, value, growth, source, status. */
const POSITIONAL: Columns = { indicator: 0, year: 1, value: 2, realGrowth: 3, source: 4, status: 5, note: 6 };

function parseYearCell(text: string): number | null {
  const m = YEAR_CELL.exec(normalizeNumberText(text));
  return m ? Number(m[1]) : null;
}

/** Drop later duplicates of one indicator-year, each refused with the row that came first. */
function dropDuplicates(batch: ActualsBatch): ActualsBatch {
  const first = new Map<string, number>();
  const changes: ActualChange[] = [];
  const issues = [...batch.issues];
  for (const c of batch.changes) {
    const key = `${c.indicator}|${c.year}`;
    const was = first.get(key);
    if (was === undefined) {
      first.set(key, c.row);
      changes.push(c);
    } else {
      issues.push({ severity: 'error', code: 'duplicate-year', row: c.row, column: 'year', indicator: c.indicator, year: c.year, params: { first: was } });
    }
  }
  return { ...batch, changes, issues };
}

/**
 * Warn where a value is more than 50% from the year before: that year's figure from
 * this batch, else from the plan's actuals, else the base value.
 */
export function withChangeWarnings(plan: Plan, batch: ActualsBatch): ActualsBatch {
  const incoming = new Map(batch.changes.map((c) => [`${c.indicator}|${c.year}`, c.actual]));
  const inds = new Map(plan.indicators.map((i) => [i.id, i]));
  const previous = (ind: Indicator, year: number): number | null => {
    const key = `${ind.id}|${year}`;
    if (incoming.has(key)) return incoming.get(key)?.value ?? null;
    const a = ind.actuals?.find((x) => x.year === year);
    if (a) return a.value;
    return ind.base?.year === year ? (ind.base.value ?? null) : null;
  };
  const issues = [...batch.issues];
  for (const c of batch.changes) {
    const ind = inds.get(c.indicator);
    if (!ind || c.actual === null || ind.kind === 'flow') continue;
    const prev = previous(ind, c.year - 1);
    if (prev === null || prev === 0) continue;
    const ratio = Math.abs(c.actual.value - prev) / Math.abs(prev);
    if (ratio > BIG_CHANGE) {
      issues.push({ severity: 'warning', code: 'big-change', row: c.row, column: 'value', indicator: c.indicator, year: c.year, cell: String(c.actual.value), params: { previous: prev, pct: Math.round(ratio * 100) } });
    }
  }
  return { ...batch, issues };
}

function finish(plan: Plan, batch: ActualsBatch): ActualsBatch {
  const out = withChangeWarnings(plan, dropDuplicates(batch));
  out.issues.sort((a, b) => a.row - b.row);
  return out;
}

const cellAt = (cells: readonly string[], i: number | undefined): string | undefined => (i === undefined ? undefined : (cells[i] ?? ''));

/**
 * Rows of a table (a pasted block, a CSV, an XLSX sheet) as actuals. With a header
 * row, the long form (indicator, year, value, …; headers in Chinese or English, any
 * order) or the wide form (indicators down, years across). Without one, rows of
 * indicator, year, value, real growth, source, status in that order.
 */
export function readActualsRows(plan: Plan, rows: readonly (readonly string[])[], defaults: ActualsDefaults, firstRow = 1): ActualsBatch {
  const match = indicatorMatcher(plan);
  const first = rows.findIndex((r) => r.some((c) => c.trim() !== ''));
  if (first < 0) return { form: 'long', changes: [], issues: [] };
  // A sheet may have a title above its header (PlanPath's own exports do).
  const headed = headerRow(rows, first);
  const start = headed ?? first;
  const header = rows[start] as readonly string[];
  const rowNo = (i: number) => firstRow + i;
  const batch: ActualsBatch = { form: 'long', changes: [], issues: [] };
  const unknown = (i: number, text: string) =>
    batch.issues.push({ severity: 'error', code: 'unknown-indicator', row: rowNo(i), column: 'indicator', cell: text.trim() });

  const years = longColumns(header) === null ? wideYears(header) : null;
  if (years !== null) {
    batch.form = 'wide';
    for (let i = start + 1; i < rows.length; i++) {
      const cells = rows[i] as readonly string[];
      if (cells.every((c) => c.trim() === '')) continue;
      const name = cells[0] ?? '';
      const ind = match(name);
      if (!ind) {
        unknown(i, name);
        continue;
      }
      years.forEach((year, j) => {
        const text = cells[j] ?? '';
        if (year === null || parseNumberText(text).kind === 'empty') return;
        const r = checkFigure(plan, { indicator: ind, year, value: text, row: rowNo(i) }, defaults);
        batch.issues.push(...r.issues);
        if (r.actual) batch.changes.push({ indicator: ind.id, year, actual: r.actual, row: rowNo(i) });
      });
    }
    return finish(plan, batch);
  }

  let cols = longColumns(header);
  let from = start + 1;
  if (cols === null) {
    // No header: positional columns, if the rows look like indicator, year, value.
    if (header.length < 3) {
      batch.issues.push({ severity: 'error', code: 'no-columns', row: rowNo(start), column: 'indicator' });
      return batch;
    }
    cols = POSITIONAL;
    from = start;
  }
  for (let i = from; i < rows.length; i++) {
    const cells = rows[i] as readonly string[];
    if (cells.every((c) => c.trim() === '')) continue;
    const name = cellAt(cells, cols.indicator) ?? '';
    const ind = match(name);
    if (!ind) {
      unknown(i, name);
      continue;
    }
    const yearText = cellAt(cells, cols.year) ?? '';
    const year = parseYearCell(yearText);
    if (year === null) {
      batch.issues.push({ severity: 'error', code: 'not-a-number', row: rowNo(i), column: 'year', indicator: ind.id, cell: yearText.trim() });
      continue;
    }
    const input: CellInput = { indicator: ind, year, value: cellAt(cells, cols.value) ?? '', row: rowNo(i) };
    const growth = cellAt(cells, cols.realGrowth);
    const source = cellAt(cells, cols.source);
    const status = cellAt(cells, cols.status);
    const note = cellAt(cells, cols.note);
    if (growth !== undefined) input.realGrowth = growth;
    if (source !== undefined) input.source = source;
    if (status !== undefined) input.status = status;
    if (note !== undefined) input.note = note;
    const r = checkFigure(plan, input, defaults);
    batch.issues.push(...r.issues);
    if (r.actual) batch.changes.push({ indicator: ind.id, year, actual: r.actual, row: rowNo(i) });
  }
  return finish(plan, batch);
}

/** A pasted block or a CSV file's text as actuals. */
export function readActualsText(plan: Plan, text: string, defaults: ActualsDefaults): ActualsBatch {
  return readActualsRows(plan, parseTableText(text), defaults);
}

/** The actuals grid: indicators down (ids), years across, and the cell a paste starts at. */
export interface GridPosition {
  indicators: readonly string[];
  years: readonly number[];
  row: number;
  col: number;
}

/** True when a block has a header the table reader knows (long or wide form). */
export function hasTableHeader(rows: readonly (readonly string[])[]): boolean {
  return headerRow(rows, 0) !== null;
}

/**
 * A block pasted into the grid. A block with a header row (copied with its headings)
 * is read as a table wherever it is pasted; a block of bare numbers fills the grid from
 * the focused cell right and down. Blank cells of the block leave the grid's cells as
 * they are; a cell beyond the grid is refused.
 */
export function readGridPaste(plan: Plan, text: string, at: GridPosition, defaults: ActualsDefaults): ActualsBatch {
  const rows = parseTableText(text);
  if (hasTableHeader(rows)) return readActualsRows(plan, rows, defaults);
  const inds = new Map(plan.indicators.map((i) => [i.id, i]));
  const batch: ActualsBatch = { form: 'grid', changes: [], issues: [] };
  rows.forEach((cells, r) => {
    cells.forEach((text, c) => {
      if (parseNumberText(text).kind === 'empty') return;
      const id = at.indicators[at.row + r];
      const year = at.years[at.col + c];
      const ind = id === undefined ? undefined : inds.get(id);
      if (ind === undefined || year === undefined) {
        batch.issues.push({ severity: 'error', code: 'outside-grid', row: r + 1, column: 'value', cell: text.trim() });
        return;
      }
      const existing = ind.actuals?.find((a) => a.year === year);
      const res = checkFigure(plan, { indicator: ind, year, value: text, row: r + 1 }, defaults);
      batch.issues.push(...res.issues);
      if (!res.actual) return;
      // The same figure pasted again changes nothing (its source and growth stay).
      if (existing && existing.value === res.actual.value) return;
      batch.changes.push({ indicator: ind.id, year, actual: res.actual, row: r + 1 });
    });
  });
  return finish(plan, batch);
}

/** One figure typed in the grid (value empty: remove the year's figure). */
export function readTypedFigure(
  plan: Plan,
  input: Omit<CellInput, 'indicator' | 'row'> & { indicator: string },
  defaults: ActualsDefaults,
): ActualsBatch {
  const ind = plan.indicators.find((i) => i.id === input.indicator);
  const batch: ActualsBatch = { form: 'cell', changes: [], issues: [] };
  if (!ind) {
    batch.issues.push({ severity: 'error', code: 'unknown-indicator', row: 1, column: 'indicator', cell: input.indicator });
    return batch;
  }
  if (parseNumberText(input.value).kind === 'empty') {
    if (ind.actuals?.some((a) => a.year === input.year)) batch.changes.push({ indicator: ind.id, year: input.year, actual: null, row: 1 });
    return batch;
  }
  const res = checkFigure(plan, { ...input, indicator: ind, row: 1 }, defaults);
  batch.issues.push(...res.issues);
  if (res.actual) batch.changes.push({ indicator: ind.id, year: input.year, actual: res.actual, row: 1 });
  return finish(plan, batch);
}

// --- applying ------------------------------------------------------------------------

/** Same figure, growth, source, status and note (a series-break mark is kept either way). */
function sameActual(a: ActualValue | undefined, b: ActualValue | null): boolean {
  if (a === undefined || b === null) return a === undefined && b === null;
  return a.year === b.year && a.value === b.value && a.realGrowth === b.realGrowth && a.source === b.source && a.status === b.status && a.note === b.note;
}

/**
 * The plan with the changes applied: each year's figure replaced (a series-break mark
 * on the year stays), added in year order, or removed. Untouched indicators keep their
 * identity. Returns the same plan when nothing changes.
 */
export function applyActualChanges(plan: Plan, changes: readonly ActualChange[]): Plan {
  const byIndicator = new Map<string, ActualChange[]>();
  for (const c of changes) {
    const list = byIndicator.get(c.indicator) ?? [];
    list.push(c);
    byIndicator.set(c.indicator, list);
  }
  let changed = false;
  const indicators = plan.indicators.map((ind) => {
    const list = byIndicator.get(ind.id);
    if (!list) return ind;
    const byYear = new Map((ind.actuals ?? []).map((a) => [a.year, a]));
    let touched = false;
    for (const c of list) {
      const was = byYear.get(c.year);
      if (sameActual(was, c.actual)) continue;
      touched = true;
      if (c.actual === null) byYear.delete(c.year);
      else byYear.set(c.year, was?.seriesBreak === undefined ? c.actual : { ...c.actual, seriesBreak: was.seriesBreak });
    }
    if (!touched) return ind;
    changed = true;
    const actuals = [...byYear.values()].sort((a, b) => a.year - b.year);
    const { actuals: _old, ...rest } = ind;
    return actuals.length > 0 ? { ...rest, actuals } : rest;
  });
  return changed ? { ...plan, indicators } : plan;
}
