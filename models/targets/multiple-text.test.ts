/** A multiple target without its reference value still says what it asks: "≤ 0.92 × 2025年", not "≤ —". */
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { planFile, type Plan } from '../plan/plan-schema';
import { evaluateTargets } from './evaluate-targets';
import { formatFactor, multipleFactorText, multipleThresholdText } from './multiple-text';

const national: Plan = planFile.parse(JSON.parse(readFileSync(new URL('../../scenarios/national-15th-fyp.json', import.meta.url), 'utf8')));

describe('the threshold text of a multiple', () => {
  it('writes the factor times the reference year, in zh and en', () => {
    expect(multipleThresholdText('<=', { factor: 0.92, ofYear: 2025 }, 'zh')).toBe('≤ 0.92 × 2025年');
    expect(multipleThresholdText('<=', { factor: 0.92, ofYear: 2025 }, 'en')).toBe('≤ 0.92 × 2025 level');
    expect(multipleThresholdText('>=', { factor: 2, ofYear: 2020 }, 'zh')).toBe('≥ 2 × 2020年');
    expect(multipleThresholdText('<', { factor: 0.83, ofYear: 2025 }, 'en')).toBe('< 0.83 × 2025 level');
  });

  it('writes a 左右 band as a range of factors, without a sign', () => {
    expect(multipleThresholdText('<=', { factor: 0.9, ofYear: 2025, factorBand: [0.895, 0.905] }, 'zh')).toBe('0.895–0.905 × 2025年');
    expect(multipleFactorText({ factor: 0.9, ofYear: 2025, factorBand: [0.895, 0.905] }, 'en')).toBe('0.895–0.905 × 2025 level');
  });

  it('writes factors as typed: no trailing zeros, at most four decimals', () => {
    expect(formatFactor(2)).toBe('2');
    expect(formatFactor(0.94)).toBe('0.94');
    expect(formatFactor(1.5)).toBe('1.5');
    expect(formatFactor(1 / 3)).toBe('0.3333');
  });
});

describe('the national example: emission totals without a base value', () => {
  const results = evaluateTargets(national, national.scenarios[0] as Plan['scenarios'][number]);
  const byId = (id: string) => results.find((r) => r.id === id);

  it('carry their factor and reference year on the result, with no threshold number', () => {
    for (const [id, factor] of [['nox-15th', 0.92], ['voc-15th', 0.92], ['cod-15th', 0.94], ['tp-15th', 0.94]] as const) {
      const r = byId(id);
      expect(r?.status).toBe('needs-base');
      expect(r?.target).toBeNull();
      expect(r?.multipleOf).toEqual({ factor, ofYear: 2025 });
    }
  });

  it('a multiple with a base keeps its number and carries its factor (and band) too', () => {
    const r = byId('energy-intensity-15th');
    expect(r?.target).not.toBeNull();
    expect(r?.multipleOf).toEqual({ factor: 0.9, ofYear: 2025, factorBand: [0.895, 0.905] });
    expect(byId('pm25-2030')?.multipleOf).toBeUndefined();
  });
});
