import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { parsePlanText } from '../plan/validate-plan';
import { acceptCandidates, defaultMapping } from './accept-candidates';
import { extractTargets } from './extract-targets';

const read = (path: string) => readFileSync(new URL(`../../${path}`, import.meta.url), 'utf8');

function xuzhouPlan() {
  const parsed = parsePlanText(read('scenarios/xuzhou-14th-fyp.json'));
  if (!parsed.ok) throw new Error('the shipped plan must be valid');
  return parsed.plan;
}

describe('accepting candidates into a plan', () => {
  const plan = xuzhouPlan();
  const { candidates } = extractTargets(read('scenarios/sources/xuzhou-14th-fyp-recommendation.zh.txt'));

  it('maps candidates to the plan indicators by lexicon id or by name', () => {
    const mapping = defaultMapping(plan, candidates);
    const byValue = (v: number) => mapping[candidates.find((c) => c.value === v && c.forwardLooking)?.id ?? ''];
    expect(byValue(6.5)).toBe('gdp');
    expect(byValue(73)).toBe('urbanization');
    expect(byValue(4500)).toBe('retail_sales');
  });

  it('adds targets with their sentence and section, and keeps the plan valid', () => {
    const chosen = candidates.filter((c) => c.forwardLooking).slice(0, 5);
    const out = acceptCandidates(plan, chosen, defaultMapping(plan, chosen), { title: 'test' });
    expect(out.added.targets).toBe(5);
    expect(out.plan.targets).toHaveLength(plan.targets.length + 5);
    const added = out.plan.targets.slice(-5);
    expect(added.map((t) => t.sentence)).toEqual(chosen.map((c) => c.sentence));
    expect(added.map((t) => t.section)).toEqual(chosen.map((c) => c.section));
    // Target ids stay unique although the plan has targets of the same indicators.
    expect(new Set(out.plan.targets.map((t) => t.id)).size).toBe(out.plan.targets.length);
    expect(plan.targets).toHaveLength(xuzhouPlan().targets.length); // the given plan is untouched
  });

  it('a target the plan cannot hold is left out with the reason', () => {
    const far = { ...candidates.find((c) => c.value === 73 && c.forwardLooking)!, year: 2090 };
    const out = acceptCandidates(plan, [far], defaultMapping(plan, [far]), { title: 'test' }, 'en');
    expect(out.added.targets).toBe(0);
    expect(out.skipped).toHaveLength(1);
    expect(out.skipped[0]?.reason.en).toMatch(/2090/);
  });
});
