/**
 * What a trend scenario's note says per indicator (zh/en): the years its trend rests on,
 * the years left out and why, or that there is too little data and the fallback
 * scenario's path is used.
 */
import { formatNumber, formatRate } from '../numbers/format';
import type { Bilingual, Plan, Scenario } from '../plan/plan-schema';
import { MIN_TREND_YEARS, type TrendInfo, type TrendLeftOutReason } from './trend';

const REASON: Record<TrendLeftOutReason, Bilingual> = {
  rebound: { zh: '上年下降后的反弹', en: 'a rebound after a fall' },
  collapse: { zh: '异常下降', en: 'a collapse' },
  'series-break': { zh: '口径调整前', en: 'before a series break' },
  'not-reported': { zh: '非报告数据', en: 'not a reported figure' },
};

function span(years: readonly number[], lang: 'zh' | 'en'): string {
  if (years.length === 0) return lang === 'zh' ? '无' : 'none';
  const first = years[0] as number;
  const last = years[years.length - 1] as number;
  const count = years.length;
  const consecutive = last - first === count - 1 && count > 2;
  const list = consecutive ? (lang === 'zh' ? `${first}—${last}` : `${first}–${last}`) : years.join(lang === 'zh' ? '、' : ', ');
  if (lang === 'zh') return `${list}年${count}个报告年度`;
  return `${count} reported year${count === 1 ? '' : 's'} (${list})`;
}

/** One line per indicator with a trend (or a fallback). */
export function trendNote(plan: Plan, sc: Scenario, info: TrendInfo): Bilingual {
  const ind = plan.indicators.find((i) => i.id === info.indicator);
  const name = ind?.name ?? { zh: info.indicator, en: info.indicator };
  const left = (lang: 'zh' | 'en') =>
    info.leftOut
      .filter((l) => l.reason !== 'not-reported')
      .map((l) => {
        const growth = l.reason === 'rebound' || l.reason === 'collapse';
        if (lang === 'zh') return `${l.year}年${growth ? '增速' : '数据'}（${REASON[l.reason].zh}）`;
        return `${growth ? 'the growth of ' : ''}${l.year} (${REASON[l.reason].en})`;
      })
      .join(lang === 'zh' ? '、' : ', ');
  const fallback = plan.scenarios.find((s) => s.id === sc.trend?.fallback);
  const fb = fallback?.name ?? { zh: '零', en: 'zero' };
  const rate = (lang: 'zh' | 'en') => {
    if (info.rate === null) return '';
    if (ind?.kind === 'share') return lang === 'zh' ? `年均提高${formatNumber(info.rate, 2)}个百分点` : `${formatNumber(info.rate, 2)} points a year`;
    if (ind?.kind === 'flow') return lang === 'zh' ? `年均${formatNumber(info.rate, 2)}${ind.unit}` : `${formatNumber(info.rate, 2)} ${ind.unit} a year`;
    return lang === 'zh' ? `年均实际增长${formatRate(info.rate, 2)}` : `${formatRate(info.rate, 2)} real growth a year`;
  };
  const leftZh = left('zh');
  const leftEn = left('en');
  if (info.tooFew) {
    return {
      zh: `${name.zh}：数据不足（${span(info.years, 'zh')}，趋势至少需要${MIN_TREND_YEARS}个${leftZh ? `；未计入${leftZh}` : ''}），沿用“${fb.zh}”的假设`,
      en: `${name.en}: too little data (${span(info.years, 'en')}, a trend needs at least ${MIN_TREND_YEARS}${leftEn ? `; left out ${leftEn}` : ''}), follows "${fb.en}"`,
    };
  }
  return {
    zh: `${name.zh}：${rate('zh')}，依据${span(info.years, 'zh')}${leftZh ? `；未计入${leftZh}` : ''}`,
    en: `${name.en}: ${rate('en')}, from ${span(info.years, 'en')}${leftEn ? `; left out ${leftEn}` : ''}`,
  };
}
