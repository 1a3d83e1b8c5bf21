import { describe, expect, it } from 'vitest';
import { indicatorsNeedingBase } from './base-values-needed';
import type { ActualValue, Indicator, Plan, PlanInput } from './plan-schema';
import { minimalPlan } from '../testing/minimal-plan';
import { validatePlan } from './validate-plan';
import {
  applyActualsTakingBases,
  applyBaseProposals,
  isAutomatic,
  proposeBaseFromReported,
  proposeBasesFromReported,
  reportedBaseFigure,
  takeBaseFromReported,
} from './base-from-reported';

function valid(raw: PlanInput): Plan {
  const r = validatePlan(raw, 'en');
  if (!r.ok) throw new Error(r.issues.map((i) => `${i.path}: ${i.message}`).join('; '));
  return r.plan;
}

/** The minimal plan (base year 2020) with these figures added to indicators' actuals. */
function withActuals(actuals: Record<string, ActualValue[]>): Plan {
  const raw = minimalPlan();
  for (const ind of raw.indicators) {
    const more = actuals[ind.id];
    if (more) ind.actuals = [...(ind.actuals ?? []), ...more];
  }
  return valid(raw);
}

const ind = (plan: Plan, id: string) => plan.indicators.find((i) => i.id === id) as Indicator;
const bulletin = (value: number, extra: Partial<ActualValue> = {}): ActualValue => ({ year: 2020, value, source: '2020年统计公报', status: 'reported', ...extra });

describe('base values from the reported figures of the base year', () => {
  it('a missing base is replaced by the reported figure, with its status, source and note', () => {
    const plan = withActuals({ jobs: [bulletin(7.1, { note: '城镇新增就业' })] });
    const p = proposeBaseFromReported(plan, ind(plan, 'jobs'));
    expect(p).toMatchObject({ indicator: 'jobs', kind: 'missing' });
    expect(p && isAutomatic(p)).toBe(true);
    const next = applyBaseProposals(plan, p ? [p] : []);
    expect(ind(next, 'jobs').base).toEqual({ year: 2020, value: 7.1, source: '2020年统计公报', status: 'reported', note: '城镇新增就业' });
    expect(indicatorsNeedingBase(next).map((i) => i.id)).not.toContain('jobs');
    expect(indicatorsNeedingBase(plan).map((i) => i.id)).toContain('jobs');
  });

  it('an estimated base (预计) is replaced; the figure is taken as published (nominal, with real growth left on the actual)', () => {
    const plan = withActuals({ gdp: [bulletin(7319.77, { realGrowth: 0.034, status: 'preliminary' })] });
    const [p] = proposeBasesFromReported(plan);
    expect(p).toMatchObject({ indicator: 'gdp', kind: 'estimate', current: { value: 7400, status: 'estimate' } });
    expect(p?.base).toEqual({
      year: 2020,
      value: 7319.77,
      source: '2020年统计公报',
      status: 'preliminary',
      // What the plan said is kept in the note.
      note: '取代2020年预计值 7400（test）/ replaces the 2020 estimate value 7400',
    });
    const next = takeBaseFromReported(plan, 'gdp');
    expect(ind(next, 'gdp').base?.value).toBe(7319.77);
    // The actual itself is kept as history, with its real growth.
    expect(ind(next, 'gdp').actuals).toEqual(ind(plan, 'gdp').actuals);
  });

  it('a base the user gave as a final figure is not replaced without asking: the difference is proposed', () => {
    const plan = withActuals({ population: [bulletin(908.5)] });
    const p = proposeBaseFromReported(plan, ind(plan, 'population'));
    expect(p).toMatchObject({ kind: 'differs', current: { value: 908.38, status: 'final' }, figure: { value: 908.5 } });
    expect(p && isAutomatic(p)).toBe(false);
    // Entered in 实际数据: not applied, said.
    const entered = applyActualsTakingBases(valid(minimalPlan()), [{ indicator: 'population', year: 2020, actual: bulletin(908.5), row: 1 }]);
    expect(entered.taken).toEqual([]);
    expect(entered.differs.map((d) => d.indicator)).toEqual(['population']);
    expect(ind(entered.plan, 'population').base?.value).toBe(908.38);
    // Chosen by the user (one click): applied, the figure it replaces kept in the note.
    const taken = ind(takeBaseFromReported(plan, 'population'), 'population').base;
    expect(taken).toMatchObject({ value: 908.5, status: 'reported' });
    expect(taken?.note).toBe('取代2020年原值 908.38（census）/ replaces the 2020 final value 908.38');
    // Taken once, there is nothing more to propose.
    expect(proposeBasesFromReported(takeBaseFromReported(plan, 'population'))).toEqual([]);
  });

  it('the same number as the user\'s own base gives nothing to propose (its source and status stay)', () => {
    const plan = withActuals({ population: [bulletin(908.38)] });
    expect(proposeBasesFromReported(plan)).toEqual([]);
  });

  it('derived indicators are skipped, even with an official base-year figure', () => {
    const plan = withActuals({ gdp_per_capita: [bulletin(81000)] });
    expect(reportedBaseFigure(plan, ind(plan, 'gdp_per_capita'))).toBeNull();
    expect(proposeBasesFromReported(plan)).toEqual([]);
  });

  it('estimates, drafts and other years give nothing to take', () => {
    const plan = withActuals({
      gdp: [bulletin(7300, { status: 'estimate' }), { year: 2021, value: 8100, source: 'b', status: 'reported' }],
      jobs: [bulletin(7, { status: 'draft' })],
    });
    expect(proposeBasesFromReported(plan)).toEqual([]);
  });

  it('an actual with only a real growth and no value (not a number) gives nothing to take', () => {
    // The file format requires a value; a figure read some other way may carry only a growth.
    const plan = valid(minimalPlan());
    const growthOnly = { year: 2020, value: Number.NaN, realGrowth: 0.034, source: 'b', status: 'reported' } satisfies ActualValue;
    const gdp: Indicator = { ...ind(plan, 'gdp'), actuals: [growthOnly] };
    expect(reportedBaseFigure(plan, gdp)).toBeNull();
    expect(proposeBaseFromReported(plan, gdp)).toBeNull();
  });

  it('the last figure written for the base year wins', () => {
    const plan = withActuals({ jobs: [bulletin(7.1), bulletin(7.3, { status: 'revised' })] });
    expect(proposeBasesFromReported(plan)[0]?.base).toMatchObject({ value: 7.3, status: 'revised' });
  });
});

describe('figures entered in 实际数据 take the base value with them', () => {
  const plan = valid(minimalPlan());

  it('a base-year figure for a missing or estimated base becomes the base, in the same plan', () => {
    const out = applyActualsTakingBases(plan, [
      { indicator: 'gdp', year: 2020, actual: bulletin(7319.77), row: 1 },
      { indicator: 'jobs', year: 2020, actual: bulletin(7.1), row: 2 },
      { indicator: 'urbanization', year: 2021, actual: { year: 2021, value: 69, source: 'b', status: 'reported' }, row: 3 },
    ]);
    expect(out.taken).toEqual(['gdp', 'jobs']);
    expect(out.differs).toEqual([]);
    expect(ind(out.plan, 'gdp').base?.value).toBe(7319.77);
    expect(ind(out.plan, 'gdp').actuals?.[0]?.value).toBe(7319.77);
    expect(ind(out.plan, 'jobs').base?.status).toBe('reported');
    // Another year's figure leaves the base alone.
    expect(ind(out.plan, 'urbanization').base).toEqual(ind(plan, 'urbanization').base);
    expect(indicatorsNeedingBase(out.plan).map((i) => i.id)).toEqual([]);
  });

  it('only the indicators just given a base-year figure: an older one is left for the user', () => {
    const older = withActuals({ gdp: [bulletin(7319.77)] });
    const out = applyActualsTakingBases(older, [{ indicator: 'jobs', year: 2020, actual: bulletin(7.1), row: 1 }]);
    expect(out.taken).toEqual(['jobs']);
    expect(ind(out.plan, 'gdp').base?.value).toBe(7400);
  });

  it('a figure entered as an estimate, a removed figure, or no change at all takes nothing', () => {
    expect(applyActualsTakingBases(plan, [{ indicator: 'gdp', year: 2020, actual: bulletin(7300, { status: 'estimate' }), row: 1 }]).taken).toEqual([]);
    const had = withActuals({ jobs: [bulletin(7.1)] });
    const removed = applyActualsTakingBases(had, [{ indicator: 'jobs', year: 2020, actual: null, row: 1 }]);
    expect(removed.taken).toEqual([]);
    expect(ind(removed.plan, 'jobs').actuals).toBeUndefined();
    const same = applyActualsTakingBases(had, [{ indicator: 'jobs', year: 2020, actual: bulletin(7.1), row: 1 }]);
    expect(same.plan).toBe(had);
  });

  it('a base taken from the year\'s figure follows that figure when it is revised; a base of the user\'s own does not', () => {
    const first = applyActualsTakingBases(plan, [{ indicator: 'gdp', year: 2020, actual: bulletin(7319.77, { status: 'preliminary' }), row: 1 }]).plan;
    expect(ind(first, 'gdp').base).toMatchObject({ value: 7319.77, status: 'preliminary' });
    const revised = applyActualsTakingBases(first, [{ indicator: 'gdp', year: 2020, actual: bulletin(7330.1, { status: 'final' }), row: 1 }]);
    expect(revised.taken).toEqual(['gdp']);
    expect(revised.differs).toEqual([]);
    // The figure followed is not "replaced": the base says what the figure says.
    expect(ind(revised.plan, 'gdp').base).toEqual({ year: 2020, value: 7330.1, source: '2020年统计公报', status: 'final' });
    // A base of the user's own (the same number, from the yearbook, final) is kept, and the difference named.
    const mine = { ...first, indicators: first.indicators.map((i) => (i.id === 'gdp' ? { ...i, base: { year: 2020, value: 7319.77, source: '年鉴', status: 'final' as const } } : i)) };
    const own = applyActualsTakingBases(mine, [{ indicator: 'gdp', year: 2020, actual: bulletin(7330.1, { status: 'final' }), row: 1 }]);
    expect(own.taken).toEqual([]);
    expect(own.differs.map((d) => d.indicator)).toEqual(['gdp']);
    expect(ind(own.plan, 'gdp').base?.source).toBe('年鉴');
  });

  it('the plan it makes passes validation', () => {
    const out = applyActualsTakingBases(plan, [{ indicator: 'jobs', year: 2020, actual: bulletin(7.1), row: 1 }]);
    expect(validatePlan(JSON.parse(JSON.stringify(out.plan)) as unknown, 'en').ok).toBe(true);
  });
});
