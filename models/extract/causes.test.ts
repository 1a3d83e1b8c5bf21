/**
 * One test per cause of issue 21, each from a short sentence written for the test (not
 * copied from any plan text): the document model (headings, periods, years), units and
 * numerals, shapes, all-or-nothing wording, and what is not a target.
 */
import { describe, expect, it } from 'vitest';
import type { Candidate } from './candidate';
import { extractTargets } from './extract-targets';

const all = (text: string): Candidate[] => extractTargets(text).candidates;
const brief = (c: Candidate) => [c.value, c.unit, c.year, c.forwardLooking];

describe('the document model: headings, periods and years', () => {
  const report = [
    '2026年某市政府工作报告',
    '',
    '**一、2025年工作回顾**',
    '',
    '全市新建口袋公园40个，新增城镇就业9.1万人，完成老旧小区改造120个。',
    '',
    '**二、2026年工作安排**',
    '',
    '全年新建口袋公园50个，推动12个重点片区更新，新增城镇就业9万人以上。',
  ].join('\n');

  it('a heading in markdown bold is a heading: its review is past, its plan this year', () => {
    expect(all(report).map(brief)).toEqual([
      [40, '个', null, false],
      [9.1, '万人', null, false],
      [120, '个', null, false],
      [50, '个', 2026, true],
      [12, '个', 2026, true],
      [9, '万人', 2026, true],
    ]);
  });

  it('headings without numbering: a short line of its own before a paragraph', () => {
    const text = [
      '2020年工作回顾和“十三五”发展成就',
      '一年来，全区新开工项目58个，引进企业总部15家，新增市场主体2.3万户，各项工作取得了新的进展。',
      '2021年主要工作',
      '今年要突出抓好项目建设，确保新开工项目60个以上，引进企业总部20家，新增市场主体2.5万户以上。',
    ].join('\n');
    expect(all(text).map(brief)).toEqual([
      [58, '个', null, false],
      [15, '家', null, false],
      [2.3, '万户', null, false],
      [60, '个', 2021, true],
      [20, '家', 2021, true],
      [2.5, '万户', 2021, true],
    ]);
  });

  it('a paragraph opening with 过去一年 / 五年来 / 回顾 looks back, in any section', () => {
    const text = [
      '一、主要任务',
      '五年来，累计建成5G基站1.2万个，新增公共停车泊位3万个。',
      '过去一年，培育专精特新企业80家。',
      '回顾这一年，改造农村公路300公里。',
      '到2030年，建成5G基站3万个。',
    ].join('\n');
    expect(all(text).map((c) => [c.value, c.forwardLooking])).toEqual([
      [1.2, false],
      [3, false],
      [80, false],
      [300, false],
      [3, true],
    ]);
  });

  it('a year stated in a five-year paragraph is not carried into this year’s section', () => {
    const text = [
      '二、“十五五”时期目标任务',
      '到2030年，全市地区生产总值达到1.5万亿元，常住人口城镇化率达到80%。',
      '三、2026年重点工作',
      '推进30个城市更新项目，建成保障性住房2000套。',
    ].join('\n');
    const found = all(text);
    expect(found.map((c) => [c.value, c.year])).toEqual([
      [1.5, 2030],
      [80, 2030],
      [30, 2026],
      [2000, 2026],
    ]);
  });

  it('a sentence’s own year overrides its section only for that sentence', () => {
    const text = ['三、2026年重点工作', '到2028年，建成数据中心10个。新建充电桩5000个。'].join('\n');
    expect(all(text).map((c) => [c.value, c.year])).toEqual([
      [10, 2028],
      [5000, 2026],
    ]);
  });
});
