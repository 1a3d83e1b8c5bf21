/**
 * Plan-file migrations. Each entry lifts a raw object from version n to n + 1; the
 * chain runs before schema validation, and every file goes through it.
 *
 * Version 1 → 2: version 1 readers dropped keys the schema did not know without a word
 * (a misspelt `tolerence` simply vanished). Version 2 refuses them, with "did you mean".
 * A version-1 file is read as it always was: its unknown keys are removed, and each one
 * is reported as a migration note, so the user sees what the old reader ignored.
 */
import { planFile, SCHEMA_VERSION } from './plan-schema';
import { unknownKeys, type UnknownKey } from './unknown-keys';

type Raw = Record<string, unknown>;
type PathPart = string | number;

/** Something a migration changed that the user should hear about. */
export interface MigrationNote {
  fromVersion: number;
  code: 'unknown-key-dropped';
  path: PathPart[];
  key: string;
  suggestion: string | null;
}

type Migration = (plan: Raw, notes: MigrationNote[]) => Raw;

/** A deep copy of `value` without the keys at `drop` (paths from the file's root). */
function withoutPaths(value: unknown, drop: readonly UnknownKey[], at: PathPart[] = []): unknown {
  if (Array.isArray(value)) return value.map((item, i) => withoutPaths(item, drop, [...at, i]));
  if (typeof value !== 'object' || value === null) return value;
  const out: Raw = {};
  for (const [k, v] of Object.entries(value)) {
    const path = [...at, k];
    const dropped = drop.some((d) => d.path.length === path.length && d.path.every((p, i) => p === path[i]));
    if (!dropped) out[k] = withoutPaths(v, drop, path);
  }
  return out;
}

const dropUnknownKeys: Migration = (plan, notes) => {
  const unknown = unknownKeys({ ...plan, schemaVersion: 2 }, planFile);
  for (const u of unknown) notes.push({ fromVersion: 1, code: 'unknown-key-dropped', path: u.path, key: u.key, suggestion: u.suggestion });
  return unknown.length === 0 ? plan : (withoutPaths(plan, unknown) as Raw);
};

/** MIGRATIONS.get(n) turns version n into version n + 1. */
const MIGRATIONS: ReadonlyMap<number, Migration> = new Map([[1, dropUnknownKeys]]);

export type MigrationResult =
  | { ok: true; plan: Raw; fromVersion: number; notes: MigrationNote[] }
  | { ok: false; code: 'schema-version-missing' | 'schema-version-newer' | 'schema-version-invalid'; found: unknown };

export function migratePlan(raw: Raw): MigrationResult {
  const found = raw.schemaVersion;
  if (found === undefined) return { ok: false, code: 'schema-version-missing', found };
  if (typeof found !== 'number' || !Number.isInteger(found) || found < 1) {
    return { ok: false, code: 'schema-version-invalid', found };
  }
  if (found > SCHEMA_VERSION) return { ok: false, code: 'schema-version-newer', found };
  let plan = raw;
  const notes: MigrationNote[] = [];
  for (let v = found; v < SCHEMA_VERSION; v++) {
    const step = MIGRATIONS.get(v);
    if (step === undefined) return { ok: false, code: 'schema-version-invalid', found };
    plan = { ...step(plan, notes), schemaVersion: v + 1 };
  }
  return { ok: true, plan, fromVersion: found, notes };
}
