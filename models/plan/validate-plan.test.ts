import { describe, expect, it } from 'vitest';
import { readFileSync } from 'node:fs';
import fc from 'fast-check';
import { MAX_FILE_BYTES } from './plan-schema';
import { parsePlanText, validatePlan, type PlanResult } from './validate-plan';
import { project } from '../engine/projection';
import { evaluateTargets } from '../targets/evaluate-targets';
import { checkConsistency } from '../targets/consistency';
import { minimalPlan } from '../testing/minimal-plan';

type Raw = ReturnType<typeof minimalPlan> & Record<string, unknown>;
const mutate = (change: (p: Raw) => void): Raw => {
  const p = structuredClone(minimalPlan()) as Raw;
  change(p);
  return p;
};
const issuesOf = (r: PlanResult) => (r.ok ? [] : r.issues);
const expectIssue = (r: PlanResult, path: string, pattern: RegExp) => {
  expect(r.ok).toBe(false);
  const found = issuesOf(r).find((i) => i.path === path);
  expect(found, `issue at ${path} in ${JSON.stringify(issuesOf(r))}`).toBeDefined();
  expect(found?.message).toMatch(pattern);
};

describe('a valid plan', () => {
  it('passes', () => {
    expect(issuesOf(validatePlan(minimalPlan()))).toEqual([]);
  });
});

describe('bad input is rejected with the field path and the reason', () => {
  it('malformed JSON', () => {
    expectIssue(parsePlanText('{"schemaVersion": 1,', 'en'), '(file)', /not valid JSON/);
    expectIssue(parsePlanText('{"a": NaN}', 'zh'), '(file)', /不是有效的 JSON/);
  });

  it('a file over 5 MB, before parsing it', () => {
    const big = `{"x":"${'a'.repeat(MAX_FILE_BYTES)}"}`;
    expectIssue(parsePlanText(big, 'en'), '(file)', /too large/);
  });

  it('a wrong, missing or newer schema version', () => {
    expectIssue(validatePlan(mutate((p) => (p.schemaVersion = 99 as 2)), 'en'), 'schemaVersion', /newer/);
    expectIssue(validatePlan(mutate((p) => delete (p as Partial<Raw>).schemaVersion), 'en'), 'schemaVersion', /missing/);
    expectIssue(validatePlan(mutate((p) => (p.schemaVersion = '1' as unknown as 2)), 'en'), 'schemaVersion', /invalid/);
  });

  it('NaN, Infinity or a string where a number belongs', () => {
    const path = 'indicators[0].base.value';
    expectIssue(validatePlan(mutate((p) => (p.indicators[0]!.base!.value = Number.NaN)), 'en'), path, /expected a number, got (NaN|a number Infinity)/);
    expectIssue(validatePlan(mutate((p) => (p.indicators[0]!.base!.value = Infinity)), 'en'), path, /expected a number, got (NaN|a number Infinity)/);
    expectIssue(validatePlan(mutate((p) => (p.indicators[0]!.base!.value = '7400' as unknown as number)), 'zh'), path, /数字/);
  });

  it('absurd magnitudes', () => {
    expectIssue(validatePlan(mutate((p) => (p.indicators[0]!.base!.value = 1e300)), 'en'), 'indicators[0].base.value', /absurd/);
  });

  it('a negative base value for a level', () => {
    expectIssue(validatePlan(mutate((p) => (p.indicators[0]!.base!.value = -1)), 'en'), 'indicators[0].base.value', /cannot be negative/);
  });

  it('a share outside [0, 100]', () => {
    expectIssue(validatePlan(mutate((p) => (p.indicators[3]!.base!.value = 120)), 'en'), 'indicators[3].base.value', /between 0 and 100/);
    expectIssue(
      validatePlan(mutate((p) => ((p.targets[4] as { value: number }).value = -3)), 'zh'),
      'targets[4].value',
      /0 到 100/,
    );
  });

  it('growth below −100%', () => {
    expectIssue(
      validatePlan(mutate((p) => (p.scenarios[0]!.assumptions.gdp![0]!.value = -1.5)), 'en'),
      'scenarios[0].assumptions.gdp[0].value',
      /below −100%/,
    );
    expectIssue(
      validatePlan(mutate((p) => (p.scenarios[0]!.deflator = [{ from: 2021, value: -2 }])), 'en'),
      'scenarios[0].deflator[0].value',
      /below −100%/,
    );
  });

  it('years outside base..horizon', () => {
    expectIssue(validatePlan(mutate((p) => ((p.targets[1] as { year: number }).year = 2040)), 'en'), 'targets[1].year', /outside 2020–2035/);
    expectIssue(
      validatePlan(mutate((p) => (p.scenarios[0]!.assumptions.gdp![1]!.from = 2019)), 'en'),
      'scenarios[0].assumptions.gdp[1].from',
      /outside 2021–2035/,
    );
    expectIssue(validatePlan(mutate((p) => (p.indicators[0]!.base!.year = 2019)), 'en'), 'indicators[0].base.year', /base year 2020/);
  });

  it('duplicate ids', () => {
    expectIssue(
      validatePlan(mutate((p) => (p.indicators[1]!.id = 'gdp')), 'en'),
      'indicators[1].id',
      /duplicate id "gdp" \(first used at indicators\[0\]\)/,
    );
    expectIssue(validatePlan(mutate((p) => (p.targets[1]!.id = 'gdp-growth')), 'zh'), 'targets[1].id', /重复/);
  });

  it('a target on an unknown indicator', () => {
    expectIssue(validatePlan(mutate((p) => (p.targets[0]!.indicator = 'gdpp')), 'en'), 'targets[0].indicator', /unknown indicator "gdpp"/);
  });

  it('an assumption or link on an unknown indicator', () => {
    expectIssue(
      validatePlan(mutate((p) => (p.scenarios[0]!.assumptions.nope = [{ from: 2021, value: 1 }])), 'en'),
      'scenarios[0].assumptions.nope',
      /unknown indicator/,
    );
    expectIssue(
      validatePlan(mutate((p) => (p.scenarios[0]!.assumptions.income_urban![0]!.link!.indicator = 'nope')), 'en'),
      'scenarios[0].assumptions.income_urban[0].link.indicator',
      /unknown indicator/,
    );
  });

  it('a formula with an unknown name', () => {
    expectIssue(
      validatePlan(mutate((p) => (p.indicators[2]!.formula = 'gdp * 10000 / populaton')), 'en'),
      'indicators[2].formula',
      /unknown name "populaton"/,
    );
  });

  it('a circular formula', () => {
    const r = validatePlan(
      mutate((p) => {
        p.indicators[2]!.formula = 'income_all * 2';
        p.indicators[6]!.formula = 'gdp_per_capita / 2';
      }),
      'en',
    );
    expect(issuesOf(r).some((i) => /circular reference: (gdp_per_capita|income_all) → .* → \1/.test(i.message))).toBe(true);
  });

  it('a circular link between assumptions', () => {
    const r = validatePlan(
      mutate((p) => (p.scenarios[0]!.assumptions.gdp = [{ from: 2021, link: { indicator: 'income_urban', elasticity: 1 } }])),
      'en',
    );
    expect(issuesOf(r).some((i) => /circular reference/.test(i.message))).toBe(true);
  });

  it('a formula that calls a disabled or unknown function', () => {
    for (const call of ['import("x")', 'evaluate("1+1")', 'parse("1")', 'createUnit("foo")', 'simplify("x")']) {
      const r = validatePlan(mutate((p) => (p.indicators[2]!.formula = `gdp + ${call}`)), 'en');
      expect(issuesOf(r)[0]?.path).toBe('indicators[2].formula');
      expect(issuesOf(r)[0]?.message).toMatch(/disabled function|unsupported|unknown name/);
    }
  });

  it('formula syntax that is not plain arithmetic', () => {
    for (const text of ['gdp = 3', 'f(x) = x', '[gdp, 1]', 'gdp ? 1 : 2', '"text"', 'gdp.x', 'gdp +']) {
      const r = validatePlan(mutate((p) => (p.indicators[2]!.formula = text)), 'en');
      expect(r.ok, text).toBe(false);
      expect(issuesOf(r)[0]?.path, text).toBe('indicators[2].formula');
    }
  });

  it('an unknown unit', () => {
    expectIssue(validatePlan(mutate((p) => (p.indicators[0]!.unit = '美元')), 'en'), 'indicators[0].unit', /unknown unit "美元".*define it in "units"/i);
    expectIssue(validatePlan(mutate((p) => (p.indicators[0]!.unit = '美元')), 'zh'), 'indicators[0].unit', /未知单位“美元”/);
  });
});

describe('fuzzing: random mutations of the real plan file never throw', () => {
  const text = readFileSync(new URL('../../scenarios/xuzhou-14th-fyp.json', import.meta.url), 'utf8');
  const base: unknown = JSON.parse(text);

  /** Replace the value at a random path with a random JSON value. */
  const paths: (string | number)[][] = [];
  const walk = (v: unknown, path: (string | number)[]) => {
    paths.push(path);
    if (Array.isArray(v)) v.forEach((x, i) => walk(x, [...path, i]));
    else if (v && typeof v === 'object') for (const [k, x] of Object.entries(v)) walk(x, [...path, k]);
  };
  walk(base, []);

  const junk = fc.oneof(
    fc.constantFrom(null, true, false, 0, -1, -1e20, 1e20, 0.5, '', 'gdp', '2025', 2019, 2040, 2025, [], {}),
    fc.double(),
    fc.string(),
    fc.jsonValue(),
  );

  it('for value replacements', () => {
    fc.assert(
      fc.property(fc.array(fc.tuple(fc.nat(paths.length - 1), junk), { minLength: 1, maxLength: 4 }), (edits) => {
        const doc = structuredClone(base) as Record<string, unknown>;
        for (const [pi, value] of edits) {
          const path = paths[pi] as (string | number)[];
          if (path.length === 0) continue;
          let node: unknown = doc;
          for (const key of path.slice(0, -1)) node = (node as Record<string | number, unknown>)?.[key];
          if (node && typeof node === 'object') (node as Record<string | number, unknown>)[path.at(-1) as string] = value;
        }
        const r = validatePlan(doc, 'en');
        if (!r.ok) {
          expect(r.issues.length).toBeGreaterThan(0);
          for (const i of r.issues) expect(typeof i.message).toBe('string');
        } else {
          // What validates must also project, evaluate and check without throwing.
          for (const sc of r.plan.scenarios) evaluateTargets(r.plan, sc, project(r.plan, sc));
          checkConsistency(r.plan);
        }
      }),
      { numRuns: 400 },
    );
  });

  it('for truncated and corrupted text', () => {
    fc.assert(
      fc.property(fc.nat(text.length), fc.string({ maxLength: 5 }), (cut, insert) => {
        const r = parsePlanText(text.slice(0, cut) + insert + text.slice(cut + insert.length), 'zh');
        expect(typeof r.ok).toBe('boolean');
      }),
      { numRuns: 200 },
    );
  });
});

describe('file text details', () => {
  it('accepts a UTF-8 byte-order mark before the JSON', () => {
    expect(parsePlanText(`\uFEFF${JSON.stringify(minimalPlan())}`, 'en').ok).toBe(true);
  });

  it('reserves names used beside indicator ids in outputs', () => {
    expectIssue(validatePlan(mutate((p) => (p.indicators[1]!.id = 'deflator')), 'en'), 'indicators[1].id', /reserved/);
  });
});

describe('messages in the user’s language', () => {
  it('say number bounds in plain Chinese and English', () => {
    const zh = validatePlan(mutate((p) => (p.baseYear = 1900)), 'zh');
    expectIssue(zh, 'baseYear', /^数值过小：应不小于 1949$/);
    const en = validatePlan(mutate((p) => (p.horizon = 2200)), 'en');
    expectIssue(en, 'horizon', /^too large: must be at most 2100$/);
  });
});
