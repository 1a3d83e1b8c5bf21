import { describe, expect, it } from 'vitest';
import { formatBand } from './band-text';

describe('formatBand: a 左右 band in the target unit', () => {
  it('a growth rate (fraction): 6.5%左右 → 6.0–7.0%', () => {
    expect(formatBand([0.06, 0.07], 'fraction', 'zh')).toBe('6.0–7.0%');
  });
  it('a share in percent: 86%左右 → 85.8–86.2%, not 8,580.0%', () => {
    expect(formatBand([85.8, 86.2], '%', 'zh')).toBe('85.8–86.2%');
    expect(formatBand([85.8, 86.2], '%', 'en')).toBe('85.8–86.2%');
  });
  it('a level: 万吨 with its unit, and its English name', () => {
    expect(formatBand([71050, 73950], '万吨', 'zh')).toBe('71,050.0–73,950.0万吨');
    expect(formatBand([71050, 73950], '万吨', 'en')).toBe('71,050.0–73,950.0 10k tonnes');
  });
  it("a plan's own unit in English by its English name", () => {
    const own = [{ id: '亿吨标准煤', name: { zh: '亿吨标准煤', en: '100m tce' }, decimals: 1 }];
    expect(formatBand([56.8, 59.2], '亿吨标准煤', 'en', own)).toBe('56.8–59.2 100m tce');
  });
});
