import { describe, expect, it } from 'vitest';
import { extractTargets } from './extract-targets';
import { doublingFactor, numberValue, parseArabic, parseChineseNumeral, splitNumber } from './numerals';

describe('Chinese numerals', () => {
  it('reads year-style digit strings', () => {
    expect(parseChineseNumeral('二〇三五')).toBe(2035);
    expect(parseChineseNumeral('二〇二〇')).toBe(2020);
  });
  it('reads numerals with 十百千万亿', () => {
    expect(parseChineseNumeral('十七')).toBe(17);
    expect(parseChineseNumeral('十')).toBe(10);
    expect(parseChineseNumeral('百')).toBe(100);
    expect(parseChineseNumeral('三千二百零五')).toBe(3205);
    expect(parseChineseNumeral('三万五千')).toBe(35000);
    expect(parseChineseNumeral('一万亿')).toBe(1e12);
    expect(parseChineseNumeral('两')).toBe(2);
  });
  it('keeps the magnitude with the unit, as statistics write it', () => {
    expect(splitNumber('百亿')).toEqual({ value: 100, magnitude: '亿' });
    expect(splitNumber('一万亿')).toEqual({ value: 1, magnitude: '万亿' });
    expect(splitNumber('3.5万亿')).toEqual({ value: 3.5, magnitude: '万亿' });
    expect(splitNumber('万亿')).toEqual({ value: 1, magnitude: '万亿' });
    expect(splitNumber('一千万')).toEqual({ value: 1000, magnitude: '万' });
    expect(splitNumber('1,184')).toEqual({ value: 1184, magnitude: '' });
    expect(numberValue('3.5万亿')).toBe(3.5e12);
  });
  it('reads full-width digits', () => {
    expect(parseArabic('２０２５')).toBe(2025);
    expect(parseArabic('６．５')).toBe(6.5);
    expect(Number.isNaN(parseArabic('6.5.1'))).toBe(true);
  });
  it('reads doublings', () => {
    expect(doublingFactor('翻一番')).toBe(2);
    expect(doublingFactor('翻番')).toBe(2);
    expect(doublingFactor('翻两番')).toBe(4);
    expect(doublingFactor('倍增')).toBe(2);
  });
});

describe('numbers in sentences', () => {
  const only = (text: string) => {
    const { candidates } = extractTargets(text);
    expect(candidates).toHaveLength(1);
    return candidates[0]!;
  };
  it('百亿斤 → 100 亿斤', () => {
    expect(only('粮食产量稳定在百亿斤以上。')).toMatchObject({ value: 100, unit: '亿斤', comparison: '>=' });
  });
  it('一万亿元 → 1 万亿元', () => {
    expect(only('到2025年全市地区生产总值突破一万亿元。')).toMatchObject({ value: 1, unit: '万亿元', year: 2025, comparison: '>' });
  });
  it('3.5万亿元 → 3.5 万亿元', () => {
    expect(only('到2035年经济总量达到3.5万亿元。')).toMatchObject({ value: 3.5, unit: '万亿元', year: 2035 });
  });
  it('二〇三五年 is a year, not a value', () => {
    expect(only('到二〇三五年，地区生产总值达到2万亿元。')).toMatchObject({ value: 2, unit: '万亿元', year: 2035 });
  });
  it('a bare magnitude takes 元 or 人 from its indicator', () => {
    expect(only('力争“十四五”末全市工业应税销售收入超万亿。')).toMatchObject({ value: 1, unit: '万亿元', comparison: '>' });
    expect(only('到2025年，城镇新增就业人数超过35万。')).toMatchObject({ value: 35, unit: '万人' });
  });
  it('leaves names, ordinals, durations and idioms alone', () => {
    for (const text of [
      '粮食生产实现“十七连丰”，双拥模范城荣膺“九连冠”。',
      '推动15年基础教育高质量均衡发展，构建城市“15分钟文化圈”。',
      '精心组织庆祝建党100周年等重大主题宣传活动。',
      '加快推进地铁3、4、5、6号线建设，努力在百亿级项目上实现新突破。',
      '坚持百花齐放、百家争鸣的方针。',
      '全面取消城区常住人口300万以下的城市落户限制，放宽城区常住人口300万至500万的I型大城市落户条件。',
      '加快5G网络部署，建设E级和10E级超级计算中心，推进PM2.5和O3协同控制。',
      '落实第二轮土地承包到期后再延长30年政策。',
      '制定实施生态修复2022-2025年行动计划，三次获评“中国最具幸福感城市”。',
    ]) {
      expect(extractTargets(text).candidates, text).toEqual([]);
    }
  });
});
