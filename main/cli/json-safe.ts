/** Numbers for JSON output: NaN and ±Infinity become null, never printed; no float noise (output-number.ts). */
import { outputJsonReplacer } from '../../models/numbers/output-number';

export function finiteOrNull(value: number | null | undefined): number | null {
  return value === null || value === undefined || !Number.isFinite(value) ? null : value;
}

export function toJsonArray(values: ArrayLike<number>): (number | null)[] {
  return Array.from(values, (v) => finiteOrNull(v));
}

/**
 * JSON text as every command writes it: each number with 12 significant digits
 * (0.06499999999999995 → 0.065), −0 as 0, any stray non-finite number as null.
 */
export function stringifyJson(value: unknown): string {
  return `${JSON.stringify(value, outputJsonReplacer, 2)}\n`;
}
