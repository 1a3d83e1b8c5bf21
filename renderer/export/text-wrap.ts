/**
 * Text laid out inside an exported chart, where Plotly does not wrap: the width a line
 * of mixed Chinese and Latin text takes at a font size, and where to break it so that
 * every line fits. Estimates (the fonts differ by machine), on the safe side.
 */

/** Approximate width in px of `text` at `fontSize`: CJK and full-width characters 1 em, others about 0.6 em. */
export function textWidth(text: string, fontSize: number): number {
  let em = 0;
  for (const ch of text) {
    const code = ch.codePointAt(0) ?? 0;
    em += code >= 0x2e80 && code <= 0xffef ? 1 : 0.6;
  }
  return em * fontSize;
}

/**
 * Lines of at most `width` px. Latin text breaks at spaces; Chinese anywhere, but never
 * inside a run of Latin letters and digits (a number stays whole).
 */
export function wrapText(text: string, width: number, fontSize: number): string[] {
  const tokens = text.match(/[A-Za-z0-9.,;:!?%\-–—()'’/]+\s*|\s+|./gsu) ?? [];
  const lines: string[] = [];
  let line = '';
  for (const token of tokens) {
    if (line !== '' && textWidth(line + token.trimEnd(), fontSize) > width) {
      lines.push(line.trimEnd());
      line = token.trimStart();
    } else line += token;
  }
  if (line.trim() !== '') lines.push(line.trimEnd());
  return lines;
}

/** Rows a horizontal legend takes: entries packed left to right into `width`. */
export function legendRows(names: readonly string[], width: number, fontSize: number, itemExtra = 46): number {
  let rows = names.length > 0 ? 1 : 0;
  let x = 0;
  for (const name of names) {
    const w = textWidth(name, fontSize) + itemExtra;
    if (x > 0 && x + w > width) {
      rows++;
      x = 0;
    }
    x += w;
  }
  return rows;
}
