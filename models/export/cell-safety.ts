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
/** Control characters no cell shows (tab, line feed and carriage return stay); they go first. */
// eslint-disable-next-line no-control-regex -- these are the characters removed
const CONTROL = /[\u0000-\u0008\u000b\u000c\u000e-\u001f\u007f]/g;

/**
 * Text as a spreadsheet cell: control characters removed, then a leading ' where Excel
 * would read a formula (so `\u0000=1+1` cannot hide its = behind a NUL).
 */
export function safeText(text: string): string {
  const clean = text.replace(CONTROL, '');
  return FORMULA_START.test(clean) ? `'${clean}` : clean;
}

/** A number as exports write it: 12 significant digits, −0 as 0; non-finite numbers are not written (output-number.ts). */
export function roundForExport(value: number): number | null {
  return outputNumber(value);
}
