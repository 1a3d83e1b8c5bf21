import { describe, expect, it } from 'vitest';
import { readFileSync } from 'node:fs';
import { planFile } from './plan-schema';
import { editDistance, unknownKeys } from './unknown-keys';
import { minimalPlan } from '../testing/minimal-plan';
import { validatePlan } from './validate-plan';

describe('unknown keys are refused with "did you mean"', () => {
  it('a misspelt tolerance on an average-growth target', () => {
    const p = minimalPlan();
    const t = p.targets[0] as Record<string, unknown>;
    t.tolerence = t.tolerance;
    delete t.tolerance;
    const r = validatePlan(p, 'en');
    expect(r.ok).toBe(false);
    if (!r.ok) expect(r.issues).toEqual([{ path: 'targets[0].tolerence', code: 'unknown-key', message: 'unknown key "tolerence": did you mean "tolerance"?' }]);
    const zh = validatePlan(p, 'zh');
    if (!zh.ok) expect(zh.issues[0]?.message).toBe('未知字段“tolerence”，是否应为“tolerance”？');
  });

  it('deep and top-level keys; a key far from any known one has no suggestion; $schema is allowed', () => {
    const p = minimalPlan() as Record<string, unknown> & ReturnType<typeof minimalPlan>;
    p.$schema = './plan.schema.json';
    p.colour = 'red';
    (p.indicators[0]!.base as Record<string, unknown>).sorce = 'x';
    (p.scenarios[0]!.assumptions.gdp![0] as Record<string, unknown>).valeu = 1;
    const found = unknownKeys(p, planFile);
    expect(found).toHaveLength(3);
    expect(found).toEqual(
      expect.arrayContaining([
        { path: ['indicators', 0, 'base', 'sorce'], key: 'sorce', suggestion: 'source' },
        { path: ['scenarios', 0, 'assumptions', 'gdp', 0, 'valeu'], key: 'valeu', suggestion: 'value' },
        { path: ['colour'], key: 'colour', suggestion: null },
      ]),
    );
  });

  it('a key another kind of target knows (tolerance on a multiple target) is a warning, not an error', () => {
    const p = minimalPlan();
    Object.assign(p.targets[2] as object, { tolerance: 0.005 });
    const r = validatePlan(p, 'en');
    expect(r.ok).toBe(true);
    if (r.ok) expect(r.warnings?.map((w) => w.code)).toEqual(['tolerance-ignored']);
  });

  it('the shipped plans have none', () => {
    for (const f of ['scenarios/xuzhou-14th-fyp.json']) {
      expect(unknownKeys(JSON.parse(readFileSync(f, 'utf8')), planFile)).toEqual([]);
    }
  });

  it('edit distance counts a swap as one edit', () => {
    expect(editDistance('tolerence', 'tolerance')).toBe(1);
    expect(editDistance('vaule', 'value')).toBe(1);
    expect(editDistance('', 'abc')).toBe(3);
  });
});
