/**
 * The words of one row of a plan's indicator table: its unit (a column, or brackets
 * after the name: 地区生产总值（亿元）), matched to the unit registry; its kind (总量,
 * 比重, 累计 …); its attribute (预期性 / 约束性); a growth row (地区生产总值增长).
 */
import { planUnit } from '../extract/draft-plan';
import type { IndicatorKind } from '../plan/plan-schema';
import { normalizeNumberText } from '../numbers/table-text';
import type { UnitRegistry } from '../numbers/unit-registry';

/** Ways tables write units that the registry names otherwise. */
const UNIT_ALIASES: Readonly<Record<string, string>> = {
  百分比: '%',
  百分点: '个百分点',
  pp: '个百分点',
  '元/人': '元',
  '万元/人': '万元',
  'ug/m3': '微克/立方米',
  'μg/m3': '微克/立方米',
  'μg/m³': '微克/立方米',
  'ug/m³': '微克/立方米',
  '吨标煤/万元': '吨标准煤/万元',
  '吨标准煤/万元gdp': '吨标准煤/万元',
  户: '家',
};

/** A unit as written, in the registry: its id and the factor its values take (1亿人 → 万人, ×10000), or null. */
export function matchUnit(text: string, registry: UnitRegistry): { unit: string; factor: number } | null {
  const s = normalizeNumberText(text).replace(/^[（(]|[)）]$/g, '');
  if (s === '') return null;
  const id = UNIT_ALIASES[s.toLowerCase()] ?? s;
  if (registry.has(id)) return { unit: id, factor: 1 };
  const mapped = planUnit(id, 1);
  return mapped === null ? null : { unit: mapped.unit, factor: mapped.value };
}

/** "地区生产总值（亿元）" → name and the unit in brackets; a name without brackets stays. */
export function splitNameUnit(name: string): { name: string; unit: string } {
  const m = /^(.+?)\s*[（(]([^（）()]{1,24})[)）]$/.exec(name.trim());
  return m ? { name: (m[1] as string).trim(), unit: (m[2] as string).trim() } : { name: name.trim(), unit: '' };
}

/** "地区生产总值增长" / "GDP年均增速" → the indicator whose growth the row gives; null for other rows. */
export function growthRowOf(name: string): string | null {
  const m = /^(.+?)(?:年均)?(?:实际)?(?:增长率?|增速|增幅)$/.exec(name.trim()) ?? /^(.+?)\s+(?:annual\s+)?growth(?:\s+rate)?$/i.exec(name.trim());
  return m ? (m[1] as string).trim() : null;
}

/** The kind a cell names, or undefined. */
export function parseKind(text: string): IndicatorKind | undefined {
  const s = normalizeNumberText(text).toLowerCase();
  if (s === '') return undefined;
  if (/^(总量|水平|存量|规模|绝对数|level|stock)$/.test(s)) return 'level';
  if (/^(比重|占比|比例|比率|份额|share|rate|ratio|%)$/.test(s)) return 'share';
  if (/^(流量|增量|累计|新增|年度量|flow|cumulative)$/.test(s)) return 'flow';
  return undefined;
}

/** 预期性 / 约束性 as the targets' binding field, or undefined for other text. */
export function bindingOfAttribute(text: string): 'binding' | 'expected' | undefined {
  const note = attributeNote(text);
  if (note === undefined) return undefined;
  return note.zh.startsWith('约束性') ? 'binding' : 'expected';
}

/** 预期性 / 约束性 as the indicator's note, or undefined for other text. */
export function attributeNote(text: string): { zh: string; en: string } | undefined {
  const s = normalizeNumberText(text).toLowerCase();
  if (/^(预期性|预期|expected|anticipatory|indicative)$/.test(s)) return { zh: '预期性指标', en: 'expected (indicative) indicator' };
  if (/^(约束性|约束|binding|obligatory|mandatory)$/.test(s)) return { zh: '约束性指标', en: 'binding indicator' };
  return undefined;
}
