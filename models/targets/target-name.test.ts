import { describe, expect, it } from 'vitest';
import { targetName, targetNameById } from './target-name';

describe('targetName', () => {
  const sentence = '到2035年地区生产总值比2020年翻一番，人均地区生产总值达到中等发达国家水平，城乡居民人均收入迈上新的大台阶';

  it('is the label in the language asked for', () => {
    const t = { label: { zh: '经济总量翻一番', en: 'GDP doubles' }, sentence };
    expect(targetName(t, 'zh')).toBe('经济总量翻一番');
    expect(targetName(t, 'en')).toBe('GDP doubles');
  });

  it('without a label (or a blank one), the start of the sentence: 29 characters and an ellipsis, a short sentence whole', () => {
    expect(targetName({ sentence }, 'zh')).toBe(`${Array.from(sentence).slice(0, 29).join('')}…`);
    expect(Array.from(targetName({ sentence }, 'en'))).toHaveLength(30);
    expect(targetName({ label: { zh: '  ', en: '' }, sentence: '常住人口城镇化率达到73%' }, 'zh')).toBe('常住人口城镇化率达到73%');
  });

  it('by id: the target of the plan, its id only when the plan has no such target', () => {
    const plan = { targets: [{ id: 'imp-life-2025', sentence: '人均预期寿命达到80岁' }] };
    expect(targetNameById(plan, 'imp-life-2025', 'zh')).toBe('人均预期寿命达到80岁');
    expect(targetNameById(plan, 'gone', 'zh')).toBe('gone');
  });
});
