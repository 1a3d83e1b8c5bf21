/**
 * A .docx as plan text that keeps its structure: mammoth turns the document into HTML
 * (Word's heading styles become h1–h6, bold runs <strong>); here headings become markdown
 * headings (# …), a paragraph that is bold as a whole becomes a bold line (**…**) — both
 * of which the sentence splitter reads as headings — and every other paragraph, list item
 * and table row one line. Pure string work: the caller runs mammoth.
 */

/** Word heading styles by id as well as by name (files saved without a styles part). */
export const DOCX_STYLE_MAP: readonly string[] = [1, 2, 3, 4, 5, 6].flatMap((n) => [
  `p[style-name='heading ${n}'] => h${n}:fresh`,
  `p[style-name='Heading ${n}'] => h${n}:fresh`,
  `p[style-id='Heading${n}'] => h${n}:fresh`,
  `p[style-id='${n}'] => h${n}:fresh`,
  `p[style-name='标题 ${n}'] => h${n}:fresh`,
]);

const ENTITIES: Readonly<Record<string, string>> = { amp: '&', lt: '<', gt: '>', quot: '"', apos: "'", nbsp: ' ' };

function decode(text: string): string {
  return text.replace(/&(#x[0-9a-f]+|#\d+|[a-z]+);/gi, (whole, name: string) => {
    if (name.startsWith('#x') || name.startsWith('#X')) return String.fromCodePoint(parseInt(name.slice(2), 16));
    if (name.startsWith('#')) return String.fromCodePoint(Number(name.slice(1)));
    return ENTITIES[name.toLowerCase()] ?? whole;
  });
}

const stripTags = (html: string) => decode(html.replace(/<br\s*\/?>/gi, ' ').replace(/<[^>]*>/g, '')).replace(/\s+/g, (s) => (s.includes('\n') ? ' ' : s));

/** Plan text from mammoth's HTML of a .docx. */
export function planTextFromDocxHtml(html: string): string {
  const lines: string[] = [];
  // A table row is matched before the paragraphs in its cells, which it takes with it.
  const blocks = /<(h[1-6]|p|li|tr)\b[^>]*>([\s\S]*?)<\/\1>/gi;
  for (const m of html.matchAll(blocks)) {
    const tag = (m[1] as string).toLowerCase();
    const inner = m[2] as string;
    if (tag === 'tr') {
      const cells = [...inner.matchAll(/<t[dh]\b[^>]*>([\s\S]*?)<\/t[dh]>/gi)].map((c) => stripTags(c[1] as string).trim());
      const row = cells.filter((c) => c !== '').join('　');
      if (row !== '') lines.push(row);
      continue;
    }
    const text = stripTags(inner).trim();
    if (text === '') continue;
    if (tag.startsWith('h')) {
      lines.push(`${'#'.repeat(Number(tag.slice(1)))} ${text}`);
      continue;
    }
    const bareInner = inner.replace(/<a\b[^>]*><\/a>/gi, '').trim();
    const wholeBold = /^(?:<strong>[\s\S]*?<\/strong>\s*)+$/i.test(bareInner) && text.length <= 60;
    lines.push(wholeBold ? `**${text}**` : text);
  }
  return lines.join('\n');
}
