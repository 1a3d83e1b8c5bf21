/**
 * Plan comparison rows write a target as the app does elsewhere: a 基本同步 target as growth in
 * step with its reference (not "2030年 >= 6.00%"), growth over its period, signs as ≥ / ≤.
 */
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { comparePlans } from './compare-plans';
import { planFile, type Plan } from './plan-schema';
import { compareRows, onlyInNames } from './compare-rows';

const load = (name: string): Plan => planFile.parse(JSON.parse(readFileSync(new URL(`../../scenarios/${name}`, import.meta.url), 'utf8')));

describe('compare rows: what each target asks', () => {
  const a = load('xuzhou-14th-fyp.json');
  const b = load('national-15th-fyp.json');
  const c = comparePlans(a, b);
  const sideB = (lang: 'zh' | 'en', id: string) => {
    const row = compareRows(c, a, b, lang).find((r) => c.targets.some((p) => p.b?.id === id && r.key.endsWith(`-${id}`)));
    if (!row) throw new Error(`no row for ${id}`);
    return row.b.target;
  };

  it('an in-step target says it is growth in step with GDP, with its period and tolerance', () => {
    expect(sideB('zh', 'income-in-step-15th')).toBe('2025—2030年 与国内生产总值增长同步（慢不超过0.5个百分点）');
    expect(sideB('en', 'income-in-step-15th')).toBe('2025–2030: in step with growth of Gross domestic product (at most 0.5 pp slower)');
  });

  it('growth over a period, caps with ≤ / <, 左右 bands in the unit', () => {
    expect(sideB('zh', 'rd-growth-15th')).toBe('2025—2030年 年均增长 ≥ 7.00%');
    expect(sideB('zh', 'unemployment-cap')).toBe('2030年 < 5.5%');
    expect(sideB('zh', 'nearshore-water-2030')).toBe('2030年 85.8–86.2%');
    for (const r of compareRows(c, a, b, 'zh')) expect(`${r.a.target} ${r.b.target}`).not.toMatch(/>=|<=/);
  });

  it('the indicators found in one plan only by name (the JSON keeps their ids)', () => {
    expect(c.onlyInA[0]).toBe('income_urban');
    expect(onlyInNames(c, 'a', 'zh')[0]).toBe('城镇居民人均可支配收入');
    expect(onlyInNames(c, 'a', 'en')[0]).toBe('Per capita disposable income, urban residents');
    expect(onlyInNames(c, 'b', 'zh')).toHaveLength(c.onlyInB.length);
  });

  it('a multiple without a base value says what it asks (not "≤ —")', () => {
    expect(sideB('zh', 'nox-15th')).toBe('2030年 ≤ 0.92 × 2025年');
    expect(sideB('en', 'cod-15th')).toBe('2030 ≤ 0.94 × 2025 level');
  });
});
