/**
 * The CLI's text speaks the plan's language, as the app writes it: `compare` with ≥ / < signs,
 * 左右 bands as bands, caps, 基本同步 in words (models/plan/compare-rows.ts, the compare view's
 * cells); `review` and `check` in English name a plan's own unit by its English label.
 */
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { cli, PLAN_FILE } from './test-helpers';

const NATIONAL_FILE = PLAN_FILE.replace('xuzhou-14th-fyp.json', 'national-15th-fyp.json');
const dir = mkdtempSync(join(tmpdir(), 'planpath-plan-language-'));
afterAll(() => rmSync(dir, { recursive: true, force: true }));

interface PlanJson {
  units?: { id: string; name: { zh: string; en: string }; decimals?: number }[];
  indicators: { id: string; unit: string }[];
  targets: Record<string, unknown>[];
}

function writePlan(name: string, from: string, edit: (plan: PlanJson) => void): string {
  const plan = JSON.parse(readFileSync(from, 'utf8')) as PlanJson;
  edit(plan);
  const file = join(dir, name);
  writeFileSync(file, JSON.stringify(plan));
  return file;
}

const keep = (ids: string[]) => (plan: PlanJson) => {
  plan.targets = plan.targets.filter((t) => ids.includes(t.id as string));
};

/** The table's lines, without the plan titles above it and the lists below it. */
function tableLines(stdout: string): string[] {
  const lines = stdout.split('\n');
  return lines.slice(2, lines.findIndex((l) => /^(匹配指标|\d+ indicators matched)/.test(l)));
}

describe('compare: targets written as the compare view writes them', () => {
  const a = writePlan('a.json', PLAN_FILE, keep(['gdp-2025-trillion']));
  const b = writePlan('b.json', NATIONAL_FILE, keep(['nearshore-water-2030', 'unemployment-cap', 'income-in-step-15th', 'construction-land-cap']));

  it('in Chinese by default: ≥, a 左右 band, caps (< and 以内 as ≤), 与GDP同步, one line a plan', async () => {
    const run = await cli(['compare', a, b]);
    expect(run.stderr).toBe('');
    expect(run.code).toBe(0);
    expect(tableLines(run.stdout)).toEqual([
      '指标                                  规划  目标                                                                     数值  判定      增长',
      '------------------------------------  ----  ---------------------------------------------------------  ------------------  --------  ------------------------',
      '地区生产总值                          A     2025年 ≥ 10,000亿元                                        10,208亿元（预测）  待公布    需年均 4.33%（自2024年）',
      '                                      B     —',
      '全国居民人均可支配收入                B     2025—2030年 与国内生产总值增长同步（慢不超过0.5个百分点）       5.43%（预测）  待公布    需年均 4.75%（自2025年）',
      '全国城镇调查失业率（年平均）          B     2030年 < 5.5%                                                    5.2%（预测）  待公布    —',
      '近岸海域优良（一、二类）水质面积比例  B     2030年 85.8–86.2%                                               89.4%（预测）  待公布    —',
      '新增建设用地                          B     2026—2030年 累计 ≤ 2,600万亩                                                —  缺基期值  —',
    ]);
    expect(run.stdout).not.toMatch(/>=|<=|NaN|undefined/);
    // each plan's scenario by its name, with its id
    expect(run.stdout.split('\n')[1]).toBe('B：中华人民共和国国民经济和社会发展第十五个五年规划纲要（2025—2035，情景“延续近期趋势情景”(trend)）');
    // indicators found in one plan only, by name (their ids stay in --json)
    expect(run.stdout).toMatch(/^仅见于 A（28 个）：城镇居民人均可支配收入、农村居民人均可支配收入、/m);
    expect(run.stdout).not.toMatch(/income_urban/);
  });

  it('in English with --lang en, the same targets; the lists of names separated by semicolons', async () => {
    const run = await cli(['compare', a, b, '--lang', 'en']);
    expect(run.code).toBe(0);
    expect(tableLines(run.stdout)).toEqual([
      'Indicator                                           Plan  Target                                                                                                   Value  Verdict       Growth',
      '--------------------------------------------------  ----  --------------------------------------------------------------------------------  ----------------------------  ------------  ------------------------------',
      'Gross domestic product (GDP)                        A     2025 ≥ 10,000 100m yuan                                                           10,208 100m yuan (projected)  pending       needs 4.33% a year (from 2024)',
      '                                                    B     —',
      'Per-capita disposable income                        B     2025–2030: in step with growth of Gross domestic product (at most 0.5 pp slower)             5.43% (projected)  pending       needs 4.75% a year (from 2025)',
      'Surveyed urban unemployment rate (annual average)   B     2030 < 5.5%                                                                                   5.2% (projected)  pending       —',
      'Near-shore sea area of good quality (classes I–II)  B     2030 85.8–86.2%                                                                              89.4% (projected)  pending       —',
      'New construction land                               B     2026–2030: total ≤ 2,600 10k mu                                                                              —  needs a base  —',
    ]);
    expect(run.stdout).toMatch(/^Only in A \(28\): Per capita disposable income, urban residents; Per capita disposable income, rural residents; /m);
  });

  it('a multiple whose reference year has no figure says what it asks, not "≥ —"', async () => {
    const run = await cli(['compare', writePlan('nox.json', NATIONAL_FILE, keep(['nox-15th'])), a]);
    expect(run.stdout).toContain('A     2030年 ≤ 0.92 × 2025年');
    const en = await cli(['review', writePlan('sei.json', PLAN_FILE, keep(['strategic-emerging-double-14th', 'projects-10bn-14th'])), '--lang', 'en']);
    expect(en.stdout).toContain('≥ 2 × 2020 level');
    expect(en.stdout).toContain('> 2020 level');
    expect(en.stdout).not.toMatch(/[<>]=?—/);
  });
});

describe("a plan's own unit in English", () => {
  const file = writePlan('own-unit.json', PLAN_FILE, (plan) => {
    plan.units = [{ id: '万台', name: { zh: '万台', en: '10k units' }, decimals: 1 }];
    const firms = plan.indicators.find((i) => i.id === 'hightech_firms');
    if (firms === undefined) throw new Error('no hightech_firms');
    firms.unit = '万台';
    const target = plan.targets.find((t) => t.id === 'hightech-2025');
    if (target === undefined) throw new Error('no hightech-2025');
    plan.targets = [
      { ...target, qualifier: '左右', comparison: '>=' },
      { id: 'hightech-2030', type: 'threshold', binding: 'expected', indicator: 'hightech_firms', year: 2030, comparison: '>=', value: 5000, sentence: '到2030年达到5000万台', section: '测试', label: { zh: '2030年5000万台', en: '5,000 (10k units) in 2030' } },
    ];
  });

  it('review --lang en writes values, band, threshold and gap in 10k units, never 万台', async () => {
    const run = await cli(['review', file, '--lang', 'en']);
    expect(run.code).toBe(0);
    expect(run.stdout.split('\n').slice(1, 5)).toEqual([
      'Target                       Binding   Year              Value  Source                     Threshold  Verdict                                  Gap   Gap %  Achieved (real/nom.)  Planned            Required  Last 5 yrs',
      '---------------------------  --------  ----  -----------------  ---------  -------------------------  --------------------------  ----------------  ------  --------------------  -------  ------------------  ----------',
      '3,000 high-tech enterprises  expected  2025  3,000.0 10k units  projected  2,940.0–3,060.0 10k units  pending · projected met        0.0 10k units    0.0%                     —   24.57%  24.57% (from 2020)      31.95%',
      '5,000 (10k units) in 2030    expected  2030  4,110.3 10k units  projected        ≥ 5,000.0 10k units  pending · projected missed  −889.7 10k units  −17.8%                     —   17.46%  17.46% (from 2020)      31.95%',
    ]);
    expect(run.stdout).not.toContain('万台');
    const zh = await cli(['review', file]);
    expect(zh.stdout).toContain('  ≥ 5,000.0万台  ');
  });

  it('check and compare --lang en name it 10k units too', async () => {
    const check = await cli(['check', file, '--lang', 'en']);
    expect(check.stdout).toMatch(/^3,000 high-tech enterprises +expected +2025 +10k units +about 3,000\.0 +3,000\.0 /m);
    expect(check.stdout).toMatch(/^5,000 \(10k units\) in 2030 +expected +2030 +10k units +≥ 5,000\.0 +4,110\.3 /m);
    expect(check.stdout).not.toContain('万台');
    const compare = await cli(['compare', file, file, '--lang', 'en']);
    expect(compare.stdout).toContain('2030 ≥ 5,000 10k units');
    expect(compare.stdout).not.toContain('万台');
  });
});

describe('sensitivity and extract in words', () => {
  it('sensitivity: a period named by its years is not followed by them again; the deflator is named; zero swings in points fold', async () => {
    const zh = await cli(['sensitivity', NATIONAL_FILE, '--target', 'income-in-step-15th']);
    expect(zh.code).toBe(0);
    expect(zh.stdout).not.toContain('2031—2035年 2031–2035');
    expect(zh.stdout).toMatch(/^另有 \d+ 项假设的摆幅为 0（按显示精度）：.*价格平减指数（“十五五”时期、2031—2035年）$/m);
    expect(zh.stdout).not.toMatch(/ 0\.00个百分点$/m);
    const en = await cli(['sensitivity', NATIONAL_FILE, '--target', 'income-in-step-15th', '--lang', 'en']);
    expect(en.stdout).toContain('Price deflator (2026–2030, 2031–2035)');
    expect(en.stdout).not.toMatch(/(?<!Price )deflator/);
  });

  it('extract: ≥ / ≤ (not >= / <=), kinds in English words, in-step as such', async () => {
    const text = join(dir, 'outline.txt');
    writeFileSync(text, '第三章 主要目标\n到2030年，城镇调查失业率控制在5.5%以内，居民收入增长和经济增长同步，全社会研发经费投入年均增长7%以上。\n');
    const en = await cli(['extract', text, '--lang', 'en']);
    expect(en.code).toBe(0);
    expect(en.stdout).toMatch(/≤ 5\.5 % +cap \/ floor/);
    expect(en.stdout).toMatch(/≥ 7 % +growth a year/);
    expect(en.stdout).toMatch(/in step: 经济 +in step/);
    expect(en.stdout).not.toMatch(/>=|<=|average-growth/);
    const zh = await cli(['extract', text]);
    expect(zh.stdout).toMatch(/与经济同步 +同步/);
  });
});

describe('long names that would read the same once cut', () => {
  it('project and montecarlo --lang en keep the urban, rural and all-resident incomes apart', async () => {
    const project = await cli(['project', PLAN_FILE, '--lang', 'en']);
    expect(project.stdout).toMatch(/^Per capita disposable income, urban residents +yuan /m);
    expect(project.stdout).toMatch(/^Per capita disposable income, rural residents +yuan /m);
    expect(project.stdout).not.toContain('Per capita disposable incom…');
    const mc = await cli(['montecarlo', PLAN_FILE, '--runs', '200', '--lang', 'en']);
    expect(mc.stdout).toMatch(/^Per capita disposable income, all residents +2025 +yuan /m);
  });
});

describe('check writes what each target asks', () => {
  it('≥ / < before the threshold, a 左右 target by its centre', async () => {
    const run = await cli(['check', NATIONAL_FILE]);
    expect(run.stdout).toMatch(/^城镇调查失业率低于5\.5% +2030 +% +< 5\.5 +5\.2 /m);
    expect(run.stdout).toMatch(/^单位GDP能耗下降10%左右 +2030 +指数 +79\.5左右 +78\.2 /m);
    expect(run.stdout).toMatch(/^劳动年龄人口平均受教育年限11\.7年 +2030 +年 +≥ 11\.7 +11\.3 /m);
    const en = await cli(['check', NATIONAL_FILE, '--lang', 'en']);
    expect(en.stdout).toMatch(/^Energy per unit of GDP about −10% +2030 +index +about 79\.5 +78\.2 /m);
  });
});
