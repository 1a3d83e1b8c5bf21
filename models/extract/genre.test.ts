/**
 * Sentences in the style of other plans and work reports (not from the two labelled
 * texts): the rules are for the genre, not for two documents.
 */
import { describe, expect, it } from 'vitest';
import { extractTargets } from './extract-targets';

const rows = (text: string) => extractTargets(text).candidates.map((c) => [c.indicator, c.value, c.upper, c.unit, c.kind]);

describe('the genre', () => {
  it('a provincial outline: level, a growth range with a hyphen, a share', () => {
    expect(rows('到2025年，全省地区生产总值达到6万亿元左右，年均增长6%-7%，数字经济核心产业增加值占地区生产总值比重达到10%。')).toEqual([
      ['地区生产总值', 6, null, '万亿元', 'level'],
      ['地区生产总值', 6, 7, '%', 'average-growth'],
      ['数字经济核心产业增加值占地区生产总值比重', 10, null, '%', 'share'],
    ]);
  });
  it('件, 个, 岁 — and "3岁以下婴幼儿" is a description, not a figure', () => {
    const found = rows('每万人口高价值发明专利拥有量达到12件，每千人口拥有3岁以下婴幼儿托位数达到4.5个，人均预期寿命达到79岁。');
    expect(found.map((r) => [r[1], r[3]])).toEqual([
      [12, '件'],
      [4.5, '个'],
      [79, '岁'],
    ]);
  });
  it('a work report: 拟安排, 控制在…以内, 天', () => {
    expect(rows('中央预算内投资拟安排7000亿元。常住人口控制在2300万人以内。空气质量优良天数达到300天。').map((r) => [r[0], r[1], r[3]])).toEqual([
      ['中央预算内投资', 7000, '亿元'],
      ['常住人口', 2300, '万人'],
      ['空气质量优良天数', 300, '天'],
    ]);
  });
  it('百分之九十五 is 95%', () => {
    expect(rows('城镇污水处理率达到百分之九十五以上。')).toEqual([['城镇污水处理率', 95, null, '%', 'share']]);
  });
  it('a number before its noun: 打造3个千亿级产业集群和10个百亿级园区', () => {
    expect(rows('打造3个千亿级产业集群和10个百亿级园区。').map((r) => [r[0], r[1], r[3]])).toEqual([
      ['千亿级产业集群', 3, '个'],
      ['百亿级园区', 10, '个'],
    ]);
  });
  it('a count before a noun without a verb is a description: 从9个方面, 6大目标', () => {
    expect(extractTargets('从9个方面对2035年远景目标进行展望，提出6大主要目标。').candidates).toEqual([]);
  });
  it('比2020年增长40% is growth over the span (a multiple of 2020), not a yearly rate', () => {
    const found = extractTargets('到2025年，规模以上工业增加值比2020年增长40%，单位地区生产总值能耗比2020年下降14%。').candidates;
    expect(found.map((c) => [c.value, c.unit, c.kind, c.ofYear, c.year])).toEqual([
      [40, '%', 'multiple', 2020, 2025],
      [14, '%', 'reduction', 2020, 2025],
    ]);
  });
  it('dates and codes are not figures', () => {
    expect(extractTargets('2021-03-13 07:16 来源：新华社。commit fc1a2f67a589763。W020220405479603241833.jpg').candidates).toEqual([]);
  });
  it('without a named five-year plan, years before the first target year look back', () => {
    const { candidates, context } = extractTargets('2023年全市地区生产总值达到8900亿元。到2030年，地区生产总值突破1.2万亿元。');
    expect(context.baseYear).toBe(2029);
    expect(candidates.map((c) => [c.value, c.forwardLooking])).toEqual([
      [8900, false],
      [1.2, true],
    ]);
  });
});
