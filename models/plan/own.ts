/**
 * Lookups by a name that came from a file or a user: an own property or nothing, never
 * something a plain object inherits (`constructor`, `toString`, `__proto__` …).
 */
export function ownValue<T>(record: Readonly<Record<string, T>>, key: string): T | undefined {
  return Object.hasOwn(record, key) ? record[key] : undefined;
}
