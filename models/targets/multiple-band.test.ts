/**
 * 左右 on a multiple target ("单位GDP能耗下降10%左右"): a band of ±0.5 point of the
 * reference value around factor × reference, judged at its far end, as for every target kind
 * (DESIGN rule 17). The national example's energy intensity: 2025 index i, target 0.9 × i,
 * met at or below 0.905 × i.
 */
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { planFile, type Plan, type Scenario, type Target } from '../plan/plan-schema';
import { reviewPlan } from '../review/review';
import { targetKernel } from './target-probability';
import { evaluateTargets } from './evaluate-targets';
import { multipleBand, multipleTolerance } from './about-band';

const plan: Plan = planFile.parse(JSON.parse(readFileSync(new URL('../../scenarios/national-15th-fyp.json', import.meta.url), 'utf8')));
const energy = plan.targets.find((t) => t.id === 'energy-intensity-15th') as Target & { type: 'multiple' };
const i2025 = plan.indicators.find((i) => i.id === 'energy_intensity')?.base?.value as number;

/** The trend scenario with the energy intensity index changing by `g` a year. */
function withEnergyChange(g: number): Scenario {
  const sc = plan.scenarios.find((s) => s.id === 'trend') as Scenario;
  return { ...sc, assumptions: { ...sc.assumptions, energy_intensity: [{ from: 2026, to: 2035, value: g }] } };
}
const judge = (g: number, p: Plan = plan) => evaluateTargets(p, withEnergyChange(g)).find((r) => r.id === 'energy-intensity-15th');

describe('a multiple written 左右', () => {
  it('takes ±0.005 of the reference by default, its own tolerance when given, none without 左右', () => {
    expect(energy.qualifier).toBe('左右');
    expect(multipleTolerance(energy)).toBe(0.005);
    expect(multipleBand(energy, 100)).toEqual([89.5, 90.5]);
    expect(multipleBand({ ...energy, tolerance: 0.01 }, 100)).toEqual([89, 91]);
    const { qualifier: _q, ...strict } = energy;
    expect(multipleBand(strict, 100)).toBeNull();
  });

  it('a fall of 9.6% (inside the band 9.5–10.5%) meets "下降10%左右"; 9.4% misses; 11% meets, beyond the band', () => {
    // (1 + g)^5 = 0.904 → a fall of 9.6% over 2026–30
    const inside = judge(0.904 ** (1 / 5) - 1);
    expect(inside?.band?.[0]).toBeCloseTo(0.895 * i2025, 9);
    expect(inside?.band?.[1]).toBeCloseTo(0.905 * i2025, 9);
    expect(inside?.target).toBeCloseTo(0.9 * i2025, 9);
    expect(inside?.projected).toBeCloseTo(0.904 * i2025, 9);
    expect(inside).toMatchObject({ met: true, aboveBand: false });
    expect(judge(0.906 ** (1 / 5) - 1)).toMatchObject({ met: false, status: 'missed' });
    expect(judge(0.89 ** (1 / 5) - 1)).toMatchObject({ met: true, aboveBand: true });
  });

  it('without 左右 the same 9.6% fall misses "下降10%"', () => {
    const strict: Plan = { ...plan, targets: plan.targets.map((t) => (t.id === energy.id ? { ...t, qualifier: undefined } : t)) };
    expect(judge(0.904 ** (1 / 5) - 1, strict)).toMatchObject({ met: false, band: null });
  });

  it('Monte Carlo counts a path met at the band’s far end', () => {
    const k = targetKernel(plan, energy);
    const projected = new Float64Array(3);
    const out = k.evaluate((need) => (need.year === 2025 ? Float64Array.from([100, 100, 100]) : Float64Array.from([90.4, 90.6, 88])), 3, projected);
    expect(out).toEqual({ met: 2, valid: 3 });
  });

  it('the review judges the same band', () => {
    const r = reviewPlan(plan, { scenarioId: 'trend', asOf: 2030 }).targets.find((x) => x.id === 'energy-intensity-15th');
    expect(r?.band?.[1]).toBeCloseTo(0.905 * i2025, 6);
  });
});
