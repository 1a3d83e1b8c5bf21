/**
 * Units as Chinese statistics write them. The id in a plan file is the Chinese unit
 * itself, so a hand-edited file reads naturally; anything else is rejected.
 */
export const UNIT_IDS = [
  '万亿元',
  '亿元',
  '万元',
  '元',
  '万人',
  '人',
  '%',
  '‰',
  '个百分点',
  '家',
  '个',
  '所',
  '次',
  '岁',
  '年',
  '万亩',
  '亩',
  '公顷',
  '万亿斤',
  '亿斤',
  '斤',
  '万吨',
  '吨',
  '微克/立方米',
  '吨标准煤/万元',
  '指数',
] as const;
export type UnitId = (typeof UNIT_IDS)[number];

export interface UnitInfo {
  zh: string;
  en: string;
  /** Decimal places a value in this unit is usually shown with. */
  decimals: number;
}

export const UNITS: Record<UnitId, UnitInfo> = {
  万亿元: { zh: '万亿元', en: 'trillion yuan', decimals: 2 },
  亿元: { zh: '亿元', en: '100m yuan', decimals: 1 },
  万元: { zh: '万元', en: '10k yuan', decimals: 2 },
  元: { zh: '元', en: 'yuan', decimals: 0 },
  万人: { zh: '万人', en: '10k persons', decimals: 2 },
  人: { zh: '人', en: 'persons', decimals: 0 },
  '%': { zh: '%', en: '%', decimals: 1 },
  '‰': { zh: '‰', en: '‰', decimals: 1 },
  个百分点: { zh: '个百分点', en: 'pp', decimals: 1 },
  家: { zh: '家', en: 'firms', decimals: 0 },
  个: { zh: '个', en: 'units', decimals: 0 },
  所: { zh: '所', en: 'institutions', decimals: 0 },
  次: { zh: '次', en: 'times', decimals: 0 },
  岁: { zh: '岁', en: 'years of age', decimals: 1 },
  年: { zh: '年', en: 'years', decimals: 1 },
  万亩: { zh: '万亩', en: '10k mu', decimals: 1 },
  亩: { zh: '亩', en: 'mu', decimals: 0 },
  公顷: { zh: '公顷', en: 'hectares', decimals: 0 },
  万亿斤: { zh: '万亿斤', en: 'trillion jin', decimals: 2 },
  亿斤: { zh: '亿斤', en: '100m jin', decimals: 1 },
  斤: { zh: '斤', en: 'jin', decimals: 0 },
  万吨: { zh: '万吨', en: '10k tonnes', decimals: 1 },
  吨: { zh: '吨', en: 'tonnes', decimals: 0 },
  '微克/立方米': { zh: '微克/立方米', en: 'μg/m³', decimals: 0 },
  '吨标准煤/万元': { zh: '吨标准煤/万元', en: 'tce per 10k yuan', decimals: 3 },
  指数: { zh: '', en: 'index', decimals: 1 },
};

/** A plan's own unit, as `unitInfo` reads it (the plan file's `units` list). */
export interface OwnUnit {
  id: string;
  name: { zh: string; en: string };
  decimals?: number;
}

/**
 * What to show for a unit id: a built-in unit's labels, a plan's own unit's labels
 * (pass the plan's `units`), else the id itself (a plan's own unit is written in
 * Chinese, so its id reads as its Chinese label).
 */
export function unitInfo(id: string, own: readonly OwnUnit[] = []): UnitInfo {
  if (Object.prototype.hasOwnProperty.call(UNITS, id)) return UNITS[id as UnitId];
  const u = own.find((o) => o.id === id);
  if (u !== undefined) return { zh: u.name.zh, en: u.name.en, decimals: u.decimals ?? 1 };
  return { zh: id, en: id, decimals: 1 };
}
