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

const rows = (text: string) => all(text).map((c) => [c.value, c.upper, c.unit]);

describe('units and numerals', () => {
  it('classifiers and units grown from the texts', () => {
    expect(rows('出版图书12部，举办展会80场次，配送农机具500件套，新增渔船6艘，开通公交线路40班次，更新公交车300台。')).toEqual([
      [12, null, '部'],
      [80, null, '场次'],
      [500, null, '件套'],
      [6, null, '艘'],
      [40, null, '班次'],
      [300, null, '台'],
    ]);
  });
  it('N万台 keeps the measure, 万吨标煤 and 兆比特每秒 are units, /10万 is a rate', () => {
    expect(rows('全年推广新能源农机2万台，节约能源30万吨标煤，宽带接入速率达到1000兆比特每秒，某病发病率降至5/10万以下。')).toEqual([
      [2, null, '万台'],
      [30, null, '万吨标煤'],
      [1000, null, '兆比特每秒'],
      [5, null, '/10万'],
    ]);
  });
  it('a number glued to Latin letters: 人均GDP3万元 is a figure, PM2.5 and S1线 are not', () => {
    expect(rows('到2030年，全市人均GDP3万元以上，PM2.5浓度下降5%，建成轨道S1线。')).toEqual([
      [3, null, '万元'],
      [5, null, '%'],
    ]);
  });
  it('Chinese numerals as counts: 千场以上, 十项实事', () => {
    expect(rows('全年举办文化惠民活动千场以上，办好十项民生实事。')).toEqual([
      [1000, null, '场'],
      [10, null, '项'],
    ]);
  });
});

describe('shapes', () => {
  it('the number before its noun: N%的行政村实现…, 推动N家企业上市', () => {
    const found = all('到2030年，推动90%的行政村实现集中供水，推动8家企业上市。');
    expect(found.map((c) => [c.value, c.unit, c.indicator])).toEqual([
      [90, '%', '行政村'],
      [8, '家', '企业上市'],
    ]);
  });
  it('the first of a pair: 推进A个…和B个… finds both', () => {
    expect(rows('推进6个产业园区和20个特色小镇建设。')).toEqual([
      [6, null, '个'],
      [20, null, '个'],
    ]);
  });
  it('a count after 等: A、B等N个C (Chinese numerals too)', () => {
    expect(rows('今年，推进东区、西区等3个片区改造，支持甲、乙等五个项目开工。')).toEqual([
      [3, null, '个'],
      [5, null, '个'],
    ]);
  });
  it('ranges: 1-2个, 50－100家', () => {
    expect(rows('每县建成1-2个物流中心，培育50－100家示范企业。')).toEqual([
      [1, 2, '个'],
      [50, 100, '家'],
    ]);
  });
  it('percent as a quantifier: 争取N%以上的村…', () => {
    expect(rows('争取60%以上的村集体经营性收入超过50万元。').slice(0, 1)).toEqual([[60, null, '%']]);
  });
});

describe('all-or-nothing wording', () => {
  const phrases = (text: string) => all(text).filter((c) => c.kind === 'all-or-nothing').map((c) => c.phrase);
  it('消除, 全部摘帽, 覆盖所有…, 全收集全处理, 动态清零', () => {
    expect(phrases('到2030年，消除某种地方病危害。贫困县全部摘帽。监测站点覆盖所有地级及以上城市。农村生活垃圾全收集全处理。危旧房动态清零。')).toEqual([
      '消除',
      '全部摘帽',
      '覆盖所有',
      '全收集全处理',
      '动态清零',
    ]);
  });
  it('A全覆盖、B…: a coverage with its subject in a list of tasks', () => {
    expect(phrases('到2030年，实现乡镇卫生院全覆盖、提升服务能力。')).toEqual(['全覆盖']);
  });
  it('消除 a barrier is not a measurable target, nor what a system covers', () => {
    expect(phrases('消除市场准入方面的隐性壁垒。')).toEqual([]);
    expect(phrases('探索建立覆盖所有市场主体的退出制度。')).toEqual([]);
  });
});

describe('what is not a target', () => {
  it('thresholds and eligibility: 亩均税收, 超百亿产业链, 超N亿元项目, 人口超N万的县, 居住N年以上', () => {
    expect(
      all(
        '今年，对亩均税收20万元以上企业给予奖励，培育超百亿产业链4条，招引超10亿元项目30个，支持城区人口超50万的县发展，为在城镇就业居住5年以上的人员办理落户。',
      ).map((c) => [c.value, c.unit]),
    ).toEqual([
      [4, '条'],
      [30, '个'],
    ]);
  });
  it('meta counts and anniversaries: 预期性指标N项, 城市得名N年', () => {
    expect(all('规划共设置预期性指标12项、约束性指标8项。今年是城市得名2200年。').map((c) => c.value)).toEqual([]);
  });
  it('names in quotes: “13条”, “场景8条”', () => {
    expect(all('今年，落实“13条”和“场景8条”，新增企业100家。').map((c) => c.value)).toEqual([100]);
  });
  it('a unitless coefficient after 提高到 is a target', () => {
    expect(all('到2030年，农田灌溉水有效利用系数提高到0.6。').map((c) => [c.value, c.unit, c.kind])).toEqual([[0.6, '', 'level']]);
  });
});
