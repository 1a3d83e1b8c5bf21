import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { validatePlan } from './validate-plan';
import { typeMismatchMessage } from './type-words';

const plan = JSON.parse(readFileSync(new URL('../../scenarios/xuzhou-14th-fyp.json', import.meta.url), 'utf8')) as {
  indicators: Record<string, unknown>[];
  title: unknown;
};

describe('a value of the wrong type is named in words', () => {
  it('missing, or what it is instead; never "undefined"', () => {
    expect(typeMismatchMessage('string', undefined, 'zh')).toBe('缺少此项（应为文本）');
    expect(typeMismatchMessage('string', undefined, 'en')).toBe('missing (expected text)');
    expect(typeMismatchMessage('number', 'abc', 'zh')).toBe('应为数字，实际是文本 “abc”');
    expect(typeMismatchMessage('number', true, 'en')).toBe('expected a number, got true');
    expect(typeMismatchMessage('object', [1], 'en')).toBe('expected an object ({…}), got a list ([…])');
    expect(typeMismatchMessage('number', null, 'zh')).toBe('应为数字，实际是空值 null');
  });

  it('through validatePlan, in both languages', () => {
    const bad = structuredClone(plan);
    delete bad.indicators[0]?.name;
    for (const lang of ['zh', 'en'] as const) {
      const r = validatePlan(bad, lang);
      expect(r.ok).toBe(false);
      const text = r.ok ? '' : r.issues.map((i) => `${i.path}: ${i.message}`).join('\n');
      expect(text).toContain(lang === 'zh' ? 'indicators[0].name: 缺少此项' : 'indicators[0].name: missing');
      expect(text).not.toMatch(/undefined|实际接收/);
    }
  });
});
