/**
 * Short names that tell two plans apart (a chart legend has room for a few characters):
 * the part where their titles differ, with a little context and an ellipsis where text is
 * left out — "…发展第十四个五年规划…" / "…发展第十五个五年规划…", not two cuts
 * of the same 24-character opening.
 */

/** A text cut to `max` characters with an ellipsis in the middle ("中共徐州市…远景目标的建议"). */
export function middleEllipsis(text: string, max: number): string {
  const chars = Array.from(text);
  if (chars.length <= max) return text;
  const keep = Math.max(max - 1, 2);
  const head = Math.ceil(keep / 2);
  return `${chars.slice(0, head).join('')}…${chars.slice(chars.length - (keep - head)).join('')}`;
}

function shortOne(chars: string[], prefix: number, suffix: number, before: number, after: number, max: number): string {
  const start = Math.max(0, prefix - before);
  const end = Math.min(chars.length, chars.length - suffix + after);
  const piece = middleEllipsis(chars.slice(start, end).join(''), max);
  return `${start > 0 ? '…' : ''}${piece}${end < chars.length ? '…' : ''}`;
}

/**
 * The two titles shortened to where they differ (`before` characters of context before the
 * difference, `after` after it), each at most about `max` characters. Equal titles are
 * shortened alike: the caller tells them apart otherwise (by their periods).
 */
export function distinguishingNames(a: string, b: string, max = 24, before = 4, after = 5): [string, string] {
  const ca = Array.from(a);
  const cb = Array.from(b);
  if (a === b) return [middleEllipsis(a, max), middleEllipsis(b, max)];
  const shortest = Math.min(ca.length, cb.length);
  let prefix = 0;
  while (prefix < shortest && ca[prefix] === cb[prefix]) prefix++;
  let suffix = 0;
  while (suffix < shortest - prefix && ca[ca.length - 1 - suffix] === cb[cb.length - 1 - suffix]) suffix++;
  return [shortOne(ca, prefix, suffix, before, after, max), shortOne(cb, prefix, suffix, before, after, max)];
}

interface Named {
  title: string;
  baseYear: number;
  horizon: number;
}

/** The legend entries of two plans on one chart: "A：…第十四个五年规划…" / "B：…第十五个五年规划…", with their periods where the names alone are alike. */
export function compareLegendNames(a: Named, b: Named, lang: 'zh' | 'en'): [string, string] {
  const [sa, sb] = distinguishingNames(a.title, b.title);
  const sep = lang === 'zh' ? '：' : ': ';
  const period = (p: Named) => (lang === 'zh' ? `（${p.baseYear}—${p.horizon}）` : ` (${p.baseYear}–${p.horizon})`);
  if (sa === sb) return [`A${sep}${sa}${period(a)}`, `B${sep}${sb}${period(b)}`];
  return [`A${sep}${sa}`, `B${sep}${sb}`];
}
