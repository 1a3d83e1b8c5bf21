/**
 * The engine's output must not change when the engine is only made faster: every
 * built-in plan (scenarios/*.json, the test province plan, the templates, a
 * consumer-price variant of Xuzhou and the bench's workload) projects and evaluates its
 * targets bit for bit as recorded (testing/projection-golden.ts). The golden file keeps a
 * SHA-256 digest per plan and scenario, not the 2.6 MB of text; when they differ, the full
 * text of the run is written to test-results/projection-golden/actual.json for a diff. A
 * change of the numbers that is meant (a fix of the economics) records new digests with
 * UPDATE_GOLDEN=1 and says why in its commit.
 */
import { createHash } from 'node:crypto';
import { mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { widenedPlan } from '../../bench/engine-bench';
import type { Plan } from '../plan/plan-schema';
import { validatePlan } from '../plan/validate-plan';
import { goldenRecord, num, withCpi } from './testing/projection-golden';

const GOLDEN = new URL('./testing/projection-golden.json', import.meta.url);
const ACTUAL_DIR = new URL('../../test-results/projection-golden/', import.meta.url);

const PLAN_FILES = [
  'scenarios/xuzhou-14th-fyp.json',
  'scenarios/national-15th-fyp.json',
  'scenarios/testing/province-15th-fyp.json',
  'scenarios/templates/blank.json',
  'scenarios/templates/city-14th.json',
  'scenarios/templates/city-15th.json',
] as const;

function readPlan(path: string): Plan {
  const r = validatePlan(JSON.parse(readFileSync(new URL(`../../${path}`, import.meta.url), 'utf8')) as unknown, 'en');
  if (!r.ok) throw new Error(`${path} is invalid: ${r.issues.map((i) => `${i.path}: ${i.message}`).join('; ')}`);
  return r.plan;
}

function plans(): [string, Plan][] {
  const out: [string, Plan][] = PLAN_FILES.map((f) => [f, readPlan(f)]);
  out.push(['xuzhou with cpi', withCpi(readPlan(PLAN_FILES[0]))], ['bench workload', widenedPlan()]);
  return out;
}

const digest = (value: unknown): string => createHash('sha256').update(JSON.stringify(value)).digest('hex').slice(0, 32);

describe('projection golden record', () => {
  it('writes numbers exactly', () => {
    for (const x of [0.1 + 0.2, 1 / 3, -0, 0, Number.NaN, Infinity, -Infinity, 5e-324, 1.7976931348623157e308]) {
      const text = num(x);
      expect(Object.is(text === '-0' ? -0 : Number(text), x)).toBe(true);
    }
  });

  it('every built-in plan projects exactly as recorded', () => {
    const record = goldenRecord(plans());
    const actual = Object.fromEntries(
      Object.entries(record).map(([plan, scenarios]) => [
        plan,
        Object.fromEntries(Object.entries(scenarios).map(([id, r]) => [id, { projection: digest(r.projection), targets: digest(r.targets) }])),
      ]),
    );
    if (process.env.UPDATE_GOLDEN === '1') {
      writeFileSync(GOLDEN, `${JSON.stringify(actual, null, 2)}\n`);
      return;
    }
    const expected = JSON.parse(readFileSync(GOLDEN, 'utf8')) as typeof actual;
    const differ: string[] = [];
    for (const [plan, scenarios] of Object.entries({ ...expected, ...actual })) {
      for (const id of Object.keys(scenarios)) {
        for (const part of ['projection', 'targets'] as const) {
          if (expected[plan]?.[id]?.[part] !== actual[plan]?.[id]?.[part]) differ.push(`${plan} / ${id} / ${part}`);
        }
      }
    }
    if (differ.length > 0) {
      mkdirSync(ACTUAL_DIR, { recursive: true });
      writeFileSync(new URL('actual.json', ACTUAL_DIR), JSON.stringify(record, null, 1));
    }
    expect(differ, 'differs from the record (the full text of this run: test-results/projection-golden/actual.json)').toEqual([]);
  });
});
