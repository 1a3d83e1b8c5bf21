/**
 * A built-in unit by an id that came from a file: an own property of UNITS or nothing.
 * `id in UNITS` is true for `constructor`, `toString` and `__proto__`, which a plan may
 * use as the id of a unit of its own; every lookup by a unit id goes through here.
 */
import { UNITS, type UnitId, type UnitInfo } from '../numbers/units';

export function isBuiltInUnit(id: string): id is UnitId {
  return Object.hasOwn(UNITS, id);
}

/** The built-in unit's labels and decimals, or undefined for a plan's own (or unknown) unit. */
export function builtInUnit(id: string): UnitInfo | undefined {
  return isBuiltInUnit(id) ? UNITS[id] : undefined;
}

/** A built-in unit's decimals, else `fallback`. */
export function builtInDecimals(id: string, fallback: number): number {
  return builtInUnit(id)?.decimals ?? fallback;
}
