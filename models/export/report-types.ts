/**
 * The review report (规划评估报告) as plain data: what the Word, Excel and PDF writers all
 * render, so the three formats cannot disagree. Built once from one evaluation (the plan
 * review of one scenario) by report-model.ts.
 */
import type { ReviewStatus } from '../review/review-types';

export type ReportLang = 'zh' | 'en';

/** 约束性 / 预期性, or not marked in the plan file. */
export type BindingGroup = 'binding' | 'expected' | 'unmarked';

/**
 * One cell: the text as printed, in parts that must not break inside (a number with its
 * unit, a bracket, a tag), and for numbers the value and an Excel number format
 * (percentages as fractions with a % format; a unit as a quoted suffix).
 */
export interface ReportCell {
  parts: string[];
  /** The number a spreadsheet stores (a percentage as a fraction), or undefined for text. */
  num?: number;
  /** Excel number format of `num`, e.g. '0.00%' or '#,##0.0"亿元"'. */
  fmt?: string;
}

export interface ReportTable {
  /** A short name (a sheet name in the workbook, ≤ 31 characters). */
  name: string;
  columns: { header: string; width: number; numeric?: boolean }[];
  rows: { id: string; status?: ReviewStatus; cells: ReportCell[] }[];
}

export interface ReportCount {
  group: BindingGroup;
  label: string;
  met: number;
  missed: number;
  pending: number;
  noData: number;
  total: number;
}

/** Values in the indicator's unit (real ones at base-year prices where `basis` is real). */
export interface ReportChart {
  title: string;
  unit: string;
  years: number[];
  reported: (number | null)[];
  planned: (number | null)[];
  legend: { reported: string; planned: string };
}

export interface ReportSection {
  heading: string;
  /** Paragraphs or list items. */
  paragraphs: string[];
}

/** 上期规划完成情况: a continued plan's outcomes of the plan it continues. */
export interface ReportOutcomes {
  /** "上期规划完成情况（《…》，2021—2025年）". */
  heading: string;
  /** "达成 1 · 未达成 1 · 待公布 9 · 无数据 15（共26项）". */
  counts: string;
  /** What the values are (figures up to the end of that period, the rest projected then). */
  note: string;
  table: ReportTable;
}

export interface ReviewReport {
  lang: ReportLang;
  /** The report's title, e.g. "…规划实施情况评估报告". */
  title: string;
  /** The plan document the report reviews. */
  plan: string;
  issuer: string;
  /** YYYY-MM-DD */
  date: string;
  scenario: { id: string; name: string };
  asOf: number;
  latestReported: number | null;
  /** The line printed in every page header: plan, scenario and as-of year. */
  pageHeader: string;
  /** Labels of the fixed parts, in the report's language. */
  labels: {
    summary: string;
    counts: string;
    headline: string;
    growth: string;
    chart: string;
    targets: string;
    /** The section on the previous plan's outcomes (numbered after the targets). */
    outcomes: string;
    methods: string;
    sources: string;
    issuer: string;
    date: string;
    scenario: string;
    asOf: string;
    page: string;
  };
  /** Counts of 达成 / 未达成 / 待公布 / 无数据 by group, and the total. */
  counts: ReportTable;
  countsByGroup: ReportCount[];
  headline: ReportTable;
  growth: ReportTable;
  chart: ReportChart | null;
  groups: { group: BindingGroup; heading: string; table: ReportTable }[];
  /** The previous plan's outcomes, for a continued plan; null otherwise. */
  outcomes: ReportOutcomes | null;
  methods: ReportSection;
  sources: ReportTable;
  /** A line under the last table: the document, the scenario, the date. */
  sourceLine: string;
  fileStem: string;
}
