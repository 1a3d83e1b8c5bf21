/**
 * An intensity projected from both its parts: energy use per unit of real GDP as a derived
 * indicator, energy_use / gdp, with the assumption on energy use's growth (the other way
 * is an index with its own yearly change, as the national example does). The derived
 * real series is energy use over real GDP (energy has no price basis), so a "falls by
 * 13.5% over the period" target is judged on real GDP: (1.02 / 1.065)^5 = 0.8058.
 */
import { describe, expect, it } from 'vitest';
import { project } from '../engine/projection';
import { planFile, type Plan, type PlanInput, type Scenario } from '../plan/plan-schema';
import { validatePlan } from '../plan/validate-plan';
import { minimalPlan } from '../testing/minimal-plan';
import { evaluateTargets } from './evaluate-targets';

function withIntensity(energyGrowth: number): Plan {
  const raw: PlanInput = minimalPlan();
  raw.indicators.push(
    { id: 'energy_use', name: { zh: '能源消费总量', en: 'Energy use' }, unit: '万吨', kind: 'level', basis: 'none', base: { year: 2020, value: 5000, source: 'test', status: 'estimate' } },
    { id: 'energy_intensity', name: { zh: '单位地区生产总值能耗', en: 'Energy per unit of GDP' }, unit: '万吨', kind: 'derived', basis: 'real', formula: 'energy_use / gdp' },
  );
  raw.targets.push({
    id: 'energy-intensity-14th',
    indicator: 'energy_intensity',
    type: 'multiple',
    year: 2025,
    ofYear: 2020,
    factor: 0.865,
    comparison: '<=',
    basis: 'real',
    qualifier: '左右',
    sentence: '单位地区生产总值能耗降低13.5%左右',
    section: 's',
  });
  const sc = raw.scenarios[0];
  if (sc === undefined) throw new Error('no scenario');
  sc.deflator = [{ from: 2021, value: 0.02 }];
  sc.assumptions.energy_use = [{ from: 2021, to: 2035, value: energyGrowth }];
  return planFile.parse(raw);
}

describe('an intensity derived from consumption and real GDP', () => {
  it('is a valid plan', () => {
    const r = validatePlan(JSON.parse(JSON.stringify(withIntensity(0.02))));
    expect(r.ok ? [] : r.issues.map((i) => `${i.path}: ${i.message}`)).toEqual([]);
  });

  it('falls at (1 + energy growth) / (1 + real GDP growth) a year, whatever the prices', () => {
    const plan = withIntensity(0.02);
    const p = project(plan, plan.scenarios[0] as Scenario);
    const s = p.series.energy_intensity;
    const i2020 = 5000 / 7400;
    expect(s?.real[0]).toBeCloseTo(i2020, 12);
    expect(s?.real[5]).toBeCloseTo(i2020 * (1.02 / 1.065) ** 5, 12);
    // (1.02 / 1.065)^5 = 0.8058: a fall of 19.4%, more than 13.5%
    expect((1.02 / 1.065) ** 5).toBeCloseTo(0.8058, 4);
  });

  it('is judged on the real series: met with energy use +2% a year, missed with +5%', () => {
    const met = evaluateTargets(withIntensity(0.02), withIntensity(0.02).scenarios[0] as Scenario).find((r) => r.id === 'energy-intensity-14th');
    expect(met?.target).toBeCloseTo(0.865 * (5000 / 7400), 12);
    expect(met?.projected).toBeCloseTo((5000 / 7400) * (1.02 / 1.065) ** 5, 12);
    expect(met?.met).toBe(true);
    // (1.05 / 1.065)^5 = 0.9316 > 0.870 (the 左右 band's top): missed
    const missed = evaluateTargets(withIntensity(0.05), withIntensity(0.05).scenarios[0] as Scenario).find((r) => r.id === 'energy-intensity-14th');
    expect(missed?.projected).toBeCloseTo((5000 / 7400) * (1.05 / 1.065) ** 5, 12);
    expect(missed?.band?.[1]).toBeCloseTo(0.87 * (5000 / 7400), 12);
    expect(missed?.met).toBe(false);
  });
});
