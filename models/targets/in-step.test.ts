/** 基本同步 (in-step) targets: judged on the average real growth of two indicators, by hand arithmetic. */
import { describe, expect, it } from 'vitest';
import { planFile, type Plan, type PlanInput, type Scenario } from '../plan/plan-schema';
import { evaluateTargets, type TargetResult } from './evaluate-targets';
import { checkSemantics } from '../plan/validate-plan';
import { minimalPlan, minimalPlanWithGdp2021 } from '../testing/minimal-plan';
import { addTarget, setTarget } from '../plan/plan-edit';
import { targetKernel } from './target-probability';
import { project } from '../engine/projection';
import { reviewPlan } from '../review/review';
import { runMonteCarlo } from '../uncertainty/monte-carlo';
import { inStepThreshold } from './in-step-text';

const IN_STEP = {
  id: 'income-in-step',
  indicator: 'income_urban',
  type: 'in-step',
  reference: 'gdp',
  from: 2021,
  to: 2025,
  sentence: '居民收入增长和经济增长同步',
  section: 's',
} as const;

function planWith(target: Record<string, unknown> = IN_STEP): Plan {
  const raw = minimalPlanWithGdp2021() as PlanInput;
  return planFile.parse({ ...raw, targets: [...raw.targets, target] });
}

/** GDP 5.2% a year after its reported 2021, urban income `income` a year: constant prices. */
function scenario(p: Plan, income: number): Scenario {
  const sc = p.scenarios[0] as Scenario;
  return { ...sc, assumptions: { ...sc.assumptions, gdp: [{ from: 2022, to: 2035, value: 0.052 }], income_urban: [{ from: 2021, to: 2035, value: income }] } };
}

const resultOf = (p: Plan, sc: Scenario): TargetResult => evaluateTargets(p, sc).find((r) => r.id === 'income-in-step') as TargetResult;

describe('in-step targets (基本同步)', () => {
  it('income 5.0% against GDP 5.2%, tolerance 0.5 point by default: met; threshold 4.7%, margin +0.3 point, 0.2 point behind GDP', () => {
    const p = planWith();
    const r = resultOf(p, scenario(p, 0.05));
    expect(r.status).toBe('met');
    expect(r.projected).toBeCloseTo(0.05, 12);
    expect(r.referenceGrowth).toBeCloseTo(0.052, 12);
    expect(r.tolerance).toBe(0.005);
    expect(r.target).toBe(0.047);
    expect(r.gap).toBeCloseTo(0.003, 12);
    expect((r.projected as number) - (r.referenceGrowth as number)).toBeCloseTo(-0.002, 12);
    expect(r.reference).toBe('gdp');
    expect(r.unit).toBe('fraction');
    expect(r.basis).toBe('real');
    expect(r.year).toBe(2025);
    // Required: the average of 4.7% over 2021–25 from 2021 (nothing reported since): 4.7% a year.
    expect(r.requiredFrom).toBe(2021);
    expect(r.requiredGrowth).toBeCloseTo(0.047, 12);
  });

  it('income 4.5% against GDP 5.2%: missed by 0.2 point (4.5 − 4.7)', () => {
    const p = planWith();
    const r = resultOf(p, scenario(p, 0.045));
    expect(r.status).toBe('missed');
    expect(r.gap).toBeCloseTo(-0.002, 12);
  });

  it('faster than the reference is in step too (no upper band)', () => {
    const p = planWith();
    const r = resultOf(p, scenario(p, 0.08));
    expect(r.status).toBe('met');
    expect(r.band).toBeNull();
    expect(r.aboveBand).toBe(false);
  });

  it('a tolerance of 0.1 point: 5.0% against 5.2% is missed', () => {
    const p = planWith({ ...IN_STEP, tolerance: 0.001 });
    const r = resultOf(p, scenario(p, 0.05));
    expect(r.target).toBe(0.051);
    expect(r.status).toBe('missed');
  });

  it('required growth counts from the last reported year: income reported 2021–22 at 3%', () => {
    const raw = minimalPlanWithGdp2021() as PlanInput;
    const indicators = raw.indicators.map((i) =>
      i.id === 'income_urban'
        ? { ...i, actuals: [{ year: 2021, value: 39000 * 1.03, realGrowth: 0.03, source: 't', status: 'final' as const }, { year: 2022, value: 39000 * 1.03 ** 2, realGrowth: 0.03, source: 't', status: 'final' as const }] }
        : i,
    );
    const p = planFile.parse({ ...raw, indicators, targets: [...raw.targets, { ...IN_STEP, from: 2020 }] });
    const sc: Scenario = { ...scenario(p, 0.05), anchor: 'actuals' };
    const r = resultOf(p, sc);
    const s = project(p, sc).series.income_urban;
    const real = (y: number) => s?.real[y - 2020] as number;
    const gdp = project(p, sc).series.gdp;
    const refGrowth = ((gdp?.real[5] as number) / (gdp?.real[0] as number)) ** (1 / 5) - 1;
    expect(r.referenceGrowth).toBeCloseTo(refGrowth, 12);
    expect(r.requiredFrom).toBe(2022);
    // (v2020 × (1 + g_ref − 0.005)^5 / v2022)^(1/3) − 1
    expect(r.requiredGrowth).toBeCloseTo(((real(2020) * (1 + refGrowth - 0.005) ** 5) / real(2022)) ** (1 / 3) - 1, 10);
  });

  it('Monte Carlo kernel agrees with the deterministic verdict on one path', () => {
    const p = planWith();
    const sc = scenario(p, 0.05);
    const pr = project(p, sc);
    const k = targetKernel(p, p.targets.find((t) => t.id === 'income-in-step')!, true);
    const out = new Float64Array(1);
    const count = k.evaluate((n) => Float64Array.of(pr.series[n.indicator]!.real[n.year - 2020] as number), 1, out);
    expect(count).toEqual({ met: 1, valid: 1 });
    expect(out[0]).toBeCloseTo(0.05, 12);
  });
});

describe('in-step validation', () => {
  const codes = (p: Plan) => checkSemantics(p, 'zh').filter((i) => i.path.startsWith('targets[')).map((i) => i.code);

  it('refuses an unknown reference, the indicator itself, a share as reference, years out of range', () => {
    expect(codes(planWith({ ...IN_STEP, reference: 'nope' }))).toContain('in-step-unknown-reference');
    expect(codes(planWith({ ...IN_STEP, reference: 'income_urban' }))).toContain('in-step-same-indicator');
    expect(codes(planWith({ ...IN_STEP, reference: 'urbanization' }))).toContain('in-step-reference-kind');
    expect(codes(planWith({ ...IN_STEP, to: 2040 })).length).toBeGreaterThan(0);
    expect(codes(planWith({ ...IN_STEP, from: 2025, to: 2025 })).length).toBeGreaterThan(0);
    expect(codes(planWith())).toEqual([]);
  });

  it('says why in zh and en', () => {
    const issue = (lang: 'zh' | 'en') => checkSemantics(planWith({ ...IN_STEP, reference: 'income_urban' }), lang).find((i) => i.code === 'in-step-same-indicator');
    expect(issue('zh')?.message).toContain('参照指标不能是它自己');
    expect(issue('en')?.message).toContain('cannot be kept in step with itself');
    expect(issue('zh')?.path).toBe('targets[6].reference');
  });

  it('the comparison is ≥ even when the file omits it', () => {
    expect(planWith().targets.at(-1)).toMatchObject({ type: 'in-step', comparison: '>=', basis: 'real' });
  });
});

describe('in-step in the plan editor', () => {
  it('adds one against GDP with the tolerance as a fraction, and edits its reference', () => {
    const raw = planFile.parse(minimalPlan());
    const { plan, id } = addTarget(raw, { indicator: 'income_urban', type: 'in-step', value: 0.005, period: '15th' });
    expect(plan.targets.at(-1)).toMatchObject({ id, type: 'in-step', reference: 'gdp', from: 2025, to: 2030, tolerance: 0.005, comparison: '>=' });
    const edited = setTarget(plan, id, { reference: 'income_rural', comparison: '<' });
    expect(edited.targets.at(-1)).toMatchObject({ reference: 'income_rural', comparison: '>=' });
  });
});

describe('in-step in the review (plan tracking)', () => {
  /** GDP reported 2021 (+8.7%) and 2022 (+3.0%); urban income 2021 (+8.1%) and, when `incomeThrough` is 2022, 2022 (+2.9%). */
  function reviewed(incomeThrough: number) {
    const raw = minimalPlanWithGdp2021() as PlanInput;
    const indicators = raw.indicators.map((i) => {
      if (i.id === 'gdp') return { ...i, actuals: [...(i.actuals ?? []), { year: 2022, value: 8117.44 * 1.05, realGrowth: 0.03, source: 't', status: 'final' as const }] };
      if (i.id !== 'income_urban') return i;
      const figures = [
        { year: 2021, value: 39000 * 1.09, realGrowth: 0.081, source: 't', status: 'final' as const },
        { year: 2022, value: 39000 * 1.09 * 1.04, realGrowth: 0.029, source: 't', status: 'final' as const },
      ];
      return { ...i, actuals: figures.filter((a) => a.year <= incomeThrough) };
    });
    const p = planFile.parse({ ...raw, indicators, targets: [...raw.targets, { ...IN_STEP, from: 2020, to: 2022 }] });
    return reviewPlan(p).targets.find((r) => r.id === 'income-in-step');
  }

  it('is reported when both are reported through `to`: income √(1.081 × 1.029) − 1 against GDP √(1.087 × 1.030) − 1 − 0.5 point', () => {
    const r = reviewed(2022);
    const income = Math.sqrt(1.081 * 1.029) - 1;
    const gdp = Math.sqrt(1.087 * 1.03) - 1;
    expect(r?.source).toBe('reported');
    expect(r?.reference).toBe('gdp');
    expect(r?.value).toBeCloseTo(income, 10);
    expect(r?.target).toBeCloseTo(gdp - 0.005, 10);
    // 5.47% against 5.81% − 0.5 = 5.31%: met
    expect(r?.status).toBe('met');
    expect(r?.unit).toBe('fraction');
  });

  it('is pending while income has no 2022 figure', () => {
    const r = reviewed(2021);
    expect(r?.source).toBe('projected');
    expect(r?.status).toBe('pending');
  });
});

describe('in-step in Monte Carlo', () => {
  it('without uncertainty: probability 1 where the check says met, 0 where missed', () => {
    for (const [income, expected] of [[0.05, 1], [0.045, 0]] as const) {
      const p = planWith();
      const sc = scenario(p, income);
      const withScenario = { ...p, scenarios: [sc] };
      const mc = runMonteCarlo(withScenario, sc.id, { shocks: [] }, { runs: 5, seed: 1 });
      expect(mc.targets.find((t) => t.id === 'income-in-step')?.probability).toBe(expected);
    }
  });
});

describe('in-step threshold text', () => {
  it('reads as officials write it', () => {
    expect(inStepThreshold('地区生产总值', 0.005, 0.047, 'zh')).toBe('≥ 地区生产总值增速 − 0.5个百分点（4.70%）');
    expect(inStepThreshold('GDP', 0.005, null, 'en')).toMatch(/^≥ growth of GDP − 0\.5/);
  });
});
