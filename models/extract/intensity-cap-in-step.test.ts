/**
 * Issue 20, item 3: intensities (单位GDP能耗降低13.5%左右), caps (低于, 以内, 控制在) and
 * 基本同步 as extraction reads them and as they become targets of the national example's
 * shape; accepting them into a plan keeps it valid, and a target is judged once its
 * indicator has a base value.
 */
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import type { Plan, Target } from '../plan/plan-schema';
import { evaluateTargets } from '../targets/evaluate-targets';
import { parsePlanText, validatePlan } from '../plan/validate-plan';
import { acceptCandidates, defaultMapping } from './accept-candidates';
import type { Candidate } from './candidate';
import { buildDraftPlan } from './draft-plan';
import { extractTargets } from './extract-targets';
import { intensityOf } from './intensity';

const read = (path: string) => readFileSync(new URL(`../../${path}`, import.meta.url), 'utf8');

function planFile(path: string): Plan {
  const parsed = parsePlanText(read(path));
  if (!parsed.ok) throw new Error(`${path} must be valid`);
  return parsed.plan;
}

/** Written for the test in the outlines' words: a 14th-plan sentence and a 15th-plan paragraph. */
const FOURTEENTH = '“十四五”时期经济社会发展主要目标。“十四五”时期，单位GDP能耗降低13.5%左右，单位工业增加值用水量下降16%。';
const FIFTEENTH =
  '“十五五”时期经济社会发展主要目标。“十五五”时期，城镇调查失业率低于5.5%，居民收入增长和经济增长同步，' +
  '单位国内生产总值二氧化碳排放降低17%，单位GDP用水量下降10%，新增建设用地规模控制在2600万亩以内。';

const find = (cs: readonly Candidate[], phrase: string): Candidate => {
  const c = cs.find((x) => x.sentence.includes(phrase) && x.sentence.indexOf(x.phrase) >= x.sentence.indexOf(phrase) && x.sentence.indexOf(x.phrase) < x.sentence.indexOf(phrase) + phrase.length);
  if (!c) throw new Error(`no candidate for ${phrase}`);
  return c;
};

function draftTargetOf(text: string, phrase: string): { target: Target; plan: ReturnType<typeof buildDraftPlan>['plan'] } {
  const { candidates, context } = extractTargets(text);
  const draft = buildDraftPlan(candidates, context, { title: 't' });
  const c = find(candidates, phrase);
  const at = /^targets\[(\d+)\]$/.exec(draft.placed[c.id] ?? '');
  if (!at) throw new Error(`${phrase} was not placed: ${JSON.stringify(draft.skipped.find((s) => s.id === c.id))}`);
  return { target: draft.plan.targets[Number(at[1])] as Target, plan: draft.plan };
}

describe('intensities: 单位GDP能耗, 单位国内生产总值二氧化碳排放, 单位GDP用水量', () => {
  it('names the intensity, not the indicator it is per', () => {
    expect(intensityOf('单位GDP能耗')?.id).toBe('energy_intensity');
    expect(intensityOf('单位国内生产总值二氧化碳排放')).toMatchObject({ id: 'carbon_intensity', zh: '单位国内生产总值二氧化碳排放' });
    expect(intensityOf('万元GDP用水量')?.id).toBe('water_intensity');
    expect(intensityOf('单位地区生产总值能耗')).toMatchObject({ id: 'energy_intensity', zh: '单位地区生产总值能耗' });
    expect(intensityOf('单位工业增加值能耗')?.id).toBe('industrial_energy_intensity');
    expect(intensityOf('碳排放强度')?.id).toBe('carbon_intensity');
    expect(intensityOf('地区生产总值')).toBeNull();
    expect(intensityOf('人均国内生产总值')).toBeNull();
  });

  it('单位GDP能耗降低13.5%左右: an energy-intensity fall from 2020 to 2025, factor 0.865, ≤, 左右, 约束性', () => {
    const c = find(extractTargets(FOURTEENTH).candidates, '单位GDP能耗降低13.5%左右');
    expect(c).toMatchObject({ kind: 'reduction', value: 13.5, unit: '%', year: 2025, ofYear: 2020, forwardLooking: true });
    expect(c.suggestion?.id).toBe('energy_intensity');
    const { target, plan } = draftTargetOf(FOURTEENTH, '单位GDP能耗降低13.5%左右');
    expect(target).toMatchObject({ type: 'multiple', year: 2025, ofYear: 2020, factor: 0.865, comparison: '<=', qualifier: '左右', binding: 'binding' });
    const indicator = plan.indicators.find((i) => i.id === target.indicator);
    expect(indicator).toMatchObject({ id: 'energy_intensity', unit: '指数', kind: 'level' });
    expect(indicator?.note?.zh).toMatch(/强度指标/);
  });

  it('单位国内生产总值二氧化碳排放降低17% and 单位GDP用水量下降10%: factors 0.83 and 0.9 of 2025, for 2030', () => {
    const co2 = draftTargetOf(FIFTEENTH, '单位国内生产总值二氧化碳排放降低17%').target;
    expect(co2).toMatchObject({ indicator: 'carbon_intensity', type: 'multiple', year: 2030, ofYear: 2025, factor: 0.83, comparison: '<=', binding: 'binding' });
    const water = draftTargetOf(FIFTEENTH, '单位GDP用水量下降10%').target;
    expect(water).toMatchObject({ indicator: 'water_intensity', type: 'multiple', year: 2030, ofYear: 2025, factor: 0.9, comparison: '<=' });
  });

  it('a shared head: 单位国内生产总值能源消耗和二氧化碳排放分别降低13.5%、18%', () => {
    const text = '“十四五”时期主要目标。“十四五”时期，单位国内生产总值能源消耗和二氧化碳排放分别降低13.5%、18%。';
    const { candidates } = extractTargets(text);
    expect(candidates.map((c) => [c.value, c.suggestion?.id, c.ofYear])).toEqual([
      [13.5, 'energy_intensity', 2020],
      [18, 'carbon_intensity', 2020],
    ]);
    const xuzhou = planFile('scenarios/xuzhou-14th-fyp.json');
    const national = planFile('scenarios/national-15th-fyp.json');
    expect(defaultMapping(xuzhou, candidates)).toEqual({});
    expect(defaultMapping(national, candidates)).toEqual({ c1: 'energy_intensity', c2: 'co2_intensity' });
  });

  it('单位工业增加值用水量 is an intensity of industry, not industrial value added', () => {
    expect(find(extractTargets(FOURTEENTH).candidates, '单位工业增加值用水量下降16%').suggestion?.id).toBe('industrial_water_intensity');
  });

  it('a work report’s yearly fall is measured from the year before', () => {
    const text = '2026年政府工作报告\n\n一、2025年工作回顾\n\n过去一年，全市生产总值增长5.2%。\n\n二、2026年主要目标任务\n\n今年的主要预期目标是：单位地区生产总值能耗下降2%左右。';
    const c = find(extractTargets(text).candidates, '能耗下降2%左右');
    expect(c).toMatchObject({ year: 2026, ofYear: 2025, suggestion: { id: 'energy_intensity' } });
  });

  it('maps to the plan’s intensity by name, never to GDP', () => {
    const xuzhou = planFile('scenarios/xuzhou-14th-fyp.json');
    const national = planFile('scenarios/national-15th-fyp.json');
    const fourteenth = extractTargets(FOURTEENTH).candidates;
    const fifteenth = extractTargets(FIFTEENTH).candidates;
    const energy = find(fourteenth, '单位GDP能耗降低13.5%左右');
    const co2 = find(fifteenth, '二氧化碳排放降低17%');
    const water = { ...find(fifteenth, '单位GDP用水量下降10%'), id: 'w1' };
    // The Xuzhou plan has GDP but no intensity: a new indicator, not GDP.
    expect(defaultMapping(xuzhou, [energy, co2, water])).toEqual({});
    // The national plan's own intensities, although co2_intensity is not the lexicon's id.
    expect(defaultMapping(national, [energy, co2, water])).toEqual({ [energy.id]: 'energy_intensity', [co2.id]: 'co2_intensity', [water.id]: 'water_intensity' });
  });
});

describe('caps: 低于, 以内, 控制在, 不超过', () => {
  it('城镇调查失业率低于5.5%: strictly below 5.5 in 2030', () => {
    const { target } = draftTargetOf(FIFTEENTH, '城镇调查失业率低于5.5%');
    expect(target).toMatchObject({ type: 'threshold', year: 2030, comparison: '<', value: 5.5 });
  });

  it('新增建设用地规模控制在2600万亩以内: at most 2600万亩 summed over 2026–2030', () => {
    const c = find(extractTargets(FIFTEENTH).candidates, '新增建设用地规模控制在2600万亩以内');
    expect(c).toMatchObject({ kind: 'bound', comparison: '<=', value: 2600, unit: '万亩', fromYear: 2026, year: 2030 });
    const { target, plan } = draftTargetOf(FIFTEENTH, '新增建设用地规模控制在2600万亩以内');
    expect(target).toMatchObject({ type: 'cumulative', from: 2026, to: 2030, comparison: '<=', value: 2600, qualifier: '以内' });
    expect(plan.indicators.find((i) => i.id === target.indicator)).toMatchObject({ kind: 'flow', unit: '万亩' });
  });

  it('不超过 and 不高于 are at most; 控制在…左右 is an upper bound with a band', () => {
    const text = '“十五五”时期主要目标。“十五五”时期，城镇登记失业率不超过4.5%，城镇调查失业率控制在5.5%左右，PM2.5浓度不高于30微克/立方米。';
    const { candidates, context } = extractTargets(text);
    const { plan } = buildDraftPlan(candidates, context, { title: 't' });
    expect(plan.targets.map((t) => (t.type === 'threshold' ? [t.value, t.comparison, t.qualifier ?? ''] : t.type))).toEqual([
      [4.5, '<=', ''],
      [5.5, '<=', '左右'],
      [30, '<=', ''],
    ]);
  });
});

describe('基本同步 / 同步', () => {
  it('居民收入增长和经济增长同步: incomes in step with GDP over 2025–2030', () => {
    const c = find(extractTargets(FIFTEENTH).candidates, '居民收入增长和经济增长同步');
    expect(c).toMatchObject({ kind: 'in-step', indicator: '居民收入', year: 2030, fromYear: 2026, suggestion: { id: 'income' }, reference: { phrase: '经济', suggestion: { id: 'gdp' } } });
    const { target } = draftTargetOf(FIFTEENTH, '居民收入增长和经济增长同步');
    expect(target).toMatchObject({ type: 'in-step', indicator: 'income', reference: 'gdp', from: 2025, to: 2030, basis: 'real', qualifier: '同步' });
  });

  it('per-capita GDP where the text says so; 基本同步 kept as written; not 同步提升 or 同步部署', () => {
    const text = '“十五五”时期主要目标。“十五五”时期，居民人均可支配收入增长与人均地区生产总值增长基本同步，促进国防实力和经济实力同步提升，同步部署、同步编制。';
    const steps = extractTargets(text).candidates.filter((c) => c.kind === 'in-step');
    expect(steps).toHaveLength(1);
    expect(steps[0]).toMatchObject({ qualifier: '基本同步', reference: { suggestion: { id: 'gdp_per_capita' } } });
  });
});

describe('accepting intensity, cap and in-step candidates', () => {
  const fifteenth = extractTargets(FIFTEENTH).candidates.filter((c) => c.forwardLooking);

  it('into the national plan: its own indicators, and the plan stays valid', () => {
    const national = planFile('scenarios/national-15th-fyp.json');
    const mapping = defaultMapping(national, fifteenth);
    const out = acceptCandidates(national, fifteenth, mapping, { title: 'test' }, 'en');
    expect(out.skipped).toEqual([]);
    expect(out.added).toMatchObject({ targets: 5, indicators: 0 });
    expect(validatePlan(JSON.parse(JSON.stringify(out.plan)), 'en').ok).toBe(true);
    const added = out.plan.targets.slice(national.targets.length);
    expect(added.map((t) => [t.indicator, t.type])).toEqual([
      ['unemployment', 'threshold'],
      ['income', 'in-step'],
      ['co2_intensity', 'multiple'],
      ['water_intensity', 'multiple'],
      ['new_construction_land', 'cumulative'],
    ]);
    const results = evaluateTargets(out.plan, out.plan.scenarios[0] as Plan['scenarios'][number]);
    const co2 = results.find((r) => r.id === added[2]?.id);
    // The national plan has the CO₂ index's base value: the target is judged.
    expect(co2?.status).not.toBe('needs-base');
    expect(co2?.met).not.toBeNull();
  });

  it('into the city 15th-plan template: new intensity indicators, judged once a base value is entered', () => {
    const template = planFile('scenarios/templates/city-15th.json');
    const energyText = FOURTEENTH.replace(/十四五/g, '十五五').replace('13.5%', '10%');
    const chosen = [...fifteenth, ...extractTargets(energyText).candidates.map((c) => ({ ...c, id: `e-${c.id}` }))];
    const out = acceptCandidates(template, chosen, defaultMapping(template, chosen), { title: 'test' }, 'en');
    expect(validatePlan(JSON.parse(JSON.stringify(out.plan)), 'en').ok).toBe(true);
    expect(out.plan.indicators.find((i) => i.id === 'gdp')).toEqual(template.indicators.find((i) => i.id === 'gdp'));
    const energy = out.plan.targets.find((t) => t.indicator === 'energy_intensity');
    expect(energy).toMatchObject({ type: 'multiple', ofYear: 2025, year: 2030, factor: 0.9, comparison: '<=', qualifier: '左右' });
    const inStep = out.plan.targets.find((t) => t.type === 'in-step');
    expect(inStep).toMatchObject({ indicator: 'income_all', reference: 'gdp' });
    const scenario = out.plan.scenarios[0] as Plan['scenarios'][number];
    const before = evaluateTargets(out.plan, scenario).find((r) => r.id === energy?.id);
    expect(before?.met).toBeNull();
    // Enter the index's base value (2025 = 100): the target is judged.
    const withBase: Plan = {
      ...out.plan,
      indicators: out.plan.indicators.map((i) => (i.id === 'energy_intensity' ? { ...i, base: { year: 2025, value: 100, source: 'index, 2025 = 100', status: 'final' as const } } : i)),
    };
    expect(validatePlan(JSON.parse(JSON.stringify(withBase)), 'en').ok).toBe(true);
    const after = evaluateTargets(withBase, scenario).find((r) => r.id === energy?.id);
    expect(after?.status).not.toBe('needs-base');
    expect(after?.target).toBeCloseTo(90, 9);
    expect(typeof after?.met).toBe('boolean');
  });
});
