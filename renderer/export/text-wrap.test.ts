import { describe, expect, it } from 'vitest';
import { legendRows, textWidth, wrapText } from './text-wrap';

describe('text inside an exported chart', () => {
  it('measures Chinese at 1 em and Latin at about 0.6 em', () => {
    expect(textWidth('地区', 10)).toBe(20);
    expect(textWidth('ab', 10)).toBe(12);
  });

  it('wraps a long source line into lines that fit, keeping numbers and words whole', () => {
    const line =
      'Source: 中共徐州市委关于制定徐州市国民经济和社会发展第十四个五年规划和二〇三五年远景目标的建议 (Recommendations of the CPC Xuzhou Municipal Committee for Formulating the 14th Five-Year Plan); scenarios: Plan, Slower growth, Faster growth; generated 2026-12-01 (PlanPath)';
    const lines = wrapText(line, 972, 10.5);
    expect(lines.length).toBeGreaterThan(1);
    for (const l of lines) expect(textWidth(l, 10.5)).toBeLessThanOrEqual(972);
    expect(lines.join(' ').replace(/\s+/g, ' ')).toBe(line.replace(/\s+/g, ' '));
    expect(lines.some((l) => l.includes('2026-12-01'))).toBe(true);
    expect(wrapText('short', 972, 10.5)).toEqual(['short']);
  });

  it('counts the rows a legend needs', () => {
    expect(legendRows(['a', 'b'], 900, 12)).toBe(1);
    expect(legendRows(Array.from({ length: 12 }, (_, i) => `Scenario ${i} · urban income`), 888, 12)).toBeGreaterThan(2);
  });
});

describe('punctuation', () => {
  it('stays with the word before it', () => {
    const lines = wrapText('scenarios: Plan, Slower growth; generated 2026-12-01 (PlanPath)', 150, 10);
    expect(lines.every((l) => !/^[;,:]/.test(l))).toBe(true);
  });
});
