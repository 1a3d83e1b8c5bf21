import { describe, expect, it } from 'vitest';
import { displayWidth, padDisplay, truncateDisplay, truncateDistinct } from './display-width';
import { renderTable } from './text-table';

describe('displayWidth', () => {
  it('counts ASCII as one column', () => {
    expect(displayWidth('gdp-2025 10,138.6')).toBe(17);
    expect(displayWidth('')).toBe(0);
  });
  it('counts CJK ideographs, CJK punctuation and fullwidth forms as two', () => {
    expect(displayWidth('地区生产总值')).toBe(12);
    expect(displayWidth('达成')).toBe(4);
    expect(displayWidth('，。、（）：')).toBe(12);
    expect(displayWidth('ＡＢ１')).toBe(6);
    expect(displayWidth('𠀀')).toBe(2); // CJK extension B, outside the BMP
  });
  it('counts mixed text column by column', () => {
    expect(displayWidth('亿元')).toBe(4);
    expect(displayWidth('6.5%左右')).toBe(8);
    expect(displayWidth('1.0个百分点/年')).toBe(14);
  });
  it('counts ambiguous-width punctuation as one and combining marks as none', () => {
    expect(displayWidth('“—”')).toBe(3);
    expect(displayWidth('e\u0301')).toBe(1);
    expect(displayWidth('a\u200bb')).toBe(2);
  });
  it('pads and truncates by columns', () => {
    expect(padDisplay('达成', 6)).toBe('达成  ');
    expect(padDisplay('1.0', 6, 'right')).toBe('   1.0');
    expect(truncateDisplay('高新技术产业产值占比', 9)).toBe('高新技术…');
    expect(displayWidth(truncateDisplay('高新技术产业产值占比', 9))).toBeLessThanOrEqual(9);
    expect(truncateDisplay('short', 9)).toBe('short');
  });
});

describe('renderTable', () => {
  it('aligns columns of Chinese and ASCII text to the same display width', () => {
    const text = renderTable(
      [
        { header: '目标', align: 'left' },
        { header: 'value', align: 'right' },
        { header: '状态', align: 'left' },
      ],
      [
        ['地区生产总值', '10,138.6', '达成'],
        ['GDP', '1.0', '未达成'],
      ],
    );
    const lines = text.trimEnd().split('\n');
    expect(lines).toHaveLength(4);
    // The third column starts at the same display column on every line.
    const starts = lines.map((l) => {
      const cells = l.split(/ {2,}/);
      return displayWidth(l.slice(0, l.lastIndexOf(cells[cells.length - 1] as string)));
    });
    expect(new Set(starts).size).toBe(1);
  });
});

describe('truncateDistinct', () => {
  it('cuts long names, but keeps whole those that would read the same once cut', () => {
    const names = ['Per capita disposable income, urban residents', 'Per capita disposable income, rural residents', 'Urbanization rate (resident population)', 'GDP'];
    expect(truncateDistinct(names, 28)).toEqual(['Per capita disposable income, urban residents', 'Per capita disposable income, rural residents', 'Urbanization rate (resident…', 'GDP']);
    // the same name twice is cut as usual: the rows are one indicator's
    expect(truncateDistinct(['Urbanization rate (resident population)', 'Urbanization rate (resident population)'], 28)).toEqual(['Urbanization rate (resident…', 'Urbanization rate (resident…']);
  });
});
