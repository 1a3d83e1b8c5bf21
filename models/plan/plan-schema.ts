/**
 * The plan file format, defined once. Everything that reads a plan (CLI, renderer,
 * Electron main, JSON Schema export) goes through these schemas.
 *
 * Conventions in the file:
 * - growth rates, deflators and required growth are fractions (0.065 = 6.5%);
 * - shares are in percent (73 = 73%), and their assumptions in percentage points a year;
 * - flows are annual amounts in the indicator's unit;
 * - money levels are at current prices (nominal) unless the indicator says otherwise.
 */
import { z } from 'zod';
import { DIMENSIONS } from '../numbers/unit-registry';
import { UNIT_IDS } from '../numbers/units';
import { predecessor } from './predecessor';
import { MAX_FILE_BYTES, MAX_FORMULA_LENGTH, MAX_MAGNITUDE, MAX_YEAR, MIN_YEAR, SCHEMA_VERSION } from './plan-limits';

// The constants live apart (plan-limits.ts), so code that needs only them does not load zod.
export { IN_STEP_DEFAULT_TOLERANCE, MAX_FILE_BYTES, MAX_FORMULA_LENGTH, MAX_MAGNITUDE, MAX_YEAR, MIN_YEAR, SCHEMA_VERSION } from './plan-limits';

const idPattern = /^[a-z][a-z0-9_]{0,63}$/;
const targetIdPattern = /^[a-z0-9][a-z0-9_-]{0,79}$/;
/** Message keys for the id patterns, used by the error map (a regex check carries no params). */
export const PATTERN_KEYS: ReadonlyMap<string, string> = new Map([
  [idPattern.toString(), 'id-format'],
  [targetIdPattern.toString(), 'target-id-format'],
]);

/**
 * Names no id may take, whatever its pattern: the names every plain JavaScript object
 * answers to through its prototype (constructor, __proto__, toString, valueOf,
 * hasOwnProperty …) and `prototype`. Lookups by id use Maps or own-property checks,
 * and these names are refused as well, so a plan file can never reach them.
 */
export const RESERVED_NAMES: ReadonlySet<string> = new Set([...Object.getOwnPropertyNames(Object.prototype), 'prototype']);
const notReserved = (id: string) => !RESERVED_NAMES.has(id);
const reservedParams = { params: { key: 'reserved-name' } };

export const indicatorId = z
  .string()
  .regex(idPattern)
  .refine(notReserved, reservedParams);
export const targetId = z
  .string()
  .regex(targetIdPattern)
  .refine(notReserved, reservedParams);

/** z.number() already refuses NaN and ±Infinity; absurd magnitudes are refused here. */
export const finiteNumber = z
  .number()
  .refine((v) => Math.abs(v) <= MAX_MAGNITUDE, { params: { key: 'magnitude', limit: MAX_MAGNITUDE } });

export const year = z.number().int().min(MIN_YEAR).max(MAX_YEAR);

export const bilingual = z.object({
  zh: z.string().min(1).max(2000),
  en: z.string().min(1).max(2000),
});
export type Bilingual = z.infer<typeof bilingual>;

export const dataStatus = z.enum([
  'estimate', // 预计
  'preliminary', // 初步核算
  'final', // 最终核实
  'implied', // derived from other published figures
  'unverified', // widely quoted, not read at a source
  'missing', // no figure found: "needs a base value"
  'reported', // 公布: stated as a result in a bulletin or work report
  'revised', // 修订: a later revision of an earlier figure
  'draft', // 待核: read from a text by the extractor, not yet confirmed by a person
]);
export type DataStatus = z.infer<typeof dataStatus>;

export const unit = z.enum(UNIT_IDS);
export type Unit = z.infer<typeof unit>;

/**
 * A unit as an indicator or a target names it: a built-in one, or one the plan defines
 * in `units` (checked when the plan is validated, not by the schema).
 */
export const unitRef = z.union([unit, z.string().min(1).max(24)]);

/** A unit the plan defines, with its labels; with a dimension and magnitude it converts like a built-in one. */
export const customUnit = z.object({
  id: z.string().min(1).max(24).regex(/^\S+$/),
  name: bilingual,
  dimension: z.enum(DIMENSIONS).optional(),
  /** How many of the dimension's smallest built-in unit it holds (万公顷 in area: 150000 亩). */
  magnitude: finiteNumber.positive().optional(),
  decimals: z.number().int().min(0).max(6).optional(),
});
export type CustomUnit = z.infer<typeof customUnit>;

export const indicatorKind = z.enum(['level', 'share', 'flow', 'derived']);
export type IndicatorKind = z.infer<typeof indicatorKind>;

/** nominal: at current prices; real: at constant prices; none: not money (people, firms, %). */
export const priceBasis = z.enum(['nominal', 'real', 'none']);
export type PriceBasis = z.infer<typeof priceBasis>;

export const provenance = z.object({
  source: z.string().min(1).max(1000),
  status: dataStatus,
  note: z.string().max(2000).optional(),
});

export const baseValue = provenance.extend({
  year,
  /** null when no figure is known: the indicator then "needs a base value". */
  value: finiteNumber.nullable(),
});
export type BaseValue = z.infer<typeof baseValue>;

export const actualValue = provenance.extend({
  year,
  /** At current prices for money (the figure as published). */
  value: finiteNumber,
  /** Reported real growth of that year over the previous one, as a fraction. */
  realGrowth: finiteNumber.min(-1).optional(),
  /** The series was revised or redefined from this year (e.g. after a census). */
  seriesBreak: z.boolean().optional(),
});
export type ActualValue = z.infer<typeof actualValue>;

/**
 * Which price index turns an indicator's nominal values into real ones: the GDP
 * deflator for output, consumer prices (CPI) for incomes and retail sales.
 */
export const priceIndexKind = z.enum(['gdp-deflator', 'cpi']);
export type PriceIndexKind = z.infer<typeof priceIndexKind>;

/**
 * A break in a series (a census revision): from `year` on, figures are on a new basis.
 * In `overlapYear` the series has a value on both bases, which rebases the old one:
 * shares by the difference in points, levels by the ratio.
 */
export const seriesBreak = z.object({
  year,
  overlapYear: year,
  oldValue: finiteNumber,
  newValue: finiteNumber,
  reason: bilingual,
  source: z.string().min(1).max(1000).optional(),
});
export type SeriesBreak = z.infer<typeof seriesBreak>;

/** A reported price change of one year (fraction: 0.02 = prices rose 2%). */
export const priceActual = provenance.extend({
  index: priceIndexKind,
  year,
  value: finiteNumber.min(-0.5).max(5),
});
export type PriceActual = z.infer<typeof priceActual>;

export const indicator = z.object({
  id: indicatorId,
  name: bilingual,
  unit: unitRef,
  kind: indicatorKind,
  basis: priceBasis,
  /** Derived indicators have no base of their own; every other kind must have one. */
  base: baseValue.optional(),
  actuals: z.array(actualValue).max(200).optional(),
  /** Nominal money only: the price index that deflates it (default: the GDP deflator). */
  priceIndex: priceIndexKind.optional(),
  /** Breaks in the reported series (at most a few). */
  seriesBreaks: z.array(seriesBreak).max(10).optional(),
  /** mathjs expression over other indicators' ids; only for kind "derived". */
  formula: z.string().min(1).max(MAX_FORMULA_LENGTH).optional(),
  /** Said of a derived indicator that approximates an official series. */
  approximation: bilingual.optional(),
  note: bilingual.optional(),
});
export type Indicator = z.infer<typeof indicator>;

export const period = z.object({
  id: z.string().regex(/^[a-z0-9][a-z0-9_-]{0,31}$/).refine(notReserved, reservedParams),
  name: bilingual,
  start: year,
  end: year,
});
export type Period = z.infer<typeof period>;

export const comparison = z.enum(['>=', '>', '<=', '<']);
export type Comparison = z.infer<typeof comparison>;

/** A place in a source text kept with the plan: the text's id and a character offset. */
export const textRef = z.object({
  text: z.string().regex(/^[a-z0-9][a-z0-9_-]{0,31}$/),
  offset: z.number().int().min(0).max(MAX_FILE_BYTES),
});
export type TextRef = z.infer<typeof textRef>;

/** 约束性 (binding: the plan commits to it) or 预期性 (expected: an indicative goal). */
export const targetBinding = z.enum(['binding', 'expected']);
export type TargetBinding = z.infer<typeof targetBinding>;

const targetCommon = z.object({
  id: targetId,
  indicator: indicatorId,
  /** The plan's own sentence, verbatim. */
  sentence: z.string().min(1).max(2000),
  /** Where the sentence stands in the plan, e.g. "二、(二)4 奋斗目标". */
  section: z.string().min(1).max(300),
  label: bilingual.optional(),
  /** 力争 / 确保 / 左右 … as written, for display. */
  qualifier: z.string().max(40).optional(),
  /**
   * The series basis the threshold was set on, where the indicator has a series break:
   * "old" (the default: the plan was written before the break) is rebased onto the new
   * basis when judged against figures after the break.
   */
  seriesBasis: z.enum(['old', 'new']).optional(),
  /** Where the sentence stands in a source text kept with the plan (`texts`). */
  textRef: textRef.optional(),
  /** 约束性 (binding) or 预期性 (expected), as the plan's indicator table marks it; absent: not marked. */
  binding: targetBinding.optional(),
  /**
   * A headline target: one of the few answered first (the line above the charts, page 1 of
   * the report). Absent on every target: the defaults of models/targets/headline.ts apply.
   */
  headline: z.boolean().optional(),
});

/** value[year] (comparison) threshold. */
export const thresholdTarget = targetCommon.extend({
  type: z.literal('threshold'),
  year,
  comparison,
  value: finiteNumber,
  /** The unit `value` is written in, where it differs from the indicator's (3.5 万亿元 against 亿元): converted when judged. */
  unit: unitRef.optional(),
  basis: z.enum(['nominal', 'real']).optional(),
  /**
   * The half-width of a 左右 band, in the indicator's unit (a share: percentage points):
   * met inside or beyond the band on the right side. Without it, a target whose
   * qualifier says 左右 takes a default (models/targets/about-band.ts).
   */
  tolerance: finiteNumber.min(0).optional(),
});

/** value[year] (comparison) factor × value[ofYear], e.g. 翻一番: factor 2. Real terms by default. */
export const multipleTarget = targetCommon.extend({
  type: z.literal('multiple'),
  year,
  ofYear: year,
  factor: finiteNumber.positive(),
  comparison,
  basis: z.enum(['nominal', 'real']).default('real'),
  /**
   * The half-width of a 左右 band in units of the factor ("下降10%左右": factor 0.9,
   * tolerance 0.005 → 0.895–0.905 × the reference). Without it a target written 左右
   * takes ±0.005 (models/targets/about-band.ts).
   */
  tolerance: finiteNumber.min(0).max(0.5).optional(),
});

/** Sum of a flow over [from, to] (comparison) value. */
export const cumulativeTarget = targetCommon.extend({
  type: z.literal('cumulative'),
  from: year,
  to: year,
  comparison,
  value: finiteNumber,
  /** As for threshold targets: the unit `value` is written in, converted when judged. */
  unit: unitRef.optional(),
});

/** Average annual growth over (from, to] (comparison) value ± tolerance ("左右"). */
export const averageGrowthTarget = targetCommon.extend({
  type: z.literal('average-growth'),
  from: year,
  to: year,
  comparison,
  value: finiteNumber.min(-1),
  /** Slack for "左右" (about): met when within this many (fraction) of the value. */
  tolerance: finiteNumber.min(0).max(0.1).optional(),
  basis: z.enum(['nominal', 'real']).default('real'),
});

/**
 * 基本同步 (in step): the average annual growth of `indicator` over (from, to] is not
 * slower than that of `reference` by more than `tolerance` (a fraction of growth a year:
 * 0.005 = 0.5 percentage point; default IN_STEP_DEFAULT_TOLERANCE). Real terms by default.
 * "基本" (basically) allows a small shortfall; growing faster than the reference is in
 * step too (the plans ask that incomes not fall behind output, not that they not outgrow it).
 */
export const inStepTarget = targetCommon.extend({
  type: z.literal('in-step'),
  reference: indicatorId,
  /** Always ≥ (not slower than the reference by more than the tolerance); may be omitted in a file. */
  comparison: z.literal('>=').default('>='),
  from: year,
  to: year,
  tolerance: finiteNumber.min(0).max(0.1).optional(),
  basis: z.enum(['nominal', 'real']).default('real'),
});

export const target = z.discriminatedUnion('type', [
  thresholdTarget,
  multipleTarget,
  cumulativeTarget,
  averageGrowthTarget,
  inStepTarget,
]);
export type Target = z.infer<typeof target>;
export type ThresholdTarget = z.infer<typeof thresholdTarget>;
export type MultipleTarget = z.infer<typeof multipleTarget>;
export type CumulativeTarget = z.infer<typeof cumulativeTarget>;
export type AverageGrowthTarget = z.infer<typeof averageGrowthTarget>;
export type InStepTarget = z.infer<typeof inStepTarget>;

/**
 * One stretch of an assumption path. Either a period id or a year range (to defaults to
 * from). Either a value or a link to another level indicator's real growth (value =
 * elasticity × that growth), e.g. incomes "in step with GDP".
 */
export const segment = z
  .object({
    period: z.string().optional(),
    from: year.optional(),
    to: year.optional(),
    value: finiteNumber.optional(),
    link: z
      .object({
        indicator: indicatorId,
        elasticity: finiteNumber.default(1),
      })
      .optional(),
  })
  .refine((s) => (s.period === undefined) !== (s.from === undefined), { params: { key: 'segment-when' } })
  .refine((s) => (s.value === undefined) !== (s.link === undefined), { params: { key: 'segment-what' } });
export type Segment = z.infer<typeof segment>;

export const scenario = z.object({
  id: z.string().regex(/^[a-z0-9][a-z0-9_-]{0,63}$/).refine(notReserved, reservedParams),
  name: bilingual,
  description: bilingual,
  /** Shipped with the plan: read-only in the UI until duplicated. */
  builtIn: z.boolean().optional(),
  /**
   * Read and ignored (files before every scenario followed the reported figures): each
   * scenario now takes the reported figures in the years they cover (projection.ts).
   */
  anchor: z.enum(['base', 'actuals']).optional(),
  /** GDP deflator path (fraction a year) for output; empty = constant prices. */
  deflator: z.array(segment).max(200).default([]),
  /** Consumer prices (fraction a year) for incomes and retail sales; absent = the same as `deflator`. */
  cpi: z.array(segment).max(200).optional(),
  /**
   * A trend scenario: every indicator it sets no assumption for continues the real
   * growth (points a year for shares, the mean amount for flows) achieved over its last
   * `years` reported years (never across a series break).
   */
  trend: z
    .object({
      years: z.number().int().min(1).max(30),
      /** Indicators with too few reported figures for a trend take this scenario's assumptions. */
      fallback: z.string().max(64).optional(),
    })
    .optional(),
  /** Per indicator: real growth (levels), points a year (shares), annual amount (flows). */
  assumptions: z.record(indicatorId, z.array(segment).max(200)),
});
export type Scenario = z.infer<typeof scenario>;
export type ScenarioInput = z.input<typeof scenario>;

/**
 * A quantitative statement of the plan that is neither a target nor a base value (a
 * past achievement, a cumulative figure of the last period), kept with its sentence so
 * that the file carries every number of the text.
 */
/**
 * A plan text the targets were read from (extract targets from text): its SHA-256
 * digest and length identify it; the text itself is kept (up to 1,000,000 characters)
 * so that each target links back to its place in it.
 */
export const sourceText = z.object({
  id: z.string().regex(/^[a-z0-9][a-z0-9_-]{0,31}$/),
  name: z.string().min(1).max(300),
  /** SHA-256 of the text (UTF-8), hex. */
  digest: z.string().regex(/^[0-9a-f]{64}$/),
  chars: z.number().int().min(0),
  /** Where it came from: a file name, a web address, "pasted". */
  source: z.string().max(1000).optional(),
  text: z.string().max(1_000_000).optional(),
});
export type SourceText = z.infer<typeof sourceText>;

export const fact = z.object({
  id: targetId,
  sentence: z.string().min(1).max(2000),
  section: z.string().min(1).max(300),
  value: finiteNumber,
  unit,
  year: year.optional(),
  from: year.optional(),
  to: year.optional(),
  indicator: indicatorId.optional(),
  label: bilingual.optional(),
  textRef: textRef.optional(),
});
export type Fact = z.infer<typeof fact>;

/** One chart of the plan: its id (for data-testid="chart-<id>"), the indicators drawn together, a title when they are several. */
export const chartSpec = z.object({
  id: indicatorId,
  indicators: z.array(indicatorId).min(1).max(6),
  title: bilingual.optional(),
});
export type ChartSpec = z.infer<typeof chartSpec>;

/** The title block of the review report: the issuing unit (编制单位) and the date as printed. */
export const reportMeta = z.object({
  issuer: z.string().max(300).optional(),
  date: z.string().max(40).optional(),
});
export type ReportMeta = z.infer<typeof reportMeta>;

export const planFile = z.object({
  /** The JSON Schema an editor validates the file against (scenarios/plan.schema.json); kept through load and save. */
  $schema: z.string().max(2048).optional(),
  schemaVersion: z.literal(SCHEMA_VERSION),
  id: z.string().regex(/^[a-z0-9][a-z0-9_-]{0,63}$/).refine(notReserved, reservedParams),
  title: bilingual,
  /** Who issued it and the full title of the source document. */
  source: z.object({
    document: z.string().min(1).max(500),
    issuer: z.string().min(1).max(300),
    adopted: z.string().max(40).optional(),
    file: z.string().max(300).optional(),
    /**
     * What the plan file holds of the document and what it leaves out (e.g. "the main
     * indicator table is an image: only targets stated in the prose are entered").
     * Either language may be empty.
     */
    note: z.object({ zh: z.string().max(4000), en: z.string().max(4000) }).optional(),
  }),
  region: bilingual,
  baseYear: year,
  horizon: year,
  periods: z.array(period).min(1).max(20),
  indicators: z.array(indicator).min(1).max(200),
  targets: z.array(target).max(500),
  facts: z.array(fact).max(500).default([]),
  /** Units the plan defines beyond the built-in ones (see models/numbers/unit-registry.ts). */
  units: z.array(customUnit).max(100).optional(),
  /** Source texts the targets were read from, with their digests. */
  texts: z.array(sourceText).max(10).optional(),
  /** Reported price changes (CPI, GDP deflator) by year. */
  prices: z.array(priceActual).max(400).default([]),
  scenarios: z.array(scenario).min(1).max(100),
  /** The charts shown by default (app, report, CLI montecarlo); without it, models/charts/chart-plan.ts chooses. */
  charts: z.array(chartSpec).max(50).optional(),
  /** The plan this one continues (续编), with the outcomes of its finished period (models/plan/next-plan.ts). */
  predecessor: predecessor.optional(),
  /** The review report's title block, as last entered in the export dialog. */
  report: reportMeta.optional(),
});
export type Plan = z.infer<typeof planFile>;
export type PlanInput = z.input<typeof planFile>;
