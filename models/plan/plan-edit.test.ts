import { describe, expect, it } from 'vitest';
import * as edit from './plan-edit';
import { errorsForEdit, isWithin, messagesAt, planFieldIssues } from './plan-field-issues';
import type { Plan } from './plan-schema';
import { applyWarningFix } from './plan-warnings';
import { minimalPlan } from '../testing/minimal-plan';
import { validatePlan } from './validate-plan';

function plan(): Plan {
  const r = validatePlan(minimalPlan(), 'en');
  if (!r.ok) throw new Error(JSON.stringify(r.issues));
  return r.plan;
}

const valid = (p: Plan) => planFieldIssues(p, 'en');

describe('plan edits return a new plan and leave the old one alone', () => {
  it('title, region, horizon', () => {
    const p = plan();
    const before = structuredClone(p);
    const next = edit.setHorizon(edit.setRegion(edit.setTitle(p, 'zh', '新标题'), 'en', 'New City'), 2040);
    expect(next.title).toEqual({ zh: '新标题', en: 'Test plan' });
    expect(next.region.en).toBe('New City');
    expect(next.horizon).toBe(2040);
    expect(p).toEqual(before);
    expect(valid(next).ok).toBe(true);
  });

  it('the base year moves the base values that stood in it', () => {
    const p = edit.setBaseYear(plan(), 2021);
    expect(p.indicators.filter((i) => i.base).every((i) => i.base?.year === 2021)).toBe(true);
    expect(edit.setBaseYear(p, 2021)).toBe(p);
  });

  it('an empty title is refused at its field, by the schema', () => {
    const r = valid(edit.setTitle(plan(), 'zh', ''));
    expect(r.ok).toBe(false);
    expect(messagesAt(r.errors, 'title.zh')).toHaveLength(1);
  });

  it('a horizon before a target year: the error is elsewhere, and named', () => {
    const r = valid(edit.setHorizon(plan(), 2024));
    expect(r.ok).toBe(false);
    const { own, elsewhere } = errorsForEdit(r.errors, ['horizon']);
    expect(own).toEqual([]);
    expect(elsewhere?.path).toMatch(/^(periods|targets)\[\d+\]/);
  });
});

describe('periods', () => {
  it('adds a period after the last, removes one with the segments that named it', () => {
    const p = edit.setHorizon(plan(), 2040);
    const added = edit.addPeriod(p);
    const last = added.periods[added.periods.length - 1];
    expect(last).toMatchObject({ start: 2036, end: 2040 });
    expect(valid(added).ok).toBe(true);
    const removed = edit.removePeriod(plan(), 0);
    expect(removed.periods.map((x) => x.id)).toEqual(['15th', '16th']);
    expect(removed.scenarios[0]?.assumptions.gdp?.some((s) => s.period === '14th')).toBe(false);
    expect(valid(removed).ok).toBe(true);
  });

  it('an end year before the start is refused at the period', () => {
    const r = valid(edit.setPeriod(plan(), 1, { end: 2020 }));
    expect(messagesAt(r.errors, 'periods[1]').length).toBeGreaterThan(0);
  });
});

describe('indicators', () => {
  it('adds one with its base value missing and a free id', () => {
    const a = edit.addIndicator(plan(), 'gdp');
    expect(a.id).toBe('gdp_2');
    const ind = a.plan.indicators.find((i) => i.id === a.id);
    expect(ind?.base).toMatchObject({ value: null, status: 'missing', year: 2020 });
    expect(valid(a.plan).ok).toBe(true);
  });

  it('renaming the id follows targets, formulas, assumptions and links', () => {
    const p = edit.renameIndicatorId(plan(), 'gdp', 'grp');
    expect(p.targets.filter((t) => t.indicator === 'grp')).toHaveLength(3);
    expect(p.indicators.find((i) => i.id === 'gdp_per_capita')?.formula).toBe('grp * 10000 / population');
    expect(p.scenarios[0]?.assumptions.grp).toBeDefined();
    expect(p.scenarios[0]?.assumptions.income_urban?.[0]?.link?.indicator).toBe('grp');
    expect(valid(p).ok).toBe(true);
  });

  it('a malformed or taken id is refused at the id field', () => {
    const bad = valid(edit.renameIndicatorId(plan(), 'gdp', 'GDP'));
    expect(messagesAt(bad.errors, 'indicators[0].id')).toHaveLength(1);
    const dup = valid(edit.renameIndicatorId(plan(), 'jobs', 'gdp'));
    expect(dup.ok).toBe(false);
  });

  it('removing one takes its targets and assumptions; one still in a formula is refused there', () => {
    const p = edit.removeIndicator(plan(), 'jobs');
    expect(p.targets.some((t) => t.indicator === 'jobs')).toBe(false);
    expect(p.scenarios[0]?.assumptions.jobs).toBeUndefined();
    expect(valid(p).ok).toBe(true);
    expect(edit.indicatorUsers(plan(), 'population').formulas).toEqual(['gdp_per_capita']);
    const r = valid(edit.removeIndicator(plan(), 'population'));
    expect(r.ok).toBe(false);
    expect(r.errors.some((e) => /formula/.test(e.path))).toBe(true);
  });

  it('name, unit, kind, basis and price index', () => {
    let p = edit.setIndicatorName(plan(), 'gdp', 'en', 'Gross regional product');
    p = edit.setIndicatorUnit(p, 'gdp', '万亿元');
    p = edit.setPriceIndex(p, 'income_urban', 'cpi');
    const gdp = p.indicators[0];
    expect(gdp?.name.en).toBe('Gross regional product');
    expect(gdp?.unit).toBe('万亿元');
    expect(p.indicators.find((i) => i.id === 'income_urban')?.priceIndex).toBe('cpi');
    expect(edit.setPriceIndex(p, 'income_urban', undefined).indicators.find((i) => i.id === 'income_urban')).not.toHaveProperty('priceIndex');
    expect(valid(p).ok).toBe(true);
    // An unknown unit is refused at the unit field until the plan defines it.
    const unknown = edit.setIndicatorUnit(plan(), 'jobs', '人次');
    expect(messagesAt(valid(unknown).errors, 'indicators[7].unit')).toHaveLength(1);
    const defined = edit.setCustomUnit(unknown, { id: '人次', name: { zh: '人次', en: 'person-times' } });
    expect(valid(defined).ok).toBe(true);
  });

  it('a kind change keeps the base / formula rule', () => {
    const derived = edit.setIndicatorKind(plan(), 'population', 'derived');
    expect(derived.indicators[1]).not.toHaveProperty('base');
    expect(messagesAt(valid(derived).errors, 'indicators[1].formula')).toHaveLength(1);
    const back = edit.setIndicatorKind(plan(), 'gdp_per_capita', 'level');
    expect(back.indicators[2]).not.toHaveProperty('formula');
    expect(back.indicators[2]?.base).toMatchObject({ value: null, status: 'missing' });
  });

  it('base value, source, status and note; a cleared value becomes "missing"', () => {
    let p = edit.setBase(plan(), 'gdp', { value: 7500.5, source: '统计公报', status: 'final', note: 'n' });
    expect(p.indicators[0]?.base).toMatchObject({ value: 7500.5, source: '统计公报', status: 'final', note: 'n' });
    p = edit.setBase(p, 'gdp', { value: null, note: '' });
    expect(p.indicators[0]?.base).toMatchObject({ value: null, status: 'missing' });
    expect(p.indicators[0]?.base).not.toHaveProperty('note');
    // A value typed where there was none: an estimate (预计) until said otherwise; a status given with it wins.
    p = edit.setBase(p, 'gdp', { value: 7400 });
    expect(p.indicators[0]?.base).toMatchObject({ value: 7400, status: 'estimate' });
    p = edit.setBase(edit.setBase(p, 'gdp', { value: null }), 'gdp', { value: 7319.77, status: 'final' });
    expect(p.indicators[0]?.base).toMatchObject({ value: 7319.77, status: 'final' });
    expect(edit.setBase(p, 'gdp', { value: 7320 }).indicators[0]?.base?.status).toBe('final');
    const negative = valid(edit.setBase(plan(), 'gdp', { value: -1 }));
    expect(messagesAt(negative.errors, 'indicators[0].base.value')[0]?.message).toMatch(/negative/);
    const share = valid(edit.setBase(plan(), 'urbanization', { value: 120 }));
    expect(messagesAt(share.errors, 'indicators[3].base.value')[0]?.message).toMatch(/share/);
  });

  it('formulas are checked with the formula checker', () => {
    const unknown = valid(edit.setFormula(plan(), 'gdp_per_capita', 'gdp * 10000 / people'));
    expect(messagesAt(unknown.errors, 'indicators[2].formula')[0]?.message).toMatch(/unknown name "people"/);
    const syntax = valid(edit.setFormula(plan(), 'gdp_per_capita', 'gdp * (10000 / population'));
    expect(messagesAt(syntax.errors, 'indicators[2].formula')[0]?.message).toMatch(/syntax/);
    const cycle = valid(edit.setFormula(plan(), 'gdp_per_capita', 'gdp_per_capita + 1'));
    expect(messagesAt(cycle.errors, 'indicators[2].formula')).toHaveLength(1);
    expect(valid(edit.setFormula(plan(), 'gdp_per_capita', 'gdp * 1e4 / population')).ok).toBe(true);
  });
});

describe('targets', () => {
  it('adds each type over the first period or in its year, with a free id', () => {
    const g = edit.addTarget(plan(), { indicator: 'population', type: 'average-growth', value: 0.01 });
    expect(g.plan.targets.at(-1)).toMatchObject({ id: 'population-2021-2025', from: 2020, to: 2025, value: 0.01, comparison: '>=' });
    const t = edit.addTarget(g.plan, { indicator: 'gdp', type: 'threshold', value: 12000, year: 2030 });
    expect(t.id).toBe('gdp-2030');
    const c = edit.addTarget(t.plan, { indicator: 'jobs', type: 'cumulative', value: 40, period: '15th' });
    expect(c.plan.targets.at(-1)).toMatchObject({ from: 2026, to: 2030 });
    const m = edit.addTarget(c.plan, { indicator: 'gdp', type: 'multiple', value: 2, year: 2035 });
    expect(m.id).toBe('gdp-2035');
    expect(m.plan.targets.at(-1)).toMatchObject({ factor: 2, ofYear: 2020 });
    expect(valid(m.plan).ok).toBe(true);
  });

  it('a growth typed as 6 is accepted with a warning whose fix gives 0.06', () => {
    const g = edit.addTarget(plan(), { indicator: 'population', type: 'average-growth', value: 0.01 });
    const six = edit.setTarget(g.plan, g.id, { value: 6 });
    const r = valid(six);
    expect(r.ok).toBe(true);
    const w = messagesAt(r.warnings, 'targets[6].value');
    expect(w[0]?.code).toBe('growth-as-percent');
    const fixed = applyWarningFix(six, w[0]?.fix ?? { path: '', at: [], value: 0 });
    expect(fixed.targets[6]).toMatchObject({ value: 0.06 });
  });

  it('edits fields of its type only; period, comparison words, removal', () => {
    let p = edit.setTarget(plan(), 'gdp-trillion', { value: 11000, year: 2030, factor: 3, sentence: '力争突破1.1万亿元', section: '二' });
    expect(p.targets[1]).toMatchObject({ value: 11000, year: 2030, sentence: '力争突破1.1万亿元' });
    expect(p.targets[1]).not.toHaveProperty('factor');
    p = edit.setComparisonWord(p, 'gdp-trillion', '突破');
    expect(p.targets[1]?.comparison).toBe('>');
    expect(edit.comparisonWordOf(p.targets[1] as Plan['targets'][number])).toBe('突破');
    p = edit.setComparisonWord(p, 'gdp-growth', '达到');
    expect(p.targets[0]).not.toHaveProperty('tolerance');
    p = edit.setComparisonWord(p, 'gdp-growth', '左右');
    expect(p.targets[0]).toMatchObject({ tolerance: 0.005, comparison: '>=' });
    p = edit.setTargetPeriod(p, 'gdp-growth', '15th');
    expect(p.targets[0]).toMatchObject({ from: 2025, to: 2030 });
    expect(edit.targetPeriod(p, p.targets[0] as Plan['targets'][number])).toBe('15th');
    p = edit.setTargetPeriod(p, 'jobs-35', '15th');
    expect(p.targets[5]).toMatchObject({ from: 2026, to: 2030 });
    expect(valid(p).ok).toBe(true);
    expect(edit.removeTarget(p, 'gdp-double').targets).toHaveLength(5);
    expect(edit.removeTarget(p, 'nope')).toBe(p);
  });

  it('a year outside the plan is refused at the target year', () => {
    const r = valid(edit.setTarget(plan(), 'gdp-trillion', { year: 2040 }));
    expect(messagesAt(r.errors, 'targets[1].year')).toHaveLength(1);
  });
});

describe('paths', () => {
  it('isWithin reads field paths', () => {
    expect(isWithin('indicators[2].base.value', 'indicators[2].base')).toBe(true);
    expect(isWithin('indicators[2].base', 'indicators[2]')).toBe(true);
    expect(isWithin('indicators[21]', 'indicators[2]')).toBe(false);
    expect(isWithin('title.zh', 'title.z')).toBe(false);
  });
});

describe('the id field', () => {
  it('says why an id cannot be taken', () => {
    expect(edit.indicatorIdProblem(plan(), 7, 'new_jobs')).toBeNull();
    expect(edit.indicatorIdProblem(plan(), 7, 'jobs')).toBeNull();
    expect(edit.indicatorIdProblem(plan(), 7, 'gdp')?.code).toBe('duplicate');
    expect(edit.indicatorIdProblem(plan(), 7, 'Jobs')?.code).toBe('id-format');
    expect(edit.indicatorIdProblem(plan(), 7, '')?.code).toBe('id-format');
    expect(edit.indicatorIdProblem(plan(), 7, 'constructor')?.code).toBe('reserved-id');
    expect(edit.indicatorIdProblem(plan(), 7, 'deflator')?.code).toBe('reserved-id');
  });
});

describe('planFieldIssues gives what validatePlan gives', () => {
  it('the same errors and warnings for drafts the editor builds', () => {
    const drafts = [
      edit.setTitle(plan(), 'zh', ''),
      edit.setHorizon(plan(), 2024),
      edit.setFormula(plan(), 'gdp_per_capita', 'gdp / people'),
      edit.setBase(plan(), 'urbanization', { value: 0.7 }),
      edit.setTarget(plan(), 'gdp-growth', { value: 6 }),
      plan(),
    ];
    for (const d of drafts) {
      const mine = planFieldIssues(d, 'zh');
      const gate = validatePlan(d, 'zh');
      expect(mine.ok).toBe(gate.ok);
      if (!gate.ok) expect(mine.errors).toEqual(gate.issues);
      else expect(mine.warnings).toEqual(gate.warnings);
    }
  });
});

describe('the note on what the plan file holds of its document', () => {
  it('is set per language, kept as typed, and removed when both languages are empty', () => {
    const p = plan();
    const zh = edit.setSourceNote(p, 'zh', '主要指标表为图片。');
    expect(zh.source.note).toEqual({ zh: '主要指标表为图片。', en: '' });
    expect(validatePlan(zh).ok).toBe(true);
    const both = edit.setSourceNote(zh, 'en', 'The table is an image.');
    expect(both.source.note).toEqual({ zh: '主要指标表为图片。', en: 'The table is an image.' });
    const cleared = edit.setSourceNote(edit.setSourceNote(both, 'zh', ''), 'en', '  ');
    expect(cleared.source.note).toBeUndefined();
    expect('note' in cleared.source).toBe(false);
  });
});
