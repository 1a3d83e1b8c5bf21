import { describe, expect, it } from 'vitest';
import { BUILT_IN_UNITS, convertible, convertUnit, tryConvertUnit, unitRegistry, UnitConversionError } from './unit-registry';
import { UNIT_IDS } from './units';

describe('unit registry', () => {
  it('has every built-in unit with a dimension, a magnitude and both labels', () => {
    for (const id of UNIT_IDS) {
      const u = BUILT_IN_UNITS.get(id);
      expect(u, id).toBeDefined();
      expect(u?.magnitude).toBeGreaterThan(0);
      expect(u?.en.length).toBeGreaterThan(0);
    }
  });

  it('converts within a dimension (hand values)', () => {
    expect(convertUnit(3.5, '万亿元', '亿元')).toBe(35000);
    expect(convertUnit(7400, '亿元', '万亿元')).toBe(0.74);
    expect(convertUnit(1, '亿元', '万元')).toBe(10000);
    expect(convertUnit(4, '万元', '元')).toBe(40000);
    expect(convertUnit(255, '万亩', '公顷')).toBe(170000);
    expect(convertUnit(15, '亩', '公顷')).toBe(1);
    expect(convertUnit(30, '万亩', '亩')).toBe(300000);
    expect(convertUnit(100, '亿斤', '万吨')).toBe(500);
    expect(convertUnit(1.3, '万亿斤', '亿斤')).toBe(13000);
    expect(convertUnit(1, '吨', '斤')).toBe(2000);
    expect(convertUnit(35, '万人', '人')).toBe(350000);
    expect(convertUnit(908.4, '万人', '万人')).toBe(908.4);
  });

  it('refuses across dimensions, and between different counting words', () => {
    expect(tryConvertUnit(1, '亿元', '万人')).toEqual({ ok: false, reason: 'different-dimension' });
    expect(tryConvertUnit(1, '%', '个百分点')).toEqual({ ok: false, reason: 'different-dimension' });
    expect(tryConvertUnit(1, '家', '所')).toEqual({ ok: false, reason: 'different-dimension' });
    expect(tryConvertUnit(1, '亿元', 'furlong')).toEqual({ ok: false, reason: 'unknown-unit' });
    expect(() => convertUnit(1, '吨', '亩')).toThrow(UnitConversionError);
    expect(convertible('万亿元', '亿元')).toBe(true);
    expect(convertible('岁', '年')).toBe(false);
  });

  it('adds a plan\'s own units, which convert within their declared dimension', () => {
    const reg = unitRegistry([
      { id: '万公顷', name: { zh: '万公顷', en: '10k hectares' }, dimension: 'area', magnitude: 150000 },
      { id: '床', name: { zh: '床', en: 'beds' } },
      { id: '亿元', name: { zh: 'x', en: 'x' } },
    ]);
    expect(convertUnit(1.7, '万公顷', '万亩', reg)).toBe(25.5);
    expect(reg.get('床')).toMatchObject({ zh: '床', en: 'beds', dimension: 'other', magnitude: 1 });
    expect(convertUnit(5, '床', '床', reg)).toBe(5);
    expect(tryConvertUnit(5, '床', '个', reg).ok).toBe(false);
    // A built-in unit is not redefined.
    expect(reg.get('亿元')?.en).toBe('100m yuan');
  });
});
