/**
 * Which five-year plan a text is about, from how it names them: "十四五", 第十四个五年.
 * The latest plan the text names more than once is its own; earlier ones are looked back on.
 */
import type { ExtractionContext } from './candidate';
import { parseChineseNumeral } from './numerals';

/** From the 3rd plan on (after the 1963–65 adjustment years): 1966 + 5(n−3); the 14th is 2021–2025. */
export function fiveYearPlanYears(n: number): { start: number; end: number } {
  const start = n >= 3 ? 1966 + 5 * (n - 3) : 1953 + 5 * (n - 1);
  return { start, end: start + 4 };
}

const ORDINAL = /(?:“|")?([十]?[一二三四五六七八九])五(?:”|")?(?:规划|时期|期间|末|初|以来|期)|第([十]?[一二三四五六七八九])个五年/g;

export function guessContext(text: string): ExtractionContext {
  const counts = new Map<number, number>();
  for (const m of text.matchAll(ORDINAL)) {
    const n = parseChineseNumeral((m[1] ?? m[2]) as string);
    if (Number.isFinite(n) && n >= 8 && n <= 20) counts.set(n, (counts.get(n) ?? 0) + 1);
  }
  const named = [...counts.entries()].filter(([, c]) => c >= 2).map(([n]) => n);
  if (named.length === 0) {
    // No five-year plan named: statements before the first year a target is set for
    // ("到2030年") look back.
    const targetYears = [...text.matchAll(/(?:到|至)(\d{4})年/g)].map((m) => Number(m[1])).filter((y) => y >= 1949 && y <= 2100);
    return { period: null, baseYear: targetYears.length > 0 ? targetYears.reduce((a, b) => Math.min(a, b)) - 1 : null };
  }
  const n = Math.max(...named);
  const { start, end } = fiveYearPlanYears(n);
  const digits = '一二三四五六七八九';
  const name = n < 10 ? `${digits[n - 1]}五` : n === 10 ? '十五' : `十${digits[n - 11]}五`;
  return { period: { name, start, end }, baseYear: start - 1 };
}

/** "十三五" → its years, for phrases such as "十四五"末 or "十三五"时期. */
export function namedPeriod(name: string): { start: number; end: number } | null {
  const m = /^([十]?[一二三四五六七八九])五$/.exec(name);
  if (!m) return null;
  const n = parseChineseNumeral(m[1] as string);
  return Number.isFinite(n) ? fiveYearPlanYears(n) : null;
}
