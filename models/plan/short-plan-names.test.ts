import { describe, expect, it } from 'vitest';
import { compareLegendNames, distinguishingNames, middleEllipsis } from './short-plan-names';

const XZ14 = '中共徐州市委关于制定徐州市国民经济和社会发展第十四个五年规划和二〇三五年远景目标的建议';
const XZ15 = '中共徐州市委关于制定徐州市国民经济和社会发展第十五个五年规划和二〇三五年远景目标的建议';

describe('short names that tell two plans apart', () => {
  it('14th and 15th plans of one city: the part that differs, not the same opening twice', () => {
    const [a, b] = distinguishingNames(XZ14, XZ15);
    expect(a).toBe('…发展第十四个五年规划…');
    expect(b).toBe('…发展第十五个五年规划…');
  });
  it('two unrelated titles: each cut in the middle, never longer than asked', () => {
    const [a, b] = distinguishingNames(XZ14, '中华人民共和国国民经济和社会发展第十五个五年规划纲要');
    expect(a).not.toBe(b);
    expect(Array.from(a).length).toBeLessThanOrEqual(26);
    expect(a).toContain('…');
    expect(a.startsWith('中共徐州市')).toBe(true);
  });
  it('short titles stay whole; equal ones alike', () => {
    expect(distinguishingNames('A plan', 'B plan')).toEqual(['A plan', 'B plan']);
    expect(distinguishingNames(XZ14, XZ14)[0]).toBe(middleEllipsis(XZ14, 24));
    expect(middleEllipsis('abcdefghij', 5)).toBe('ab…ij');
  });
});

describe('compare chart legend', () => {
  it('A / B with the part that differs; periods where the names are alike', () => {
    expect(compareLegendNames({ title: XZ14, baseYear: 2020, horizon: 2035 }, { title: XZ15, baseYear: 2025, horizon: 2035 }, 'zh')).toEqual([
      'A：…发展第十四个五年规划…',
      'B：…发展第十五个五年规划…',
    ]);
    expect(compareLegendNames({ title: 'Plan', baseYear: 2020, horizon: 2035 }, { title: 'Plan', baseYear: 2025, horizon: 2035 }, 'en')).toEqual(['A: Plan (2020–2035)', 'B: Plan (2025–2035)']);
  });
});
