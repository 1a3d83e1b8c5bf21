import { describe, expect, it } from 'vitest';
import { sectionLabel, splitSentences } from './sentences';

describe('sentences and sections', () => {
  it('finds 一、 (二) 1、 headings inside one long line, as web copies have them', () => {
    const text = '一、回顾 过去五年很好。 二、目标 (二)深入贯彻新发展理念,聚力打造区域样板 4、奋斗目标 到2025年城镇化率达到73%。城乡更美。';
    const sentences = splitSentences(text);
    expect(sentences.map((s) => [s.text, sectionLabel(s.headings)])).toEqual([
      ['过去五年很好。', '一、回顾'],
      ['到2025年城镇化率达到73%。', '二、目标 / (二)深入贯彻新发展理念,聚力打造区域样板 / 4、奋斗目标'],
      ['城乡更美。', '二、目标 / (二)深入贯彻新发展理念,聚力打造区域样板 / 4、奋斗目标'],
    ]);
  });
  it('a numbered first sentence names its section and stays a sentence', () => {
    const sentences = splitSentences('1、过去五年，是发展最快的五年。经济总量达到7400亿元。');
    expect(sentences.map((s) => [s.text, sectionLabel(s.headings)])).toEqual([
      ['1、过去五年，是发展最快的五年。', '1、过去五年'],
      ['经济总量达到7400亿元。', '1、过去五年'],
    ]);
  });
  it('reads markdown and 篇/章/节 headings', () => {
    const text = '## 第一篇　开启新征程\n\n### 第三章　主要目标\n\n#### 第二节　“十四五”时期主要目标\n\n常住人口城镇化率提高到65%。\n';
    const [sentence] = splitSentences(text);
    expect(sentence?.text).toBe('常住人口城镇化率提高到65%。');
    expect(sectionLabel(sentence?.headings ?? [])).toBe('第一篇 开启新征程 / 第三章 主要目标 / 第二节 “十四五”时期主要目标');
  });
  it('keeps offsets into the text', () => {
    const text = '前言。\n到2025年，达到73%。';
    for (const s of splitSentences(text)) expect(text.slice(s.offset, s.offset + s.text.length)).toBe(s.text);
  });
});
