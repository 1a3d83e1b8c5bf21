/**
 * Cells of a plan's indicator table as figures: "7,319.77", "６．５", "≥6", "6左右",
 * "73以上", "超过35", "4500亿元", "1万亿", "〔18〕" (a five-year sum, as plan tables write
 * cumulative figures), "翻一番", "为2020年的2倍". Numbers go through the table reader's
 * parser (table-text.ts), words of comparison through comparison-words.ts, doublings
 * and Chinese numerals through the extractor's numerals.ts.
 */
import { COMPARISON_WORDS, comparisonIn, type ComparisonReading } from '../targets/comparison-words';
import { doublingFactor, parseChineseNumeral } from '../extract/numerals';
import type { Comparison } from '../plan/plan-schema';
import { normalizeNumberText, parseNumberText } from '../numbers/table-text';
import type { ImportCell } from './import-types';

/** A cell as text: numbers as JavaScript writes them (a sheet's 0.1 + 0.2 noise rounded to 12 digits). */
export function cellText(cell: ImportCell): string {
  if (cell === null || cell === undefined) return '';
  if (typeof cell === 'number') return Number.isFinite(cell) ? String(Number(cell.toPrecision(12))) : '';
  return cell.trim();
}

export type CellFigure =
  | { kind: 'empty' }
  | {
      kind: 'number';
      value: number;
      /** The comparison the cell writes (≥, 以上, 超过 …), if any. */
      comparison?: Comparison;
      /** 左右 / 约: a band around the value. */
      about: boolean;
      /** The words around the number, for the target's qualifier (力争, 左右 …). */
      qualifier?: string;
      /** The unit written after the number (with its magnitude: 亿元, 万亿, %), or ''. */
      unit: string;
      /** Written in 〔〕 or [], as plan tables mark a sum over the period. */
      cumulative: boolean;
    }
  | { kind: 'multiple'; factor: number; ofYear?: number; comparison: Comparison; qualifier?: string }
  | { kind: 'text'; text: string };

/** Words beside a number that compare but comparison-words.ts does not list (it reads plan sentences). */
const EXTRA_WORDS: readonly (readonly [RegExp, Comparison])[] = [
  [/及以上|以上/, '>='],
  [/以下|及以下/, '<='],
  [/高于|大于|多于/, '>'],
  [/低于|小于|少于/, '<'],
];

const SIGNS: readonly (readonly [RegExp, Comparison])[] = [
  [/^(?:≥|⩾|>=|＞=|不少于)/, '>='],
  [/^(?:≤|⩽|<=|＜=)/, '<='],
  [/^(?:>|＞)/, '>'],
  [/^(?:<|＜)/, '<'],
];

/** Words that qualify a target without changing its threshold. */
const QUALIFIERS = /^(?:力争|确保|争取|力求|稳定在|保持在|保持|稳定|稳|约|大约|达到|超过|突破|不低于|不超过|控制在|高于|低于|大于|小于|多于|少于|超)+|(?:左右|以上|以内|以下|及以上|及以下|上下)+$/g;

const NUMBER = /^([+-]?(?:\d[\d,]*(?:\.\d+)?|\.\d+)|[〇零一二两三四五六七八九十百千]+)(万亿|亿|万)?(.*)$/;

/**
 * The word of comparison a cell starts or ends with, longest first (不超过5 is at most 5;
 * comparisonIn, made for sentences, takes the last word and would read 超过 in it).
 */
function wordAtEdge(s: string): ComparisonReading | undefined {
  let best: ComparisonReading | undefined;
  for (const r of COMPARISON_WORDS) {
    if ((s.startsWith(r.word) || s.endsWith(r.word)) && (best === undefined || r.word.length > best.word.length)) best = r;
  }
  return best;
}

/** Read one figure cell. */
export function parseFigureCell(cell: ImportCell): CellFigure {
  if (typeof cell === 'number') return Number.isFinite(cell) ? { kind: 'number', value: Number(cell.toPrecision(12)), about: false, unit: '', cumulative: false } : { kind: 'text', text: String(cell) };
  const raw = cellText(cell);
  if (parseNumberText(raw).kind === 'empty') return { kind: 'empty' };
  let s = normalizeNumberText(raw);

  let cumulative = false;
  const bracket = /^[〔[［【](.*)[〕\]］】]$/.exec(s);
  if (bracket) {
    cumulative = true;
    s = bracket[1] as string;
  }

  let comparison: Comparison | undefined;
  let about = false;
  for (const [re, c] of SIGNS) {
    const m = re.exec(s);
    if (m) {
      comparison = c;
      s = s.slice(m[0].length);
      break;
    }
  }
  if (/^(?:约|~|～)/.test(s)) about = true;

  const factor = doublingFactor(s);
  // 为2020年的2倍 → 2; 增长1倍 → 2.
  const times = /(\d+(?:\.\d+)?|[一二两三四五六七八九十]+)倍/.exec(s);
  if (Number.isFinite(factor) || times) {
    const ofYear = /(\d{4})年/.exec(s)?.[1];
    const n = times === null ? Number.NaN : /^\d/.test(times[1] as string) ? Number(times[1]) : parseChineseNumeral(times[1] as string);
    const f = Number.isFinite(factor) ? factor : /增长|增加|提高/.test(s) ? n + 1 : n;
    if (!Number.isFinite(f) || f <= 0) return { kind: 'text', text: raw };
    const word = wordAtEdge(s) ?? comparisonIn(s);
    const qualifier = /力争|确保|争取/.exec(s)?.[0];
    return {
      kind: 'multiple',
      factor: f,
      ...(ofYear !== undefined ? { ofYear: Number(ofYear) } : {}),
      comparison: comparison ?? word?.comparison ?? '>=',
      ...(qualifier ? { qualifier } : {}),
    };
  }

  const word = wordAtEdge(s) ?? comparisonIn(s);
  if (word?.band) about = true;
  if (comparison === undefined && word !== undefined && !word.band) comparison = word.comparison;
  if (comparison === undefined) for (const [re, c] of EXTRA_WORDS) if (re.test(s)) comparison = c;
  if (word?.fixedValue !== undefined && !/\d/.test(s)) {
    return { kind: 'number', value: word.fixedValue, comparison: word.comparison, about: false, qualifier: word.word, unit: '%', cumulative };
  }
  const words = [...s.matchAll(QUALIFIERS)].map((m) => m[0]).join('');
  const body = s.replace(QUALIFIERS, '');
  const m = NUMBER.exec(body);
  if (!m) return { kind: 'text', text: raw };
  const digits = m[1] as string;
  const parsed = /^[+\-\d.]/.test(digits) ? parseNumberText(digits) : null;
  const value = parsed === null ? parseChineseNumeral(digits) : parsed.kind === 'number' ? parsed.value : Number.NaN;
  if (!Number.isFinite(value)) return { kind: 'text', text: raw };
  const unit = `${m[2] ?? ''}${(m[3] ?? '').replace(/^[/／]/, '')}`;
  if (/\d/.test(unit) || /[，,;；、]/.test(unit)) return { kind: 'text', text: raw };
  return {
    kind: 'number',
    value,
    ...(comparison !== undefined ? { comparison } : {}),
    about,
    ...(words !== '' ? { qualifier: words.slice(0, 40) } : {}),
    unit,
    cumulative,
  };
}
