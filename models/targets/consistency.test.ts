import { describe, expect, it } from 'vitest';
import { readFileSync } from 'node:fs';
import { checkConsistency } from './consistency';
import { parsePlanText } from '../plan/validate-plan';

const result = parsePlanText(readFileSync(new URL('../../scenarios/xuzhou-14th-fyp.json', import.meta.url), 'utf8'), 'en');
if (!result.ok) throw new Error(JSON.stringify(result.issues));
const notes = checkConsistency(result.plan);

describe('the plan-consistency check on the Xuzhou plan', () => {
  it('finds that the 2035 doubling needs 7.18% a year, above the 6.5% of 2021–25', () => {
    const note = notes.find((n) => n.kind === 'acceleration' && n.targets.includes('gdp-2035-double'));
    expect(note).toBeDefined();
    expect(note?.values.requiredRate).toBeCloseTo(0.0717735, 7);
    expect(note?.values.statedRate).toBe(0.065);
    expect(note?.message.zh).toContain('7.18%');
    expect(note?.message.en).toContain('6.50%');
  });

  it('finds that 1万亿 in 2025 is implied by 6.5% growth, counted from the latest reported level (2024: 9,537.12 → 4.85%)', () => {
    const note = notes.find((n) => n.targets.includes('gdp-2025-trillion') && n.kind !== 'base-revised');
    expect(note?.kind).toBe('implied');
    expect(note?.values.requiredRate).toBeCloseTo(10000 / 9537.12 - 1, 12);
    expect(note?.message.zh).toContain('自2024年报告值9,537.12起');
  });

  it('shows the reported base beside the plan’s estimate: 2020 reported 7,319.77 vs plan estimate 7,400', () => {
    const note = notes.find((n) => n.kind === 'base-revised' && n.indicator === 'gdp');
    expect(note?.message.en).toContain('2020 reported 7,319.77 vs plan estimate 7,400');
    expect(note?.values.difference).toBeCloseTo(7319.77 / 7400 - 1, 12);
  });

  it('notes the per-capita GDP of 8.4万 against 7400亿 / 908.38万 = 81,464', () => {
    const note = notes.find((n) => n.kind === 'base-mismatch' && n.indicator === 'gdp_per_capita');
    expect(note?.values.computed).toBeCloseTo(81463.70, 1);
  });

  it('notes the urbanization series break after the census', () => {
    expect(notes.some((n) => n.kind === 'series-break' && n.indicator === 'urbanization')).toBe(true);
  });
});

describe('notes name targets as people know them', () => {
  it('by label or sentence, never by internal id', () => {
    const r = parsePlanText(readFileSync(new URL('../../scenarios/xuzhou-14th-fyp.json', import.meta.url), 'utf8'));
    if (!r.ok) throw new Error('plan invalid');
    const notes = checkConsistency(r.plan);
    expect(notes.length).toBeGreaterThan(0);
    for (const n of notes) {
      for (const id of r.plan.targets.map((t) => t.id)) {
        expect(n.message.zh).not.toContain(`“${id}”`);
        expect(n.message.en).not.toContain(`"${id}"`);
      }
    }
  });
});
