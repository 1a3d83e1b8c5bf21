/**
 * Numbers as Chinese plans write them: Arabic (with full-width digits and thousands
 * separators), Chinese numerals (一万亿, 百亿, 十七), year-style digit strings (二〇三五),
 * and the magnitudes 万 / 亿 / 万亿 that Chinese units carry (3.5万亿元 → 3.5, 万亿元).
 */
import { MAGNITUDE_FACTORS } from './unit-lexicon';

const DIGITS: Readonly<Record<string, number>> = {
  〇: 0,
  零: 0,
  一: 1,
  二: 2,
  两: 2,
  三: 3,
  四: 4,
  五: 5,
  六: 6,
  七: 7,
  八: 8,
  九: 9,
};
const SMALL_UNITS: Readonly<Record<string, number>> = { 十: 10, 百: 100, 千: 1000 };

/** Characters a Chinese numeral is made of (magnitudes included). */
export const CHINESE_NUMERAL_CHARS = '〇零一二两三四五六七八九十百千万亿';

/** Full-width digits and separators to ASCII ("２０２５" → "2025", "．" → "."). */
export function toAsciiDigits(text: string): string {
  return text.replace(/[０-９．，]/g, (c) => {
    if (c === '．') return '.';
    if (c === '，') return ',';
    return String.fromCharCode(c.charCodeAt(0) - 0xff10 + 48);
  });
}

/** Parse an Arabic number as written: "3.5", "1,184", "２０２５". NaN if it is not one. */
export function parseArabic(text: string): number {
  const ascii = toAsciiDigits(text).replace(/,(?=\d{3}(\D|$))/g, '');
  if (!/^\d+(\.\d+)?$/.test(ascii)) return Number.NaN;
  return Number(ascii);
}

/** A run of 〇一二…九 with no 十百千万亿: read digit by digit (二〇三五 → 2035). */
function parseDigitString(text: string): number {
  let out = 0;
  for (const c of text) {
    const d = DIGITS[c];
    if (d === undefined) return Number.NaN;
    out = out * 10 + d;
  }
  return out;
}

/** Below 万: 三千二百零五, 十七, 百, 十. */
function parseBelowWan(text: string): number {
  if (text === '') return 0;
  let total = 0;
  let digit: number | null = null;
  for (const c of text) {
    const d = DIGITS[c];
    if (d !== undefined) {
      digit = d;
      continue;
    }
    const unit = SMALL_UNITS[c];
    if (unit === undefined) return Number.NaN;
    total += (digit ?? 1) * unit;
    digit = null;
  }
  return total + (digit ?? 0);
}

/**
 * A Chinese numeral to its value: 一万亿 → 1e12, 百亿 → 1e10, 三万五千 → 35000,
 * 二〇三五 → 2035, 十七 → 17. NaN for anything else.
 */
export function parseChineseNumeral(text: string): number {
  if (text === '') return Number.NaN;
  if (!/[十百千万亿]/.test(text)) return text.length > 1 ? parseDigitString(text) : (DIGITS[text] ?? Number.NaN);
  let total = 0;
  let rest = text;
  const yi = rest.lastIndexOf('亿');
  if (yi >= 0) {
    const head = rest.slice(0, yi);
    const headValue = head === '' ? 1 : parseChineseNumeral(head);
    total += headValue * 1e8;
    rest = rest.slice(yi + 1);
  }
  const wan = rest.indexOf('万');
  if (wan >= 0) {
    const head = rest.slice(0, wan);
    total += (head === '' ? 1 : parseBelowWan(head)) * 1e4;
    rest = rest.slice(wan + 1);
  }
  return total + parseBelowWan(rest.replace(/^零/, ''));
}

/** The magnitudes a unit can carry, longest first (their sizes are in unit-lexicon.json). */
export const MAGNITUDES: readonly string[] = MAGNITUDE_FACTORS.map(([word]) => word);
export type Magnitude = '万亿' | '亿' | '万';

/** A number as written, split into the value and the magnitude that stays with the unit. */
export interface WrittenNumber {
  value: number;
  /** '' when the number has no magnitude of its own. */
  magnitude: '' | Magnitude;
}

/**
 * Split a number token into value and unit magnitude the way statistics write it:
 * "3.5万亿" → 3.5 / 万亿; "百亿" → 100 / 亿; "一万亿" → 1 / 万亿; "一千万" → 1000 / 万;
 * "万亿" → 1 / 万亿 (as in 超万亿); "1184" → 1184 / ''.
 */
export function splitNumber(token: string): WrittenNumber {
  const text = toAsciiDigits(token.trim());
  let magnitude: '' | Magnitude = '';
  let body = text;
  for (const m of ['万亿', '亿', '万'] as const) {
    if (body.endsWith(m)) {
      magnitude = m;
      body = body.slice(0, -m.length);
      break;
    }
  }
  // 千万 / 百万 / 千亿 / 百亿: the 千 or 百 belongs to the value (一千万 → 1000 万).
  if (body === '') return { value: 1, magnitude };
  const arabic = /^[\d,.]+$/.test(body) ? parseArabic(body) : Number.NaN;
  if (!Number.isNaN(arabic)) return { value: arabic, magnitude };
  // Mixed forms such as "5千" or "3百".
  const mixed = /^([\d.]+)([十百千])$/.exec(body);
  if (mixed) return { value: Number(mixed[1]) * (SMALL_UNITS[mixed[2] as string] ?? 1), magnitude };
  return { value: parseChineseNumeral(body), magnitude };
}

/** The value of a token including its magnitude: "3.5万亿" → 3.5e12. */
export function numberValue(token: string): number {
  const { value, magnitude } = splitNumber(token);
  const factor = MAGNITUDE_FACTORS.find(([word]) => word === magnitude)?.[1] ?? 1;
  return value * factor;
}

/** 翻一番 → 2, 翻两番 → 4, 翻番 → 2, 倍增 → 2. */
export function doublingFactor(phrase: string): number {
  const m = /翻([一二两三四五六七八九十]?)番/.exec(phrase);
  if (m) {
    const n = m[1] === '' || m[1] === undefined ? 1 : parseChineseNumeral(m[1]);
    return 2 ** n;
  }
  if (phrase.includes('倍增')) return 2;
  return Number.NaN;
}
