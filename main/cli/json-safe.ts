/** Numbers for JSON output: NaN and ±Infinity become null, never printed. */

export function finiteOrNull(value: number | null | undefined): number | null {
  return value === null || value === undefined || !Number.isFinite(value) ? null : value;
}

export function toJsonArray(values: ArrayLike<number>): (number | null)[] {
  return Array.from(values, (v) => finiteOrNull(v));
}

/** JSON text with a replacer that turns any stray non-finite number into null. */
export function stringifyJson(value: unknown): string {
  return `${JSON.stringify(value, (_key, v: unknown) => (typeof v === 'number' && !Number.isFinite(v) ? null : v), 2)}\n`;
}
