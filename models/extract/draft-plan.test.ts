import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { validatePlan } from '../plan/validate-plan';
import { decodeText, documentKind } from './decode-text';
import { buildDraftPlan, planUnit } from './draft-plan';
import { extractTargets } from './extract-targets';

const source = (name: string) => readFileSync(new URL(`../../scenarios/sources/${name}`, import.meta.url), 'utf8');

describe('draft plan from extracted candidates', () => {
  const texts: [string, string][] = [
    ['xuzhou-14th-fyp-recommendation.zh.txt', source('xuzhou-14th-fyp-recommendation.zh.txt')],
    ['national-14th-fyp-outline.zh.txt', source('national-14th-fyp-outline.zh.txt')],
    // A 2025-based plan with a goal relative to 2020 (比2020年翻一番), intensities, caps and 同步.
    ['national-15th-fyp-outline.excerpt.zh.txt', readFileSync(new URL('./test-data/national-15th-fyp-outline.excerpt.zh.txt', import.meta.url), 'utf8')],
  ];
  for (const [name, text] of texts) {
    it(`${name}: the draft validates and every candidate is placed or skipped with a reason`, () => {
      const { candidates, context } = extractTargets(text);
      const draft = buildDraftPlan(candidates, context, { title: name, fileName: name });
      const result = validatePlan(JSON.parse(JSON.stringify(draft.plan)), 'en');
      expect(result.ok, JSON.stringify(result.ok ? [] : result.issues.slice(0, 5))).toBe(true);
      for (const c of candidates) {
        const placed = draft.placed[c.id] !== undefined;
        const skipped = draft.skipped.some((s) => s.id === c.id);
        expect(placed !== skipped, c.id).toBe(true);
      }
      for (const s of draft.skipped) expect(s.reason.zh.length).toBeGreaterThan(0);
    });
  }

  it('a reduction becomes a multiple of the base year, a doubling a multiple of its year', () => {
    const text = '“十四五”规划。“十四五”时期，单位国内生产总值能源消耗降低13.5%。展望2035年，地区生产总值在2025年基础上实现翻一番。';
    const { candidates, context } = extractTargets(text);
    const { plan } = buildDraftPlan(candidates, context, { title: 't' });
    expect(plan.targets.map((t) => (t.type === 'multiple' ? [t.indicator, t.year, t.ofYear, t.factor, t.comparison] : t.type))).toEqual([
      ['energy_intensity', 2025, 2020, 0.865, '<='],
      ['gdp', 2035, 2025, 2, '>='],
    ]);
  });

  it('增长40% over a named year becomes a factor of 1.4, 增长1倍 a factor of 2', () => {
    const text = '“十四五”规划。“十四五”时期目标。到2025年，规模以上工业增加值比2020年增长40%，研发经费投入比2020年增长1倍。';
    const { candidates, context } = extractTargets(text);
    const { plan } = buildDraftPlan(candidates, context, { title: 't' });
    expect(plan.targets.map((t) => (t.type === 'multiple' ? [t.ofYear, t.factor] : t.type))).toEqual([
      [2020, 1.4],
      [2020, 2],
    ]);
  });

  it('converts magnitudes the unit registry lacks', () => {
    expect(planUnit('亿人', 13)).toEqual({ unit: '万人', value: 130000 });
    expect(planUnit('亿亩', 18)).toEqual({ unit: '万亩', value: 180000 });
    expect(planUnit('万亿元', 1)).toEqual({ unit: '万亿元', value: 1 });
    expect(planUnit('万套', 2300)).toBeNull();
  });
});

describe('documents as bytes', () => {
  it('tells text, PDF, docx and binary apart', () => {
    const enc = new TextEncoder();
    expect(documentKind(enc.encode('规划'))).toBe('text');
    expect(documentKind(enc.encode('%PDF-1.7'))).toBe('pdf');
    expect(documentKind(new Uint8Array([0x50, 0x4b, 3, 4]), 'a.docx')).toBe('docx');
    expect(documentKind(new Uint8Array([0x50, 0x4b, 3, 4]), 'a.zip')).toBe('binary');
    expect(documentKind(new Uint8Array([1, 0, 2]))).toBe('binary');
    expect(documentKind(new Uint8Array())).toBe('empty');
  });
  it('decodes UTF-8 (with or without BOM) and falls back to GB18030', () => {
    expect(decodeText(new Uint8Array([0xef, 0xbb, 0xbf, ...new TextEncoder().encode('规划')]))).toEqual({ text: '规划', encoding: 'utf-8' });
    // 规划 in GB18030: B9E6 BBAE.
    expect(decodeText(new Uint8Array([0xb9, 0xe6, 0xbb, 0xae]))).toEqual({ text: '规划', encoding: 'gb18030' });
  });
});
