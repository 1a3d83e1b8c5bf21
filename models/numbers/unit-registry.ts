/**
 * The unit registry: every unit with its dimension (what it measures) and its magnitude
 * (how many of the dimension's smallest unit it holds), so that a figure written in one
 * magnitude (3.5万亿元) can be judged against an indicator kept in another (亿元).
 * Conversion stays within a dimension; across dimensions it is refused.
 *
 * Built-in units are those of models/numbers/units.ts (the ids a plan file may use without
 * defining them); a plan may define more (`units` in the plan file), each with its
 * labels and, optionally, a dimension and magnitude.
 */
import { readUnit } from '../extract/unit-lexicon';
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

/** Lexicon dimensions that are registry dimensions of their own name. */
const LEXICON_DIMENSIONS: Readonly<Record<string, Dimension>> = {
  money: 'money',
  people: 'people',
  area: 'area',
  weight: 'weight',
  count: 'count',
  age: 'age',
  duration: 'duration',
  share: 'share',
  'per-mille': 'per-mille',
  points: 'points',
  concentration: 'concentration',
  intensity: 'intensity',
  index: 'index',
};

/** Dimension and magnitude of each built-in unit, from the shared unit lexicon (models/extract/unit-lexicon.json). */
const DIMENSION_OF = Object.fromEntries(
  UNIT_IDS.map((id) => {
    const read = readUnit(id);
    const dimension = read === null ? undefined : LEXICON_DIMENSIONS[read.dimension];
    if (read === null || dimension === undefined) throw new Error(`unit ${id} has no dimension in the unit lexicon`);
    return [id, [dimension, read.magnitude] as const];
  }),
) as Record<UnitId, readonly [Dimension, number]>;

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
