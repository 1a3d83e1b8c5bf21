/**
 * The national 15th-plan outline as a plan file: every target's sentence stands in the
 * text, the figures come from the statistical bulletins, and `check` judges the targets
 * the figures allow — the intensity targets and the 2035 per-capita doubling relative
 * to 2020 among them.
 */
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { parsePlanText } from '../models';
import { evaluateTargets } from '../models/targets/evaluate-targets';
import { referenceValue } from '../models/targets/reference-value';

const text = readFileSync(new URL('./sources/national-15th-fyp-outline.zh.txt', import.meta.url), 'utf8');
const parsed = parsePlanText(readFileSync(new URL('./national-15th-fyp.json', import.meta.url), 'utf8'), 'en');
if (!parsed.ok) throw new Error(parsed.issues.map((i) => `${i.path}: ${i.message}`).join('\n'));
const plan = parsed.plan;
const trend = plan.scenarios.find((s) => s.id === 'trend');
if (trend === undefined) throw new Error('no trend scenario');
const results = evaluateTargets(plan, trend);
const byId = new Map(results.map((r) => [r.id, r]));

describe('the national 15th-plan outline', () => {
  it('quotes every target and fact as the text has it', () => {
    for (const t of [...plan.targets, ...plan.facts]) expect(text.includes(t.sentence), t.id).toBe(true);
  });

  it('names for every target and fact the chapter its sentence stands in (chapters are ### lines early on, **第…章** lines later)', () => {
    const lines = text.split('\n');
    const chapter = /^(?:### |\*\*)(第[一二三四五六七八九十百]+章[^*]*)\**\s*$/;
    for (const t of [...plan.targets, ...plan.facts]) {
      const at = lines.findIndex((l) => l.includes(t.sentence.slice(0, 30)));
      let found = '';
      for (let j = at; j >= 0 && found === ''; j--) found = chapter.exec(lines[j] as string)?.[1]?.trim() ?? '';
      expect(t.section.split(' · ')[0], t.id).toBe(found);
    }
    expect(plan.targets.find((t) => t.id === 'energy-intensity-15th')?.section).toBe('第四十七章　积极稳妥推进和实现碳达峰 · 第二节　推动重点领域节能降碳');
  });

  it('says in the file that the main indicator table is an image and which stated targets are left out, in both languages', () => {
    expect(plan.source.note?.zh).toContain('主要指标表在原文中为图片');
    expect(plan.source.note?.en).toContain('main indicator table is an image');
    // Every left-out target the note names is stated in the text.
    for (const phrase of ['优良水体比例提高到85%', '综合机械化率提高到80%', '高等教育毛入学率达到65%', '森林蓄积量达到224亿立方米']) expect(text.includes(phrase), phrase).toBe(true);
  });

  it('is based on 2025, with the 2025 bulletin figures as base values', () => {
    expect(plan.baseYear).toBe(2025);
    expect(plan.indicators.find((i) => i.id === 'gdp')?.base?.value).toBe(1401879);
    expect(plan.indicators.find((i) => i.id === 'gdp_per_capita')?.base?.value).toBe(99665);
  });

  it('judges the targets the figures allow, and says which need a base value', () => {
    const judged = results.filter((r) => r.status !== 'needs-base').map((r) => r.id);
    expect(judged.length).toBeGreaterThanOrEqual(15);
    expect(judged).toEqual(
      expect.arrayContaining(['gdp-pc-2035-double-2020', 'co2-intensity-15th', 'energy-intensity-15th', 'water-intensity-15th', 'unemployment-cap', 'crude-oil-2030']),
    );
    // The bulletins publish no emission totals and no yearly new construction land.
    for (const id of ['nox-15th', 'voc-15th', 'cod-15th', 'tp-15th', 'construction-land-cap']) expect(byId.get(id)?.status).toBe('needs-base');
  });

  it('estimates the 2025 water intensity the 2025 bulletin does not give, and marks it', () => {
    const w = plan.indicators.find((i) => i.id === 'water_intensity');
    // 2024: 46 m³; 2021–24 average yearly change (46/54)^(1/3) − 1 = −5.20%; one year on: 43.6.
    const g = (46 / 54) ** (1 / 3) - 1;
    expect(g).toBeCloseTo(-0.052, 3);
    expect(w?.base?.status).toBe('estimate');
    expect(w?.base?.value).toBeCloseTo(46 * (1 + g), 1);
    expect(byId.get('water-intensity-15th')?.target).toBeCloseTo(0.9 * 43.6, 9);
  });

  it('judges 原油年产量稳定在2亿吨左右 on the bulletins\' crude oil output (2025: 21,608.7万吨)', () => {
    const r = byId.get('crude-oil-2030');
    expect(plan.indicators.find((i) => i.id === 'crude_oil')?.base?.value).toBe(21608.7);
    expect(r?.comparison).toBe('>=');
    expect(r?.target).toBe(20000);
    // The trend continues 2021–25: (21608.7 / 19888.1)^(1/4) − 1 = 2.10% a year → 2030: 21608.7 × 1.02096^5.
    expect(r?.projected).toBeCloseTo(21608.7 * 1.02096 ** 5, 6);
    expect(r?.met).toBe(true);
  });

  it('judges 2035 GDP per capita against twice the 2020 level chained back with the reported real growth of 2021–25', () => {
    const chain = 1.08 * 1.03 * 1.054 * 1.051 * 1.051;
    expect(referenceValue(plan, 'gdp_per_capita', 2020).value).toBeCloseTo(99665 / chain, 6);
    const r = byId.get('gdp-pc-2035-double-2020');
    expect(r?.target).toBeCloseTo((2 * 99665) / chain, 4);
    expect(r?.requiredFrom).toBe(2025);
    // (2 / chain)^(1/10) − 1 = 4.44% a year from 2025.
    expect(r?.requiredGrowth).toBeCloseTo((2 / chain) ** (1 / 10) - 1, 8);
    expect(r?.requiredGrowth).toBeCloseTo(0.0444, 4);
  });

  it('judges an intensity target as a fall over the period (CO₂ per unit of GDP −17%)', () => {
    const r = byId.get('co2-intensity-15th');
    const i2025 = plan.indicators.find((i) => i.id === 'co2_intensity')?.base?.value as number;
    expect(r?.comparison).toBe('<=');
    expect(r?.target).toBeCloseTo(0.83 * i2025, 9);
  });

  it('judges 居民收入增长和经济增长同步 as income growth in step with GDP growth over 2026–30 (0.5 point slack)', () => {
    const t = plan.targets.find((x) => x.id === 'income-in-step-15th');
    expect(t).toMatchObject({ type: 'in-step', indicator: 'income', reference: 'gdp', from: 2025, to: 2030, basis: 'real', comparison: '>=' });
    const r = byId.get('income-in-step-15th');
    expect(r?.reference).toBe('gdp');
    expect(r?.tolerance).toBe(0.005);
    expect(r?.referenceGrowth).not.toBeNull();
    // threshold = GDP's average real growth 2025→2030 − 0.5 point; margin = income's − threshold
    expect(r?.target).toBeCloseTo((r?.referenceGrowth as number) - 0.005, 12);
    expect(r?.gap).toBeCloseTo((r?.projected as number) - (r?.target as number), 12);
    expect(r?.requiredFrom).toBe(2025);
    expect(r?.status).not.toBe('needs-base');
  });

  it('judges the unemployment cap as a cap', () => {
    const r = byId.get('unemployment-cap');
    expect(r?.comparison).toBe('<');
    expect(r?.target).toBe(5.5);
    expect(r?.met).toBe(true);
  });
});
