import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { COMPARISON_WORDS, comparisonIn } from '../models/targets/comparison-words';
import { impliedDeflator } from '../models/plan/implied-deflator';
import { planFile, type Indicator, type Plan, type Scenario, type Target } from '../models/plan/plan-schema';

const planText = readFileSync(
  new URL('./sources/xuzhou-14th-fyp-recommendation.zh.txt', import.meta.url),
  'utf8',
);
const raw: unknown = JSON.parse(readFileSync(new URL('./xuzhou-14th-fyp.json', import.meta.url), 'utf8'));

const parsed = planFile.safeParse(raw);

function plan(): Plan {
  if (!parsed.success) throw new Error(JSON.stringify(parsed.error.issues, null, 2));
  return parsed.data;
}

function indicator(id: string): Indicator {
  const found = plan().indicators.find((i) => i.id === id);
  if (!found) throw new Error(`indicator ${id} missing`);
  return found;
}

function target(id: string): Target {
  const found = plan().targets.find((t) => t.id === id);
  if (!found) throw new Error(`target ${id} missing`);
  return found;
}

function scenario(id: string): Scenario {
  const found = plan().scenarios.find((s) => s.id === id);
  if (!found) throw new Error(`scenario ${id} missing`);
  return found;
}

function actual(id: string, year: number) {
  const found = indicator(id).actuals?.find((a) => a.year === year);
  if (!found) throw new Error(`actual ${id} ${year} missing`);
  return found;
}

/** The value of a scenario's assumption for one indicator in one year (nearest earlier segment). */
function assumptionValue(s: Scenario, id: string, y: number): number | undefined {
  const p = plan();
  let best: { start: number; value: number | undefined } | undefined;
  for (const seg of s.assumptions[id] ?? []) {
    const per = seg.period === undefined ? undefined : p.periods.find((x) => x.id === seg.period);
    const start = per ? per.start : (seg.from as number);
    if (start <= y && (!best || start >= best.start)) best = { start, value: seg.value };
  }
  return best?.value;
}

describe('xuzhou-14th-fyp.json', () => {
  it('conforms to the plan schema', () => {
    expect(parsed.success, parsed.success ? '' : JSON.stringify(parsed.error.issues, null, 2)).toBe(true);
  });

  it('has the plan header', () => {
    const p = plan();
    expect(p.schemaVersion).toBe(2);
    expect(p.id).toBe('xuzhou-14th-fyp');
    expect(p.baseYear).toBe(2020);
    expect(p.horizon).toBe(2035);
    expect(p.title.zh).toBe('中共徐州市委关于制定徐州市国民经济和社会发展第十四个五年规划和二〇三五年远景目标的建议');
    expect(p.source.document).toBe(p.title.zh);
    expect(p.source.issuer).toBe('中国共产党徐州市第十二届委员会第十一次全体会议');
    expect(p.source.adopted).toBe('2020-12-28');
    expect(p.source.file).toBe('xuzhou-14th-fyp-recommendation.zh.txt');
    expect(p.region.zh).toBe('徐州市');
    expect(planText).toContain('中国共产党徐州市第十二届委员会第十一次全体会议');
    expect(planText).toContain('二〇二〇年十二月二十八日');
    expect(p.periods.map((x) => [x.id, x.start, x.end])).toEqual([
      ['13th', 2016, 2020],
      ['14th', 2021, 2025],
      ['15th', 2026, 2030],
      ['16th', 2031, 2035],
    ]);
  });

  it('carries the required indicators', () => {
    const ids = plan().indicators.map((i) => i.id);
    for (const id of [
      'gdp', 'population', 'gdp_per_capita', 'urbanization', 'income_urban', 'income_rural', 'income_all',
      'retail_sales', 'hightech_firms', 'hightech_output_share', 'industrial_sales', 'new_urban_jobs',
      'pension_payment_rate', 'air_quality_good_days', 'civilized_villages_share', 'public_safety_index',
      'highstandard_farmland_new', 'afforestation', 'forest_upgrade', 'highstandard_farmland_share',
      'forest_coverage', 'builtup_green_rate',
    ]) {
      expect(ids).toContain(id);
    }
    expect(new Set(ids).size).toBe(ids.length);
  });

  it('gives every non-derived indicator a base, and null values only as "missing"', () => {
    for (const i of plan().indicators) {
      if (i.kind === 'derived') {
        expect(i.base, i.id).toBeUndefined();
        expect(i.formula, i.id).toBeTruthy();
      } else {
        expect(i.base, i.id).toBeDefined();
        expect(i.base?.year).toBe(2020);
        expect(i.base?.value === null, i.id).toBe(i.base?.status === 'missing');
      }
      const money = i.unit === '亿元' || i.unit === '万元' || i.unit === '元';
      expect(i.basis, i.id).toBe(money ? 'nominal' : 'none');
    }
  });

  it('has the GDP base, the reported 2020 figure and the 2015–2024 series', () => {
    const gdp = indicator('gdp');
    expect(gdp).toMatchObject({ kind: 'level', unit: '亿元', basis: 'nominal' });
    expect(gdp.base).toMatchObject({ year: 2020, value: 7400, status: 'estimate' });
    expect(planText).toContain('2020年达到7400亿元(预计,下同)');
    expect(actual('gdp', 2020)).toMatchObject({ value: 7319.77, status: 'reported', realGrowth: 0.034 });
    expect(actual('gdp', 2021)).toMatchObject({ value: 8117.44, realGrowth: 0.087 });
    expect(actual('gdp', 2024)).toMatchObject({ value: 9537.12, status: 'preliminary' });
    for (const a of gdp.actuals ?? []) {
      if (a.status === 'unverified') expect(a.note, `gdp ${a.year}`).toBeTruthy();
      expect(a.source).not.toContain('whdslt.com');
    }
  });

  it('has population from the census and GDP per capita as a derived figure', () => {
    expect(indicator('population').base).toMatchObject({ value: 908.38, status: 'final' });
    expect(actual('population', 2019).value).toBe(882.56);
    expect(actual('population', 2021).value).toBe(902.85);
    const pc = indicator('gdp_per_capita');
    expect(pc).toMatchObject({ kind: 'derived', unit: '元', formula: 'gdp * 10000 / population' });
    expect(actual('gdp_per_capita', 2020)).toMatchObject({ value: 84000, status: 'estimate' });
    expect(actual('gdp_per_capita', 2020).note).toContain('81,464');
    expect(Math.round((7400 * 10000) / 908.38)).toBe(81464);
    expect(planText).toContain('人均地区生产总值达8.4万元');
  });

  it('has urbanization with the implied 2015 figure and the 2021 series break', () => {
    const u = indicator('urbanization');
    expect(u).toMatchObject({ kind: 'share', unit: '%' });
    expect(u.base).toMatchObject({ value: 68, status: 'estimate' });
    expect(actual('urbanization', 2015)).toMatchObject({ value: 61, status: 'implied' });
    expect(actual('urbanization', 2021)).toMatchObject({ value: 66.2, seriesBreak: true });
    expect(actual('urbanization', 2021).note).toBeTruthy();
    expect(planText).toContain('常住人口城镇化率达68%、较2015年提高7个百分点');
  });

  it('has incomes with the implied 2015 figures and the all-resident approximation', () => {
    expect(indicator('income_urban').base).toMatchObject({ value: 39000, status: 'estimate' });
    expect(indicator('income_rural').base).toMatchObject({ value: 21000, status: 'estimate' });
    expect(actual('income_urban', 2015)).toMatchObject({ value: 39000 - 12781, status: 'implied' });
    expect(actual('income_rural', 2015)).toMatchObject({ value: 21000 - 7018, status: 'implied' });
    expect(actual('income_urban', 2016).value).toBe(28421);
    expect(actual('income_rural', 2016).value).toBe(15274);
    const all = indicator('income_all');
    expect(all.kind).toBe('derived');
    expect(all.formula).toBe('income_urban * urbanization / 100 + income_rural * (1 - urbanization / 100)');
    expect(all.approximation?.en).toMatch(/survey/);
    expect(planText).toContain('城镇居民和农村居民人均可支配收入分别达到39000元和 21000元,较2015年增长12781元和7018元');
  });

  it('has retail sales, high-tech and the missing industrial sales base', () => {
    const r = indicator('retail_sales');
    expect(r.base?.status).toBe('implied');
    expect(Math.abs((r.base?.value as number) - 4038 / 1.229)).toBeLessThan(1);
    expect(r.base?.source).toContain('kczg.org.cn/rules/detail?id=6064694');
    expect(actual('retail_sales', 2021).value).toBe(4038);
    expect(indicator('hightech_firms').base).toMatchObject({ value: 1000, status: 'estimate' });
    expect(actual('hightech_firms', 2015)).toMatchObject({ value: 250, status: 'implied' });
    expect(indicator('hightech_output_share').base?.value).toBe(47);
    expect(actual('hightech_output_share', 2021).value).toBe(47.1);
    // implied from the 2025 estimate (9000亿元左右) and about 9% a year: 9000 / 1.09^5
    expect(indicator('industrial_sales').base).toMatchObject({ value: 5849, status: 'implied' });
    expect(Math.abs(9000 / 1.09 ** 5 - 5849)).toBeLessThan(1);
    expect(actual('industrial_sales', 2025)).toMatchObject({ value: 9000, status: 'estimate' });
    expect(indicator('highstandard_farmland_share').base?.value).toBe(72);
    expect(indicator('forest_coverage').base?.value).toBe(30.7);
    expect(indicator('builtup_green_rate').base?.value).toBe(44);
    for (const id of ['new_urban_jobs', 'highstandard_farmland_new', 'afforestation', 'forest_upgrade']) {
      expect(indicator(id).kind).toBe('flow');
    }
  });

  it('carries the required targets with their numbers', () => {
    expect(target('gdp-growth-14th')).toMatchObject({
      type: 'average-growth', indicator: 'gdp', from: 2020, to: 2025, value: 0.065, tolerance: 0.005, basis: 'real',
      sentence: '全市地区生产总值年均增长6.5%左右', section: '二、(二)4 奋斗目标', qualifier: '左右',
    });
    expect(target('gdp-2025-trillion')).toMatchObject({ type: 'threshold', year: 2025, comparison: '>=', value: 10000, basis: 'nominal', qualifier: '力争' });
    expect(target('gdp-2035-double')).toMatchObject({ type: 'multiple', indicator: 'gdp', year: 2035, ofYear: 2025, factor: 2, comparison: '>=', basis: 'real' });
    expect(target('income-2025')).toMatchObject({ type: 'threshold', indicator: 'income_all', year: 2025, comparison: '>=', value: 40000, basis: 'nominal' });
    expect(target('income-2035-double')).toMatchObject({ type: 'multiple', indicator: 'income_all', year: 2035, ofYear: 2025, factor: 2, basis: 'real' });
    // 突破 reads "strictly above" (models/targets/comparison-words.ts)
    expect(target('retail-2025')).toMatchObject({ indicator: 'retail_sales', year: 2025, comparison: '>', value: 4500 });
    expect(target('urbanization-2025')).toMatchObject({ indicator: 'urbanization', year: 2025, comparison: '>=', value: 73 });
    expect(target('hightech-2025')).toMatchObject({ indicator: 'hightech_firms', year: 2025, comparison: '>', value: 3000 });
    expect(target('industrial-sales-2025')).toMatchObject({ indicator: 'industrial_sales', year: 2025, comparison: '>', value: 10000, section: '二、(二)3 基本要求' });
    expect(target('urban-jobs-14th')).toMatchObject({ type: 'cumulative', indicator: 'new_urban_jobs', from: 2021, to: 2025, comparison: '>', value: 35, qualifier: '确保 超过' });
    expect(target('pension-rate-2025')).toMatchObject({ comparison: '>', value: 90 });
    expect(target('air-quality-2025')).toMatchObject({ comparison: '>=', value: 80, qualifier: '力争' });
    expect(target('civilized-villages-2025')).toMatchObject({ comparison: '>=', value: 70 });
    expect(target('public-safety-2025')).toMatchObject({ comparison: '>', value: 98 });
    expect(target('farmland-14th')).toMatchObject({ type: 'cumulative', from: 2021, to: 2025, value: 255 });
    expect(target('afforestation-14th')).toMatchObject({ type: 'cumulative', from: 2021, to: 2025, value: 30 });
    expect(target('forest-upgrade-14th')).toMatchObject({ type: 'cumulative', from: 2021, to: 2025, value: 3 });
  });

  it('quotes every target sentence verbatim from the plan text', () => {
    const p = plan();
    expect(p.targets.length).toBeGreaterThanOrEqual(17);
    const indicatorIds = new Set(p.indicators.map((i) => i.id));
    for (const t of p.targets) {
      expect(planText.includes(t.sentence), `${t.id}: ${t.sentence}`).toBe(true);
      expect(indicatorIds.has(t.indicator), t.id).toBe(true);
      if (t.qualifier) {
        for (const q of t.qualifier.split(' ')) expect(t.sentence, t.id).toContain(q);
      }
    }
    for (const s of [
      '力争到2025年经济总量跻身万亿元城市行列',
      '到2025年常住人口城镇化率达到73%',
      '城乡居民人均可支配收入达到4万元',
      '居民人均可支配收入在2025年基础上实现翻一番以上',
      '社会消费品零售总额突破4500亿元',
      '到2025年全市高新技术企业突破3000家',
      '力争“十四五”末全市工业应税销售收入超万亿',
      '确保城镇累计新增就业人数超过35万',
      '公众安全感指数超过98%',
      '到2025年新建高标准农田255万亩',
      '成片造林30万亩',
      '改造山林林相3万亩',
    ]) {
      expect(p.targets.some((t) => t.sentence.includes(s)), s).toBe(true);
    }
  });

  it('carries the other quantitative statements as facts, quoted verbatim', () => {
    const p = plan();
    const indicatorIds = new Set(p.indicators.map((i) => i.id));
    for (const f of p.facts) {
      expect(planText.includes(f.sentence), `${f.id}: ${f.sentence}`).toBe(true);
      if (f.indicator) expect(indicatorIds.has(f.indicator), f.id).toBe(true);
      expect(f.year !== undefined || f.from !== undefined || /连冠|获评/.test(f.sentence), f.id).toBe(true);
    }
    const fact = (id: string) => p.facts.find((f) => f.id === id);
    expect(fact('gdp-crossed-6000')).toMatchObject({ value: 6000, unit: '亿元' });
    expect(fact('gdp-crossed-7000')).toMatchObject({ value: 7000, unit: '亿元' });
    expect(fact('hightech-firms-fourfold')).toMatchObject({ value: 250, unit: '家', year: 2015 });
    expect(fact('schools-built-13th')).toMatchObject({ value: 1184, from: 2016, to: 2020 });
    expect(fact('grade3-hospitals-new-13th')).toMatchObject({ value: 8, unit: '家' });
    expect(fact('grade3-hospitals-2020')).toMatchObject({ value: 24, unit: '家' });
    expect(fact('grade3a-hospitals-2020')).toMatchObject({ value: 11, unit: '家' });
    expect(fact('industrial-sales-doubled-13th')).toMatchObject({ indicator: 'industrial_sales', from: 2015, to: 2020 });
    expect(fact('urbanization-up-7-points')).toMatchObject({ value: 61, year: 2015 });
    expect(fact('income-urban-increase-13th')).toMatchObject({ value: 12781, unit: '元' });
    expect(fact('income-rural-increase-13th')).toMatchObject({ value: 7018, unit: '元' });
  });

  it('cites the plan by section for every figure taken from the text', () => {
    for (const i of plan().indicators) {
      for (const pv of [i.base, ...(i.actuals ?? [])]) {
        if (pv && pv.source.startsWith('《建议》')) {
          expect(pv.source.length, i.id).toBeGreaterThan('《建议》'.length);
        }
      }
    }
  });

  it('has four built-in scenarios, each distinct, none the path the targets require', () => {
    const p = plan();
    expect(p.scenarios.map((s) => s.id)).toEqual(['plan', 'slower', 'faster', 'trend']);
    // the default (first) scenario is the plan's own assumptions, and says so
    expect(scenario('plan').name).toEqual({ zh: '规划假设情景', en: "The plan's assumptions" });
    expect(scenario('plan').description.zh).toContain('从已公布的实际数出发');
    expect(scenario('plan').description.en).toContain('not the 7.18% the 2035 doubling needs');
    expect(scenario('trend')).toMatchObject({ trend: { years: 5, fallback: 'plan' } });
    const indicatorIds = new Set(p.indicators.map((i) => i.id));
    for (const s of p.scenarios) {
      expect(s.builtIn, s.id).toBe(true);
      // every scenario follows the reported figures: the old `anchor` field is gone
      expect(s.anchor, s.id).toBeUndefined();
      expect(s.description.zh.length).toBeGreaterThan(10);
      expect(s.description.en.length).toBeGreaterThan(10);
      for (const [id, segs] of Object.entries(s.assumptions)) {
        expect(indicatorIds.has(id), `${s.id}.${id}`).toBe(true);
        for (const seg of segs) if (seg.link) expect(indicatorIds.has(seg.link.indicator)).toBe(true);
      }
      // shares without a base get no assumptions
      for (const id of ['pension_payment_rate', 'air_quality_good_days', 'civilized_villages_share', 'public_safety_index']) {
        expect(s.assumptions[id], `${s.id}.${id}`).toBeUndefined();
      }
      // no scenario assumes the 7.18% the doubling requires for 2026–35
      const gdp2030 = assumptionValue(s, 'gdp', 2030);
      if (gdp2030 !== undefined) expect(Math.abs(gdp2030 - (2 ** 0.1 - 1)), s.id).toBeGreaterThan(1e-3);
    }
    // industrial sales: the plan scenario takes the city's "年均增速约9%" at current prices (real 1.09 / 1.005 − 1)
    expect(p.scenarios.find((x) => x.id === 'plan')?.assumptions.industrial_sales?.[0]?.value).toBeCloseTo(1.09 / 1.005 - 1, 6);
    // distinct: no two scenarios have the same prices, assumptions and trend
    const prints = p.scenarios.map((s) => JSON.stringify([s.deflator, s.cpi, s.trend, s.assumptions]));
    expect(new Set(prints).size).toBe(prints.length);
  });

  it('puts the plan\'s own figures in the plan scenario: 6.5% a year, continued after 2025', () => {
    const s = scenario('plan');
    expect(assumptionValue(s, 'gdp', 2021)).toBe(0.065);
    expect(assumptionValue(s, 'gdp', 2025)).toBe(0.065);
    // the plan states no rate after 2025: its last one continues (not 2^(1/10) − 1 = 7.18%)
    expect(assumptionValue(s, 'gdp', 2026)).toBe(0.065);
    expect(assumptionValue(s, 'gdp', 2035)).toBe(0.065);
    for (const id of ['income_urban', 'income_rural', 'retail_sales']) {
      expect(s.assumptions[id]).toEqual(
        ['14th', '15th', '16th'].map((period) => ({ period, link: { indicator: 'gdp', elasticity: 1 } })),
      );
    }
    // urbanization: 68 + 5 × 1 point = 73 in 2025 (the reported figures replace the early years)
    let u = indicator('urbanization').base?.value as number;
    for (let y = 2021; y <= 2025; y++) u += assumptionValue(s, 'urbanization', y) as number;
    expect(u).toBeCloseTo(73, 9);
    // flows without reported figures: the even pace of the plan's totals (just above where it says "超过")
    for (const t of plan().targets) {
      if (t.type !== 'cumulative') continue;
      let sum = 0;
      for (let y = t.from; y <= t.to; y++) sum += assumptionValue(s, t.indicator, y) as number;
      if (t.comparison === '>') {
        expect(sum, t.id).toBeGreaterThan(t.value);
        expect(sum, t.id).toBeLessThan(t.value * 1.05);
      } else expect(sum, t.id).toBeCloseTo(t.value, 9);
    }
  });

  it('prices after the reported years: the implied GDP deflator of the reported figures, not an assumed rate', () => {
    // hand arithmetic: 2021 8117.44 / 7319.77 / 1.087 − 1 = 2.02%; 2022 8457.84 / 8117.44 / 1.032 − 1 = 0.96%;
    // 2023 8900.44 / 8457.84 / 1.07 − 1 = −1.65%: geometric mean 0.43% (about 0.6% with 2024's growth of ≈ 5.8–6%)
    const implied = impliedDeflator(plan(), 'gdp');
    expect(implied.years.length).toBeGreaterThanOrEqual(3);
    expect(implied.mean).not.toBeNull();
    for (const id of ['plan', 'trend']) {
      const d = scenario(id).deflator.find((seg) => (seg.from ?? 0) <= 2030 && (seg.to ?? 9999) >= 2030)?.value;
      expect(d, id).toBe(0.005);
      // the rounded figure stays within 0.2 points of what the reported figures imply
      expect(Math.abs((d as number) - (implied.mean as number)), id).toBeLessThan(0.002);
    }
  });

  it('sets the deflators and GDP paths of the other scenarios', () => {
    const slower = scenario('slower');
    expect(assumptionValue(slower, 'gdp', 2025)).toBe(0.055);
    expect(assumptionValue(slower, 'gdp', 2028)).toBe(0.045);
    expect(assumptionValue(slower, 'gdp', 2033)).toBe(0.04);
    expect(slower.deflator).toEqual([{ from: 2021, to: 2035, value: 0 }]);
    expect(slower.assumptions.income_urban?.every((seg) => seg.link?.indicator === 'gdp' && seg.link.elasticity === 1)).toBe(true);
    const faster = scenario('faster');
    expect(assumptionValue(faster, 'gdp', 2025)).toBe(0.07);
    expect(assumptionValue(faster, 'gdp', 2030)).toBe(0.075);
    expect(faster.deflator).toEqual([{ from: 2021, to: 2035, value: 0.015 }]);
  });
});

describe('the plan file against the words of comparison', () => {
  it('reads every target’s word of comparison the one documented way', () => {
    for (const t of plan().targets) {
      const reading = comparisonIn(t.sentence);
      if (reading === undefined || reading.band) continue;
      // a sentence naming several targets (全覆盖 … 全面消除) governs each by its own word
      if (t.qualifier !== undefined && !t.qualifier.includes(reading.word) && COMPARISON_WORDS.some((w) => t.qualifier?.includes(w.word))) continue;
      expect(t.comparison, `${t.id}: ${reading.word}`).toBe(reading.comparison);
    }
  });

  it('carries the all-or-nothing statements: 全覆盖 100%, 全面消除 0, 全部改造到位 100%', () => {
    const p = plan();
    const t = (id: string) => p.targets.find((x) => x.id === id);
    expect(t('village-toilets-full')).toMatchObject({ comparison: '>=', value: 100 });
    expect(t('black-odorous-water-2025')).toMatchObject({ comparison: '<=', value: 0 });
    expect(t('old-houses-renovated-2025')).toMatchObject({ comparison: '>=', value: 100 });
    expect(p.facts.find((f) => f.id === 'grain-output-2020')).toMatchObject({ value: 100, unit: '亿斤' });
  });
});

describe('all targets can be judged: base values found, and said so where not', () => {
  it('says in words, in both languages, why each missing base value is missing', () => {
    for (const i of plan().indicators) {
      if (i.kind === 'derived' || i.base?.value !== null) continue;
      expect(i.note?.zh, i.id).toMatch(/未找到/);
      expect(i.note?.en, i.id).toMatch(/[Nn]o .*found/);
    }
  });

  it('gives a source and a status to every figure found', () => {
    for (const i of plan().indicators) {
      for (const v of [i.base, ...(i.actuals ?? [])]) {
        if (v === undefined || v.value === null) continue;
        expect(v.source.length, i.id).toBeGreaterThan(5);
        expect(v.status, i.id).not.toBe('missing');
      }
    }
    expect(indicator('highstandard_farmland_new').base).toMatchObject({ value: 42.56, status: 'implied' });
    expect(Math.abs(212.8 / 5 - 42.56)).toBeLessThan(1e-9);
    expect(actual('highstandard_farmland_share', 2019)).toMatchObject({ value: 65.72, status: 'reported' });
    // pre-census 2017–18 only in the note: no rate across the two bases
    expect(indicator('urbanization').actuals?.some((a) => a.year === 2017 || a.year === 2018)).toBe(false);
    expect(indicator('urbanization').note?.zh).toContain('2017年63.8%、2018年65.1%');
    expect(actual('urbanization', 2022)).toMatchObject({ value: 66.81 });
    expect(indicator('population').note?.zh).toContain('901.85');
    expect(actual('gdp', 2024).realGrowth).toBeUndefined();
  });

  it('says that the census-basis urbanization of 2020 was not found, so no break is entered', () => {
    const u = indicator('urbanization');
    expect(u.seriesBreaks).toBeUndefined();
    expect(u.note?.zh).toContain('未找到第七次人口普查口径的2020年城镇化率');
    expect(u.note?.en).toContain('7th-census basis was not found');
  });

  it('carries the five statements the text had left out, and 十连冠 as a target', () => {
    expect(target('strategic-emerging-double-14th')).toMatchObject({
      type: 'multiple', indicator: 'strategic_emerging_output', year: 2025, ofYear: 2020, factor: 2, comparison: '>=', basis: 'nominal',
      sentence: '实施战略性新兴产业倍增行动计划', section: '三、2 积极壮大高端制造业',
    });
    // 突破 reads "strictly above": more such projects in 2025 than in 2020
    expect(target('projects-10bn-14th')).toMatchObject({ type: 'multiple', indicator: 'projects_10bn', year: 2025, ofYear: 2020, factor: 1, comparison: '>', sentence: '努力在百亿级项目上实现新突破' });
    expect(target('culture-circle-urban-2025')).toMatchObject({ type: 'threshold', comparison: '>=', value: 100, section: '七、3 构筑公共文化服务高地' });
    expect(target('culture-circle-rural-2025')).toMatchObject({ type: 'threshold', comparison: '>=', value: 100 });
    expect(target('basic-education-15yr-2025')).toMatchObject({ type: 'threshold', comparison: '>=', value: 100, sentence: '推动15年基础教育高质量均衡发展' });
    expect(target('double-support-ten-2025')).toMatchObject({ type: 'threshold', indicator: 'double_support_titles', year: 2025, comparison: '>=', value: 10, qualifier: '确保' });
    expect(indicator('double_support_titles').base).toMatchObject({ value: 9, status: 'reported' });
    const p = plan();
    expect(p.facts.some((f) => f.sentence.includes('十连冠'))).toBe(false);
    expect(p.facts.find((f) => f.id === 'double-support-consecutive-9')).toBeDefined();
    // 四大行业转型升级全面完成 is said of 2016–20 (一、2 过去五年): a fact, not a target for 2025
    expect(p.facts.find((f) => f.id === 'four-industries-upgraded-13th')).toMatchObject({ value: 100, unit: '%', from: 2016, to: 2020 });
    expect(planText).toContain('四大行业转型升级全面完成');
    expect(p.targets.length).toBe(28);
  });
});
