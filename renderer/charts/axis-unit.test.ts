/** An English chart axis names a plan's own unit by its English name (the national example's 亿吨标准煤 → "100m tce"). */
import { describe, expect, it } from 'vitest';
import national from '../../scenarios/national-15th-fyp.json';
import { planFile, type Indicator } from '../../models/plan/plan-schema';
import { chartLabels } from '../export/chart-export';
import { axisTitle } from './chart-figure';
import { gapUnit } from '../uncertainty/sensitivity-format';

const plan = planFile.parse(national);
const labels = { ...chartLabels((key: string) => key), axis: (unit: string) => unit };
const ind = (id: string) => plan.indicators.find((i) => i.id === id) as Indicator;

describe('chart axis unit', () => {
  it("uses the plan's own unit names in English, and its Chinese names in Chinese", () => {
    expect(axisTitle(ind('energy_production'), 'nominal', plan.baseYear, 'en', labels, plan.units)).toBe('100m tce');
    expect(axisTitle(ind('water_intensity'), 'nominal', plan.baseYear, 'en', labels, plan.units)).toBe('m³ per 10,000 yuan');
    expect(axisTitle(ind('energy_production'), 'nominal', plan.baseYear, 'zh', labels, plan.units)).toBe('亿吨标准煤');
  });

  it('the sensitivity gap unit too', () => {
    const target = plan.targets.find((t) => t.id === 'energy-production-2030');
    if (!target) throw new Error('no target');
    expect(gapUnit(target, ind('energy_production'), 'en', plan.units).unit).toBe('100m tce');
  });
});
