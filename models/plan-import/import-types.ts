/**
 * Importing a plan's figures from a spreadsheet (XLSX/CSV): the table as cells, what
 * each column holds (the mapping the user confirms), and what the import proposes.
 */
import type { DataStatus, IndicatorKind, Plan, Target } from '../plan/plan-schema';

/** A cell as read from a sheet: text, a number, or nothing. */
export type ImportCell = string | number | null | undefined;

/**
 * What a column holds.
 * - name / nameEn: the indicator's name (zh; en where the sheet has one);
 * - unit: 单位;
 * - base: the figure of `year` (2020年 / 基期);
 * - target: the figure for `year` (2025年目标): a threshold, 6左右, ≥6, 翻一番, 〔18〕;
 * - growth: average annual growth over (fromYear, year] in percent (年均增长 6.5);
 * - cumulative: a sum over [fromYear, year] (“十四五”累计);
 * - targetYear / targetValue: one row per target (the year and its figure);
 * - comparison: the word of comparison (达到, 超过, 以内 …);
 * - kind: level / share / flow (总量, 比重, 累计);
 * - attribute: 预期性 / 约束性 (kept with the indicator's note);
 * - source, status, note: provenance of the base value, and remarks.
 */
export const COLUMN_ROLES = [
  'ignore',
  'name',
  'nameEn',
  'unit',
  'base',
  'target',
  'growth',
  'cumulative',
  'targetYear',
  'targetValue',
  'comparison',
  'kind',
  'attribute',
  'source',
  'status',
  'note',
] as const;
export type ColumnRole = (typeof COLUMN_ROLES)[number];

/** Roles that need a year (the end year of growth and cumulative columns). */
export const YEAR_ROLES: ReadonlySet<ColumnRole> = new Set(['base', 'target', 'growth', 'cumulative']);

export interface ColumnMap {
  role: ColumnRole;
  /** base: the year of the figure; target: the target year; growth/cumulative: the end year. */
  year?: number;
  /** growth/cumulative: the start year (growth over (fromYear, year]; cumulative over [fromYear, year]). */
  fromYear?: number;
}

export interface ImportMapping {
  /** Index of the header row in the table (0-based); data rows follow it. */
  headerRow: number;
  /** One entry per column (index = column). */
  columns: ColumnMap[];
}

export interface ImportOptions {
  /** The file's name, for sources ("imported from <file>, row N") and sections. */
  fileName: string;
  /** Status of base values without a status column (estimate when the header says 预计). */
  status: DataStatus;
  /** Units not in the registry become the plan's own units (else each such row is refused). */
  customUnits: boolean;
  lang: 'zh' | 'en';
}

export type ImportProblemCode =
  | 'no-name'
  | 'no-name-column'
  | 'no-figures'
  | 'unknown-unit'
  | 'unit-mismatch'
  | 'not-a-number'
  | 'year-range'
  | 'base-year-not-plan'
  | 'derived-base'
  | 'growth-of-base'
  | 'growth-range'
  | 'multiple-needs-level'
  | 'cumulative-needs-flow'
  | 'unknown-kind'
  | 'unknown-status'
  | 'unknown-comparison'
  | 'duplicate-row'
  | 'negative'
  | 'share-range'
  | 'invalid';

export interface ImportProblem {
  /** 'error': the cell (or row) is left out; 'warning': imported, but check it. */
  severity: 'error' | 'warning';
  code: ImportProblemCode;
  /** Row as the sheet numbers it (1 = the first row of the sheet). */
  row: number;
  /** Column (0-based) and its header text; undefined for the whole row. */
  column?: number;
  header?: string;
  /** The cell as written. */
  cell?: string;
  params?: Record<string, string | number>;
}

/** What one row of the sheet does to the plan. */
export interface ImportRowChange {
  row: number;
  /** The name as written. */
  name: string;
  indicator: string;
  /** A new indicator (else an existing one is updated). */
  isNew: boolean;
  kind: IndicatorKind;
  unit: string;
  /** The base value set, and the one it replaces. */
  base?: { year: number; value: number; previous: number | null };
  /** Figures of other years kept as actuals (a base column of another year). */
  actuals: { year: number; value: number }[];
  /** Targets added or replaced (same indicator, type and year). */
  targets: { target: Target; replaces: string | null }[];
}

export interface ImportProposal {
  /** The plan with the import applied (validated), or the same plan when nothing applies. */
  plan: Plan;
  changes: ImportRowChange[];
  problems: ImportProblem[];
  /** Units added to the plan's own list. */
  units: string[];
}
