import { describe, expect, it } from 'vitest';
import { suggestBinding } from './binding-rule';

describe('the 约束性 / 预期性 suggestion for extracted targets', () => {
  it('follows the sentence where it says so', () => {
    expect(suggestBinding({ sentence: '地区生产总值年均增长6.5%（约束性）', indicator: '地区生产总值' })).toBe('binding');
    expect(suggestBinding({ sentence: '单位GDP能耗降低13.5%（预期性）', indicator: '单位GDP能耗' })).toBe('expected');
  });
  it('marks the kinds national plans make binding', () => {
    expect(suggestBinding({ sentence: '单位地区生产总值能耗降低完成省下达任务', indicator: '单位地区生产总值能耗' })).toBe('binding');
    expect(suggestBinding({ sentence: '单位地区生产总值二氧化碳排放降低18%', indicator: '二氧化碳排放' })).toBe('binding');
    expect(suggestBinding({ sentence: '到2025年新建高标准农田255万亩', indicator: '高标准农田' })).toBe('binding');
    expect(suggestBinding({ sentence: '森林覆盖率达到31%', indicator: '森林覆盖率' })).toBe('binding');
    expect(suggestBinding({ sentence: '力争空气质量优良天数占比达到80%', indicator: '空气质量优良天数占比' })).toBe('binding');
  });
  it('leaves the rest 预期性', () => {
    expect(suggestBinding({ sentence: '全市地区生产总值年均增长6.5%左右', indicator: '地区生产总值' })).toBe('expected');
    expect(suggestBinding({ sentence: '城乡居民人均可支配收入达到4万元', indicator: '居民人均可支配收入' })).toBe('expected');
  });
  it('reads the clause of the figure, not every indicator of the sentence', () => {
    const sentence = '城镇调查失业率低于5.5%，单位国内生产总值二氧化碳排放降低17%（约束性），居民收入增长和经济增长同步。';
    expect(suggestBinding({ sentence, indicator: '城镇调查失业率', phrase: '5.5%' })).toBe('expected');
    expect(suggestBinding({ sentence, indicator: '单位国内生产总值二氧化碳排放', phrase: '17%' })).toBe('binding');
    expect(suggestBinding({ sentence, indicator: '居民收入', phrase: '居民收入增长和经济增长同步' })).toBe('expected');
  });
});
