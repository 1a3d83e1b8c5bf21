import { describe, expect, it } from 'vitest';
import { compound, doublingTime, growthForMultiple, requiredGrowth } from './growth-math';

describe('growth arithmetic, checked against hand calculations', () => {
  it('compounds 7400 at 6.5% for five years to 10,138.64', () => {
    // 1.065^5 = 1.370086..., × 7400 = 10138.64
    expect(compound(7400, 0.065, 5)).toBeCloseTo(10138.6413, 3);
  });

  it('needs 6.207% a year to go from 7400 to 10,000 in five years', () => {
    // (10000/7400)^(1/5) − 1 = 1.351351^(0.2) − 1 = 0.062070
    expect(requiredGrowth(7400, 10000, 5)).toBeCloseTo(0.06207, 5);
  });

  it('needs 7.177% a year to double in ten years, 14.87% in five', () => {
    expect(growthForMultiple(2, 10)).toBeCloseTo(0.0717735, 7);
    expect(growthForMultiple(2, 5)).toBeCloseTo(0.1486984, 7);
  });

  it('doubles in ln 2 / ln(1+g) years', () => {
    expect(doublingTime(2 ** 0.1 - 1)).toBeCloseTo(10, 10);
    expect(doublingTime(0.065)).toBeCloseTo(11.0067, 4);
    expect(doublingTime(0)).toBe(Infinity);
    expect(doublingTime(-0.02)).toBe(Infinity);
  });

  it('refuses meaningless inputs with NaN, not a number that looks real', () => {
    expect(requiredGrowth(0, 100, 5)).toBeNaN();
    expect(requiredGrowth(100, 200, 0)).toBeNaN();
    expect(requiredGrowth(-5, 200, 3)).toBeNaN();
  });
});
