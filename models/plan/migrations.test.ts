import { describe, expect, it } from 'vitest';
import { migratePlan } from './migrations';
import { SCHEMA_VERSION } from './plan-schema';
import { minimalPlan } from '../testing/minimal-plan';
import { validatePlan } from './validate-plan';

/** The minimal plan as a version-1 file, with keys a version-1 reader silently dropped. */
function oldFile(): Record<string, unknown> {
  const plan = structuredClone(minimalPlan()) as unknown as Record<string, unknown>;
  plan.schemaVersion = 1;
  plan.comment = 'written by hand';
  const targets = plan.targets as Record<string, unknown>[];
  (targets[0] as Record<string, unknown>).tolerence = 0.005;
  return plan;
}

describe('schema migrations', () => {
  it('the current version is 2: version-1 files are lifted, newer ones refused', () => {
    expect(SCHEMA_VERSION).toBe(2);
    expect(migratePlan({ schemaVersion: 3 })).toMatchObject({ ok: false, code: 'schema-version-newer' });
  });

  it('a version-1 file with unknown keys loads: the keys are removed and each one is reported', () => {
    const result = validatePlan(oldFile(), 'en');
    expect(result.ok).toBe(true);
    if (!result.ok) return;
    expect(result.migratedFrom).toBe(1);
    expect(result.plan.schemaVersion).toBe(2);
    expect(JSON.stringify(result.plan)).not.toMatch(/tolerence|written by hand/);
    const notes = result.migrationNotes ?? [];
    expect(notes.map((n) => n.path).sort()).toEqual(['comment', 'targets[0].tolerence']);
    expect(notes.find((n) => n.path === 'targets[0].tolerence')?.message).toBe(
      'unknown key "tolerence" of a version 1 file removed (older versions ignored it too); did you mean "tolerance"?',
    );
  });

  it('the same keys in a version-2 file are refused with "did you mean"', () => {
    const file = oldFile();
    file.schemaVersion = 2;
    const result = validatePlan(file, 'en');
    expect(result.ok).toBe(false);
    if (result.ok) return;
    expect(result.issues.map((i) => i.path).sort()).toEqual(['comment', 'targets[0].tolerence']);
    expect(result.issues.find((i) => i.path === 'targets[0].tolerence')?.message).toMatch(/did you mean "tolerance"/);
  });

  it('a clean version-1 file migrates to the same plan as the version-2 file, with no notes', () => {
    const v1 = { ...structuredClone(minimalPlan()), schemaVersion: 1 };
    const a = validatePlan(v1, 'zh');
    const b = validatePlan(minimalPlan(), 'zh');
    expect(a.ok && b.ok).toBe(true);
    if (!a.ok || !b.ok) return;
    expect(a.plan).toEqual(b.plan);
    expect(a.migrationNotes).toEqual([]);
    expect(b.migratedFrom).toBeUndefined();
  });

  it('migration does not change the object it was given', () => {
    const file = oldFile();
    const before = structuredClone(file);
    migratePlan(file);
    expect(file).toEqual(before);
  });
});
