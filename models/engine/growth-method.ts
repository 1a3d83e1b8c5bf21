/**
 * How a growth rate was computed, in words (zh/en): compound annual growth between which
 * two years, on which price basis and deflated by which index, and which years' real
 * values are estimated (估: no reported real growth nor price index).
 */
import type { Bilingual, Indicator, Plan } from '../plan/plan-schema';
import { priceIndexOf } from './reported-path';
import type { SeriesProjection } from './projection';

/** The price index that deflates an indicator: its own, or for a derived one its money inputs' (when they agree). */
export function deflatorOf(plan: Plan, ind: Indicator): 'gdp-deflator' | 'cpi' | null {
  if (ind.basis === 'none' || ind.kind === 'share') return null;
  if (ind.kind !== 'derived') return priceIndexOf(ind);
  const inputs = plan.indicators.filter((i) => i.kind === 'level' && i.basis === 'nominal' && ind.formula !== undefined && new RegExp(`\\b${i.id}\\b`).test(ind.formula));
  const kinds = new Set(inputs.map(priceIndexOf));
  return kinds.size === 1 ? ([...kinds][0] as 'gdp-deflator' | 'cpi') : 'gdp-deflator';
}

/** Years in (from, to] whose real value is estimated. */
export function estimatedYears(s: SeriesProjection, baseYear: number, from: number, to: number): number[] {
  const out: number[] = [];
  for (let y = from + 1; y <= to; y++) if (s.realEstimated[y - baseYear] === 1) out.push(y);
  return out;
}

const INDEX_NAME = { 'gdp-deflator': { zh: '地区生产总值平减指数', en: 'the GDP deflator' }, cpi: { zh: '居民消费价格指数', en: 'consumer prices' } } as const;

export function growthMethod(
  plan: Plan,
  ind: Indicator,
  from: number,
  to: number,
  basis: 'real' | 'nominal' | 'none',
  estimated: readonly number[],
): Bilingual {
  const index = deflatorOf(plan, ind);
  const est = estimated.length === 0 ? null : { zh: `${estimated.join('、')}年实际值为估算`, en: `${estimated.join(', ')} real values estimated` };
  if (basis === 'real' && index !== null) {
    return {
      zh: `${from}—${to}年复合年均实际增长（${plan.baseYear}年价格，按${INDEX_NAME[index].zh}平减${est ? `；${est.zh}` : ''}）`,
      en: `compound annual real growth ${from}–${to} (${plan.baseYear} prices, deflated by ${INDEX_NAME[index].en}${est ? `; ${est.en}` : ''})`,
    };
  }
  if (basis === 'nominal') return { zh: `${from}—${to}年复合年均名义增长（现价）`, en: `compound annual nominal growth ${from}–${to} (current prices)` };
  return { zh: `${from}—${to}年复合年均增长`, en: `compound annual growth ${from}–${to}` };
}
