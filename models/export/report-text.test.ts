import { describe, expect, it } from 'vitest';
import type { ReviewTarget } from '../review/review-types';
import { cellText, gapCell, gapPctCell, thresholdCell, verdictCell } from './report-text';

const base = {
  id: 'g', indicator: 'gdp', name: { zh: 'g', en: 'g' }, type: 'average-growth', year: 2025, comparison: '>=', target: 0.065, targetAsWritten: 0.065, rebased: null,
  band: [0.06, 0.07], value: 0.065, source: 'projected', status: 'pending', projectedStatus: 'met', onTheLine: false, aboveBand: false, gap: -1e-17, gapPct: -1e-16,
  basis: 'real', priceBaseYear: 2020, unit: 'fraction', achievedGrowth: null, achievedGrowthNominal: null, achievedFrom: null, achievedTo: null, plannedGrowth: 0.065,
  requiredGrowth: null, requiredFrom: null, requiredChange: null, recentGrowth: null, recentFrom: null, sentence: 's', section: 's',
} satisfies ReviewTarget;

describe('report cells', () => {
  it('float noise in a gap is zero, not −0.00', () => {
    expect(cellText(gapCell(base, 'zh'))).toBe('0.00个百分点');
    expect(gapCell(base, 'zh').num).toBe(0);
    expect(cellText(gapPctCell(base))).toBe('0.0%');
  });
  it('a 左右 target prints its band, and a pending verdict its projection as one tag', () => {
    expect(cellText(thresholdCell(base, 'zh'))).toBe('6.0–7.0%（左右）');
    expect(verdictCell(base, 'zh').parts).toEqual(['待公布', '（预测达成）']);
    expect(cellText(verdictCell(base, 'en'))).toBe('pending (projected: met)');
  });
  it('an upper bound met below its band says 低于区间 / below the band; a level band is in its unit', () => {
    const energy: ReviewTarget = { ...base, type: 'multiple', comparison: '<=', unit: '指数', band: [79.0, 79.9], target: 79.4, value: 78.2, status: 'met', aboveBand: true, basis: 'none' };
    expect(cellText(verdictCell(energy, 'zh'))).toBe('达成（低于区间）');
    expect(cellText(verdictCell(energy, 'en'))).toBe('met (below the band)');
    expect(cellText(verdictCell({ ...energy, comparison: '>=' }, 'zh'))).toBe('达成（高于区间）');
    const grain: ReviewTarget = { ...base, type: 'threshold', unit: '万吨', band: [71050, 73950], target: 72500, basis: 'none' };
    expect(cellText(thresholdCell(grain, 'zh'))).toBe('71,050.0–73,950.0万吨（左右）');
  });
  it('a share is stored as a fraction with a % format, its gap in points', () => {
    const share: ReviewTarget = { ...base, type: 'threshold', unit: '%', band: null, target: 73, value: 70.2, gap: -2.8, gapPct: -0.038, basis: 'none' };
    const t = thresholdCell(share, 'zh');
    expect(t).toMatchObject({ num: 0.73, fmt: '"≥ "0.0%' });
    expect(gapCell(share, 'zh')).toMatchObject({ parts: ['−2.8个百分点'], num: -2.8 });
  });
});
