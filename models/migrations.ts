/**
 * Plan-file migrations. Each entry lifts a raw object from version n to n + 1; the
 * chain runs before schema validation. Version 1 is the first, so the chain is empty,
 * but every file goes through it from day one.
 */
import { SCHEMA_VERSION } from './plan-schema';

type Raw = Record<string, unknown>;
type Migration = (plan: Raw) => Raw;

/** MIGRATIONS[n] turns version n into version n + 1. */
const MIGRATIONS: Record<number, Migration> = {};

export type MigrationResult =
  | { ok: true; plan: Raw; fromVersion: number }
  | { ok: false; code: 'schema-version-missing' | 'schema-version-newer' | 'schema-version-invalid'; found: unknown };

export function migratePlan(raw: Raw): MigrationResult {
  const found = raw.schemaVersion;
  if (found === undefined) return { ok: false, code: 'schema-version-missing', found };
  if (typeof found !== 'number' || !Number.isInteger(found) || found < 1) {
    return { ok: false, code: 'schema-version-invalid', found };
  }
  if (found > SCHEMA_VERSION) return { ok: false, code: 'schema-version-newer', found };
  let plan = raw;
  for (let v = found; v < SCHEMA_VERSION; v++) {
    const step = MIGRATIONS[v];
    if (step === undefined) return { ok: false, code: 'schema-version-invalid', found };
    plan = { ...step(plan), schemaVersion: v + 1 };
  }
  return { ok: true, plan, fromVersion: found };
}
