/**
 * A schema's "expected one type, received another" in words: what was expected, and what
 * the file has instead ("缺少此项" for nothing at all), never "实际接收 undefined".
 */
import type { Lang } from './validation-messages';

const WORDS: Record<string, Record<Lang, string>> = {
  string: { zh: '文本', en: 'text' },
  number: { zh: '数字', en: 'a number' },
  int: { zh: '整数', en: 'a whole number' },
  boolean: { zh: '是非值（true 或 false）', en: 'true or false' },
  object: { zh: '对象（{…}）', en: 'an object ({…})' },
  array: { zh: '列表（[…]）', en: 'a list ([…])' },
  null: { zh: '空值 null', en: 'null' },
  nan: { zh: 'NaN', en: 'NaN' },
  bigint: { zh: '大整数', en: 'a big integer' },
  date: { zh: '日期', en: 'a date' },
};

function typeOf(value: unknown): string {
  if (value === null) return 'null';
  if (Array.isArray(value)) return 'array';
  if (typeof value === 'number' && Number.isNaN(value)) return 'nan';
  return typeof value;
}

const word = (type: string, lang: Lang) => WORDS[type]?.[lang] ?? type;

export function typeMismatchMessage(expected: string, input: unknown, lang: Lang): string {
  const want = word(expected, lang);
  if (input === undefined) return lang === 'zh' ? `缺少此项（应为${want}）` : `missing (expected ${want})`;
  const type = typeOf(input);
  const got = word(type, lang);
  const clip = (text: string) => (text.length > 40 ? `${text.slice(0, 39)}…` : text);
  let what = got;
  if (type === 'boolean') what = String(input);
  else if (type === 'number') what = `${got} ${String(input)}`;
  else if (typeof input === 'string') what = lang === 'zh' ? `${got} “${clip(input)}”` : `${got} "${clip(input)}"`;
  return lang === 'zh' ? `应为${want}，实际是${what}` : `expected ${want}, got ${what}`;
}
