import { describe, expect, it } from 'vitest';
import { reviewTarget, sampleReview } from '../testing/sample-review';
import { formatAchieved, formatAsWritten, formatRecent, formatRequiredGrowth, formatReviewGap, formatReviewValue, formatThreshold, verdictOf } from './review-format';

const row = (id: string) => {
  const r = sampleReview().targets.find((x) => x.id === id);
  if (!r) throw new Error(id);
  return r;
};

describe('review formats', () => {
  it('real thresholds name their price base; nominal ones do not', () => {
    expect(formatThreshold(row('gdp-double'), 'zh')).toBe('≥ 20,277.3亿元（2020年价格）');
    expect(formatThreshold(row('gdp-double'), 'en')).toBe('≥ 20,277.3 100m yuan (2020 prices)');
    expect(formatThreshold(row('gdp-trillion'), 'zh')).toBe('≥ 10,000.0亿元');
  });
  it('a 左右 band is shown as a range', () => {
    expect(formatThreshold(row('gdp-growth'), 'zh')).toBe('6.0–7.0%');
  });
  it('a rebased threshold shows what the plan wrote and why', () => {
    expect(formatThreshold(row('urban-73'), 'zh')).toBe('≥ 75.6%');
    expect(formatAsWritten(row('urban-73'), 'zh')).toBe('原文 ≥ 73.0%；七普后口径折算（2020年旧口径68.0%、新口径70.6%）');
    expect(verdictOf(row('urban-73'), 'zh')).toEqual({ tone: 'missed', text: '未达成', notes: ['七普后口径折算（2020年旧口径68.0%、新口径70.6%）'] });
  });
  it('verdicts: pending with the projection, on the line, above the band', () => {
    expect(verdictOf(row('gdp-trillion'), 'zh').text).toBe('待公布 · 预测达成');
    expect(verdictOf(row('gdp-trillion'), 'en').text).toBe('pending · projected met');
    expect(verdictOf(row('gdp-double'), 'zh').text).toBe('待公布 · 预测刚好达成');
    expect(verdictOf(reviewTarget({ id: 'x', onTheLine: true }), 'zh')).toEqual({ tone: 'met', text: '刚好达成', notes: [] });
    expect(verdictOf(reviewTarget({ id: 'x', aboveBand: true }), 'en')).toEqual({ tone: 'met', text: 'met', notes: ['above the band'] });
    // an upper bound (≤) beaten past its band is below it, not above
    expect(verdictOf(reviewTarget({ id: 'x', aboveBand: true, comparison: '<=' }), 'en')).toEqual({ tone: 'met', text: 'met', notes: ['below the band'] });
    expect(verdictOf(reviewTarget({ id: 'x', aboveBand: true, comparison: '<=' }), 'zh').notes).toEqual(['低于区间']);
    expect(verdictOf(reviewTarget({ id: 'x', aboveBand: true }), 'zh').notes).toEqual(['高于区间']);
    expect(verdictOf(row('retail'), 'zh').text).toBe('缺基期值');
  });
  it('gaps in units and percent; growth gaps in points', () => {
    expect(formatReviewGap(row('gdp-trillion'), 'zh')).toEqual({ units: '+210.4亿元', percent: '+2.1%' });
    expect(formatReviewGap(row('gdp-growth'), 'zh')).toEqual({ units: '−0.38个百分点', percent: '−5.9%' });
    expect(formatReviewGap(row('urban-73'), 'en')).toEqual({ units: '−4.4 pp', percent: '−5.8%' });
    expect(formatReviewGap(row('retail'), 'zh')).toEqual({ units: '—', percent: '—' });
  });
  it('growth achieved, required and recent', () => {
    expect(formatAchieved(row('gdp-trillion'), 'zh')).toBe('实际 6.10% · 名义 8.12%（2020—2024）');
    expect(formatRequiredGrowth(row('gdp-double'), 'zh')).toBe('7.18%（自2024年）');
    expect(formatRecent(row('gdp-double'), 'zh')).toBe('5.90%（2019—2024）');
    expect(formatRequiredGrowth(row('gdp-trillion'), 'zh')).toBe('—');
  });
});

describe('gaps as shown: no −0', () => {
  it('a gap of −5.55e−17 on a growth target reads 0.00个百分点 and 0.0%, not −0.00', () => {
    const r = reviewTarget({ id: 'g', type: 'average-growth', unit: 'fraction', target: 0.065, value: 0.06499999999999995, gap: -5.551115123125783e-17, gapPct: -8.54e-16 });
    expect(formatReviewGap(r, 'zh')).toEqual({ units: '0.00个百分点', percent: '0.0%' });
    const level = reviewTarget({ id: 'l', gap: -7.3e-12, gapPct: -3.6e-16 });
    expect(formatReviewGap(level, 'en').units).not.toMatch(/[−-]/);
    expect(formatReviewGap(reviewTarget({ id: 'm', gap: -0.4, gapPct: -0.00004 }), 'zh').units).toBe('−0.4亿元');
  });
});

describe("a plan's own units and 左右 bands of levels and shares", () => {
  const own = [{ id: '亿吨标准煤', name: { zh: '亿吨标准煤', en: '100m tce' }, decimals: 1 }];
  it('in English by their English name, never the Chinese id', () => {
    const r = reviewTarget({ id: 'e', type: 'threshold', unit: '亿吨标准煤', target: 58, value: 59.6, gap: 1.6, band: null });
    expect(formatReviewValue(r, 59.6, 'en', own)).toBe('59.6 100m tce');
    expect(formatThreshold(r, 'en', undefined, own)).toBe('≥ 58.0 100m tce');
    expect(formatReviewGap(r, 'en', own).units).toBe('+1.6 100m tce');
    expect(formatReviewValue(r, 59.6, 'zh', own)).toBe('59.6亿吨标准煤');
  });
  it('bands in the unit: 71,050.0–73,950.0万吨, 85.8–86.2%', () => {
    expect(formatThreshold(reviewTarget({ id: 'g', type: 'threshold', unit: '万吨', band: [71050, 73950] }), 'zh')).toBe('71,050.0–73,950.0万吨');
    expect(formatThreshold(reviewTarget({ id: 'w', type: 'threshold', unit: '%', band: [85.8, 86.2] }), 'zh')).toBe('85.8–86.2%');
  });
});
