/**
 * The attacks of issue 12 on the validator: prototype names as ids and functions,
 * wrong argument counts, formulas without a finite base-year value, unbounded quotes
 * in messages, deep nesting.
 */
import { describe, expect, it } from 'vitest';
import { compileFormula, FormulaError } from '../engine/formula';
import { depthExceededAt, MAX_JSON_DEPTH } from './json-depth';
import { project } from '../engine/projection';
import { evaluateTargets } from '../targets/evaluate-targets';
import { minimalPlan } from '../testing/minimal-plan';
import { parsePlanText, validatePlan, type PlanResult } from './validate-plan';
import { MAX_QUOTE } from './validation-messages';

type Raw = ReturnType<typeof minimalPlan> & Record<string, unknown>;
const mutate = (change: (p: Raw) => void): Raw => {
  const p = structuredClone(minimalPlan()) as Raw;
  change(p);
  return p;
};
const issuesOf = (r: PlanResult) => (r.ok ? [] : r.issues);
const issueAt = (r: PlanResult, path: string) => issuesOf(r).find((i) => i.path === path);
const derivedIndex = () => minimalPlan().indicators.findIndex((i) => i.kind === 'derived');

const known = new Set(['gdp', 'population']);
const codeOf = (text: string): string => {
  try {
    compileFormula(text, known);
    return 'ok';
  } catch (error) {
    return error instanceof FormulaError ? error.code : `threw ${String(error)}`;
  }
};

describe('prototype names', () => {
  it('are not functions a formula may call', () => {
    for (const text of ['valueOf(gdp)', 'hasOwnProperty()', 'toString(gdp)+1', '__proto__()', 'constructor()', 'isPrototypeOf(gdp)']) {
      expect(codeOf(text), text).toBe('unknown-name');
    }
  });

  it('are refused as ids of indicators, targets, scenarios and periods, and as assumption keys', () => {
    const en = (p: Raw) => validatePlan(p, 'en');
    const ind = en(mutate((p) => (p.indicators[0]!.id = 'constructor')));
    expect(issueAt(ind, 'indicators[0].id')?.message).toMatch(/reserved name/);
    const tgt = en(mutate((p) => (p.targets[0]!.id = 'constructor')));
    expect(issueAt(tgt, 'targets[0].id')?.message).toMatch(/reserved name/);
    const sc = en(mutate((p) => (p.scenarios[0]!.id = 'constructor')));
    expect(issueAt(sc, 'scenarios[0].id')?.message).toMatch(/reserved name/);
    const per = en(mutate((p) => (p.periods[0]!.id = 'prototype')));
    expect(issueAt(per, 'periods[0].id')?.message).toMatch(/reserved name/);
    const key = en(mutate((p) => (p.scenarios[0]!.assumptions = { constructor: [{ period: '14th', value: 0.05 }] })));
    expect(issuesOf(key).some((i) => i.path.startsWith('scenarios[0].assumptions'))).toBe(true);
    const zh = validatePlan(mutate((p) => (p.indicators[0]!.id = 'constructor')), 'zh');
    expect(issueAt(zh, 'indicators[0].id')?.message).toMatch(/保留名称/);
  });

  it('an indicator with no assumption of its own gets none from the prototype chain', () => {
    const result = validatePlan(minimalPlan());
    if (!result.ok) throw new Error('minimal plan invalid');
    const plan = result.plan;
    const sc = plan.scenarios[0]!;
    // The scenario holds no entry named like an Object.prototype member.
    const projection = project(plan, sc);
    for (const id of Object.keys(projection.series)) expect(projection.series[id]!.nominal.length).toBe(16);
    expect(projection.series['constructor']).toBeUndefined();
    expect(evaluateTargets(plan, sc, projection).length).toBe(plan.targets.length);
  });
});

describe('functions with the wrong number of arguments', () => {
  it('are refused, with the count given and the count taken', () => {
    expect(codeOf('log(gdp, 10)')).toBe('arity');
    expect(codeOf('sqrt()')).toBe('arity');
    expect(codeOf('pow(gdp)')).toBe('arity');
    expect(codeOf('max()')).toBe('arity');
    expect(codeOf('max(gdp, population, 1)')).toBe('ok');
    const i = derivedIndex();
    const r = validatePlan(mutate((p) => (p.indicators[i]!.formula = 'log(gdp, 10)')), 'en');
    expect(issueAt(r, `indicators[${i}].formula`)?.message).toBe('formula calls "log" with 2 argument(s); it takes 1');
  });
});

describe('formulas without a finite value for the base year', () => {
  it('are refused at validation, naming the field', () => {
    const i = derivedIndex();
    for (const formula of ['gdp/0', '10^400', 'log(0)', 'sqrt(0-1)', 'log(gdp - gdp)', 'gdp / (population - population)']) {
      const r = validatePlan(mutate((p) => (p.indicators[i]!.formula = formula)), 'en');
      expect(issueAt(r, `indicators[${i}].formula`)?.message, formula).toMatch(/base year 2020 is not a finite number/);
    }
  });

  it('but a formula over a missing base is left to the projection (which says "needs a base value")', () => {
    const i = derivedIndex();
    const r = validatePlan(
      mutate((p) => {
        p.indicators[0]!.base = { year: 2020, value: null, source: 'x', status: 'missing' };
        p.indicators[i]!.formula = 'gdp / population';
      }),
    );
    expect(issuesOf(r).filter((x) => x.path === `indicators[${i}].formula`)).toEqual([]);
  });
});

describe('messages quote at most 80 characters of the input', () => {
  it('for an unbounded period id, a long key and malformed JSON', () => {
    const long = 'p'.repeat(1_000_000);
    const r = validatePlan(mutate((p) => (p.scenarios[0]!.deflator = [{ period: long, value: 0.01 }])), 'en');
    const issue = issuesOf(r).find((x) => x.code === 'unknown-period');
    expect(issue).toBeDefined();
    expect(issue!.message.length).toBeLessThan(MAX_QUOTE + 40);
    const key = validatePlan(mutate((p) => (p.scenarios[0]!.assumptions = { [`a${'b'.repeat(5000)}`]: [] })), 'en');
    for (const i of issuesOf(key)) {
      expect(i.path.length).toBeLessThan(200);
      expect(i.message.length).toBeLessThan(400);
    }
    const bad = parsePlanText(`{"schemaVersion": 1, "id": "${'x'.repeat(100_000)}" oops}`, 'en');
    expect(issuesOf(bad)[0]!.message.length).toBeLessThan(MAX_QUOTE + 40);
  });
});

describe('deep nesting', () => {
  it('is refused before parsing, at the offset where it goes too deep', () => {
    const text = `${'['.repeat(1_000_000)}${']'.repeat(1_000_000)}`;
    const r = parsePlanText(text, 'en');
    expect(issuesOf(r)[0]).toMatchObject({ path: '(file)', code: 'json-too-deep' });
    expect(issuesOf(r)[0]!.message).toMatch(/more than 32 levels/);
  });

  it('counts brackets outside strings only', () => {
    expect(depthExceededAt('{"a": "[[[[[[[[[[\\"[[[["}', 3)).toBe(-1);
    expect(depthExceededAt('[[[[', 3)).toBe(3);
    expect(depthExceededAt(JSON.stringify(minimalPlan()))).toBe(-1);
    expect(MAX_JSON_DEPTH).toBeGreaterThanOrEqual(16);
  });
});
