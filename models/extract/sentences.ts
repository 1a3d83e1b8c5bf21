/**
 * A plan text as sentences, each with the section it stands in. Headings are found at a
 * line start or after whitespace (texts copied from web pages often lose their line
 * breaks): 第一篇 / 第一章 / 第一节, markdown #, 一、, （一）/(一), 1、/1., （1）.
 * Nothing here depends on quotes or brackets being balanced.
 */
import { headingPeriod, openerPeriod, type DocumentTime, type PeriodMark } from './section-period';

export interface Sentence {
  /** Verbatim from the text (trimmed). */
  text: string;
  /**
   * The time the sentence's section or paragraph speaks about (a look back, this year's
   * plan, the plan period, 2035), or null when neither tells.
   */
  period?: PeriodMark | null;
  /** Headings from the outermost in, e.g. ["二、以打造…", "（二）深入贯彻…", "4、奋斗目标"]. */
  headings: readonly string[];
  /** Character offset of the sentence in the text. */
  offset: number;
}

interface HeadingMatch {
  level: number;
  /** Found by its look (bold, a short line before a paragraph), not by a numbered marker. */
  unnumbered?: boolean;
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
  const starts = /(^|\n)[ \t\u3000]*#{1,6}[ \t\u3000]*|(^|\n)[ \t\u3000]*\*\*|(^|[\s\u3000])/g;
  let m: RegExpExecArray | null;
  while ((m = starts.exec(text)) !== null) {
    let at = m.index + m[0].length;
    if (m[0].length === 0) starts.lastIndex++;
    const isBold = m[0].endsWith('**');
    const isMarkdown = m[0].includes('#') || isBold;
    MARKER.lastIndex = at;
    const marker = MARKER.exec(text);
    if (!marker) {
      const lineStart = m.index === 0 || text.charAt(m.index) === '\n' || m[0].startsWith('\n') || text.charAt(m.index - 1) === '\n';
      const plain = !isMarkdown && lineStart ? plainHeading(text, at) : null;
      if (plain) {
        out.push(plain);
        starts.lastIndex = Math.max(starts.lastIndex, plain.bodyStart);
        continue;
      }
      if (isBold) {
        // **2025年工作回顾**: a bold line is a heading; bold inside a paragraph is not.
        const end = text.indexOf('\n', at);
        const line = text.slice(at, end < 0 ? text.length : end).trim();
        if (/^[^*]{2,60}\*\*[\s\u3000]*$/.test(line) && !/[。；;]\**$/.test(line.replace(/\*\*\s*$/, ''))) {
          out.push({ level: 4, unnumbered: true, start: m.index, bodyStart: end < 0 ? text.length : end, title: clip(line) });
          starts.lastIndex = Math.max(starts.lastIndex, end < 0 ? text.length : end);
        }
        continue;
      }
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
    at = marker.index;
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
    const end = isBold ? line.search(/\*\*|$/) : isMarkdown ? line.length : line.search(/[\s\u3000。！!？?]/);
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

/** Characters a plain title may hold: no sentence marks, no list commas. */
const PLAIN_TITLE = /^[^。！!？?；;：:，,、|#*]{3,34}$/;

/**
 * A heading without a numbered marker: a short line of its own (2021年主要工作,
 * 2020年工作回顾和“十三五”发展成就) followed by a paragraph. Not a date line, a signature
 * (市长 某某) or the last line of a paragraph.
 */
function plainHeading(text: string, at: number): HeadingMatch | null {
  const end = text.indexOf('\n', at);
  if (end < 0) return null;
  const line = text.slice(at, end).trim();
  if (!PLAIN_TITLE.test(line) || !/\p{Script=Han}{3}/u.test(line) || /^——|[\s\u3000]\S{1,2}$|^\d+$|[”"）)]$/.test(line)) return null;
  if (/[\s\u3000]/.test(line) && !/^\d{4}年/.test(line)) return null;
  // The next non-empty line is a paragraph: long, or ending a sentence.
  const rest = text.slice(end + 1, end + 400);
  const next = /^[\s\u3000]*([^\n]*)/.exec(rest)?.[1] ?? '';
  if (next.length < 40 && !/[。！？]$/.test(next.trim())) return null;
  // The line before is empty or a heading's end: a title stands apart.
  if (at > 0 && !/\n[\s\u3000]*$/.test(text.slice(Math.max(0, at - 40), at))) return null;
  return { level: 4, unnumbered: true, start: at, bodyStart: end, title: clip(line) };
}

function clip(title: string): string {
  const t = title.replace(/\*\*/g, '').trim();
  return t.length > MAX_TITLE ? `${t.slice(0, MAX_TITLE)}…` : t;
}

/** Sentence ends: 。！？ (and ASCII), line breaks, and the "|" some web copies carry. */
const SENTENCE_END = /[。！？!?\n|]/;

interface Block {
  headings: readonly string[];
  /** The period of the innermost section that has one. */
  period: PeriodMark | null;
}

function pushSentences(text: string, from: number, to: number, block: Block, time: DocumentTime, out: Sentence[]): void {
  let start = from;
  // A paragraph's opening words (过去一年, 五年来, 今年) set the period of that paragraph.
  let paragraph: PeriodMark | null = null;
  let newParagraph = true;
  for (let i = from; i <= to; i++) {
    const c = text.charAt(i);
    if (i === to || SENTENCE_END.test(c)) {
      const end = i < to && /[。！？!?]/.test(c) ? i + 1 : i;
      const raw = text.slice(start, end);
      const trimmed = raw.trim();
      if (trimmed !== '' && /[\p{Script=Han}\d]/u.test(trimmed)) {
        if (newParagraph) {
          paragraph = openerPeriod(trimmed, time);
          newParagraph = false;
        }
        out.push({ text: trimmed, headings: block.headings, offset: start + raw.indexOf(trimmed), period: paragraph ?? block.period });
      }
      if (c === '\n' || c === '|') newParagraph = true;
      start = i + 1;
    }
  }
}

/**
 * Split a plan text into sentences with their section headings and periods. `time` tells
 * which plan period and report year the document is for (see section-period.ts); without
 * it, periods come from headings and opening words alone.
 */
export function splitSentences(text: string, time: DocumentTime = { planEnd: null, reportYear: null }): Sentence[] {
  const headings = findHeadings(text);
  const out: Sentence[] = [];
  const stack: { level: number; title: string; period: PeriodMark | null }[] = [];
  let cursor = 0;
  let block: Block = { headings: [], period: null };
  for (const h of headings) {
    if (h.start < cursor) continue;
    pushSentences(text, cursor, h.start, block, time, out);
    while (stack.length > 0 && (stack[stack.length - 1] as { level: number }).level >= h.level) stack.pop();
    // The heading tells the period, else the opening words of its first paragraph.
    const opening = /^[\s\u3000*]*([^\n]{0,60})/.exec(text.slice(h.bodyStart, h.bodyStart + 80))?.[1] ?? '';
    const own = headingPeriod(h.title, time) ?? openerPeriod(opening, time);
    stack.push({ level: h.level, title: h.title, period: own });
    let period: PeriodMark | null = null;
    for (const s of stack) if (s.period !== null) period = s.period;
    block = { headings: stack.map((s) => s.title), period };
    cursor = h.bodyStart;
  }
  pushSentences(text, cursor, text.length, block, time, out);
  return out;
}

/** A section as one line, e.g. "二、以打造… / （二）深入贯彻… / 4、奋斗目标". */
export function sectionLabel(headings: readonly string[]): string {
  return headings.join(' / ');
}
