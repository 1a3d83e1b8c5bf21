import { describe, expect, it } from 'vitest';
import type { Candidate } from './candidate';
import { extractTargets } from './extract-targets';

function one(text: string): Candidate {
  const { candidates } = extractTargets(text);
  expect(candidates, text).toHaveLength(1);
  return candidates[0]!;
}

describe('comparison words', () => {
  const cases: [string, Partial<Candidate>][] = [
    ['到2025年常住人口城镇化率达到73%。', { comparison: '>=', kind: 'share', value: 73, unit: '%' }],
    ['城乡基本养老保险参保缴费率超过90%。', { comparison: '>', kind: 'share', value: 90 }],
    ['到2025年，社会消费品零售总额突破4500亿元。', { comparison: '>', kind: 'level', value: 4500, unit: '亿元' }],
    ['高中阶段教育毛入学率提高到92%以上。', { comparison: '>=', value: 92, qualifier: '以上' }],
    ['全市地区生产总值年均增长6.5%左右。', { comparison: '≈', kind: 'average-growth', value: 6.5 }],
    ['城镇调查失业率控制在5.5%以内。', { comparison: '<=', kind: 'bound', value: 5.5 }],
    ['单位国内生产总值用水量下降16%左右。', { comparison: '≈', kind: 'reduction', value: 16 }],
    ['地级及以上城市PM2.5浓度下降10%。', { comparison: '>=', kind: 'reduction', value: 10, indicator: 'PM2.5浓度' }],
    ['森林覆盖率提高到24.1%。', { comparison: '>=', value: 24.1 }],
    ['自然岸线保有率不低于35%。', { comparison: '>=', kind: 'bound', value: 35 }],
    ['新增建设用地规模不超过2950万亩。', { comparison: '<=', kind: 'bound', value: 2950, unit: '万亩' }],
    ['城镇登记失业率低于4.5%。', { comparison: '<', value: 4.5, indicator: '城镇登记失业率' }],
    ['基本养老保险覆盖近10亿人。', { comparison: '≈', value: 10, unit: '亿人' }],
    ['人均预期寿命提高1岁。', { comparison: '>=', value: 1, unit: '岁', indicator: '人均预期寿命' }],
    ['每千人口拥有注册护士数提高到3.8人。', { kind: 'level', value: 3.8, unit: '人' }],
    ['到2025年全市高新技术企业突破3000家。', { kind: 'count', value: 3000, unit: '家' }],
    ['到2025年新建高标准农田255万亩。', { kind: 'cumulative', value: 255, unit: '万亩' }],
  ];
  for (const [text, expected] of cases) {
    it(text, () => {
      expect(one(text)).toMatchObject({ forwardLooking: true, ...expected });
    });
  }

  it('力争 is kept as the qualifier', () => {
    expect(one('力争空气质量优良天数占比达到80%。')).toMatchObject({ qualifier: '力争', comparison: '>=', value: 80 });
  });
  it('翻一番 is a multiple of the year it names', () => {
    expect(one('展望2035年，地区生产总值在2025年基础上实现翻一番。')).toMatchObject({
      kind: 'multiple',
      value: 2,
      unit: '倍',
      year: 2035,
      ofYear: 2025,
      comparison: '>=',
      indicator: '地区生产总值',
    });
  });
  it('倍增 is a multiple, but not in the name of a programme', () => {
    expect(one('到2030年，城乡居民收入倍增。')).toMatchObject({ kind: 'multiple', value: 2, unit: '倍', year: 2030 });
    expect(extractTargets('实施战略性新兴产业倍增行动计划。').candidates).toEqual([]);
  });
  it('a range gives the lower and upper ends', () => {
    expect(one('“十五五”期间，地区生产总值年均增长6%—7%。')).toMatchObject({ value: 6, upper: 7, unit: '%', kind: 'average-growth' });
    expect(one('地区生产总值年均增长6—7%。')).toMatchObject({ value: 6, upper: 7, unit: '%' });
  });
  it('全覆盖 and 全面消除 are all-or-nothing, slogans are not', () => {
    expect(one('到2025年全面消除农村黑臭水体。')).toMatchObject({ kind: 'all-or-nothing', indicator: '农村黑臭水体', year: 2025 });
    expect(one('实现社会保险法定人群全覆盖。')).toMatchObject({ kind: 'all-or-nothing', indicator: '社会保险法定人群' });
    expect(extractTargets('坚持无禁区、全覆盖、零容忍，构建全覆盖的责任制度，健全风险全覆盖监管框架。').candidates).toEqual([]);
  });
  it('several targets in one sentence: 分别达到…和…', () => {
    const { candidates } = extractTargets('城镇居民和农村居民人均可支配收入分别达到39000元和21000元，较2015年增长12781元和7018元。');
    expect(candidates.map((c) => [c.indicator, c.value, c.unit])).toEqual([
      ['城镇居民人均可支配收入', 39000, '元'],
      ['农村居民人均可支配收入', 21000, '元'],
      ['城镇居民人均可支配收入', 12781, '元'],
      ['农村居民人均可支配收入', 7018, '元'],
    ]);
    const two = extractTargets('单位国内生产总值能源消耗和二氧化碳排放分别降低13.5%、18%。').candidates;
    expect(two.map((c) => [c.indicator, c.value, c.kind])).toEqual([
      ['单位国内生产总值能源消耗', 13.5, 'reduction'],
      ['二氧化碳排放', 18, 'reduction'],
    ]);
  });
});

describe('forward-looking and backward-looking', () => {
  it('a year up to the base year is an actual; the plan period is read from the text', () => {
    const text = '“十四五”规划建议。“十四五”时期主要目标。经济总量2020年达到7400亿元。到2025年常住人口城镇化率达到73%。';
    const { candidates, context } = extractTargets(text);
    expect(context).toEqual({ period: { name: '十四五', start: 2021, end: 2025 }, baseYear: 2020 });
    expect(candidates.map((c) => [c.value, c.forwardLooking, c.year, c.comparison])).toEqual([
      [7400, false, 2020, '='],
      [73, true, 2025, '>='],
    ]);
  });
  it('a section about past achievements is looked back on', () => {
    const text = '一、“十三五”时期发展取得重大成就 1、过去五年。高新技术企业数量达1000家、为2015年的4倍。 二、奋斗目标 到2025年高新技术企业突破3000家。';
    const { candidates } = extractTargets(text);
    expect(candidates.map((c) => [c.value, c.unit, c.forwardLooking, c.kind])).toEqual([
      [1000, '家', false, 'count'],
      [4, '倍', false, 'multiple'],
      [3000, '家', true, 'count'],
    ]);
  });
  it('a target year carries on to the next sentences of the same section', () => {
    const { candidates } = extractTargets('到2025年，文明村镇占比达到70%。城乡宜居品质显著提升，力争空气质量优良天数占比达到80%。');
    expect(candidates.map((c) => c.year)).toEqual([2025, 2025]);
  });
});

describe('bad input', () => {
  it('an empty text and a text without numbers give no candidates', () => {
    expect(extractTargets('').candidates).toEqual([]);
    expect(extractTargets('坚持稳中求进工作总基调，推动高质量发展。').candidates).toEqual([]);
  });
  it('unbalanced quotes and brackets do not hide a target', () => {
    const { candidates } = extractTargets('“加快建设“强富美高”新徐州（二〇二〇年，到2025年常住人口城镇化率达到73%。【未完');
    expect(candidates.map((c) => c.value)).toEqual([73]);
  });
});
