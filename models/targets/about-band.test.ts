/**
 * 左右 as a band for levels and shares (rule 17), against hand arithmetic: the width is
 * the target's tolerance or the documented default, the verdict is in / above / below.
 */
import { describe, expect, it } from 'vitest';
import { targetGuides } from '../charts/chart-guides';
import { project } from '../engine/projection';
import { planFile, type Plan, type PlanInput, type Scenario } from '../plan/plan-schema';
import { setComparisonWord } from '../plan/plan-edit';
import { reviewPlan } from '../review/review';
import { targetKernel } from './target-probability';
import { evaluateTargets } from './evaluate-targets';
import { minimalPlan } from '../testing/minimal-plan';
import { defaultThresholdTolerance, thresholdBand } from './about-band';

function build(edit: (p: PlanInput) => void = () => {}): Plan {
  const raw = minimalPlan();
  const urban = raw.targets.find((t) => t.id === 'urban-73') as PlanInput['targets'][number];
  Object.assign(urban, { qualifier: '左右', sentence: '城镇化率达到73%左右' });
  edit(raw);
  return planFile.parse(raw);
}

/** Urbanization 68 (2020) + `points` a year for five years. */
function withUrbanPoints(plan: Plan, points: number): Scenario {
  const sc = plan.scenarios[0] as Scenario;
  return { ...sc, assumptions: { ...sc.assumptions, urbanization: [{ from: 2021, to: 2035, value: points }] } };
}

describe('defaults', () => {
  it('a share ±0.2 point (3.4%左右 → 3.2–3.6); a level ±2% (1万亿左右 → 9,800–10,200)', () => {
    const share = { kind: 'share' as const, unit: '%' };
    const level = { kind: 'level' as const, unit: '亿元' };
    expect(defaultThresholdTolerance(share, 3.4)).toBe(0.2);
    expect(defaultThresholdTolerance(level, 10000)).toBe(200);
    const t = { id: 'x', indicator: 'gdp', type: 'threshold' as const, year: 2025, comparison: '>=' as const, value: 3.4, qualifier: '左右', sentence: 's', section: 's' };
    expect(thresholdBand(share, t, 3.4)).toEqual([3.2, 3.6]);
    expect(thresholdBand(share, { ...t, tolerance: 0.1 }, 3.4)).toEqual([3.3, 3.5]);
    expect(thresholdBand(share, { ...t, qualifier: '达到' }, 3.4)).toBeNull();
  });
});

describe('a share written 73%左右', () => {
  const plan = build();
  const judge = (points: number) => evaluateTargets(plan, withUrbanPoints(plan, points)).find((r) => r.id === 'urban-73');

  it('72.85 (68 + 5 × 0.97) is inside the band 72.8–73.2: met, although below 73', () => {
    const r = judge(0.97);
    expect(r?.band).toEqual([72.8, 73.2]);
    expect(r?.projected).toBeCloseTo(72.85, 9);
    expect(r).toMatchObject({ met: true, aboveBand: false, status: 'met' });
    expect(r?.gap).toBeCloseTo(-0.15, 9);
  });

  it('72.5 is below the band: missed; 73.5 above it: met, 超出区间', () => {
    expect(judge(0.9)).toMatchObject({ met: false, status: 'missed', aboveBand: false });
    expect(judge(1.1)).toMatchObject({ met: true, status: 'met', aboveBand: true });
  });

  it('the review judges the same band', () => {
    const p = { ...plan, scenarios: [withUrbanPoints(plan, 0.97)] };
    const t = reviewPlan(p, { scenarioId: 'plan' }).targets.find((x) => x.id === 'urban-73');
    expect(t?.band).toEqual([72.8, 73.2]);
    expect(t?.status).toBe('pending');
    expect(t?.projectedStatus).toBe('met');
  });

  it('Monte Carlo counts a path inside the band as met', () => {
    const t = plan.targets.find((x) => x.id === 'urban-73') as Plan['targets'][number];
    const k = targetKernel(plan, t);
    const projected = new Float64Array(3);
    const out = k.evaluate(() => Float64Array.from([72.85, 72.5, 73.5]), 3, projected);
    expect(out).toEqual({ met: 2, valid: 3 });
  });

  it('the chart draws the band around the target marker', () => {
    const sc = withUrbanPoints(plan, 0.97);
    const p = project(plan, sc);
    const g = targetGuides(plan, p, evaluateTargets(plan, sc, p), 'urbanization', 'nominal').find((x) => x.targetId === 'urban-73');
    expect(g?.value).toBe(73);
    expect(g?.band).toEqual([72.8, 73.2]);
  });

  it('an explicit tolerance of 0.1 point narrows it: 72.85 is then missed', () => {
    const narrow = build((p) => Object.assign(p.targets.find((t) => t.id === 'urban-73') as object, { tolerance: 0.1 }));
    const r = evaluateTargets(narrow, withUrbanPoints(narrow, 0.97)).find((x) => x.id === 'urban-73');
    expect(r?.band).toEqual([72.9, 73.1]);
    expect(r?.met).toBe(false);
  });
});

describe('the plan editor', () => {
  it('choosing 左右 on a level target writes the default width, editable; another word removes it', () => {
    const plan = build();
    const banded = setComparisonWord(plan, 'gdp-trillion', '左右');
    const t = banded.targets.find((x) => x.id === 'gdp-trillion');
    expect(t?.type === 'threshold' ? t.tolerance : null).toBe(200);
    expect(planFile.safeParse(banded).success).toBe(true);
    const r = evaluateTargets(banded, banded.scenarios[0] as Scenario).find((x) => x.id === 'gdp-trillion');
    expect(r?.band).toEqual([9800, 10200]);
    const back = setComparisonWord(banded, 'gdp-trillion', '达到').targets.find((x) => x.id === 'gdp-trillion');
    expect(back !== undefined && 'tolerance' in back).toBe(false);
  });
});
