import { describe, expect, it } from 'vitest';
import { planFile, type Plan } from '../plan/plan-schema';
import { minimalPlan } from '../testing/minimal-plan';
import { BUILT_IN_UNITS } from '../numbers/unit-registry';
import { guessMapping, guessStatus, headerYears, roleOfHeader } from './header-guess';
import { parseFigureCell } from './import-cells';
import { growthRowOf, matchUnit, parseKind, splitNameUnit } from './row-words';

const plan = (): Plan => planFile.parse(minimalPlan());

describe('figure cells as plan tables write them', () => {
  it('reads plain numbers with separators, full-width digits and percent', () => {
    expect(parseFigureCell('7,400')).toMatchObject({ kind: 'number', value: 7400, unit: '', about: false, cumulative: false });
    expect(parseFigureCell('３５，０００')).toMatchObject({ kind: 'number', value: 35000 });
    expect(parseFigureCell('６．５％')).toMatchObject({ kind: 'number', value: 6.5, unit: '%' });
    expect(parseFigureCell(79.2)).toMatchObject({ kind: 'number', value: 79.2 });
    expect(parseFigureCell(0.1 + 0.2)).toMatchObject({ kind: 'number', value: 0.3 });
    expect(parseFigureCell('—')).toEqual({ kind: 'empty' });
    expect(parseFigureCell('')).toEqual({ kind: 'empty' });
    expect(parseFigureCell(null)).toEqual({ kind: 'empty' });
  });

  it('reads the comparison a cell writes, by sign or by word (comparison-words.ts)', () => {
    expect(parseFigureCell('≥6')).toMatchObject({ kind: 'number', value: 6, comparison: '>=' });
    expect(parseFigureCell('＞73')).toMatchObject({ kind: 'number', value: 73, comparison: '>' });
    expect(parseFigureCell('≤4.5')).toMatchObject({ kind: 'number', value: 4.5, comparison: '<=' });
    expect(parseFigureCell('超过10000')).toMatchObject({ kind: 'number', value: 10000, comparison: '>' });
    expect(parseFigureCell('突破3000')).toMatchObject({ kind: 'number', value: 3000, comparison: '>' });
    expect(parseFigureCell('80以上')).toMatchObject({ kind: 'number', value: 80, comparison: '>=', qualifier: '以上' });
    expect(parseFigureCell('控制在5.5以内')).toMatchObject({ kind: 'number', value: 5.5, comparison: '<=' });
    expect(parseFigureCell('3以下')).toMatchObject({ kind: 'number', value: 3, comparison: '<=' });
    const about = parseFigureCell('6左右');
    expect(about).toMatchObject({ kind: 'number', value: 6, about: true, qualifier: '左右' });
    expect(about).not.toHaveProperty('comparison');
    expect(parseFigureCell('力争6.5%左右')).toMatchObject({ kind: 'number', value: 6.5, about: true, unit: '%', qualifier: '力争左右' });
    expect(parseFigureCell('全覆盖')).toMatchObject({ kind: 'number', value: 100, comparison: '>=', unit: '%' });
  });

  it('keeps the unit and magnitude written after the number', () => {
    expect(parseFigureCell('4500亿元')).toMatchObject({ kind: 'number', value: 4500, unit: '亿元' });
    expect(parseFigureCell('1万亿元')).toMatchObject({ kind: 'number', value: 1, unit: '万亿元' });
    expect(parseFigureCell('35万')).toMatchObject({ kind: 'number', value: 35, unit: '万' });
    expect(parseFigureCell('约三千')).toMatchObject({ kind: 'number', value: 3000, about: true });
  });

  it('reads 〔〕 as a sum over the period and 翻一番 / 倍 as multiples', () => {
    expect(parseFigureCell('〔35〕')).toMatchObject({ kind: 'number', value: 35, cumulative: true });
    expect(parseFigureCell('[255]')).toMatchObject({ kind: 'number', value: 255, cumulative: true });
    expect(parseFigureCell('翻一番')).toEqual({ kind: 'multiple', factor: 2, comparison: '>=' });
    expect(parseFigureCell('翻两番')).toEqual({ kind: 'multiple', factor: 4, comparison: '>=' });
    expect(parseFigureCell('在2025年基础上翻一番')).toEqual({ kind: 'multiple', factor: 2, ofYear: 2025, comparison: '>=' });
    expect(parseFigureCell('为2020年的2.5倍')).toEqual({ kind: 'multiple', factor: 2.5, ofYear: 2020, comparison: '>=' });
    expect(parseFigureCell('增长1倍')).toMatchObject({ kind: 'multiple', factor: 2 });
  });

  it('refuses text that is not a figure, keeping it as written', () => {
    expect(parseFigureCell('完成省下达任务')).toEqual({ kind: 'text', text: '完成省下达任务' });
    expect(parseFigureCell('〔完成省下达任务〕')).toEqual({ kind: 'text', text: '〔完成省下达任务〕' });
    expect(parseFigureCell('与经济增长同步')).toEqual({ kind: 'text', text: '与经济增长同步' });
    expect(parseFigureCell('6-7')).toMatchObject({ kind: 'text' });
  });
});

describe('row words', () => {
  it('matches units to the registry, with aliases and magnitudes', () => {
    expect(matchUnit('亿元', BUILT_IN_UNITS)).toEqual({ unit: '亿元', factor: 1 });
    expect(matchUnit('％', BUILT_IN_UNITS)).toEqual({ unit: '%', factor: 1 });
    expect(matchUnit('元/人', BUILT_IN_UNITS)).toEqual({ unit: '元', factor: 1 });
    expect(matchUnit('万元/人', BUILT_IN_UNITS)).toEqual({ unit: '万元', factor: 1 });
    expect(matchUnit('亿人', BUILT_IN_UNITS)).toEqual({ unit: '万人', factor: 10000 });
    expect(matchUnit('岁', BUILT_IN_UNITS)).toEqual({ unit: '岁', factor: 1 });
    expect(matchUnit('平方米', BUILT_IN_UNITS)).toBeNull();
  });
  it('splits a unit in brackets off a name, finds growth rows, kinds', () => {
    expect(splitNameUnit('地区生产总值（亿元）')).toEqual({ name: '地区生产总值', unit: '亿元' });
    expect(splitNameUnit('常住人口城镇化率(%)')).toEqual({ name: '常住人口城镇化率', unit: '%' });
    expect(splitNameUnit('常住人口')).toEqual({ name: '常住人口', unit: '' });
    expect(growthRowOf('地区生产总值增长')).toBe('地区生产总值');
    expect(growthRowOf('居民人均可支配收入年均增速')).toBe('居民人均可支配收入');
    expect(growthRowOf('GDP growth')).toBe('GDP');
    expect(growthRowOf('常住人口城镇化率')).toBeNull();
    expect(parseKind('比重')).toBe('share');
    expect(parseKind('累计')).toBe('flow');
    expect(parseKind('总量')).toBe('level');
    expect(parseKind('其他')).toBeUndefined();
  });
});

describe('guessing the mapping from header words', () => {
  it('reads roles and years of zh and en headers', () => {
    const p = plan();
    expect(headerYears('2021—2025年均增长')).toEqual([2021, 2025]);
    expect(roleOfHeader('指标', p)).toEqual({ role: 'name' });
    expect(roleOfHeader('Indicator', p)).toEqual({ role: 'name' });
    expect(roleOfHeader('单位', p)).toEqual({ role: 'unit' });
    expect(roleOfHeader('2020年（基期）', p)).toEqual({ role: 'base', year: 2020 });
    expect(roleOfHeader('２０２０年', p)).toEqual({ role: 'base', year: 2020 });
    expect(roleOfHeader('2025年目标', p)).toEqual({ role: 'target', year: 2025 });
    expect(roleOfHeader('2035年', p)).toEqual({ role: 'target', year: 2035 });
    expect(roleOfHeader('Target 2030', p)).toEqual({ role: 'target', year: 2030 });
    expect(roleOfHeader('2021—2025年均增长（%）', p)).toEqual({ role: 'growth', fromYear: 2020, year: 2025 });
    expect(roleOfHeader('“十四五”年均增长', p)).toEqual({ role: 'growth', fromYear: 2020, year: 2025 });
    expect(roleOfHeader('“十五五”累计', p)).toEqual({ role: 'cumulative', fromYear: 2026, year: 2030 });
    expect(roleOfHeader('属性', p)).toEqual({ role: 'attribute' });
    expect(roleOfHeader('比较词', p)).toEqual({ role: 'comparison' });
    expect(roleOfHeader('目标年份', p)).toEqual({ role: 'targetYear' });
    expect(roleOfHeader('目标值', p)).toEqual({ role: 'targetValue' });
    expect(roleOfHeader('数据来源', p)).toEqual({ role: 'source' });
    expect(roleOfHeader('备注', p)).toEqual({ role: 'note' });
    expect(roleOfHeader('序号', p)).toEqual({ role: 'ignore' });
    expect(roleOfHeader('Average growth', p)).toMatchObject({ role: 'growth' });
  });

  it('finds the header under a title, fills growth years from the base and first target, and the status from 预计', () => {
    const rows = [
      ['表1 主要指标', '', '', '', '', ''],
      ['序号', '指标', '单位', '2020年（预计）', '2025年', '年均增长（%）'],
      ['1', '地区生产总值', '亿元', '7400', '10000', '6.5'],
    ];
    const m = guessMapping(rows, plan());
    expect(m.headerRow).toBe(1);
    expect(m.columns).toEqual([
      { role: 'ignore' },
      { role: 'name' },
      { role: 'unit' },
      { role: 'base', year: 2020 },
      { role: 'target', year: 2025 },
      { role: 'growth', year: 2025, fromYear: 2020 },
    ]);
    expect(guessStatus(rows, m)).toBe('estimate');
  });
});

describe('longer words of comparison win', () => {
  it('reads 不超过 as at most and 不低于 as at least', () => {
    expect(parseFigureCell('不超过5')).toMatchObject({ kind: 'number', value: 5, comparison: '<=' });
    expect(parseFigureCell('不低于95')).toMatchObject({ kind: 'number', value: 95, comparison: '>=' });
  });
});
