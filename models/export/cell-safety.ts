/**
 * Cells of spreadsheet exports are safe to open: plan files are shared between
 * colleagues, so a scenario or indicator name like `=HYPERLINK(…)`, `+1` or `@SUM(A1)`
 * must arrive as text, never as a formula Excel runs (OWASP "CSV injection": a leading
 * apostrophe for a cell that starts with = + − @, a tab or a carriage return; the
 * full-width forms too, which some Excel locales read the same way). Numbers are written
 * rounded to 12 significant digits, so binary noise (74.19999999999999) never shows.
 */

import { outputNumber } from '../numbers/output-number';

const FORMULA_START = /^[=+\-@\t\r＝＋－＠]/;

/** Text as a spreadsheet cell: a leading ' where Excel would read a formula. */
export function safeText(text: string): string {
  return FORMULA_START.test(text) ? `'${text}` : text;
}

/** A number as exports write it: 12 significant digits, −0 as 0; non-finite numbers are not written (output-number.ts). */
export function roundForExport(value: number): number | null {
  return outputNumber(value);
}
