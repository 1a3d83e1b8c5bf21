/**
 * The fixture is laid out as plan tables are (表1 “十四五”时期经济社会发展主要指标): a title,
 * then 类别 / 序号 / 指标 / 单位 / 2020年（预计） / 2025年目标 / 2035年远景目标 / 年均增长 / 属性 / 备注.
 * It is imported into the Xuzhou plan; every figure below was checked by hand against the sheet.
 */
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import type { Plan, Target } from '../plan/plan-schema';
import { parseTableText } from '../numbers/table-text';
import { validatePlan } from '../plan/validate-plan';
import { guessMapping, guessStatus } from './header-guess';
import type { ImportMapping, ImportOptions, ImportProposal } from './import-types';
import { proposeImport } from './propose-import';

function xuzhou(): Plan {
  const r = validatePlan(JSON.parse(readFileSync(new URL('../../scenarios/xuzhou-14th-fyp.json', import.meta.url), 'utf8')));
  if (!r.ok) throw new Error(r.issues.map((i) => i.message).join('; '));
  return r.plan;
}
const SHEET = parseTableText(readFileSync(new URL('./fixtures/indicators-14th.csv', import.meta.url), 'utf8'));
const options = (extra: Partial<ImportOptions> = {}): ImportOptions => ({ fileName: 'indicators-14th.csv', status: 'estimate', customUnits: false, lang: 'zh', ...extra });
const run = (plan: Plan, rows = SHEET, mapping?: ImportMapping, extra: Partial<ImportOptions> = {}) => proposeImport(plan, rows, mapping ?? guessMapping(rows, plan), options(extra));
const changeOf = (p: ImportProposal, row: number) => p.changes.find((c) => c.row === row);
const targetsOf = (p: ImportProposal, indicator: string) => p.plan.targets.filter((t) => t.indicator === indicator);
const problems = (p: ImportProposal) => p.problems.map((q) => `${q.row}:${q.column ?? '-'}:${q.severity}:${q.code}`);

describe('importing a plan table into the Xuzhou plan', () => {
  const plan = xuzhou();
  const mapping = guessMapping(SHEET, plan);
  const p = run(plan, SHEET, mapping);

  it('guesses the mapping and the status of the base values', () => {
    expect(mapping.headerRow).toBe(1);
    expect(mapping.columns.map((c) => c.role)).toEqual(['ignore', 'ignore', 'name', 'unit', 'base', 'target', 'target', 'growth', 'attribute', 'note']);
    expect(mapping.columns[6]).toEqual({ role: 'target', year: 2035 });
    expect(mapping.columns[7]).toEqual({ role: 'growth', fromYear: 2020, year: 2025 });
    expect(guessStatus(SHEET, mapping)).toBe('estimate');
  });

  it('gives a plan that validates, with nothing dropped silently', () => {
    expect(validatePlan(JSON.parse(JSON.stringify(p.plan))).ok).toBe(true);
    // 15 data rows: 12 change the plan, the other three are each named with their problem.
    expect(p.changes.map((c) => c.row)).toEqual([3, 4, 5, 6, 7, 8, 9, 10, 11, 12, 13, 16, 17]);
    expect(problems(p)).toEqual(['9:4:warning:derived-base', '14:3:error:unknown-unit', '15:5:error:not-a-number']);
    const unknown = p.problems.find((q) => q.code === 'unknown-unit');
    expect(unknown).toMatchObject({ cell: '平方米', header: '单位' });
    expect(p.problems.find((q) => q.code === 'not-a-number')).toMatchObject({ cell: '〔完成省下达任务〕', header: '2025年目标' });
  });

  it('updates GDP rather than adding it: 超过 → >, 翻一番 on 2025, 6.5左右 → 6.5% ± 0.5 point; the plan ids stay', () => {
    const gdp = changeOf(p, 3);
    expect(gdp).toMatchObject({ indicator: 'gdp', isNew: false, base: { year: 2020, value: 7400, previous: 7400 } });
    const byId = new Map(targetsOf(p, 'gdp').map((t) => [t.id, t]));
    expect(byId.get('gdp-2025-trillion')).toMatchObject({ type: 'threshold', year: 2025, comparison: '>', value: 10000, basis: 'nominal', qualifier: '超过' });
    expect(byId.get('gdp-2035-double')).toMatchObject({ type: 'multiple', year: 2035, ofYear: 2025, factor: 2, comparison: '>=' });
    expect(byId.get('gdp-growth-14th')).toMatchObject({ type: 'average-growth', from: 2020, to: 2025, value: 0.065, tolerance: 0.005, qualifier: '左右' });
    expect(targetsOf(p, 'gdp')).toHaveLength(3);
    expect(gdp?.targets.map((t) => t.replaces)).toEqual(['gdp-2025-trillion', 'gdp-2035-double', 'gdp-growth-14th']);
    const sentence = byId.get('gdp-2025-trillion')?.sentence;
    expect(sentence).toBe('地区生产总值（亿元）：2025年目标 超过10000');
    expect(byId.get('gdp-2025-trillion')?.section).toBe('“indicators-14th.csv”第3行');
    expect(p.plan.indicators.find((i) => i.id === 'gdp')?.base).toEqual({ year: 2020, value: 7400, source: '从“indicators-14th.csv”第3行导入', status: 'estimate' });
  });

  it('adds new indicators with lexicon ids, units from the registry and kinds from the unit', () => {
    const added = p.changes.filter((c) => c.isNew).map((c) => `${c.indicator}:${c.kind}:${c.unit}:${c.base?.value ?? '-'}`);
    expect(added).toEqual([
      'rd_intensity:share:%:2.4',
      'labour_productivity:level:万元:14.1',
      'industrial_value_added:level:亿元:3000',
      'life_expectancy:level:岁:79.2',
      'doctors_per_1000:level:人:2.9',
      'forest_cover:share:%:30.7',
    ]);
    const life = p.plan.indicators.find((i) => i.id === 'life_expectancy');
    expect(life).toMatchObject({ name: { zh: '人均预期寿命' }, basis: 'none', note: { zh: '预期性指标', en: 'expected (indicative) indicator' } });
    expect(targetsOf(p, 'life_expectancy')).toEqual([
      expect.objectContaining({ id: 'imp-life-expectancy-2025', type: 'threshold', year: 2025, comparison: '>=', value: 80 }),
    ]);
    // 每千人口拥有执业（助理）医师数 keeps its brackets: 助理 is not a unit.
    expect(p.plan.indicators.find((i) => i.id === 'doctors_per_1000')?.name.zh).toBe('每千人口拥有执业（助理）医师数');
    // Money in 亿元 is at current prices.
    expect(p.plan.indicators.find((i) => i.id === 'industrial_value_added')?.basis).toBe('nominal');
    expect(p.plan.indicators).toHaveLength(plan.indicators.length + 6);
  });

  it('reads the other target forms: 翻一番 on the base, 〔35〕 as a cumulative, growth of a level, 以上', () => {
    expect(targetsOf(p, 'hightech_firms').find((t) => t.type === 'multiple')).toMatchObject({ year: 2025, ofYear: 2020, factor: 2 });
    expect(targetsOf(p, 'new_urban_jobs')).toEqual([expect.objectContaining({ id: 'urban-jobs-14th', type: 'cumulative', from: 2021, to: 2025, value: 35, comparison: '>=' })]);
    expect(targetsOf(p, 'income_rural')).toEqual([expect.objectContaining({ id: 'imp-income-rural-2025-growth', type: 'average-growth', from: 2020, to: 2025, value: 0.075 })]);
    expect(targetsOf(p, 'air_quality_good_days')).toEqual([expect.objectContaining({ id: 'air-quality-2025', value: 80, comparison: '>=', qualifier: '以上' })]);
    expect(p.plan.indicators.find((i) => i.id === 'air_quality_good_days')?.base?.value).toBe(80.3);
  });

  it('keeps a derived indicator base as a reported figure of its year (the formula gives the base)', () => {
    const income = p.plan.indicators.find((i) => i.id === 'income_all');
    expect(income?.base).toBeUndefined();
    expect(income?.actuals?.find((a) => a.year === 2020)).toEqual({ year: 2020, value: 35000, source: '从“indicators-14th.csv”第9行导入', status: 'estimate' });
  });

  it('charts the new indicators that have targets (the plan lists its charts)', () => {
    const ids = (p.plan.charts ?? []).map((c) => c.id);
    expect(ids.slice(0, (plan.charts ?? []).length)).toEqual((plan.charts ?? []).map((c) => c.id));
    expect(ids.slice((plan.charts ?? []).length)).toEqual(['rd_intensity', 'labour_productivity', 'life_expectancy', 'doctors_per_1000', 'forest_cover']);
  });

  it('changes nothing the second time the same sheet is imported', () => {
    const again = run(p.plan);
    expect(again.plan).toEqual(p.plan);
    expect(again.changes.filter((c) => c.isNew)).toEqual([]);
  });

  it('takes an unknown unit as the plan’s own when asked', () => {
    const withUnits = run(plan, SHEET, mapping, { customUnits: true });
    expect(withUnits.units).toEqual(['平方米']);
    expect(withUnits.plan.units).toEqual([{ id: '平方米', name: { zh: '平方米', en: '平方米' } }]);
    expect(withUnits.plan.indicators.find((i) => i.name.zh === '人均公园绿地面积')).toMatchObject({ unit: '平方米', base: { value: 12 } });
    expect(problems(withUnits)).not.toContain('14:3:error:unknown-unit');
  });

  it('follows a changed mapping: the 2035 column ignored, the growth column as a 2030 target', () => {
    const remapped: ImportMapping = { ...mapping, columns: mapping.columns.map((c, i) => (i === 6 ? { role: 'ignore' } : i === 7 ? { role: 'growth', fromYear: 2025, year: 2030 } : c)) };
    const r = run(plan, SHEET, remapped);
    expect(r.plan.targets.find((t) => t.id === 'gdp-2035-double')).toMatchObject({ sentence: plan.targets.find((t) => t.id === 'gdp-2035-double')?.sentence });
    expect(targetsOf(r, 'gdp').find((t) => t.type === 'average-growth' && t.to === 2030)).toMatchObject({ from: 2025, value: 0.065 });
  });
});

describe('rows the plan refuses', () => {
  const plan = xuzhou();

  it('names each refused row with its row and column and leaves it out; the rest imports', () => {
    const rows = [
      ['指标', '单位', '2020年', '2025年'],
      ['常住人口城镇化率', '%', '120', '73'],
      ['人均预期寿命', '岁', '79', '2040'],
      ['新能源汽车保有量', '万辆', '3', '10'],
      ['', '', '5', ''],
      ['常住人口城镇化率', '%', '66', '70'],
      ['单位GDP能耗', '吨标准煤/万元', '0.5', 'abc'],
      ['高新技术企业数', '家', '1000', '翻一番'],
      ['空气质量优良天数占比', '%', '', '翻一番'],
      ['城镇新增就业人数', '万人', '', '〔35万人〕'],
      ['中学数', '所', '', '20%'],
    ];
    const r = run(plan, rows);
    expect(problems(r)).toEqual([
      '2:-:error:invalid',
      '4:1:error:unknown-unit',
      '5:0:error:no-name',
      '6:0:error:duplicate-row',
      '7:3:error:not-a-number',
      '9:3:error:multiple-needs-level',
      '11:3:error:unit-mismatch',
    ]);
    expect(r.problems[0]?.params?.path).toBe('indicators[3].base.value');
    expect(String(r.problems[0]?.params?.message)).toMatch(/120/);
    // The urbanization row is left out whole; the others stand.
    expect(r.plan.indicators.find((i) => i.id === 'urbanization')?.base?.value).toBe(68);
    expect(r.plan.indicators.find((i) => i.name.zh === '人均预期寿命')?.base?.value).toBe(79);
    expect(r.plan.indicators.find((i) => i.name.zh === '单位GDP能耗')).toMatchObject({ unit: '吨标准煤/万元', base: { value: 0.5 } });
    // 35万人 in 万人: 35, as a cumulative target.
    expect(targetsOf(r, 'new_urban_jobs')).toEqual([expect.objectContaining({ type: 'cumulative', value: 35 })]);
    expect(validatePlan(JSON.parse(JSON.stringify(r.plan))).ok).toBe(true);
  });

  it('refuses a year past the horizon and a sheet without a name column', () => {
    const r = run(plan, [
      ['指标', '单位', '2040年'],
      ['常住人口', '万人', '1000'],
    ]);
    expect(problems(r)).toEqual(['2:2:error:year-range']);
    expect(r.plan).toBe(plan);
    const none = proposeImport(plan, [['单位', '2025年']], { headerRow: 0, columns: [{ role: 'unit' }, { role: 'target', year: 2025 }] }, options());
    expect(problems(none)).toEqual(['1:-:error:no-name-column']);
  });

  it('reads one row per target (year, value and comparison word in their own columns)', () => {
    const rows = [
      ['指标名称', '单位', '目标年份', '目标值', '比较词', '数据来源'],
      ['人均预期寿命', '岁', '2025', '80', '达到', ''],
      ['人均预期寿命', '岁', '2035', '81', '超过', ''],
      ['常住人口', '万人', '2030年', '950', '不超过', ''],
      ['常住人口', '万人', '2031', '960', '差不多', ''],
    ];
    const m = guessMapping(rows, plan);
    expect(m.columns.map((c) => c.role)).toEqual(['name', 'unit', 'targetYear', 'targetValue', 'comparison', 'source']);
    const r = run(plan, rows, m);
    const life = r.plan.indicators.find((i) => i.name.zh === '人均预期寿命');
    expect(life).toMatchObject({ unit: '岁', base: { value: null, status: 'missing' } });
    const lifeTargets = targetsOf(r, life?.id ?? '').map((t: Target) => `${t.type}:${t.type === 'threshold' ? `${t.year}${t.comparison}${t.value}` : ''}`);
    expect(lifeTargets).toEqual(['threshold:2025>=80', 'threshold:2035>81']);
    expect(targetsOf(r, 'population').map((t) => (t.type === 'threshold' ? `${t.year}${t.comparison}${t.value}` : t.type))).toEqual(['2030<=950', '2031>=960']);
    expect(problems(r)).toEqual(['5:4:warning:unknown-comparison']);
  });

  it('reads a growth row (地区生产总值增长) as average-growth targets of its indicator', () => {
    const rows = [
      ['指标', '单位', '2020年', '2025年', '2030年'],
      ['地区生产总值增长', '%', '3.4', '6左右', '5.5'],
    ];
    const r = run(plan, rows);
    expect(problems(r)).toEqual(['2:2:warning:growth-of-base']);
    const growth = targetsOf(r, 'gdp').filter((t) => t.type === 'average-growth');
    expect(growth.map((t) => (t.type === 'average-growth' ? `${t.from}-${t.to}:${t.value}:${t.tolerance ?? 0}` : ''))).toEqual(['2020-2025:0.06:0.005', '2025-2030:0.055:0']);
    expect(growth[0]?.id).toBe('gdp-growth-14th');
  });

  it('converts a figure written in another magnitude to the indicator unit (1.1万亿元 against 亿元)', () => {
    const r = run(plan, [
      ['指标', '2025年'],
      ['地区生产总值', '1.1万亿元'],
      ['常住人口', '950万'],
    ]);
    expect(problems(r)).toEqual([]);
    expect(r.plan.targets.find((t) => t.id === 'gdp-2025-trillion')).toMatchObject({ value: 11000 });
    expect(targetsOf(r, 'population')).toEqual([expect.objectContaining({ value: 950 })]);
  });
});

describe('a sheet as wide as Excel allows', () => {
  it('guesses a mapping without spreading its rows into a call (no stack overflow)', () => {
    const rows: string[][] = Array.from({ length: 200_000 }, () => ['']);
    rows[0] = ['指标', '单位', '2020年'];
    const mapping = guessMapping(rows, { baseYear: 2020, periods: [] });
    expect(mapping.columns.length).toBe(3);
  });
});
