/**
 * The unit registry: every unit with its dimension (what it measures) and its magnitude
 * (how many of the dimension's smallest unit it holds), so that a figure written in one
 * magnitude (3.5万亿元) can be judged against an indicator kept in another (亿元).
 * Conversion stays within a dimension; across dimensions it is refused.
 *
 * Built-in units are those of models/units.ts (the ids a plan file may use without
 * defining them); a plan may define more (`units` in the plan file), each with its
 * labels and, optionally, a dimension and magnitude.
 */
import { UNIT_IDS, UNITS, type UnitId } from './units';

export const DIMENSIONS = [
  'money',
  'people',
  'area',
  'weight',
  'count',
  'age',
  'duration',
  'share',
  'per-mille',
  'points',
  'concentration',
  'intensity',
  'index',
  'other',
] as const;
export type Dimension = (typeof DIMENSIONS)[number];

export interface UnitDef {
  id: string;
  zh: string;
  en: string;
  dimension: Dimension;
  /** How many of the dimension's smallest unit one of this unit holds (万元: 1e4, 公顷: 15 亩). */
  magnitude: number;
  /** Decimal places a value in this unit is usually shown with. */
  decimals: number;
}

const DIMENSION_OF: Record<UnitId, readonly [Dimension, number]> = {
  元: ['money', 1],
  万元: ['money', 1e4],
  亿元: ['money', 1e8],
  万亿元: ['money', 1e12],
  人: ['people', 1],
  万人: ['people', 1e4],
  亩: ['area', 1],
  万亩: ['area', 1e4],
  // 1 公顷 = 15 亩 (1 亩 = 666.67 m², as Chinese statistics reckon it).
  公顷: ['area', 15],
  斤: ['weight', 1],
  亿斤: ['weight', 1e8],
  万亿斤: ['weight', 1e12],
  // 1 吨 = 2000 斤 (1 斤 = 0.5 kg).
  吨: ['weight', 2000],
  万吨: ['weight', 2e7],
  家: ['count', 1],
  个: ['count', 1],
  所: ['count', 1],
  次: ['count', 1],
  岁: ['age', 1],
  年: ['duration', 1],
  '%': ['share', 1],
  '‰': ['per-mille', 1],
  个百分点: ['points', 1],
  '微克/立方米': ['concentration', 1],
  '吨标准煤/万元': ['intensity', 1],
  指数: ['index', 1],
};

/** Counting words (家, 个, 所, 次) count different things: each is its own dimension for conversion. */
const DISTINCT_COUNTS: ReadonlySet<string> = new Set(['家', '个', '所', '次']);

export const BUILT_IN_UNITS: ReadonlyMap<string, UnitDef> = new Map(
  UNIT_IDS.map((id) => {
    const [dimension, magnitude] = DIMENSION_OF[id];
    const info = UNITS[id];
    return [id, { id, zh: info.zh, en: info.en, dimension, magnitude, decimals: info.decimals }] as const;
  }),
);

/** A plan's own unit, as the file writes it (see `customUnit` in plan-schema.ts). */
export interface CustomUnitInput {
  id: string;
  name: { zh: string; en: string };
  dimension?: Dimension;
  magnitude?: number;
  decimals?: number;
}

export type UnitRegistry = ReadonlyMap<string, UnitDef>;

/** The built-in units plus a plan's own (a plan cannot redefine a built-in one). */
export function unitRegistry(custom: readonly CustomUnitInput[] = []): UnitRegistry {
  if (custom.length === 0) return BUILT_IN_UNITS;
  const all = new Map(BUILT_IN_UNITS);
  for (const u of custom) {
    if (all.has(u.id)) continue;
    all.set(u.id, {
      id: u.id,
      zh: u.name.zh,
      en: u.name.en,
      dimension: u.dimension ?? 'other',
      magnitude: u.magnitude ?? 1,
      decimals: u.decimals ?? 1,
    });
  }
  return all;
}

export function isKnownUnit(id: string, registry: UnitRegistry = BUILT_IN_UNITS): boolean {
  return registry.has(id);
}

/** Why a conversion was refused. */
export type ConversionRefusal = 'unknown-unit' | 'different-dimension';

export type Conversion = { ok: true; value: number } | { ok: false; reason: ConversionRefusal };

function conversionKey(u: UnitDef): string {
  // 'other' units convert only to themselves (and to units that name the same dimension id).
  if (u.dimension === 'other') return `other:${u.id}`;
  if (u.dimension === 'count' && DISTINCT_COUNTS.has(u.id)) return `count:${u.id}`;
  return u.dimension;
}

/** Whether a value in `from` can be expressed in `to`. */
export function convertible(from: string, to: string, registry: UnitRegistry = BUILT_IN_UNITS): boolean {
  const a = registry.get(from);
  const b = registry.get(to);
  return a !== undefined && b !== undefined && (from === to || conversionKey(a) === conversionKey(b));
}

/**
 * `value` in unit `from`, expressed in unit `to`, rounded to 12 significant digits (so
 * 3.5万亿元 is 35000亿元, not 34999.999999999996). Refused across dimensions.
 */
export function tryConvertUnit(value: number, from: string, to: string, registry: UnitRegistry = BUILT_IN_UNITS): Conversion {
  const a = registry.get(from);
  const b = registry.get(to);
  if (a === undefined || b === undefined) return { ok: false, reason: 'unknown-unit' };
  if (from === to) return { ok: true, value };
  if (conversionKey(a) !== conversionKey(b)) return { ok: false, reason: 'different-dimension' };
  return { ok: true, value: Number(((value * a.magnitude) / b.magnitude).toPrecision(12)) };
}

export class UnitConversionError extends Error {
  constructor(
    readonly from: string,
    readonly to: string,
    readonly reason: ConversionRefusal,
  ) {
    super(`cannot convert ${from} to ${to}: ${reason}`);
    this.name = 'UnitConversionError';
  }
}

/** As `tryConvertUnit`, throwing a UnitConversionError when refused (for values already validated). */
export function convertUnit(value: number, from: string, to: string, registry: UnitRegistry = BUILT_IN_UNITS): number {
  const r = tryConvertUnit(value, from, to, registry);
  if (!r.ok) throw new UnitConversionError(from, to, r.reason);
  return r.value;
}
