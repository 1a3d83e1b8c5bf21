/**
 * A plan text as sentences, each with the section it stands in. Headings are found at a
 * line start or after whitespace (texts copied from web pages often lose their line
 * breaks): 第一篇 / 第一章 / 第一节, markdown #, 一、, （一）/(一), 1、/1., （1）.
 * Nothing here depends on quotes or brackets being balanced.
 */

export interface Sentence {
  /** Verbatim from the text (trimmed). */
  text: string;
  /** Headings from the outermost in, e.g. ["二、以打造…", "（二）深入贯彻…", "4、奋斗目标"]. */
  headings: readonly string[];
  /** Character offset of the sentence in the text. */
  offset: number;
}

interface HeadingMatch {
  level: number;
  /** Where the heading starts and where the body after it starts. */
  start: number;
  bodyStart: number;
  title: string;
}

const CN = '一二三四五六七八九十';
const MAX_TITLE = 40;

/** The heading level of a marker: smaller is outer. */
function markerLevel(marker: string): number {
  if (/^第[^篇章节]{1,4}篇/.test(marker)) return 1;
  if (/^第[^篇章节]{1,4}章/.test(marker)) return 2;
  if (/^第[^篇章节]{1,4}节/.test(marker)) return 3;
  if (new RegExp(`^[${CN}]{1,3}、`).test(marker)) return 4;
  if (new RegExp(`^[（(][${CN}]{1,3}[）)]`).test(marker)) return 5;
  if (/^\d{1,2}(、|\.(?!\d))/.test(marker)) return 6;
  if (/^[（(]\d{1,2}[）)]/.test(marker)) return 7;
  return 0;
}

const MARKER = new RegExp(
  [
    `第[${CN}百零〇]{1,4}[篇章节]`,
    `[${CN}]{1,3}、`,
    `[（(][${CN}]{1,3}[）)]`,
    `\\d{1,2}、`,
    `\\d{1,2}\\.(?!\\d)`,
    `[（(]\\d{1,2}[）)]`,
  ].join('|'),
  'y',
);

/** Headings at line starts (after markdown #) and after whitespace. */
function findHeadings(text: string): HeadingMatch[] {
  const out: HeadingMatch[] = [];
  const starts = /(^|\n)[ \t\u3000]*#{1,6}[ \t\u3000]*|(^|[\s\u3000])/g;
  let m: RegExpExecArray | null;
  while ((m = starts.exec(text)) !== null) {
    const at = m.index + m[0].length;
    if (m[0].length === 0) starts.lastIndex++;
    const isMarkdown = m[0].includes('#');
    MARKER.lastIndex = at;
    const marker = MARKER.exec(text);
    if (!marker) {
      if (isMarkdown) {
        // A markdown heading without a numbered marker: its own line is its title.
        const end = text.indexOf('\n', at);
        const title = text.slice(at, end < 0 ? text.length : end).trim();
        if (title !== '') out.push({ level: 3, start: m.index, bodyStart: end < 0 ? text.length : end, title: clip(title) });
      }
      continue;
    }
    const level = markerLevel(marker[0]);
    if (level === 0) continue;
    let afterMarker = at + marker[0].length;
    // 第一章 发展环境 (with an ideographic space): the space after a chapter marker belongs to the title.
    if (level <= 3) afterMarker += /^[ \t\u3000]*/.exec(text.slice(afterMarker, afterMarker + 8))?.[0].length ?? 0;
    // The title runs to the end of the line, or to the first whitespace or sentence mark
    // (a markdown heading: to the end of its line).
    const rest = text.slice(afterMarker, afterMarker + 120);
    const lineEnd = rest.search(/\n/);
    const line = lineEnd < 0 ? rest : rest.slice(0, lineEnd);
    // A title line ends at whitespace or the line end before any sentence mark: it is
    // consumed whole. Otherwise the heading is a numbered first sentence ("1、过去五年，
    // 是…。"): it names the section by its first clause and stays a sentence.
    const end = isMarkdown ? line.length : line.search(/[\s\u3000。！!？?]/);
    const endsAsTitle = end < 0 || isMarkdown || /[\s\u3000]/.test(line.charAt(end));
    let titleBody: string;
    let bodyStart: number;
    if (endsAsTitle) {
      titleBody = end < 0 ? line : line.slice(0, end);
      bodyStart = afterMarker + titleBody.length;
    } else {
      const clause = line.search(/[，,；;。！!？?]/);
      titleBody = clause < 0 ? line : line.slice(0, clause);
      bodyStart = afterMarker - marker[0].length;
    }
    out.push({ level, start: at, bodyStart, title: clip(`${marker[0]}${level <= 3 ? ' ' : ''}${titleBody}`) });
    starts.lastIndex = Math.max(starts.lastIndex, bodyStart);
  }
  return out;
}

function clip(title: string): string {
  const t = title.replace(/\*\*/g, '').trim();
  return t.length > MAX_TITLE ? `${t.slice(0, MAX_TITLE)}…` : t;
}

/** Sentence ends: 。！？ (and ASCII), line breaks, and the "|" some web copies carry. */
const SENTENCE_END = /[。！？!?\n|]/;

function pushSentences(text: string, from: number, to: number, headings: readonly string[], out: Sentence[]): void {
  let start = from;
  for (let i = from; i <= to; i++) {
    if (i === to || SENTENCE_END.test(text.charAt(i))) {
      const end = i < to && /[。！？!?]/.test(text.charAt(i)) ? i + 1 : i;
      const raw = text.slice(start, end);
      const trimmed = raw.trim();
      if (trimmed !== '' && /[\p{Script=Han}\d]/u.test(trimmed)) {
        out.push({ text: trimmed, headings, offset: start + raw.indexOf(trimmed) });
      }
      start = i + 1;
    }
  }
}

/** Split a plan text into sentences with their section headings. */
export function splitSentences(text: string): Sentence[] {
  const headings = findHeadings(text);
  const out: Sentence[] = [];
  const stack: { level: number; title: string }[] = [];
  let cursor = 0;
  let current: readonly string[] = [];
  for (const h of headings) {
    if (h.start < cursor) continue;
    pushSentences(text, cursor, h.start, current, out);
    while (stack.length > 0 && (stack[stack.length - 1] as { level: number }).level >= h.level) stack.pop();
    stack.push({ level: h.level, title: h.title });
    current = stack.map((s) => s.title);
    cursor = h.bodyStart;
  }
  pushSentences(text, cursor, text.length, current, out);
  return out;
}

/** A section as one line, e.g. "二、以打造… / （二）深入贯彻… / 4、奋斗目标". */
export function sectionLabel(headings: readonly string[]): string {
  return headings.join(' / ');
}
