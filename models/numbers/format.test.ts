import { describe, expect, it } from 'vitest';
import { formatNumber, formatPoints, formatRate, formatValue } from './format';

describe('numbers as Chinese statistics write them', () => {
  it('use thousands separators and the unit’s decimals', () => {
    expect(formatValue(10138.6413, '亿元', 'zh')).toBe('10,138.6亿元');
    expect(formatValue(81463.7, '元', 'zh')).toBe('81,464元');
    expect(formatValue(73, '%', 'zh')).toBe('73.0%');
    expect(formatValue(10138.6413, '亿元', 'en')).toBe('10,138.6 100m yuan');
  });

  it('tell a percentage from a change in points', () => {
    expect(formatRate(0.0717735)).toBe('7.18%');
    expect(formatPoints(1.2, 'zh')).toBe('1.2个百分点');
    expect(formatPoints(1.2, 'en')).toBe('1.2 pp');
  });

  it('show unknown values as a dash and never "-0"', () => {
    expect(formatNumber(Number.NaN, 1)).toBe('—');
    expect(formatNumber(null, 1)).toBe('—');
    expect(formatNumber(-5.55e-17, 2)).toBe('0.00');
    expect(formatNumber(-0.4, 0)).toBe('0');
    expect(formatNumber(-1.5, 1)).toBe('-1.5');
  });
});

describe('signs as shown (no −0)', () => {
  it('a change that rounds to zero has no sign', async () => {
    const { formatSigned, signAt } = await import('./format');
    expect(signAt(-5.551115123125783e-15, 2)).toBe('');
    expect(signAt(-0, 1)).toBe('');
    expect(signAt(-0.004, 2)).toBe('');
    expect(signAt(-0.005, 2)).toBe('−');
    expect(signAt(0.3, 0)).toBe('');
    expect(signAt(0.5, 0)).toBe('+');
    expect(signAt(Number.NaN, 1)).toBe('');
    expect(formatSigned(-5.55e-15, 2)).toBe('0.00');
    expect(formatSigned(-1234.56, 1)).toBe('−1,234.6');
    expect(formatSigned(138.64, 1)).toBe('+138.6');
    expect(formatSigned(null, 1)).toBe('—');
  });
});
