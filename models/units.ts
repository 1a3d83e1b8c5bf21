/**
 * Units as Chinese statistics write them. The id in a plan file is the Chinese unit
 * itself, so a hand-edited file reads naturally; anything else is rejected.
 */
export const UNIT_IDS = ['亿元', '万元', '元', '万人', '人', '%', '家', '个', '万亩', '亩', '指数'] as const;
export type UnitId = (typeof UNIT_IDS)[number];

export interface UnitInfo {
  zh: string;
  en: string;
  /** Decimal places a value in this unit is usually shown with. */
  decimals: number;
}

export const UNITS: Record<UnitId, UnitInfo> = {
  亿元: { zh: '亿元', en: '100m yuan', decimals: 1 },
  万元: { zh: '万元', en: '10k yuan', decimals: 2 },
  元: { zh: '元', en: 'yuan', decimals: 0 },
  万人: { zh: '万人', en: '10k persons', decimals: 2 },
  人: { zh: '人', en: 'persons', decimals: 0 },
  '%': { zh: '%', en: '%', decimals: 1 },
  家: { zh: '家', en: 'firms', decimals: 0 },
  个: { zh: '个', en: 'units', decimals: 0 },
  万亩: { zh: '万亩', en: '10k mu', decimals: 1 },
  亩: { zh: '亩', en: 'mu', decimals: 0 },
  指数: { zh: '', en: 'index', decimals: 1 },
};
